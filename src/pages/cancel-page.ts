import { translatorFor } from '../domain/i18n/translate.js';
import { MAX_CANCEL_REASON } from '../invites/cancel-invitation.js';
import type { Invitation } from '../shapes/types.js';
import { renderDocument } from './document.js';
import { html, type SafeHtml } from './html.js';
import { changePath } from './invitation-changes.js';
import { pageTitle, personalFooter } from './invitation-page.js';

/** What the candidate's cancel page (`GET /i/<token>/cancel`, or a refused cancel's 400) renders. */
export interface CancelPageParts {
  invitation: Invitation;
  nonce: string;
  token: string;
  /** The last attempt was refused (no reason, or too long a one): say so at the field. */
  refused?: boolean | undefined;
  /** What they wrote, kept when the form comes back with an error. */
  reason?: string | undefined;
}

/**
 * The confirm step of a candidate's cancel (ADR 016): the interview, a required reason and one
 * button, a plain POST form (works without script), in the candidate's language. Reached from
 * the Interview Details page; the cancel happens only when this form is sent.
 */
export function renderCancelPage(view: CancelPageParts): string {
  const { invitation } = view;
  const t = translatorFor(invitation.locale);
  const heading = t.text('cancel.heading');
  const back = `/i/${encodeURIComponent(view.token)}`;
  const error =
    view.refused &&
    html`<p id="cancel-error" class="status closed" role="alert">${t.text('cancel.problem', { max: MAX_CANCEL_REASON })}</p>`;
  const described = view.refused ? 'cancel-error cancel-hint' : 'cancel-hint';
  const form: SafeHtml = html`<section class="card" aria-labelledby="cancel-title"><h2 id="cancel-title">${t.text('cancel.why')}</h2><form method="post" action="${changePath(view.token, 'cancel')}">${error}<label for="cancel-reason">${t.text('cancel.reason')}</label><textarea id="cancel-reason" name="reason" required maxlength="${MAX_CANCEL_REASON}" rows="4" aria-describedby="${described}"${view.refused ? html` aria-invalid="true"` : null}>${view.reason ?? ''}</textarea><p id="cancel-hint" class="muted">${t.text('cancel.hint')}</p><button type="submit" class="primary">${t.text('changes.cancel')}</button></form></section>`;
  const body = html`<main><h1>${heading}</h1><section class="card" aria-labelledby="interview-title"><h2 id="interview-title">${invitation.title}</h2><p><time datetime="${invitation.when.startsAt}">${invitation.when.text}</time></p></section>${form}<p><a href="${back}">${t.text('cancel.keep')}</a></p></main>${personalFooter(t)}`;
  return renderDocument({
    nonce: view.nonce,
    lang: t.locale,
    title: pageTitle(t, heading, invitation.companyName),
    brand: invitation,
    body,
  });
}
