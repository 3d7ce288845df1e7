/** SQL for staff users and their session / API tokens (stored as SHA-256 hashes only). */
import type { Kysely } from 'kysely';
import type { Database, StaffRole } from '../db/schema.js';

export interface StaffUser {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  active: boolean;
}

export class AuthRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insertUser(u: { username: string; displayName: string; role: StaffRole; passwordHash: string }): Promise<StaffUser | null> {
    const r = await this.db
      .insertInto('staff_users')
      .values({ username: u.username, display_name: u.displayName, role: u.role, password_hash: u.passwordHash })
      .onConflict((oc) => oc.column('username').doNothing())
      .returning(['id', 'username', 'display_name', 'role', 'active'])
      .executeTakeFirst();
    return r ? { id: r.id, username: r.username, displayName: r.display_name, role: r.role, active: r.active } : null;
  }

  async findUserForLogin(username: string) {
    return this.db.selectFrom('staff_users').select(['id', 'password_hash', 'active']).where('username', '=', username).executeTakeFirst();
  }

  async findUser(id: string): Promise<StaffUser | null> {
    const r = await this.db.selectFrom('staff_users').select(['id', 'username', 'display_name', 'role', 'active']).where('id', '=', id).executeTakeFirst();
    return r ? { id: r.id, username: r.username, displayName: r.display_name, role: r.role, active: r.active } : null;
  }

  async listUsers(): Promise<StaffUser[]> {
    const rows = await this.db.selectFrom('staff_users').select(['id', 'username', 'display_name', 'role', 'active']).orderBy('username').execute();
    return rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name, role: r.role, active: r.active }));
  }

  async countUsers(): Promise<number> {
    const r = await this.db.selectFrom('staff_users').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  async insertToken(t: { hash: Buffer; userId: string; kind: 'session' | 'api'; name: string; expiresAt: Date | null }): Promise<void> {
    await this.db.insertInto('auth_tokens').values({ token_hash: t.hash, user_id: t.userId, kind: t.kind, name: t.name, expires_at: t.expiresAt }).execute();
  }

  async findActiveToken(hash: Buffer, now: Date): Promise<StaffUser | null> {
    const r = await this.db
      .selectFrom('auth_tokens as t')
      .innerJoin('staff_users as u', 'u.id', 't.user_id')
      .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.active'])
      .where('t.token_hash', '=', hash)
      .where('t.revoked_at', 'is', null)
      .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', now)]))
      .where('u.active', '=', true)
      .executeTakeFirst();
    return r ? { id: r.id, username: r.username, displayName: r.display_name, role: r.role, active: r.active } : null;
  }

  async revokeToken(hash: Buffer, now: Date): Promise<void> {
    await this.db.updateTable('auth_tokens').set({ revoked_at: now }).where('token_hash', '=', hash).execute();
  }
}
