export { registerWisn } from './cli.ts';
export { routes } from './http.ts';
export { wisnRequiredStaff } from './required-staff.ts';
