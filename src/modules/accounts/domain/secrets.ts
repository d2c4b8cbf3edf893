import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random secret of `bytes` bytes (256 bits by default) as URL-safe text. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** What is stored of a secret: its SHA-256, enough for a value of 256 random bits. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

export const API_TOKEN_PREFIX = 'hwmo_';
const API_TOKEN = /^hwmo_[A-Za-z0-9_-]{43}$/;

export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${newSecret(32)}`;
}

export function looksLikeApiToken(value: string): boolean {
  return API_TOKEN.test(value);
}

/** The part of an API token shown in lists, to recognise it: "hwmo_AbC1". */
export function apiTokenPrefix(token: string): string {
  return token.slice(0, API_TOKEN_PREFIX.length + 4);
}
