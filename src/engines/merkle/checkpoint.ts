/**
 * C2SP tlog-checkpoint body: "<origin>\n<tree size>\n<base64 root hash>\n" followed by
 * optional non-empty extension lines, each ending in '\n'. Formatting and parsing MUST be
 * exact inverses; the parser MUST reject leading zeros, non-canonical base64, hashes that are
 * not 32 bytes and empty lines.
 */
import { decodeBase64, encodeBase64 } from './base64.js';
import { MerkleError } from './errors.js';
import { HASH_SIZE } from './hash.js';

export interface Checkpoint {
  origin: string;
  size: number;
  root: Uint8Array;
  extensions: string[];
}

function bad(reason: string): MerkleError {
  return new MerkleError('MALFORMED_CHECKPOINT', reason);
}

function checkLine(line: string, what: string): void {
  if (line.length === 0) throw bad(`${what} is empty`);
  if (/[\x00-\x1F]/.test(line)) throw bad(`${what} contains a control character`);
}

export function formatCheckpoint(c: Checkpoint): string {
  checkLine(c.origin, 'origin');
  if (!Number.isSafeInteger(c.size) || c.size < 0) throw bad('tree size must be a non-negative safe integer');
  if (c.root.length !== HASH_SIZE) throw bad(`root hash must be ${HASH_SIZE} bytes`);
  c.extensions.forEach((e, i) => checkLine(e, `extension line ${i}`));
  return [c.origin, String(c.size), encodeBase64(c.root), ...c.extensions].map((l) => `${l}\n`).join('');
}

export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw bad('checkpoint must end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) throw bad('checkpoint needs origin, size and root lines');
  const [origin, sizeLine, rootLine, ...extensions] = lines as [string, string, string, ...string[]];
  checkLine(origin, 'origin');
  if (!/^(0|[1-9][0-9]*)$/.test(sizeLine)) throw bad('tree size must be a decimal without leading zeros');
  const size = Number(sizeLine);
  if (!Number.isSafeInteger(size)) throw bad('tree size is too large');
  const root = decodeBase64(rootLine, 'root hash', 'MALFORMED_CHECKPOINT');
  if (root.length !== HASH_SIZE) throw bad(`root hash must be ${HASH_SIZE} bytes`);
  extensions.forEach((e, i) => checkLine(e, `extension line ${i}`));
  return { origin, size, root, extensions };
}
