/** Staff roles (岗位): agent 客服, supervisor 主管, compliance 消保/合规, auditor 审计, admin 管理员. */
export const ROLES = ['agent', 'supervisor', 'compliance', 'auditor', 'admin'] as const;
export type StaffRole = (typeof ROLES)[number];
