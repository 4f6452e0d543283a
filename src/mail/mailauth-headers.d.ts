// mailauth's own parser of DKIM-Signature and Authentication-Results headers (RFC 8601); the
// package ships no types for it.
declare module 'mailauth/lib/parse-dkim-headers.js' {
  interface ParsedHeader {
    header: string;
    /** For Authentication-Results: the authserv-id. */
    value?: string;
    [method: string]: unknown;
  }
  export default function parseDkimHeaders(header: string): { parsed: ParsedHeader };
}
