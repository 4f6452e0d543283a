import { timesText, untilText } from '../domain/candidate-changes.js';
import { html, type SafeHtml } from './html.js';
import type { InvitationPageView } from './invitation-view.js';
import { mailtoHref } from './links.js';

/** The candidate's own pages for a change, beside their Interview Link page. */
export function changePath(token: string, page: 'reschedule' | 'cancel'): string {
  return `/i/${encodeURIComponent(token)}/${page}`;
}

/** "please contact Lena Vogel (lena@…)", the address a mailto link when it is a plain one. */
export function contactLine({ organizer }: Pick<InvitationPageView, 'organizer'>): SafeHtml {
  const href = mailtoHref(organizer.email);
  const email = href ? html`<a href="${href}">${organizer.email}</a>` : organizer.email;
  return html`please contact ${organizer.name} (${email})`;
}

function moveLine(view: InvitationPageView): SafeHtml | null {
  const changes = view.changes;
  if (!changes) return null;
  const { refusal } = changes.reschedule;
  if (refusal === 'limit') {
    return html`<p>You have already moved this interview as often as allowed. To move it again, ${contactLine(view)}.</p>`;
  }
  if (refusal === 'disabled') return html`<p>To move it, ${contactLine(view)}.</p>`;
  const left = changes.reschedulesLeft;
  return html`<p><a class="button primary" href="${changePath(view.token, 'reschedule')}">Choose another time</a></p><p class="muted">You can move it ${timesText(left)} more.</p>`;
}

/**
 * "Need another time?" on the candidate's page (ADR 016): while the policy allows, links to
 * choose another time and to cancel (each its own page, so cancelling has a confirm step);
 * past the cut-off, one line saying until when changes were possible and whom to contact.
 * Nothing for interviewers, or once the interview is cancelled or over.
 */
export function renderChanges(view: InvitationPageView): SafeHtml | null {
  const changes = view.changes;
  if (!changes || changes.cancel.refusal === 'closed') return null;
  const title = html`<h2 id="changes-title">Need another time?</h2>`;
  const body =
    changes.cancel.refusal === 'cutoff'
      ? html`<p>Changes are possible ${untilText(changes.cutoffHours)}. To change anything now, ${contactLine(view)}.</p>`
      : html`<p>You can move or cancel this interview ${untilText(changes.cutoffHours)}.</p>${moveLine(view)}<p><a href="${changePath(view.token, 'cancel')}">Cancel the interview</a></p>`;
  return html`<section class="card" aria-labelledby="changes-title">${title}${body}</section>`;
}
