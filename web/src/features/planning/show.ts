import { setParams } from '../../lib/router.ts';
import { type PlanningView, paramsOf } from './state.ts';

/** Puts a view into the URL, the page's state. */
export const show = (view: PlanningView, opts: { replace?: boolean } = {}) => setParams(paramsOf(view), opts);
