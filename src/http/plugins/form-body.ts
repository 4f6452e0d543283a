import formbody from '@fastify/formbody';
import { parse } from 'fast-querystring';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors.js';
import { noteBody } from './body-facts.js';

/** A form body may hold at most this many fields (README, "Limits"); the pages send one. */
export const MAX_FORM_FIELDS = 1_000;

/**
 * HTML form posts (application/x-www-form-urlencoded), parsed by @fastify/formbody's own parser
 * once the fields are counted: a megabyte of `a=0&b=0…` is 100,000 fields, whose parse alone
 * held the process for ~80 ms and whose every key later steps walk. Counting the separators
 * is a scan of the text, and a form with too many is refused (413) before any is parsed.
 */
export async function registerFormBody(app: FastifyInstance): Promise<void> {
  await app.register(formbody, { parser: parseForm });
}

function parseForm(body: string): Record<string, unknown> {
  let count = 1;
  for (let at = body.indexOf('&'); at !== -1; at = body.indexOf('&', at + 1)) {
    count += 1;
    if (count > MAX_FORM_FIELDS) {
      throw new AppError(
        'payload_too_large',
        `A form may hold at most ${MAX_FORM_FIELDS.toLocaleString('en-US')} fields.`,
      );
    }
  }
  const fields = parse(body);
  // A form writes a NUL as %00 (or, against the rules, raw).
  noteBody(fields, body, '%00');
  return fields;
}
