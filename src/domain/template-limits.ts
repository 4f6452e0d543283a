import { Parser } from 'htmlparser2';

/**
 * A template body may nest elements at most this deep (README, "Limits"). Real messages nest a
 * handful of levels (a list in a quote); the HTML-to-text step of every send recurses once per
 * level and ran out of stack a few thousand levels down, so a deeply nested template was saved
 * and then failed every send with a 500.
 */
export const MAX_TEMPLATE_DEPTH = 50;

/**
 * The offset of the first tag in `html` that opens an element more than MAX_TEMPLATE_DEPTH
 * deep, or undefined. Read as written, by the parser sanitize-html and html-to-text use (so
 * `<p>` and `<li>` close their open namesakes, void elements nest nothing), in one pass.
 */
export function tooDeepAt(html: string): number | undefined {
  let depth = 0;
  let at: number | undefined;
  const parser = new Parser({
    onopentag() {
      depth += 1;
      if (depth > MAX_TEMPLATE_DEPTH && at === undefined) {
        at = parser.startIndex;
        parser.pause();
      }
    },
    onclosetag() {
      depth -= 1;
    },
  });
  parser.end(html);
  return at;
}
