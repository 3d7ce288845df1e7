/**
 * The privacy vault as the rest of the product sees it (PrivacyPort): free text is masked by the
 * PII engine before it is stored anywhere; the consumer's identity is sealed with envelope
 * encryption; phone and ID numbers get blind indexes for lookup.
 */
import { detectPii, displayOperator, maskText, normalizePiiValue } from '../engines/pii/index.js';
import type { ConsumerIdentity, PrivacyPort, ProtectedIdentity, Redaction } from '../complaints/ports.js';
import { blindIndex } from './blind-index.js';
import { decryptRecord, encryptRecord } from './envelope.js';
import type { Keyring } from './keyring.js';

const IDENTITY_PURPOSE = 'consumer_identity';

function maskWhole(type: 'mobile' | 'email' | 'name', value: string): string {
  const entity = { type, start: 0, end: value.length, score: 1, text: value, reason: 'field' } as const;
  return displayOperator.mask(entity, value);
}

export function createPrivacy(keyring: Keyring): PrivacyPort {
  const phoneIndex = (phone: string): Buffer | null => {
    const normalized = normalizePiiValue('mobile', phone);
    return normalized ? blindIndex(keyring.indexKey, 'phone', normalized) : null;
  };
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
    redactText(text: string): Redaction {
      const entities = detectPii(text);
      return { text: entities.length ? maskText(text, entities, displayOperator) : text, found: entities.length };
    },
    openIdentity(sealed): ConsumerIdentity {
      const kek = keyring.byVersion(sealed.keyVersion);
      return JSON.parse(decryptRecord(sealed, kek, IDENTITY_PURPOSE).toString('utf8')) as ConsumerIdentity;
    },
    phoneIndex,
  };
}
