/**
 * The witnesses this log submits its checkpoints to (LEDGER_WITNESSES): one per line,
 * `<add-checkpoint URL> <witness cosignature/v1 vkey>`, separated by spaces or tabs; blank lines
 * and lines starting with '#' are skipped. A witness is known by its key name, which is also the
 * name on its cosignature lines, so a name may appear only once.
 */
import fs from 'node:fs';
import { MerkleError, parseCosignatureVerifierKey } from '../engines/merkle/index.js';
import { keyFileLines } from '../shared/key-file-lines.js';

export interface LedgerWitness {
  /** The witness's key name (from its vkey). */
  name: string;
  /** Its full add-checkpoint URL, e.g. https://witness.example/witness/add-checkpoint. */
  url: string;
  /** Its cosignature/v1 verifier key. */
  vkey: string;
}

/**
 * The log signature plus one cosignature per witness must stay within the 16 signatures that
 * c2sp.org/signed-note obliges every verifier to accept, or clients could refuse the checkpoint.
 */
export const MAX_WITNESSES = 15;

function parseLine(line: string): { url: string; vkey: string; name: string } | string {
  const fields = line.split(/[ \t]+/);
  if (fields.length !== 2) return 'expected "<add-checkpoint URL> <witness vkey>"';
  const [url = '', vkey = ''] = fields;
  const parsedUrl = URL.canParse(url) ? new URL(url) : null;
  if (!parsedUrl || !/^https?:$/.test(parsedUrl.protocol)) return `${url} is not an http(s) URL`;
  // fetch refuses a URL with credentials; say so at start-up rather than on every submission.
  if (parsedUrl.username || parsedUrl.password) return 'the URL must not hold a user name or password';
  try {
    return { url, vkey, name: parseCosignatureVerifierKey(vkey).name };
  } catch (err) {
    if (err instanceof MerkleError) return err.reason;
    throw err;
  }
}

/** The witnesses in the file's text; throws an Error naming the first bad line. */
export function parseWitnessList(text: string): LedgerWitness[] {
  const witnesses: LedgerWitness[] = [];
  const lineOf = new Map<string, number>();
  for (const { line, number } of keyFileLines(text)) {
    const parsed = parseLine(line);
    if (typeof parsed === 'string') throw new Error(`line ${number}: ${parsed}`);
    const seen = lineOf.get(parsed.name);
    if (seen !== undefined) throw new Error(`line ${number}: witness ${parsed.name} is already listed on line ${seen}`);
    lineOf.set(parsed.name, number);
    witnesses.push(parsed);
  }
  if (witnesses.length === 0) throw new Error('lists no witness');
  if (witnesses.length > MAX_WITNESSES) throw new Error(`lists ${witnesses.length} witnesses, more than ${MAX_WITNESSES}`);
  return witnesses;
}

export function readWitnessList(file: string): LedgerWitness[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseWitnessList(text);
}
