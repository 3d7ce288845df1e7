import type { Actor } from '../complaints/complaint.model.js';
import type { Principal } from './access.js';

/** The actor recorded in events: staff by id, consumers and anonymous intake as `consumer`. */
export function actorOf(p: Principal): Actor {
  if (p.kind === 'staff') return { type: 'staff', id: p.user.id };
  return { type: 'consumer', id: null };
}
