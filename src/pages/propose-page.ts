import type { FieldIssue } from '../domain/errors.js';
import type { MessageKey, Translator } from '../domain/i18n/translate.js';
import { translatorFor } from '../domain/i18n/translate.js';
import { MAX_PROPOSED_TIMES, PROPOSED_TIME_ISSUES } from '../domain/proposals.js';
import type { Invitation } from '../shapes/types.js';
import { renderDocument } from './document.js';
import { html } from './html.js';
import { pageTitle } from './invitation-page.js';

/** What the "Propose other times" page renders: the invitation, and what was typed if refused. */
export interface ProposePageParts {
  nonce: string;
  token: string;
  invitation: Invitation;
  /** The times typed (datetime-local values), kept when the form is refused. */
  times?: string[];
  comment?: string;
  issues?: FieldIssue[];
}

const FIELD_LABELS = ['propose.first', 'propose.second', 'propose.third'] as const;

// The use case speaks of the field ("is in the past"); the page, of the time, in its language.
const ISSUE_KEYS: Record<string, MessageKey> = {
  [PROPOSED_TIME_ISSUES.past]: 'propose.issue.past',
  [PROPOSED_TIME_ISSUES.current]: 'propose.issue.current',
  [PROPOSED_TIME_ISSUES.twice]: 'propose.issue.twice',
};

function issueText(t: Translator, issues: FieldIssue[] | undefined, field: string) {
  const issue = issues?.find((i) => i.field === field);
  if (!issue) return null;
  if (field === 'times') return t.text('propose.issue.none');
  return t.text(ISSUE_KEYS[issue.message] ?? 'propose.issue.invalid');
}

/**
 * "Not then": up to three other times, typed in the recipient's zone (`datetime-local`, which
 * phones show as their own pickers), and a note; a plain POST form, so it works without script.
 */
export function renderProposePage(parts: ProposePageParts): string {
  const { invitation: view, token } = parts;
  const t = translatorFor(view.locale);
  const fields = Array.from({ length: MAX_PROPOSED_TIMES }, (_, i) => {
    const id = `time-${i + 1}`;
    const error = issueText(t, parts.issues, `times.${i}`);
    const label = t.text(FIELD_LABELS[i] ?? 'propose.third');
    return html`<label for="${id}">${label}</label><input type="datetime-local" id="${id}" name="time${i + 1}" value="${parts.times?.[i] ?? ''}"${i === 0 ? html` required` : null}${error ? html` aria-invalid="true" aria-describedby="${id}-error"` : null}>${error ? html`<p id="${id}-error" class="error">${error}</p>` : null}`;
  });
  const general = issueText(t, parts.issues, 'times');
  const action = `/i/${encodeURIComponent(token)}/propose`;
  const heading = t.text('propose.heading');
  const intro = t.text('propose.intro', { title: view.title, when: view.when.text });
  const body = html`<main><h1>${heading}</h1><p>${intro}</p>${general ? html`<p class="status closed" role="alert">${general}</p>` : null}<section class="card"><form method="post" action="${action}"><p class="muted">${t.text('propose.zone', { zone: view.when.timeZone })}</p>${fields}<input type="hidden" name="tz" value="${view.when.timeZone}"><label for="reason">${t.text('propose.note')}</label><textarea id="reason" name="reason" maxlength="1000" rows="3">${parts.comment ?? ''}</textarea><button type="submit" class="primary">${t.text('propose.send')}</button></form><p><a href="/i/${encodeURIComponent(token)}">${t.text('propose.back')}</a></p></section></main>`;
  return renderDocument({
    nonce: parts.nonce,
    lang: t.locale,
    title: pageTitle(t, heading, view.companyName),
    brand: view,
    body,
  });
}
