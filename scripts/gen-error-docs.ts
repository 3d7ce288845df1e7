/** Writes docs/errors.md from the error catalogue: `node bin/run-ts.js scripts/gen-error-docs.ts`. */
import fs from 'node:fs';
import { allErrorCodes } from '../src/app/error-catalogue.js';

const rows = allErrorCodes().map(([code, spec]) => `| \`${code}\` | ${spec.status} | ${spec.message['zh-CN']} | ${spec.message.en} |`);
const doc = `# Error codes

Every error response has the same shape, whatever the endpoint:

\`\`\`json
{ "error": { "code": "VALIDATION_FAILED",
             "message": { "zh-CN": "请求内容有误，请按提示修改。", "en": "The request is invalid; see the field issues." },
             "issues": [ { "path": "consumer.phone", "reason": { "zh-CN": "手机号或电话号码格式不正确。", "en": "Not a valid phone number." } } ] } }
\`\`\`

Codes are stable; integrations should branch on \`code\`, never on the message. Messages may
contain \`{placeholders}\` filled from safe details (never personal data).

| code | HTTP | zh-CN | English |
| --- | --- | --- | --- |
${rows.join('\n')}
`;
fs.writeFileSync(new URL('../docs/errors.md', import.meta.url), doc);
console.log(`docs/errors.md: ${rows.length} codes`);
