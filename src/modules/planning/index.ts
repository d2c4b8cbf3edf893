export { registerPlanning } from './cli.ts';
export { routes } from './http.ts';
