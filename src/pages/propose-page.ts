import type { FieldIssue } from '../domain/errors.js';
import { MAX_PROPOSED_TIMES } from '../domain/proposals.js';
import type { Invitation } from '../shapes/types.js';
import { renderDocument } from './document.js';
import { html, type SafeHtml } from './html.js';

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

/**
 * "Not then": up to three other times, typed in the recipient's zone (`datetime-local`, which
 * phones show as their own pickers), and a note; a plain POST form, so it works without script.
 */
export function renderProposePage(parts: ProposePageParts): string {
  const { invitation: view, token } = parts;
  // The use case speaks of the field ("is in the past"); the page, of the time.
  const issue = (field: string) => {
    const message = parts.issues?.find((i) => i.field === field)?.message;
    return message && /^[a-z]/.test(message) ? `This time ${message}.` : message;
  };
  const fields = Array.from({ length: MAX_PROPOSED_TIMES }, (_, i) => {
    const id = `time-${i + 1}`;
    const error = issue(`times.${i}`);
    const label =
      i === 0 ? 'First choice' : i === 1 ? 'Second choice (optional)' : 'Third choice (optional)';
    return html`<label for="${id}">${label}</label><input type="datetime-local" id="${id}" name="time${i + 1}" value="${parts.times?.[i] ?? ''}"${i === 0 ? html` required` : null}${error ? html` aria-invalid="true" aria-describedby="${id}-error"` : null}>${error ? html`<p id="${id}-error" class="error">${error}</p>` : null}`;
  });
  const general = issue('times');
  const action = `/i/${encodeURIComponent(token)}/propose`;
  const body = html`<header><p>${view.companyName}</p></header><main><h1>Propose other times</h1><p>${view.title} is now ${view.when.text}. If that does not suit you, propose up to three other times; the organizer will choose one or get back to you.</p>${general ? html`<p class="status closed" role="alert">${general}</p>` : null}<section class="card"><form method="post" action="${action}"><p class="muted">Times in ${view.when.timeZone}; each lasts as long as the interview.</p>${fields}<input type="hidden" name="tz" value="${view.when.timeZone}"><label for="reason">Note for the organizer (optional)</label><textarea id="reason" name="reason" maxlength="1000" rows="3">${parts.comment ?? ''}</textarea><button type="submit" class="primary">Send proposed times</button></form><p><a href="/i/${encodeURIComponent(token)}">Back to Interview Details</a></p></section></main>`;
  return renderDocument({
    nonce: parts.nonce,
    title: `Propose other times · ${view.companyName}`,
    body: body as SafeHtml,
  });
}
