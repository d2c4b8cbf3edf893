export { areaProfile } from './area-profile.ts';
export { registerProfileRoutes } from './http.ts';
