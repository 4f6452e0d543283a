import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPublicAddress, webhookUrlIssues } from './webhook-url.js';

// Every IPv4 range a webhook must not reach: this host, private networks, loopback, link-local
// (cloud metadata), carrier-grade NAT, reserved and multicast space.
const PRIVATE_V4: Array<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

const toNumber = (v4: string) => v4.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const toV4 = (n: number) => [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join('.');
const hex = (n: number) => n.toString(16);
const groups = (v4: number) => [hex(v4 >>> 16), hex(v4 & 0xffff)];

/** A random address inside one of the ranges. */
const privateV4 = fc
  .tuple(fc.constantFrom(...PRIVATE_V4), fc.nat())
  .map(([[base, bits], offset]) => toNumber(base) + (offset % 2 ** (32 - bits)));
/** A public unicast address (outside every range above and the documentation ones). */
const publicV4 = fc
  .constantFrom('8.8.8.8', '1.1.1.1', '93.184.216.34', '151.101.1.69')
  .map(toNumber);

/**
 * Every way an IPv6 address can carry an IPv4 one, each written several ways: compressed,
 * expanded with leading zeros, upper case, and with a dotted IPv4 tail where the form has one.
 */
function embeddings(v4: number): string[] {
  const [high, low] = groups(v4) as [string, string];
  const dotted = toV4(v4);
  const forms = [
    `::${dotted}`, // IPv4-compatible (deprecated)
    `::${high}:${low}`,
    `0:0:0:0:0:0:${high}:${low}`,
    `::ffff:${dotted}`, // IPv4-mapped
    `::ffff:${high}:${low}`,
    `0000:0000:0000:0000:0000:FFFF:${high.padStart(4, '0')}:${low.padStart(4, '0')}`,
    `::ffff:0:${dotted}`, // IPv4-translated (RFC 6145)
    `::ffff:0:${high}:${low}`,
    `64:ff9b::${dotted}`, // NAT64 (RFC 6052)
    `64:ff9b::${high}:${low}`,
    `0064:FF9B:0000:0000:0000:0000:${high}:${low}`,
    `2002:${high}:${low}::`, // 6to4
    `2002:${high}:${low}:1::1`,
    `2001:db8:1:2::5efe:${dotted}`, // ISATAP interface identifier
    `2001:db8:1:2:200:5efe:${high}:${low}`,
  ];
  return [...forms, ...forms.map((f) => f.toUpperCase())];
}

describe('webhook addresses', () => {
  it('refuses the IPv6 forms of the issue: ::127.0.0.1 and its kin', () => {
    for (const url of [
      'http://[::127.0.0.1]/',
      'http://[::7f00:1]/',
      'http://[::10.0.0.1]/hook',
      'http://[::ffff:169.254.169.254]/latest/meta-data',
      'http://[64:ff9b::192.168.0.1]/',
      'http://[64:ff9b:1::a00:1]/',
      'http://[2002:7f00:1::]/',
      'http://[2002:a9fe:a9fe::1]/',
      'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/',
      'http://[::]/',
      'http://[fe80::1]/',
      'http://[fd00::1]/',
    ]) {
      expect(webhookUrlIssues(url, false), url).toEqual([
        { field: 'url', message: 'points at a private, loopback or reserved address' },
      ]);
    }
  });

  it('refuses every IPv6 form that embeds a private, loopback or reserved IPv4 address', () => {
    fc.assert(
      fc.property(privateV4, (v4) => {
        for (const address of embeddings(v4)) {
          expect(isPublicAddress(address), address).toBe(false);
          expect(webhookUrlIssues(`https://[${address}]:8443/hook`, false), address).not.toEqual(
            [],
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses the deprecated IPv4-compatible form whatever IPv4 address it holds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 2 ** 32 - 1 }), (v4) => {
        const [high, low] = groups(v4) as [string, string];
        expect(isPublicAddress(`::${high}:${low}`)).toBe(false);
        expect(isPublicAddress(`::${toV4(v4)}`)).toBe(false);
      }),
    );
  });

  it('accepts public IPv6 addresses, and the mapped, NAT64 and 6to4 forms of public IPv4 ones', () => {
    for (const address of ['2606:4700:4700::1111', '2a00:1450:4001:82a::200e', '2620:fe::fe']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
    fc.assert(
      fc.property(publicV4, (v4) => {
        const [high, low] = groups(v4) as [string, string];
        for (const address of [
          toV4(v4),
          `::ffff:${toV4(v4)}`,
          `64:ff9b::${high}:${low}`,
          `2002:${high}:${low}::1`,
        ]) {
          expect(isPublicAddress(address), address).toBe(true);
          const host = address.includes(':') ? `[${address}]` : address;
          expect(webhookUrlIssues(`https://${host}/hook`, false), address).toEqual([]);
        }
      }),
    );
  });

  it('allows private addresses when the configuration allows private targets', () => {
    expect(webhookUrlIssues('http://[::127.0.0.1]/', true)).toEqual([]);
  });
});
