/**
 * What a failed outbound request (a webhook delivery, a calendar fetch) is recorded as. People
 * read it, so it names what went wrong, but never an address the URL's name resolved to: an
 * error's own message does ("connect ECONNREFUSED 10.0.4.17:443", "vm resolves to 127.0.0.1"),
 * and would map the internal network for whoever can add a webhook or a calendar. So errors are
 * told by their code, in words of our own.
 */
export function describeRequestError(error: unknown): string {
  const code = codeOf(error);
  if (code === NON_PUBLIC) return (error as Error).message;
  if (code && Object.hasOwn(MESSAGES, code)) return MESSAGES[code] as string;
  return code && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)
    ? `request failed (${code})`
    : 'request failed';
}

const NON_PUBLIC = 'ENONPUBLIC';

/** The refusal of a name that resolves to a non-public address; the address is not named. */
export function nonPublicAddressError(hostname: string): Error {
  return Object.assign(new Error(`${hostname} resolves to a non-public address`), {
    code: NON_PUBLIC,
  });
}

/** True for the refusal of a name that resolves to a non-public address, however wrapped. */
export function isNonPublicAddressError(error: unknown): boolean {
  return codeOf(error) === NON_PUBLIC;
}

const MESSAGES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'host name lookup failed, will retry',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no answer within the timeout',
  UND_ERR_BODY_TIMEOUT: 'the answer did not finish within the timeout',
  UND_ERR_SOCKET: 'the connection closed unexpectedly',
  UND_ERR_CLOSED: 'the connection closed unexpectedly',
  CERT_HAS_EXPIRED: 'TLS: the certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS: the certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS: a self-signed certificate is in the chain',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS: the certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS: the certificate is not for this host name',
};

// undici wraps the socket's error; the code that says what happened may be on either.
function codeOf(error: unknown): string | undefined {
  const codes: string[] = [];
  for (let e = error, depth = 0; e !== null && typeof e === 'object' && depth < 4; depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    e = (e as { cause?: unknown }).cause;
  }
  return codes.find((c) => c === NON_PUBLIC || Object.hasOwn(MESSAGES, c)) ?? codes[0];
}
