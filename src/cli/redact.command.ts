import type { Command } from 'commander';
import { redact } from '../engines/pii/index.js';
import { lineId, mapJsonl, requireString } from './jsonl.js';

export function registerRedact(program: Command): void {
  program
    .command('redact')
    .description('mask personal data: reads {"id","text"} JSONL on stdin, writes {"id","text","entities"} in order (offsets in UTF-16 units)')
    .requiredOption('--jsonl', 'JSON lines in and out (the only format)')
    .action(async () => {
      await mapJsonl((v) => {
        const id = lineId(v);
        const r = redact(requireString(v, 'text') ?? '');
        return { id, text: r.text, entities: r.entities.map((e) => ({ type: e.type, start: e.start, end: e.end, score: e.score })) };
      });
    });
}
