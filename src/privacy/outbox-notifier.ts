/**
 * The default consumer notifier, for deployments without an SMS or email provider: each message
 * is appended to DATA_DIR/outbox.jsonl (mode 0600), like a development mailbox, with the recipient
 * masked. The server log only notes that a message was queued — the log never holds a tracking
 * code. A real provider implements NotifierPort and is wired in app/build-app.ts instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Notification, NotifierPort, PrivacyPort } from '../complaints/ports.js';

export function createOutboxNotifier(dataDir: string, log: FastifyBaseLogger, privacy: PrivacyPort): NotifierPort {
  const file = path.join(dataDir, 'outbox.jsonl');
  return {
    async send(n: Notification): Promise<void> {
      const to = privacy.maskForDisplay(n.to.phone ?? n.to.email ?? '');
      fs.mkdirSync(dataDir, { recursive: true });
      await fs.promises.appendFile(file, `${JSON.stringify({ at: new Date().toISOString(), kind: n.kind, complaint: n.complaintNumber, to, text: n.text })}\n`, { mode: 0o600 });
      log.info({ notification: n.kind, complaint: n.complaintNumber, to }, 'consumer notification written to the outbox');
    },
  };
}
