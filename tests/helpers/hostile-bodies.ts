/** Request bodies from security review issue 13: about 1 MB holding 100,000 unknown keys. */

const KEYS = 100_000;

/** `{k0: 0, k1: 0, …}` with `n` keys. */
export function manyKeys(n: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i.toString(36)}`, 0]));
}

/** About 1 MB of JSON: an object of 100,000 keys no route knows. */
export function hostileJson(): string {
  return JSON.stringify(manyKeys(KEYS));
}

/** The same keys as an HTML form body (application/x-www-form-urlencoded). */
export function hostileForm(): string {
  const fields = Object.entries(manyKeys(KEYS)).map(([k, v]): [string, string] => [k, String(v)]);
  return new URLSearchParams(fields).toString();
}
