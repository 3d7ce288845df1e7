/**
 * The privacy vault as the rest of the product sees it (PrivacyPort). Free text is redacted by the
 * PII engine before it is stored: each distinct value in a complaint becomes a typed placeholder
 * ([手机号#1]) whose original is sealed with envelope encryption; the consumer's identity is sealed
 * whole; phone and ID numbers get keyed blind indexes for lookup.
 */
import { PLACEHOLDER_LABELS, createCustomOperator, detectPii, displayOperator, maskText, normalizePiiValue, resolveOverlaps, type PiiEntity } from '../engines/pii/index.js';
import { randomUUID } from 'node:crypto';
import type { ConsumerIdentity, PendingPiiValue, PlaceholderState, PrivacyPort, ProtectedIdentity, Redaction } from '../complaints/ports.js';
import type { DbExecutor } from '../db/executor.js';
import { blindIndex } from './blind-index.js';
import { decryptRecord, encryptRecord } from './envelope.js';
import type { Keyring } from './keyring.js';
import { PiiVaultRepository } from './pii-vault.repository.js';

export const IDENTITY_PURPOSE = 'consumer_identity';
export const PII_VALUE_PURPOSE = 'pii_value';

function maskWhole(type: 'mobile' | 'email' | 'name', value: string): string {
  const entity: PiiEntity = { type, start: 0, end: value.length, score: 1, text: value, reason: 'field' };
  return displayOperator.mask(entity, value);
}

/**
 * Where the complainant's own name, phone, email or ID number appear verbatim in a text, they are
 * personal data whatever the detector's context rules say ("周晓梅您好…" has no cue word).
 */
function knownOccurrences(text: string, who: ConsumerIdentity): PiiEntity[] {
  const out: PiiEntity[] = [];
  const add = (type: PiiEntity['type'], value: string | undefined, minLength: number) => {
    if (!value || value.length < minLength) return;
    for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + value.length)) {
      out.push({ type, start: i, end: i + value.length, score: 1, text: value, reason: 'the complainant’s own details' });
    }
  };
  add('name', who.name, 2);
  add('mobile', who.phone, 7);
  const digits = who.phone?.replace(/\D/g, '');
  if (digits && digits !== who.phone) add('mobile', digits, 7);
  add('email', who.email, 5);
  add('id_card', who.idNumber, 15);
  return out;
}

/** Phones written as mobile or landline index the same way, so one number is one key. */
function indexType(type: string): string {
  return type === 'mobile' || type === 'landline' ? 'phone' : type;
}

export function createPrivacy(keyring: Keyring): PrivacyPort {
  const phoneIndex = (phone: string): Buffer | null => {
    const normalized = normalizePiiValue('mobile', phone);
    return normalized ? blindIndex(keyring.indexKey, 'phone', normalized) : null;
  };

  function prepareRedaction(complaintId: string, text: string, state: PlaceholderState, known?: ConsumerIdentity | null): { text: string; values: PendingPiiValue[] } {
    const detected = detectPii(text);
    const entities = known ? resolveOverlaps([...detected, ...knownOccurrences(text, known)]) : detected;
    if (entities.length === 0) return { text, values: [] };
    const values: PendingPiiValue[] = [];
    const chosen = new Map<number, string>();
    for (const e of entities) {
      const normalized = normalizePiiValue(e.type, e.text) || e.text;
      const bidx = blindIndex(keyring.indexKey, indexType(e.type), normalized);
      const key = bidx.toString('hex');
      let placeholder = state.byIndex.get(key);
      if (!placeholder) {
        const n = (state.counters.get(e.type) ?? 0) + 1;
        state.counters.set(e.type, n);
        placeholder = `[${PLACEHOLDER_LABELS[e.type]}#${n}]`;
        state.byIndex.set(key, placeholder);
        values.push({
          complaintId,
          placeholder,
          type: e.type,
          bidx,
          display: displayOperator.mask(e, e.text),
          vaultId: randomUUID(),
          sealed: encryptRecord(Buffer.from(e.text, 'utf8'), keyring.current, PII_VALUE_PURPOSE),
        });
      }
      chosen.set(e.start, placeholder);
    }
    const op = createCustomOperator((e) => chosen.get(e.start) ?? displayOperator.mask(e, e.text));
    return { text: maskText(text, entities, op), values };
  }

  function openIdentity(sealed: PendingPiiValue['sealed']): ConsumerIdentity {
    return JSON.parse(decryptRecord(sealed, keyring.byVersion(sealed.keyVersion), IDENTITY_PURPOSE).toString('utf8')) as ConsumerIdentity;
  }

  async function storeValues(tx: DbExecutor, values: PendingPiiValue[]): Promise<void> {
    await new PiiVaultRepository(tx).insertValues(values.map((v) => ({ ...v, purpose: PII_VALUE_PURPOSE })));
  }

  async function redact(tx: DbExecutor, complaintId: string, text: string): Promise<Redaction> {
    const vault = new PiiVaultRepository(tx);
    const known = await vault.valuesOf(complaintId);
    const sealedIdentity = await vault.identityOf(complaintId);
    const identity = sealedIdentity ? openIdentity(sealedIdentity) : null;
    const state: PlaceholderState = { byIndex: new Map(known.map((k) => [k.bidx.toString('hex'), k.placeholder])), counters: new Map() };
    for (const k of known) {
      const n = Number(/#(\d+)\]$/.exec(k.placeholder)?.[1] ?? 0);
      state.counters.set(k.type, Math.max(state.counters.get(k.type) ?? 0, n));
    }
    const prepared = prepareRedaction(complaintId, text, state, identity);
    await storeValues(tx, prepared.values);
    return { text: prepared.text, found: prepared.values.length };
  }

  return {
    protectIdentity(identity: ConsumerIdentity): ProtectedIdentity {
      const sealed = encryptRecord(Buffer.from(JSON.stringify(identity), 'utf8'), keyring.current, IDENTITY_PURPOSE);
      return {
        nameMasked: maskWhole('name', identity.name),
        phoneMasked: identity.phone ? maskWhole('mobile', identity.phone) : null,
        emailMasked: identity.email ? maskWhole('email', identity.email) : null,
        sealed,
        phoneIndex: identity.phone ? phoneIndex(identity.phone) : null,
        idIndex: identity.idNumber ? blindIndex(keyring.indexKey, 'id_card', normalizePiiValue('id_card', identity.idNumber)) : null,
      };
    },
    async identityOf(tx, complaintId) {
      const sealed = await new PiiVaultRepository(tx).identityOf(complaintId);
      return sealed ? openIdentity(sealed) : null;
    },
    phoneIndex,
    redact,
    prepareRedaction,
    storeValues,
    async placeholders(tx, complaintId) {
      const rows = await new PiiVaultRepository(tx).valuesOf(complaintId);
      return rows.map((r) => ({ placeholder: r.placeholder, type: r.type, display: r.display }));
    },
    maskForDisplay(text: string): string {
      const entities = detectPii(text);
      return entities.length ? maskText(text, entities, displayOperator) : text;
    },
  };
}
