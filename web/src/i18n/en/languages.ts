import { catalog } from '../catalog.js';

/**
 * The language pickers' own words (languages.ts, LanguageSelect): the languages themselves are
 * named in their own language, never translated.
 */
export const languages = catalog('languages', {
  'browser.option': 'Browser’s language',
  'browser.hint': 'Browser’s language: the page follows the browser, emails the company’s default.',
});
