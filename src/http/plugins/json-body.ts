import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors.js';
import { noteBody } from './body-facts.js';

/** A JSON body may hold at most this many keys, objects and arrays (README, "Limits"). */
export const MAX_JSON_NODES = 1_000;

/**
 * Fastify's own JSON parser (prototype poisoning refused), behind a count of the body's keys,
 * objects and arrays. What JSON.parse costs grows with those, not with the bytes: a megabyte
 * holding one string parses in ~5 ms, one of 100,000 keys or 333,000 empty objects in
 * 100-300 ms, a stall nothing after it can undo. Convene's largest body has a few dozen (a bulk
 * send's 500 ids are array items, not counted), so more than MAX_JSON_NODES is refused (413)
 * before it is parsed. Each parsed body's facts are noted (body-facts.ts); in JSON a NUL inside
 * a string can only be written `\u0000` (a raw one is invalid there).
 */
export function registerJsonBody(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, raw, done) => {
    const text = raw.toString();
    if (!withinNodes(text, MAX_JSON_NODES)) {
      const limit = MAX_JSON_NODES.toLocaleString('en-US');
      done(
        new AppError(
          'payload_too_large',
          `A JSON body may hold at most ${limit} keys, objects and arrays.`,
        ),
        undefined,
      );
      return;
    }
    parse(request, text, (error, body) => {
      if (!error) noteBody(body, text, '\\u0000');
      done(error, body);
    });
  });
}

/**
 * Whether `text` has at most `limit` keys (a `:`), objects and arrays outside its strings.
 * A scan of the characters that stops past the limit; for text that is not JSON the count may
 * be anything, and JSON.parse refuses it afterwards.
 */
function withinNodes(text: string, limit: number): boolean {
  let nodes = 0;
  let inString = false;
  for (let at = 0; at < text.length; at += 1) {
    const c = text.charCodeAt(at);
    if (inString) {
      if (c === BACKSLASH) at += 1;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if ((c === COLON || c === BRACE || c === BRACKET) && ++nodes > limit) {
      return false;
    }
  }
  return true;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const BRACE = 0x7b;
const BRACKET = 0x5b;
