import type { Route } from '../../platform/http/route.ts';
import { exportRoutes } from './http-exports.ts';
import { progressRoutes } from './http-progress.ts';
import { reportRoutes } from './http-reports.ts';

export const routes: readonly Route[] = [...reportRoutes, ...progressRoutes, ...exportRoutes];
