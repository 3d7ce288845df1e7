import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allErrorCodes } from './error-catalogue.js';

describe('error catalogue', () => {
  const doc = fs.readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  it.each(allErrorCodes())('%s is documented in docs/errors.md with its status', (code, spec) => {
    expect(doc).toContain(`| \`${code}\` | ${spec.status} |`);
  });
  it.each(allErrorCodes())('%s has a Chinese and an English message', (_code, spec) => {
    expect(spec.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(spec.message.en).toMatch(/^[A-Z]/);
  });
});
