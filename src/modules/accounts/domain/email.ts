/** The e-mail address as stored and compared: trimmed, in lower case. */
export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}
