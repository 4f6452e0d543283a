import type { MessageKey, MessageValues, Translator } from '../domain/i18n/translate.js';
import { escapeHtml, SafeHtml } from './html.js';

function markup(part: unknown): string {
  return part instanceof SafeHtml ? part.toString() : escapeHtml(String(part));
}

// `<b>` in a message is emphasis; its content is escaped like the rest.
const strong = (chunks: unknown[]) =>
  new SafeHtml(`<strong>${chunks.map(markup).join('')}</strong>`);

/**
 * A catalog message as markup: its text and text values escaped, `SafeHtml` values (a link, a
 * phrase already rendered) kept as they are, so `rich(t, 'changes.disabled', { contact })`
 * puts a mailto link inside a translated sentence safely.
 */
export function rich(t: Translator, key: MessageKey, values: MessageValues = {}): SafeHtml {
  return new SafeHtml(
    t
      .parts(key, { b: strong, ...values })
      .map(markup)
      .join(''),
  );
}
