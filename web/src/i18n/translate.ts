import { IntlMessageFormat } from 'intl-messageformat';
import { createElement, Fragment, type ReactNode } from 'react';
import type { Catalog, MessageKey, Messages } from './catalog.js';
import { FALLBACK_LOCALE } from './locales.js';

/** A message's arguments as text: strings, numbers (plurals) and dates. */
export type TextValues = Readonly<Record<string, string | number | Date>>;

/** A message's arguments as React: also elements, and a function per tag (`<link>…</link>`). */
export type RichValues = Readonly<
  Record<string, ReactNode | Date | ((chunks: ReactNode[]) => ReactNode)>
>;

/** Formats one area's messages in the language shown. */
export interface Translate<C extends Catalog> {
  /** The message as text, for labels, aria-labels, titles, placeholders and notices. */
  (key: MessageKey<C>, values?: TextValues): string;
  /** The message with React elements in it: `t.rich('hint', { link: (c) => <Link>{c}</Link> })`. */
  rich(key: MessageKey<C>, values: RichValues): ReactNode;
  /** The language the area's messages are in (English where the language has none). */
  readonly locale: string;
}

const cache = new WeakMap<object, Translate<Catalog>>();

/**
 * A formatter for one area: `translated`'s messages in `locale`, each missing one in English.
 * Formatters are built once per message and kept (per area and language).
 */
export function translate<C extends Catalog>(
  catalog: C,
  translated?: Partial<Messages>,
  locale: string = FALLBACK_LOCALE,
): Translate<C> {
  const owner = translated ?? catalog;
  const known = cache.get(owner);
  if (known) return known as Translate<C>;
  const compiled = new Map<string, IntlMessageFormat>();
  const message = (key: string) => {
    let found = compiled.get(key);
    if (!found) {
      const own = translated?.[key];
      found =
        own === undefined
          ? new IntlMessageFormat(catalog.messages[key] ?? key, FALLBACK_LOCALE)
          : new IntlMessageFormat(own, locale);
      compiled.set(key, found);
    }
    return found;
  };
  const text = (key: string, values?: TextValues) => {
    const out = message(key).format(values);
    return Array.isArray(out) ? out.join('') : String(out);
  };
  const rich = (key: string, values: RichValues) => {
    const out = message(key).format<ReactNode>(values as never);
    if (!Array.isArray(out)) return out;
    // A message's parts keep their order: their index is their key.
    return out.map((part, i) => createElement(Fragment, { key: i }, part));
  };
  const made = Object.assign(text, { rich, locale: translated ? locale : FALLBACK_LOCALE });
  cache.set(owner, made);
  return made as Translate<C>;
}
