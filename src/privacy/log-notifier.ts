/**
 * The default consumer notifier: instead of sending an SMS or email, it writes the message to the
 * server log with the recipient masked. A real provider implements NotifierPort and is wired in
 * app/wiring.ts; the message text itself never contains the recipient's contact.
 */
import type { Logger } from 'pino';
import type { Notification, NotifierPort, PrivacyPort } from '../complaints/ports.js';

export function createLogNotifier(log: Logger, privacy: PrivacyPort): NotifierPort {
  return {
    async send(n: Notification): Promise<void> {
      const to = n.to.phone ?? n.to.email ?? '';
      log.info(
        // The recipient is masked; the text carries no contact details (a tracking code must stay
        // readable here, or a deployment without a provider could never be tried out).
        { notification: n.kind, complaint: n.complaintNumber, to: privacy.maskForDisplay(to), text: n.text },
        'consumer notification (log transport)',
      );
    },
  };
}
