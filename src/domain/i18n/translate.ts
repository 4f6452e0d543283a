import { IntlMessageFormat } from 'intl-messageformat';
import { de } from './catalogs/de.js';
import { type Catalog, en, type MessageKey } from './catalogs/en.js';
import { es } from './catalogs/es.js';
import { fr } from './catalogs/fr.js';
import { ja } from './catalogs/ja.js';
import { ptBR } from './catalogs/pt-BR.js';
import { FALLBACK_LOCALE, type Locale, matchLocale, pickLocale } from './locales.js';

export type { Catalog, MessageKey } from './catalogs/en.js';

export const CATALOGS: Readonly<Record<Locale, Catalog>> = {
  en,
  fr,
  de,
  es,
  'pt-BR': ptBR,
  ja,
};

/** A message's arguments: text and numbers, or whatever a rich formatter puts in its place. */
export type MessageValues = Record<string, unknown>;

/** Formats the messages of one language. */
export interface Translator {
  readonly locale: Locale;
  /** The message as plain text. */
  text(key: MessageKey, values?: MessageValues): string;
  /**
   * The message as parts: the literal text (strings) and the values given, in order, so a
   * caller can escape the text and keep its own markup (tags in the message call their value).
   */
  parts(key: MessageKey, values?: MessageValues): unknown[];
}

const compiled = new Map<string, IntlMessageFormat>();

function format(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}|${key}`;
  let message = compiled.get(id);
  if (!message) {
    message = new IntlMessageFormat(CATALOGS[locale][key], locale === 'en' ? 'en-GB' : locale);
    compiled.set(id, message);
  }
  return message;
}

const translators = new Map<Locale, Translator>();

/** The translator for a shipped language (compiled messages are cached, per key). */
export function translator(locale: Locale): Translator {
  let found = translators.get(locale);
  if (!found) {
    found = {
      locale,
      text: (key, values) => {
        const out = format(locale, key).format(values as never);
        return Array.isArray(out) ? out.join('') : String(out);
      },
      parts: (key, values) => {
        const out = format(locale, key).format(values as never);
        return Array.isArray(out) ? out : [out];
      },
    };
    translators.set(locale, found);
  }
  return found;
}

/** The translator for any tag: its language's catalog, else English's. */
export function translatorFor(tag: string | null | undefined): Translator {
  return translator(matchLocale(tag) ?? FALLBACK_LOCALE);
}

/**
 * The translator for an email to someone: their own locale, else the company default (an email
 * has no browser to ask), else English.
 */
export function recipientTranslator(
  own: string | null | undefined,
  companyDefault: string | null | undefined,
): Translator {
  return translator(pickLocale({ own, companyDefault }));
}
