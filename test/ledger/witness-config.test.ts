/**
 * LEDGER_WITNESSES and LEDGER_WITNESS_INTERVAL_MS: how the witness list is read, and every way a
 * malformed file is refused at start-up (naming the setting, the file and the line). The witnesses
 * themselves are exercised in witnessing.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/app/config.js';
import { generateCosignerKeys, generateNoteKeys } from '../../src/engines/merkle/index.js';
import { MAX_WITNESSES } from '../../src/ledger/index.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-witness-config-'));
const logKeys = generateNoteKeys('lender.example/log');

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('configuration', () => {
  const vkeyOf = (name: string) => generateCosignerKeys(name).verifierKey;
  const w1 = vkeyOf('w1.example/w');
  const w2 = vkeyOf('w2.example/w');
  const load = (text: string | null, extra: Record<string, string> = {}) => {
    const file = path.join(dir, 'witnesses-config.txt');
    if (text === null) fs.rmSync(file, { force: true });
    else fs.writeFileSync(file, text);
    return loadConfig({}, { DATA_DIR: dir, LEDGER_WITNESSES: file, ...extra });
  };
  const refusal = (text: string | null, extra: Record<string, string> = {}): string => {
    try {
      load(text, extra);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as ConfigError).message;
    }
    throw new Error('accepted');
  };

  it('is off when LEDGER_WITNESSES is unset; the interval defaults to 5 s', () => {
    const c = loadConfig({}, { DATA_DIR: dir });
    expect(c.ledger.witnesses).toEqual([]);
    expect(c.ledger.witnessIntervalMs).toBe(5000);
  });

  it('reads URL and vkey per line, skipping comments and blank lines, spaces or tabs between', () => {
    const c = load(`# witnesses\n\nhttps://w1.example/witness/add-checkpoint ${w1}\n  http://127.0.0.1:8080/add-checkpoint \t ${w2}  \n`, { LEDGER_WITNESS_INTERVAL_MS: '250' });
    expect(c.ledger.witnesses).toEqual([
      { name: 'w1.example/w', url: 'https://w1.example/witness/add-checkpoint', vkey: w1 },
      { name: 'w2.example/w', url: 'http://127.0.0.1:8080/add-checkpoint', vkey: w2 },
    ]);
    expect(c.ledger.witnessIntervalMs).toBe(250);
  });

  it('refuses a malformed line at start-up, naming LEDGER_WITNESSES, the file and the line number', () => {
    const good = `https://w1.example/a ${w1}`;
    const cases: Array<[string, string, RegExp]> = [
      ['a URL without a key', `# x\n${good}\nhttps://w2.example/a\n`, /line 3: expected "<add-checkpoint URL> <witness vkey>"/],
      ['three fields', `https://w2.example/a ${w2} extra\n`, /line 1: expected/],
      ['not a URL', `\nw2.example/a ${w2}\n`, /line 2: w2\.example\/a is not an http\(s\) URL/],
      ['another scheme', `ftp://w2.example/a ${w2}\n`, /line 1: .* is not an http\(s\) URL/],
      ['credentials in the URL', `https://u:p@w2.example/a ${w2}\n`, /line 1: the URL must not hold a user name or password/],
      ["a log's note key instead of a cosignature key", `https://w2.example/a ${logKeys.verifierKey}\n`, /line 1: .*0x04/],
      ['a key ID that does not match the key', `https://w2.example/a ${w2.replace(/\+[0-9a-f]{8}\+/, '+00000000+')}\n`, /line 1: .*key ID does not match/],
      ['the same witness twice', `${good}\n# again\nhttps://w1.example/b ${w1}\n`, /line 3: witness w1\.example\/w is already listed on line 1/],
    ];
    for (const [name, text, reason] of cases) {
      const message = refusal(text);
      expect([name, message]).toEqual([name, expect.stringMatching(/^Invalid configuration: LEDGER_WITNESSES \/.*witnesses-config\.txt line \d+: /)]);
      expect([name, message]).toEqual([name, expect.stringMatching(reason)]);
    }
  });

  it('refuses a file that lists no witness, too many, or cannot be read; and too short an interval', () => {
    expect(refusal('# none yet\n\n')).toMatch(/lists no witness/);
    const many = Array.from({ length: MAX_WITNESSES + 1 }, (_, i) => `https://w${i}.example/a ${vkeyOf(`w${i}.example/w`)}`).join('\n');
    expect(refusal(many)).toMatch(/lists 16 witnesses, more than 15/);
    expect(load(many.split('\n').slice(0, MAX_WITNESSES).join('\n')).ledger.witnesses).toHaveLength(MAX_WITNESSES);
    expect(refusal(null)).toMatch(/cannot be read \(ENOENT\)/);
    expect(refusal(`https://w1.example/a ${w1}\n`, { LEDGER_WITNESS_INTERVAL_MS: '50' })).toMatch(/^Invalid configuration: LEDGER_WITNESS_INTERVAL_MS /);
  });
});
