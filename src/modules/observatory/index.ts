export { type WebBuild, webRoutes } from './http.ts';
export { dataSummary } from './landing.ts';
