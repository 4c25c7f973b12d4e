import { hash, verify } from '@node-rs/argon2';
import type { FieldError } from '../http/errors.js';

/** argon2id with the library's defaults (memory-hard). */
export const hashPassword = (password: string): Promise<string> => hash(password);
export const verifyPassword = (stored: string, password: string): Promise<boolean> =>
  verify(stored, password).catch(() => false);

/**
 * GB/T 22239-2019 8.1.4.1 a): 鉴别信息具有复杂度要求. At least 8 characters with at least three of
 * the four classes (upper, lower, digit, symbol); not containing the user name.
 */
export function checkPasswordPolicy(password: string, username: string, path = 'newPassword'): FieldError | null {
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (password.length < 8 || classes < 3) {
    return { path, code: 'PASSWORD_WEAK', message: '密码至少 8 位，且须包含大写字母、小写字母、数字、符号中的至少三类' };
  }
  if (password.length > 128) return { path, code: 'PASSWORD_TOO_LONG', message: '密码不能超过 128 位' };
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    return { path, code: 'PASSWORD_CONTAINS_USERNAME', message: '密码不能包含用户名' };
  }
  return null;
}

export function passwordExpired(changedAt: Date | null, maxAgeDays: number, now = new Date()): boolean {
  if (maxAgeDays === 0) return false;
  if (!changedAt) return true;
  return now.getTime() - changedAt.getTime() > maxAgeDays * 86_400_000;
}
