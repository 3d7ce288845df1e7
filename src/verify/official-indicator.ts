/**
 * Whether an indicator is one of the registry's own channels. Reports against those are refused
 * silently: otherwise anyone could "report" a lender's real hotline and turn every genuine
 * message from it into a fraud verdict.
 */
import type { Indicator, RegistryIndex } from '../engines/scam/index.js';

function ownsHost(index: RegistryIndex, host: string): boolean {
  let h = host.toLowerCase();
  for (;;) {
    if (index.byDomain.has(h)) return true;
    const dot = h.indexOf('.');
    if (dot < 0) return false;
    h = h.slice(dot + 1);
  }
}

export function isOfficialIndicator(index: RegistryIndex, i: Indicator): boolean {
  switch (i.kind) {
    case 'phone': {
      if (index.byPhone.has(i.value) || index.national.has(i.value)) return true;
      // SMS ports carry sub-port digits after the registered prefix.
      for (let len = i.value.length; len >= 7; len--) if (index.byPort.has(i.value.slice(0, len))) return true;
      return false;
    }
    case 'url':
      return ownsHost(index, i.value.split('/')[0] ?? '');
    case 'domain':
      return ownsHost(index, i.value);
    case 'sms_signature':
      return index.institutions.some((inst) => inst.smsSignatures.some((s) => s.toLowerCase() === i.value));
    case 'account':
      return false;
  }
}
