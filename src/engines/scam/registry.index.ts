/**
 * Lookup structure over a parsed registry, built once at start-up and shared read-only by every
 * analysis: exact maps for numbers, ports, signatures, domains and package ids, plus one
 * Aho–Corasick matcher for institution names mentioned in free text.
 */
import { AhoCorasick } from './aho-corasick.js';
import type { Institution, NationalChannel, Registry } from './registry.schema.js';
import { normalizeText } from './text-normalize.js';

export interface DomainEntry {
  domain: string;
  /** The domain without its public suffix, e.g. `sample-xf` for `sample-xf.example`. */
  label: string;
  institution: Institution;
}

export interface RegistryIndex {
  readonly version: string;
  readonly institutions: readonly Institution[];
  readonly byPhone: ReadonlyMap<string, Institution>;
  readonly national: ReadonlyMap<string, NationalChannel>;
  readonly byPort: ReadonlyMap<string, Institution>;
  readonly bySignature: ReadonlyMap<string, Institution>;
  readonly byDomain: ReadonlyMap<string, Institution>;
  readonly byPackage: ReadonlyMap<string, Institution>;
  readonly domainEntries: readonly DomainEntry[];
  /** Registered 95/96 short codes and 400/800 numbers, for lookalike comparison. */
  readonly serviceNumbers: ReadonlyArray<readonly [string, Institution]>;
  readonly names: AhoCorasick<Institution>;
}

/** Display names carry a " (SAMPLE)" marker that never appears in messages. */
function bareName(zh: string): string {
  return zh.replace(/\s*\(SAMPLE\)\s*$/, '');
}

export function buildRegistryIndex(registry: Registry): RegistryIndex {
  const byPhone = new Map<string, Institution>();
  const byPort = new Map<string, Institution>();
  const bySignature = new Map<string, Institution>();
  const byDomain = new Map<string, Institution>();
  const byPackage = new Map<string, Institution>();
  const domainEntries: DomainEntry[] = [];
  const serviceNumbers: Array<readonly [string, Institution]> = [];
  const namePatterns: Array<readonly [string, Institution]> = [];
  for (const inst of registry.institutions) {
    for (const h of inst.hotlines) {
      byPhone.set(h.number, inst);
      if (/^(9[56]\d{3,4}|[48]00\d{7})$/.test(h.number)) serviceNumbers.push([h.number, inst]);
    }
    for (const p of inst.smsPorts) byPort.set(p, inst);
    for (const s of inst.smsSignatures) bySignature.set(normalizeText(s), inst);
    for (const d of inst.domains) {
      byDomain.set(d, inst);
      const dot = d.lastIndexOf('.');
      domainEntries.push({ domain: d, label: d.slice(0, dot), institution: inst });
    }
    for (const a of inst.apps) byPackage.set(a.packageId, inst);
    const names = new Set([bareName(inst.name.zh), inst.name.en.replace(/\s*\(SAMPLE\)\s*$/, ''), ...inst.aliases, ...inst.smsSignatures]);
    for (const n of names) namePatterns.push([normalizeText(n), inst]);
  }
  const national = new Map(registry.national.map((n) => [n.number, n] as const));
  return {
    version: registry.version,
    institutions: registry.institutions,
    byPhone,
    national,
    byPort,
    bySignature,
    byDomain,
    byPackage,
    domainEntries,
    serviceNumbers,
    names: new AhoCorasick(namePatterns),
  };
}

/** The institution owning a hostname or any parent domain of it. */
export function institutionForHost(index: RegistryIndex, hostname: string): Institution | undefined {
  let h = hostname;
  for (;;) {
    const hit = index.byDomain.get(h);
    if (hit) return hit;
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

/** SMS sender → institution: carriers append sub-port digits, so a registered port prefix counts. */
export function institutionForPort(index: RegistryIndex, port: string): Institution | undefined {
  for (let len = port.length; len >= 7; len--) {
    const hit = index.byPort.get(port.slice(0, len));
    if (hit) return hit;
  }
  return undefined;
}
