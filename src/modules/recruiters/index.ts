export { ownOrganisation, reviews } from './access.ts';
export { registerRecruiters } from './cli.ts';
export { recruiterStatusText } from './domain/messages.ts';
export { routes } from './http.ts';
