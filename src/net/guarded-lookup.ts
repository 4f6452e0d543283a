import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns';
import { isPublicAddress } from '../domain/webhook-url.js';
import { nonPublicAddressError } from './request-error.js';

type LookupCallback = (
  error: Error | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A DNS lookup for undici's `connect.lookup` that resolves as usual, then refuses the connection
 * when any address the name resolves to is not public (unless private networks are allowed,
 * ALLOW_PRIVATE_NETWORK): a DNS name cannot be used to reach loopback, private networks or
 * cloud metadata. The check is on the address connected to, not only the URL's name, so a name
 * that changes its answer between a check and the connection gains nothing (DNS rebinding).
 */
export function guardedLookup(allowPrivate: boolean) {
  return guardedAddressLookup(addressRule(allowPrivate));
}

/** Which addresses an outbound request may connect to (the SSRF rule, DESIGN §9). */
export type AddressRule = (address: string) => boolean;

/** Public addresses only, or any address when private networks are allowed. */
export function addressRule(allowPrivate: boolean): AddressRule {
  return allowPrivate ? () => true : isPublicAddress;
}

/** guardedLookup with the rule spelled out: a test narrows it to one address. */
export function guardedAddressLookup(allowAddress: AddressRule) {
  return (hostname: string, options: object, callback: LookupCallback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      if (list.some((a) => !allowAddress(a.address)))
        return callback(nonPublicAddressError(hostname), []);
      const wantsAll = (options as { all?: boolean }).all === true;
      if (wantsAll) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`${hostname} has no address`), []);
      return callback(null, first.address, first.family);
    });
  };
}
