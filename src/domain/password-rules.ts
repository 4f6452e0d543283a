import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { invalid } from './errors.js';

export const MIN_PASSWORD_LENGTH = 12;
/** zxcvbn's 0–4 scale: 3 is "safely unguessable", about 10^8 guesses or more. */
export const MIN_PASSWORD_SCORE = 3;

// The dictionaries take a quarter of a second to load: only when a password is first checked.
let estimator: ZxcvbnFactory | undefined;
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

/**
 * What is wrong with a password, or undefined when it meets the policy: at least 12
 * characters, not only white space, and no easier to guess than zxcvbn's score 3 (common
 * passwords, words, keyboard walks and repeats score low). `related` holds the person's own
 * name and email, which make a password weaker when they appear in it.
 */
export function passwordProblem(
  password: string,
  related: readonly string[] = [],
): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  }
  if (password.trim() === '') return 'must not be only spaces';
  const { score, feedback } = strength().check(password, [...related]);
  if (score >= MIN_PASSWORD_SCORE) return undefined;
  const why = [feedback.warning, ...feedback.suggestions].filter(Boolean).join(' ');
  return `is too easy to guess${why ? `: ${why}` : ''}`;
}

/** Throws a 400 naming the field when the password breaks the policy. */
export function assertPasswordPolicy(
  password: string,
  related: readonly string[] = [],
  field = 'password',
): void {
  const message = passwordProblem(password, related);
  if (message) invalid([{ field, message }]);
}
