export { authenticate, CSRF_HEADER, SESSION_COOKIE } from './authenticate.ts';
export { registerUsers } from './cli.ts';
export { createSetupLink } from './create-setup-link.ts';
export { routes } from './http.ts';
export { configureAccounts } from './settings.ts';
