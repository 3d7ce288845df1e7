/**
 * Who may do what, as one readable table. Routes name a permission; the access hook checks the
 * caller's role against this table; the role-matrix test walks every route against every role.
 */
import { ROLES, type StaffRole } from './roles.js';

export { ROLES };

const table = {
  'complaint.read': ['agent', 'supervisor', 'compliance', 'auditor', 'admin'],
  'complaint.work': ['agent', 'supervisor', 'admin'],
  'complaint.assign': ['supervisor', 'admin'],
  'complaint.approve_extension': ['supervisor', 'admin'],
  'complaint.reopen': ['supervisor', 'compliance', 'admin'],
  'complaint.export': ['compliance', 'auditor', 'admin'],
  // Seeing originals of personal data: never agents by default, always with a stated purpose.
  'pii.reveal': ['supervisor', 'compliance', 'admin'],
  'privacy.subject_rights': ['compliance', 'admin'],
  'registry.manage': ['compliance', 'admin'],
  'escalation.run': ['supervisor', 'admin'],
  'user.manage': ['admin'],
  'user.read': ['supervisor', 'admin'],
  'token.manage': ['admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof table;

/**
 * `public`: anyone; `consumer`: a consumer's tracking session only; `staff`: any signed-in staff;
 * `owner_or_reader`: the consumer whose complaint it is (the handler checks which) or staff who
 * may read complaints.
 */
export type Access = Permission | 'public' | 'consumer' | 'staff' | 'owner_or_reader';

export function roleAllows(role: StaffRole, permission: Permission): boolean {
  return (table[permission] as readonly StaffRole[]).includes(role);
}

export function rolesFor(access: Access): readonly StaffRole[] {
  if (access === 'consumer') return [];
  if (access === 'owner_or_reader') return table['complaint.read'];
  if (access === 'public' || access === 'staff') return ROLES;
  return table[access];
}

export const PERMISSIONS = table;
