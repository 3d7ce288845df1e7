/** Staff accounts, sign-in and tokens. Tokens are random 256-bit strings; only their hash is stored. */
import { createHash, randomBytes } from 'node:crypto';
import type { StaffRole } from '../db/schema.js';
import { authError } from './auth.errors.js';
import type { AuthRepository, StaffUser } from './auth.repository.js';
import { hashPassword, verifyPassword } from './password.js';

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function newToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

// A fixed hash to verify against when the user does not exist, so timing does not reveal usernames.
let decoyHash: Promise<string> | null = null;

export class AuthService {
  constructor(
    private readonly repo: AuthRepository,
    private readonly sessionHours: number,
    private readonly clock: () => Date,
  ) {}

  async createUser(u: { username: string; displayName: string; role: StaffRole; password: string }): Promise<StaffUser> {
    const created = await this.repo.insertUser({ ...u, passwordHash: await hashPassword(u.password) });
    if (!created) throw authError('USERNAME_TAKEN', { username: u.username });
    return created;
  }

  async login(username: string, password: string): Promise<{ token: string; user: StaffUser; expiresAt: Date }> {
    const row = await this.repo.findUserForLogin(username);
    decoyHash ??= hashPassword('decoy-password-for-timing');
    const ok = await verifyPassword(row?.password_hash ?? (await decoyHash), password);
    if (!row || !ok || !row.active) throw authError('LOGIN_FAILED');
    const user = await this.repo.findUser(row.id);
    if (!user) throw authError('LOGIN_FAILED');
    const token = newToken('xbs');
    const expiresAt = new Date(this.clock().getTime() + this.sessionHours * 3_600_000);
    await this.repo.insertToken({ hash: hashToken(token), userId: user.id, kind: 'session', name: 'session', expiresAt });
    return { token, user, expiresAt };
  }

  async createApiToken(userId: string, name: string, expiresAt: Date | null): Promise<string> {
    const user = await this.repo.findUser(userId);
    if (!user) throw authError('USER_NOT_FOUND');
    const token = newToken('xbt');
    await this.repo.insertToken({ hash: hashToken(token), userId, kind: 'api', name, expiresAt });
    return token;
  }

  resolve(token: string): Promise<StaffUser | null> {
    return this.repo.findActiveToken(hashToken(token), this.clock());
  }

  logout(token: string): Promise<void> {
    return this.repo.revokeToken(hashToken(token), this.clock());
  }

  listUsers(): Promise<StaffUser[]> {
    return this.repo.listUsers();
  }

  countUsers(): Promise<number> {
    return this.repo.countUsers();
  }
}
