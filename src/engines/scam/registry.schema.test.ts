import { describe, expect, it } from 'vitest';
import { parseRegistry, RegistryError, type Registry } from './registry.schema.js';
import { buildRegistryIndex, institutionForHost, institutionForPort } from './registry.index.js';
import { loadShippedRegistry } from './registry.fixture.js';

const { registry, index } = loadShippedRegistry();

function mutate(fn: (r: Registry) => void): unknown {
  const copy = structuredClone(registry);
  fn(copy);
  return copy;
}

describe('shipped registry', () => {
  it('has 6–10 fictional sample institutions and the national channels', () => {
    expect(registry.institutions.length).toBeGreaterThanOrEqual(6);
    expect(registry.institutions.length).toBeLessThanOrEqual(10);
    expect(registry.institutions.every((i) => i.sample && i.name.zh.includes('(SAMPLE)'))).toBe(true);
    expect(registry.institutions.every((i) => i.domains.every((d) => d.endsWith('.example')))).toBe(true);
    expect([...index.national.keys()].sort()).toEqual(['110', '12378', '12381', '96110']);
  });
});

describe('parseRegistry rejects bad data', () => {
  const cases: Array<[string, (r: Registry) => void]> = [
    ['port not starting with 106', (r) => { (r.institutions[0] as Registry['institutions'][0]).smsPorts = ['95990']; }],
    ['upper-case domain', (r) => { (r.institutions[0] as Registry['institutions'][0]).domains = ['Sample.example']; }],
    ['hotline with dashes', (r) => { (r.institutions[0] as Registry['institutions'][0]).hotlines = [{ number: '400-555-0101' }]; }],
    ['same port in two institutions', (r) => { (r.institutions[1] as Registry['institutions'][0]).smsPorts = [...(r.institutions[0]?.smsPorts ?? [])]; }],
    ['same signature in two institutions', (r) => { (r.institutions[1] as Registry['institutions'][0]).smsSignatures = ['示例消金']; }],
    ['institution number equal to a national one', (r) => { (r.institutions[0] as Registry['institutions'][0]).hotlines = [{ number: '96110' }]; }],
    ['unknown neverDoes code', (r) => { Object.assign(r.institutions[0] as object, { neverDoes: ['sell_insurance'] }); }],
    ['wrong schema version', (r) => { Object.assign(r, { schemaVersion: 2 }); }],
  ];
  it.each(cases)('%s', (_name, fn) => {
    expect(() => parseRegistry(mutate(fn))).toThrow(RegistryError);
  });
  it('accepts the unmodified copy', () => {
    expect(parseRegistry(mutate(() => undefined)).version).toBe(registry.version);
  });
});

describe('registry index lookups', () => {
  const cases: Array<[string, () => string | undefined, string | undefined]> = [
    ['hotline', () => index.byPhone.get('95990')?.id, 'sample-xf'],
    ['unknown hotline', () => index.byPhone.get('95999')?.id, undefined],
    ['port exact', () => institutionForPort(index, '1069555002')?.id, 'demo-dai'],
    ['port with carrier sub-port', () => institutionForPort(index, '1069555002123')?.id, 'demo-dai'],
    ['port prefix too short', () => institutionForPort(index, '106955')?.id, undefined],
    ['signature', () => index.bySignature.get('演示贷')?.id, 'demo-dai'],
    ['domain', () => institutionForHost(index, 'mockbank.example')?.id, 'mock-bank'],
    ['subdomain', () => institutionForHost(index, 'h5.www.mockbank.example')?.id, 'mock-bank'],
    ['suffix attack', () => institutionForHost(index, 'mockbank.example.evil.com')?.id, undefined],
    ['package id', () => index.byPackage.get('com.example.fictpay')?.id, 'fict-pay'],
    ['name in text', () => index.names.findAll('您在测试小贷的借款')[0]?.value.id, 'test-xd'],
  ];
  it.each(cases)('%s', (_name, get, expected) => {
    expect(get()).toBe(expected);
  });
  it('builds the same index twice', () => {
    expect(buildRegistryIndex(registry).byPhone.size).toBe(index.byPhone.size);
  });
});
