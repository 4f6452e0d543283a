/** What the raw text of a parsed body tells about it, without walking what it became. */
interface BodyFacts {
  /** Characters of the text the body was parsed from. */
  length: number;
  /** False when the text cannot have produced a NUL character anywhere in the body. */
  mayHoldNul: boolean;
}

// Keyed by the parsed body, so a fact lives exactly as long as its request's body.
const facts = new WeakMap<object, BodyFacts>();

/**
 * Remembers a parsed body's size and whether it can hold a NUL character. Walking a body of
 * 100,000 keys to find out costs tens of milliseconds each time (even stopping early: for…in
 * lists every key first), while its text answers both in a scan or a look-up.
 */
export function noteBody(body: unknown, text: string, nul: string): void {
  if (body === null || typeof body !== 'object') return;
  facts.set(body, {
    length: text.length,
    mayHoldNul: text.includes(nul) || text.includes('\u0000'),
  });
}

/** The length of the text a body was parsed from, when it was parsed by us. */
export function bodyLength(body: unknown): number | undefined {
  return body !== null && typeof body === 'object' ? facts.get(body)?.length : undefined;
}

/** Whether a value can hold a NUL character: true unless its text said otherwise. */
export function mayHoldNul(value: unknown): boolean {
  return value !== null && typeof value === 'object'
    ? (facts.get(value)?.mayHoldNul ?? true)
    : true;
}
