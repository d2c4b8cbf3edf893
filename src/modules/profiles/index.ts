export { areaProfile } from './area-profile.ts';
export { routes } from './http.ts';
