/**
 * Evidence files: content-addressed by SHA-256, size-limited, and type-checked by their bytes
 * (file-type), not by the name or the declared type a client sends.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { complaintError } from './complaint.errors.js';

const ALLOWED = new Set([
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/heic',
  'application/pdf',
  'audio/mpeg',
  'audio/mp4',
  'audio/x-m4a',
  'audio/amr',
  'audio/wav',
  'audio/x-wav',
  'video/mp4',
  'text/plain',
]);

export interface EvidenceFile {
  sha256: string;
  size: number;
  mediaType: string;
  content: Buffer;
  filename: string;
}

function isPlainText(buf: Buffer): boolean {
  // Valid UTF-8 without NUL bytes counts as text (message logs, exported chats).
  if (buf.includes(0)) return false;
  return Buffer.from(buf.toString('utf8'), 'utf8').equals(buf);
}

export async function inspectEvidence(content: Buffer, filename: string, maxBytes: number, field: string): Promise<EvidenceFile> {
  if (content.length > maxBytes) throw complaintError('ATTACHMENT_TOO_LARGE', { limit: maxBytes, field });
  if (content.length === 0) throw complaintError('ATTACHMENT_TYPE_UNSUPPORTED', { field });
  const detected = await fileTypeFromBuffer(content);
  const mediaType = detected?.mime ?? (isPlainText(content) ? 'text/plain' : 'application/octet-stream');
  if (!ALLOWED.has(mediaType)) throw complaintError('ATTACHMENT_TYPE_UNSUPPORTED', { field, detected: mediaType });
  return { sha256: createHash('sha256').update(content).digest('hex'), size: content.length, mediaType, content, filename };
}
