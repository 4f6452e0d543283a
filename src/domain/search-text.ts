/**
 * How search compares text: accents and case do not count, so "muller" finds "Müller" and
 * "JOSE" finds "José". Both engines search this way: SQLite through a function Convene gives
 * it (db/database.ts), PostgreSQL through one a migration writes from SEARCH_FOLDS below.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

/**
 * The one-letter folds of the Latin letters with accents (both cases) and their plain letter,
 * e.g. "Ü" and "ü" → "u": what PostgreSQL's translate() needs to fold as foldForSearch does
 * after lower(). Letters that fold to more than one letter are left as they are on both.
 */
export const SEARCH_FOLDS: { from: string; to: string } = (() => {
  let from = '';
  let to = '';
  const ranges: Array<[number, number]> = [
    [0x00c0, 0x024f], // Latin-1 Supplement letters, Latin Extended-A and -B
    [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese and others)
  ];
  for (const [first, last] of ranges) {
    for (let code = first; code <= last; code++) {
      const letter = String.fromCodePoint(code);
      const folded = foldForSearch(letter);
      if ([...folded].length !== 1 || folded === letter.toLowerCase() || from.includes(letter))
        continue;
      from += letter;
      to += folded;
    }
  }
  return { from, to };
})();
