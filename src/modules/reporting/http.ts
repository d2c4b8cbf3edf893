import type { Route } from '../../platform/http/route.ts';
import { reportRoutes } from './http-reports.ts';

export const routes: readonly Route[] = [...reportRoutes];
