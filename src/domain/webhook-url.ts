import ipaddr from 'ipaddr.js';
import type { FieldIssue } from './errors.js';

/**
 * Whether an address may receive webhooks: public unicast only. Loopback, private (RFC 1918,
 * unique-local), link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast,
 * reserved and unspecified ranges are refused unless the configuration allows private targets
 * (SSRF: a webhook URL must not reach Convene's own network). An IPv6 address that carries an
 * IPv4 one is judged by that IPv4 address (see `embeddedIPv4`).
 */
export function isPublicAddress(address: string): boolean {
  const text = canonicalIPv6(address);
  if (!ipaddr.isValid(text)) return false;
  const parsed = ipaddr.parse(text);
  if (parsed.kind() === 'ipv4') return parsed.range() === 'unicast';
  const v6 = parsed as ipaddr.IPv6;
  const embedded = embeddedIPv4(v6);
  if (embedded !== undefined) return embedded !== null && embedded.range() === 'unicast';
  return v6.range() === 'unicast';
}

/**
 * The IPv4 address an IPv6 one leads to, when it has that shape: IPv4-mapped (::ffff:a.b.c.d)
 * and -translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::a.b.c.d), 6to4 (2002:aabb:ccdd::) and an
 * ISATAP interface id (…:0:5efe:a.b.c.d). Null for forms that are refused whatever they carry:
 * IPv4-compatible (::a.b.c.d, deprecated; some stacks still reach the IPv4 address), local-use
 * NAT64 (64:ff9b:1::/48, a private network by definition) and Teredo (2001::/32, a tunnel to an
 * obfuscated client address). Undefined for every other address.
 */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | null | undefined {
  const parts = address.parts;
  const tail = () => v4(parts[6], parts[7]);
  const range = address.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145') return tail();
  if (range === 'rfc6052') return address.match(NAT64_WELL_KNOWN) ? tail() : null;
  if (range === '6to4') return v4(parts[1], parts[2]);
  if (range === 'teredo') return null;
  // ::/96 beyond :: and ::1 (which have ranges of their own): the IPv4-compatible form.
  if (range === 'unicast' && parts.slice(0, 6).every((part) => part === 0)) return null;
  if ((parts[4] === 0 || parts[4] === 0x200) && parts[5] === 0x5efe) return tail();
  return undefined;
}

const NAT64_WELL_KNOWN = ipaddr.parseCIDR('64:ff9b::/96');

/**
 * An IPv6 address as the URL standard writes it (hex groups, zeros compressed): ipaddr.js 2.5
 * reads the dotted form `::a.b.c.d` as `::ffff:a.b.c.d`, which would judge a deprecated
 * IPv4-compatible address by its IPv4 part. Anything the URL parser refuses is left as it is.
 */
function canonicalIPv6(address: string): string {
  if (!address.includes(':')) return address;
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return address;
  }
}

function v4(high = 0, low = 0): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
}

/** A webhook URL's problems: only http(s), no credentials, no fragment, at most 2,000 characters. */
export function webhookUrlIssues(value: string, allowPrivate: boolean): FieldIssue[] {
  const issue = (message: string): FieldIssue[] => [{ field: 'url', message }];
  if (value.length > 2000) return issue('must be at most 2,000 characters');
  if (!URL.canParse(value)) return issue('must be an absolute http(s) URL');
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return issue('must be http or https');
  if (url.username || url.password) return issue('must not carry a user name or password');
  if (url.hash) return issue('must not have a #fragment');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && ipaddr.isValid(host) && !isPublicAddress(host)) {
    return issue('points at a private, loopback or reserved address');
  }
  if (!allowPrivate && /^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i.test(host)) {
    return issue('points at a local host name');
  }
  return [];
}
