import ipaddr from 'ipaddr.js';
import type { FieldIssue } from './errors.js';

/**
 * Whether an address may receive webhooks: public unicast only. Loopback, private (RFC 1918,
 * unique-local), link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast,
 * reserved and unspecified ranges are refused unless the configuration allows private targets
 * (SSRF: a webhook URL must not reach Convene's own network).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
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
