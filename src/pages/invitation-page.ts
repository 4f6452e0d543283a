import { renderDocument } from './document.js';
import { html } from './html.js';
import { renderChanges } from './invitation-changes.js';
import { renderInvitationDetails } from './invitation-details.js';
import { renderNotice, renderReply } from './invitation-reply.js';
import type { InvitationPageView } from './invitation-view.js';
import { LOCAL_TIME_SCRIPT } from './local-time-script.js';

export type { InvitationPageView } from './invitation-view.js';

function greeting({ recipient, companyName }: InvitationPageView): string {
  return recipient.role === 'candidate'
    ? `Hello ${recipient.name}, ${companyName} has invited you to an interview.`
    : `Hello ${recipient.name}, you are invited to interview a candidate for ${companyName}.`;
}

/**
 * The recipient's Interview Details page (`GET /i/<token>`): a complete HTML document that works
 * without script. Send it with `Content-Security-Policy: default-src 'none'; style-src
 * 'nonce-N'; script-src 'nonce-N'; form-action 'self'; base-uri 'none'; frame-ancestors 'none';
 * img-src 'none'`, where N is `view.nonce`, and `Cache-Control: no-store`.
 */
export function renderInvitationPage(view: InvitationPageView): string {
  const body = html`<header><p>${view.companyName}</p></header><main><h1>Interview Details</h1><p>${greeting(view)}</p>${renderNotice(view.notice)}${renderInvitationDetails(view)}${renderReply(view)}${renderChanges(view)}</main><footer><p>This link is personal to you. Please do not forward it.</p></footer>`;
  return renderDocument({
    nonce: view.nonce,
    title: `Interview Details · ${view.companyName}`,
    body,
    script: LOCAL_TIME_SCRIPT,
  });
}

/**
 * The page for an unknown, mistyped or replaced link (send it with status 404). It says nothing
 * about any interview, so a guessed token learns nothing.
 */
export function renderInvitationNotFound(nonce: string): string {
  const body = html`<main><h1>This link is not valid</h1><section class="card" aria-label="What to do"><p>The link may be incomplete, or it may have been replaced by a newer invitation.</p><p>Please open the link in the most recent email you received about your interview, or contact the person who invited you.</p></section></main>`;
  return renderDocument({ nonce, title: 'This link is not valid', body });
}
