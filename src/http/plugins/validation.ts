import type Compiler from '@fastify/ajv-compiler';
import { AjvCompiler } from '@fastify/ajv-compiler';
import { MAX_ISSUES } from '../../domain/errors.js';
import { bodyLength } from './body-facts.js';

/** Inputs of at most this many keys and items, or bodies of at most this many characters, are
 * checked again for every issue. */
const SMALL_INPUT_NODES = 200;
const SMALL_BODY_LENGTH = 16 * 1024;

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

/**
 * Fastify's Ajv compiler, run twice over: every request is validated by a compile that stops at
 * the first issue, so a body of 100,000 unknown keys costs one issue, not 100,000 (each an
 * object, then a line of the message). Only when that fails on a small input is the input
 * checked again by an all-errors compile, so a person who got three fields wrong still hears of
 * all three; at most MAX_ISSUES are reported either way.
 *
 * (Fastify lower-cases header schemas only for its own compiler; no route has one.)
 */
export function boundedValidators(): Compiler.ValidatorFactory {
  const pool = AjvCompiler();
  return (externalSchemas, serverAjv) => {
    const plugins = serverAjv?.plugins ?? [];
    const options = (serverAjv?.customOptions ?? {}) as Compiler.Options;
    const failFast = pool(externalSchemas, {
      plugins,
      customOptions: { ...options, allErrors: false },
    });
    const everyIssue = pool(externalSchemas, {
      plugins,
      customOptions: { ...options, allErrors: true },
    });
    // Fastify uses only the call and `errors` of what a compiler returns.
    return (route) =>
      bounded(
        failFast(route),
        everyIssue(route),
      ) as unknown as ReturnType<Compiler.ValidatorCompiler>;
  };
}

// Issue lists that stopped short of every problem in the input.
const partial = new WeakSet<object>();

/** Whether a validation error lists only some of the input's problems. */
export function isPartial(issues: unknown): boolean {
  return typeof issues === 'object' && issues !== null && partial.has(issues);
}

function bounded(first: Validate, full: Validate): Validate {
  const validate: Validate = (data) => {
    if (first(data)) {
      validate.errors = null;
      return true;
    }
    // The second pass sees what the first coerced and defaulted; both passes do that alike, and
    // the input still fails (should it not, the first pass's issue stands).
    const all = isSmall(data) && !full(data) ? full.errors : undefined;
    const found = all ?? first.errors ?? [];
    validate.errors = found.slice(0, MAX_ISSUES);
    if (!all || found.length > MAX_ISSUES) partial.add(validate.errors);
    return false;
  };
  return validate;
}

/**
 * Whether `data` is small enough to list every issue of: a body by the length of its text (no
 * walk at all), anything else (query, path) by holding at most SMALL_INPUT_NODES keys and items.
 */
function isSmall(data: unknown): boolean {
  const length = bodyLength(data);
  if (length !== undefined) return length <= SMALL_BODY_LENGTH;
  const pending: unknown[] = [data];
  let nodes = 0;
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    for (const key in value) {
      nodes += 1;
      if (nodes > SMALL_INPUT_NODES) return false;
      pending.push((value as Record<string, unknown>)[key]);
    }
  }
  return true;
}
