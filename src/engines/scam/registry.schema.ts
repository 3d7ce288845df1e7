/**
 * Schema of `registry/institutions.json`: institutions' official channels and the national
 * anti-fraud channels. The file is versioned data; `parseRegistry` is the only way in, so a
 * malformed file fails loudly at load time instead of mis-verifying messages later.
 */
import { z } from 'zod';

const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/** Digits only: how numbers are stored and compared (display formatting is the UI's job). */
const digits = z.string().regex(/^\d{3,20}$/, 'digits only');

/** Things an institution states it never does; texts live in code (see NEVER_DOES_TEXT). */
export const NEVER_DOES = [
  'ask_verification_code',
  'ask_password',
  'ask_transfer_safe_account',
  'ask_screen_sharing',
  'ask_contact_relatives',
  'charge_upfront_fee',
  'ask_cancel_student_loan',
  'collect_to_personal_account',
  'send_court_documents_by_sms',
] as const;

export const institutionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** true for the FICTIONAL demo institutions; their channels are made up. */
  sample: z.boolean(),
  name: localized,
  kind: z.enum(['consumer_finance', 'online_microlender', 'internet_bank', 'bank', 'e_wallet', 'telecom']),
  aliases: z.array(z.string().min(2)).default([]),
  hotlines: z.array(z.object({ number: digits, label: z.string().optional() })),
  smsPorts: z.array(z.string().regex(/^106\d{2,17}$/, 'SMS ports start with 106')),
  /** Signature text without the 【】 brackets. */
  smsSignatures: z.array(z.string().min(2).max(12)),
  /** Registrable domains (subdomains are accepted automatically). */
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'lower-case domain')),
  apps: z.array(z.object({ name: z.string().min(1), packageId: z.string().regex(/^[a-zA-Z0-9_.]+$/) })),
  wechatAccounts: z.array(z.string().min(1)),
  neverDoes: z.array(z.enum(NEVER_DOES)),
});

export const nationalChannelSchema = z.object({
  id: z.string(),
  number: digits,
  name: localized,
  kind: z.enum(['warning_call', 'warning_sms', 'regulator_hotline', 'police']),
  /** `area_code_prefix`: genuine calls show an area code before the number (0755 96110). */
  display: z.enum(['exact', 'area_code_prefix']),
  /** e.g. 12381 warning SMS never carry links. */
  carriesLinks: z.boolean(),
  note: localized,
});

export const registrySchema = z.object({
  schemaVersion: z.literal(1),
  version: z.string().min(1),
  updatedAt: z.string().min(1),
  institutions: z.array(institutionSchema),
  national: z.array(nationalChannelSchema),
});

export type Institution = z.infer<typeof institutionSchema>;
export type NationalChannel = z.infer<typeof nationalChannelSchema>;
export type Registry = z.infer<typeof registrySchema>;
export type NeverDoes = (typeof NEVER_DOES)[number];

/** What a verdict shows: the institution's public record incl. its real channels. */
export type InstitutionPublic = Institution;

export class RegistryError extends Error {
  readonly code = 'SCAM_REGISTRY_INVALID';
  constructor(readonly issues: string[]) {
    super(`registry invalid: ${issues.slice(0, 5).join('; ')}`);
  }
}

/** Validates registry JSON (already parsed) and rejects duplicate channels across institutions. */
export function parseRegistry(json: unknown): Registry {
  const r = registrySchema.safeParse(json);
  if (!r.success) {
    throw new RegistryError(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const seen = new Map<string, string>();
  const dupes: string[] = [];
  const claim = (key: string, owner: string): void => {
    const prev = seen.get(key);
    if (prev !== undefined && prev !== owner) dupes.push(`${key} claimed by ${prev} and ${owner}`);
    seen.set(key, owner);
  };
  const ids = new Set<string>();
  for (const inst of r.data.institutions) {
    if (ids.has(inst.id)) dupes.push(`duplicate id ${inst.id}`);
    ids.add(inst.id);
    for (const h of inst.hotlines) claim(`phone:${h.number}`, inst.id);
    for (const p of inst.smsPorts) claim(`port:${p}`, inst.id);
    for (const s of inst.smsSignatures) claim(`sig:${s}`, inst.id);
    for (const d of inst.domains) claim(`domain:${d}`, inst.id);
    for (const a of inst.apps) claim(`app:${a.packageId}`, inst.id);
  }
  for (const n of r.data.national) claim(`phone:${n.number}`, `national:${n.id}`);
  if (dupes.length > 0) throw new RegistryError(dupes);
  return r.data;
}
