import { AppError } from '../../platform/errors.ts';
import { passwordRule } from './domain/password.ts';
import { text } from './messages.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './schemas.ts';

/** Refuses a new password that is too short or is the e-mail address, naming the field. */
export function refusePassword(password: string, email: string, field = 'password'): void {
  const rule = passwordRule(password, email);
  if (!rule) return;
  const message =
    rule === 'short'
      ? text('password_short', { count: PASSWORD_MIN_LENGTH })
      : rule === 'long'
        ? text('password_long', { count: PASSWORD_MAX_LENGTH })
        : text('password_is_email');
  throw new AppError('invalid_input', message, { location: { field } });
}
