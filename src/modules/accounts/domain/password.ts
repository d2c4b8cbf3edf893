import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../schemas.ts';

/** scrypt cost: N = 2^ln, block size r, parallelism p (RFC 7914; OWASP's 2^17, 8, 1). */
export interface ScryptParams {
  ln: number;
  r: number;
  p: number;
}

export const CURRENT_PARAMS: ScryptParams = Object.freeze({ ln: 17, r: 8, p: 1 });
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const FORMAT =
  /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.ln;
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_BYTES,
      { N, r: params.r, p: params.p, maxmem: 256 * N * params.r * params.p },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

/** A self-describing hash, `$scrypt$ln=17,r=8,p=1$salt$key`, so that the cost can be raised later. */
export async function hashPassword(password: string, params: ScryptParams = CURRENT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

function parse(hash: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const m = FORMAT.exec(hash);
  if (!m) return null;
  const params = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (params.ln < 10 || params.ln > 22 || params.r < 1 || params.r > 32 || params.p < 1 || params.p > 16) {
    return null;
  }
  return { params, salt: Buffer.from(m[4] ?? '', 'base64'), key: Buffer.from(m[5] ?? '', 'base64') };
}

/** Compares in constant time; an unreadable hash never matches. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const parsed = parse(hash);
  if (!parsed || parsed.key.length !== KEY_BYTES) return false;
  const key = await derive(password, parsed.salt, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

/** Whether a stored hash was made with a lower cost than today's, and so should be remade at the next sign-in. */
export function needsRehash(hash: string, params: ScryptParams = CURRENT_PARAMS): boolean {
  const parsed = parse(hash);
  if (!parsed) return true;
  const p = parsed.params;
  return p.ln < params.ln || p.r < params.r || p.p < params.p;
}

/**
 * A hash of nothing anyone knows, verified against when an account does not exist or has no password, so that the
 * answer takes as long as for a real one.
 */
const decoys = new Map<string, Promise<string>>();
export function decoyHash(params: ScryptParams = CURRENT_PARAMS): Promise<string> {
  const key = `${params.ln},${params.r},${params.p}`;
  let decoy = decoys.get(key);
  if (!decoy) {
    decoy = hashPassword(randomBytes(32).toString('base64'), params);
    decoys.set(key, decoy);
  }
  return decoy;
}

/** What a new password breaks: too short, too long, or the e-mail address (or its local part); null if nothing. */
export type PasswordRule = 'short' | 'long' | 'is_email';

export function passwordRule(password: string, email: string): PasswordRule | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'long';
  const bare = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  if (bare === address || (address.includes('@') && bare === address.slice(0, address.indexOf('@')))) {
    return 'is_email';
  }
  return null;
}

/** Why a new password is refused, in English, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  switch (passwordRule(password, email)) {
    case 'short':
      return `The password must have at least ${PASSWORD_MIN_LENGTH} characters`;
    case 'long':
      return `The password must have at most ${PASSWORD_MAX_LENGTH} characters`;
    case 'is_email':
      return 'The password must not be the e-mail address';
    case null:
      return null;
  }
}
