export { authenticate, CSRF_HEADER, SESSION_COOKIE } from './authenticate.ts';
export { registerUsers } from './cli.ts';
export { createSetupLink } from './create-setup-link.ts';
export { routes } from './http.ts';
export { text as accountText } from './messages.ts';
export { configureAccounts } from './settings.ts';
export { signIn } from './sign-in.ts';
