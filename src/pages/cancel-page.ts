import { MAX_CANCEL_REASON } from '../invites/cancel-invitation.js';
import type { Invitation } from '../shapes/types.js';
import { renderDocument } from './document.js';
import { html, type SafeHtml } from './html.js';
import { changePath } from './invitation-changes.js';

/** What the candidate's cancel page (`GET /i/<token>/cancel`, or a refused cancel's 400) renders. */
export interface CancelPageParts {
  invitation: Invitation;
  nonce: string;
  token: string;
  /** Why the last attempt was refused (a missing reason), shown at the field. */
  error?: string | undefined;
  /** What they wrote, kept when the form comes back with an error. */
  reason?: string | undefined;
}

/**
 * The confirm step of a candidate's cancel (ADR 016): the interview, a required reason and one
 * button, a plain POST form (works without script). Reached from the Interview Details page; the
 * cancel happens only when this form is sent.
 */
export function renderCancelPage(view: CancelPageParts): string {
  const { invitation } = view;
  const back = `/i/${encodeURIComponent(view.token)}`;
  const body = html`<header><p>${invitation.companyName}</p></header><main><h1>Cancel your interview?</h1><section class="card" aria-labelledby="interview-title"><h2 id="interview-title">${invitation.title}</h2><p><time datetime="${invitation.when.startsAt}">${invitation.when.text}</time></p></section>${form(view)}<p><a href="${back}">Keep my interview</a></p></main><footer><p>This link is personal to you. Please do not forward it.</p></footer>`;
  return renderDocument({
    nonce: view.nonce,
    title: `Cancel your interview? · ${invitation.companyName}`,
    body,
  });
}

function form(view: CancelPageParts): SafeHtml {
  const error =
    view.error && html`<p id="cancel-error" class="status closed" role="alert">${view.error}</p>`;
  const described = view.error ? 'cancel-error cancel-hint' : 'cancel-hint';
  return html`<section class="card" aria-labelledby="cancel-title"><h2 id="cancel-title">Why do you cancel?</h2><form method="post" action="${changePath(view.token, 'cancel')}">${error}<label for="cancel-reason">Reason (required)</label><textarea id="cancel-reason" name="reason" required maxlength="${MAX_CANCEL_REASON}" rows="4" aria-describedby="${described}"${view.error ? html` aria-invalid="true"` : null}>${view.reason ?? ''}</textarea><p id="cancel-hint" class="muted">Everyone invited gets a cancellation, and the organizer sees your reason. This cannot be undone.</p><button type="submit" class="primary">Cancel the interview</button></form></section>`;
}
