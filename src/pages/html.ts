import { escapeHtml } from '../domain/escape-html.js';

export { escapeHtml };

/**
 * Markup that is already safe to emit. Only `html` and `raw` make one; the private field keeps a
 * look-alike object (say, a JSON value shaped `{ value: '<script>' }`) from passing as one.
 */
export class SafeHtml {
  readonly #markup: string;

  constructor(markup: string) {
    this.#markup = markup;
  }

  /** The markup as a string. */
  toString(): string {
    return this.#markup;
  }
}

/** What may be interpolated: text (escaped), numbers, markup, lists of these; nothing for the rest. */
export type HtmlValue =
  | SafeHtml
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  // null, undefined and booleans vanish, so `${cond && html`…`}` reads naturally.
  return '';
}

/**
 * Tagged template that escapes every interpolated value unless it is already `SafeHtml`:
 * html`<p title="${name}">${name}</p>` is safe for any `name`.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Trusts `markup` as it is. Only for constants written in this folder (the page's CSS and script). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
