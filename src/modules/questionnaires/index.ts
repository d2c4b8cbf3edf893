export { routes } from './http.ts';
