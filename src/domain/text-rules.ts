// Pragmatic address syntax (the WHATWG form rule, with a dotted domain): it refuses spaces,
// quotes, angle brackets and line breaks, so an accepted address is always safe in a mail header.
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** True for an email address Convene can put in a header and deliver to. */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** Emails compare and store case-insensitively. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

// C0 controls (CR, LF, TAB, NUL…), DEL and the C1 range: none belongs in a name or a subject.
/** True when the text holds no control character (so no CR/LF can reach a header or .ics). */
export function isSingleLine(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) {
      return false;
    }
  }
  return true;
}

/** Like isSingleLine, but line breaks and tabs are allowed (notes, decline reasons). */
export function isPlainText(value: string): boolean {
  return isSingleLine(value.replace(/[\r\n\t]/g, ' '));
}
