export { ownOrganisation, reviews } from './access.ts';
export { registerRecruiters } from './cli.ts';
export { routes } from './http.ts';
