export { registerRecruiters } from './cli.ts';
export { routes } from './http.ts';
