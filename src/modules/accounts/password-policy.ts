import { AppError } from '../../platform/errors.ts';
import { passwordProblem } from './domain/password.ts';

/** Refuses a new password that is too short or is the e-mail address, naming the field. */
export function refusePassword(password: string, email: string, field = 'password'): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new AppError('invalid_input', problem, { location: { field } });
}
