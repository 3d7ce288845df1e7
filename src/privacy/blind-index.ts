/**
 * Blind indexes: a keyed HMAC of a normalised value, truncated to 16 bytes, lets staff find every
 * complaint from one phone number without the database holding the number. The type is part of
 * the input, so a phone and an ID number with the same digits never collide.
 */
import { createHmac } from 'node:crypto';

export function blindIndex(indexKey: Buffer, type: string, normalizedValue: string): Buffer {
  return createHmac('sha256', indexKey).update(`${type}\u0000${normalizedValue}`).digest().subarray(0, 16);
}
