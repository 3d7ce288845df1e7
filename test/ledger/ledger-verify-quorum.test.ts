/**
 * `xiaobao ledger verify --against --witness --min-cosigners` as a process: an old receipt one
 * witness cosigned, today's head (the GET /log/consistency answer) two others cosigned, and the
 * verifier's file of all three keys. No database: the files are made with the merkle engine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointSigner, cosign, createReceipt, encodeBase64, generateCosignerKeys, generateNoteKeys, leafHash, MemoryHashStore, MerkleLog, noteText } from '../../src/engines/merkle/index.js';
import { createReceiptBundle } from '../../src/ledger/index.js';
import { runCli } from '../support/ledger-witnesses.js';

const ORIGIN = 'lender.example/log';
const T = 1_790_000_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-verify-quorum-'));
const file = (name: string) => path.join(dir, name);
const logKeys = generateNoteKeys(ORIGIN);
interface W {
  name: string;
  signerKey: string;
  verifierKey: string;
}
const [a, b, c] = ['witness-a.example/w', 'witness-b.example/w', 'witness-c.example/w'].map((name): W => ({ name, ...generateCosignerKeys(name) })) as [W, W, W];
const ref = (w: W): string => `${w.name}+${w.verifierKey.split('+')[1] ?? ''}`;
const at = (t: number): string => new Date(t * 1000).toISOString().replace('.000Z', 'Z');
const cosigned = (note: string, by: Array<[W, number]>): string => by.reduce((n, [w, t]) => `${n}${cosign(noteText(note), t, w.signerKey)}`, note);

/** The receipt of leaf 3 at size 10 (cosigned by a) and the size-12 head with its proof (by b and c). */
async function writeFiles(): Promise<void> {
  const log = await MerkleLog.open(new MemoryHashStore());
  const entry = JSON.stringify({ complaintId: 'c-1', seq: 1, type: 'created', v: 1 });
  await log.appendBatch(Array.from({ length: 10 }, (_, i) => leafHash(Buffer.from(i === 3 ? entry : `other ${i}`))));
  const signer = new CheckpointSigner(logKeys.signerKey);
  const old = cosigned(signer.sign(10, log.root()), [[a, T]]);
  const receipt = createReceipt({ checkpoint: old, leafIndex: 3, entry: Buffer.from(entry), inclusionProof: await log.inclusionProof(3, 10) });
  fs.writeFileSync(file('receipt.json'), `${createReceiptBundle(logKeys.verifierKey, [receipt])}\n`);
  await log.appendBatch([leafHash(Buffer.from('x')), leafHash(Buffer.from('y'))]);
  const proof = await log.consistencyProof(10, 12);
  const today = cosigned(signer.sign(12, log.root(), proof), [[b, T + 100], [c, T + 200]]);
  fs.writeFileSync(file('today.json'), JSON.stringify({ checkpoint: today, consistencyProof: proof.map(encodeBase64) }));
  fs.writeFileSync(file('witnesses.txt'), `# the witnesses I trust\n${[a, b, c].map((w) => w.verifierKey).join('\n')}\n`);
  fs.writeFileSync(file('log.vkey'), `${logKeys.verifierKey}\n`);
}

describe('xiaobao ledger verify --min-cosigners (as a process)', () => {
  beforeAll(writeFiles);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const verify = (...args: string[]) => runCli({ DATA_DIR: file('data') }, 'ledger', 'verify', file('receipt.json'), '--vkey', file('log.vkey'), ...args);
  const withAgainst = (...args: string[]) => verify('--against', file('today.json'), '--witness', file('witnesses.txt'), ...args);

  it("reports both checkpoints' cosigners and passes a quorum that today's head meets; fails one it does not, saying who cosigned", async () => {
    const [met, unmet] = await Promise.all([withAgainst('--min-cosigners', '2'), withAgainst('--min-cosigners', '3')]);
    expect(met.code, met.stderr).toBe(0);
    expect(met.stdout).toBe(
      `valid: 1 entry in ${ORIGIN} at tree size 10, consistent with size 12\n` +
        '  #3 {"complaintId":"c-1","seq":1,"type":"created","v":1}\n' +
        "receipt's checkpoint (tree size 10): cosigned by 1 of 3 listed witnesses\n" +
        `  cosigned: ${ref(a)} at ${at(T)}\n  absent: ${ref(b)}\n  absent: ${ref(c)}\n` +
        '--against checkpoint (tree size 12): cosigned by 2 of 3 listed witnesses\n' +
        `  cosigned: ${ref(b)} at ${at(T + 100)}\n  cosigned: ${ref(c)} at ${at(T + 200)}\n  absent: ${ref(a)}\n` +
        'quorum met: 2 distinct listed witnesses cosigned the --against checkpoint at tree size 12 (--min-cosigners 2)\n',
    );
    expect(unmet.code).toBe(1);
    expect(unmet.stdout).toBe('');
    expect(unmet.stderr).toBe(
      `xiaobao: receipt is NOT valid (QUORUM_NOT_MET): the --against checkpoint at tree size 12 is cosigned by 2 of the 3 listed witnesses (${ref(b)}, ${ref(c)}); --min-cosigners requires 3\n`,
    );
  }, 60_000);

  it('says what is wrong with a quorum it cannot judge, without calling the receipt invalid', async () => {
    const [zero, word, alone, tooMany] = await Promise.all([
      withAgainst('--min-cosigners', '0'),
      withAgainst('--min-cosigners', 'two'),
      verify('--min-cosigners', '1'),
      verify('--witness', a.verifierKey, '--witness', a.verifierKey, '--min-cosigners', '2'),
    ]);
    expect([zero.code, zero.stderr]).toEqual([1, 'xiaobao: --min-cosigners must be a whole number of at least 1, not 0\n']);
    expect([word.code, word.stderr]).toEqual([1, expect.stringContaining("option '--min-cosigners <n>' argument 'two' is invalid. expected a whole number of at least 1")]);
    expect([alone.code, alone.stderr]).toEqual([1, 'xiaobao: --min-cosigners needs at least one --witness: the quorum counts only the witnesses you list\n']);
    expect([tooMany.code, tooMany.stderr]).toEqual([1, 'xiaobao: --min-cosigners 2 is more than the 1 distinct witness key given\n']);
  }, 60_000);
});
