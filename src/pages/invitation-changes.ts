import type { Translator } from '../domain/i18n/translate.js';
import { html, type SafeHtml } from './html.js';
import type { InvitationPageView } from './invitation-view.js';
import { mailtoHref } from './links.js';
import { rich } from './text.js';

/** The candidate's own pages for a change, beside their Interview Link page. */
export function changePath(token: string, page: 'reschedule' | 'cancel'): string {
  return `/i/${encodeURIComponent(token)}/${page}`;
}

/** "please contact Lena Vogel (lena@…)", the address a mailto link when it is a plain one. */
export function contactLine(
  t: Translator,
  { organizer }: Pick<InvitationPageView, 'organizer'>,
): SafeHtml {
  const href = mailtoHref(organizer.email);
  const email = href ? html`<a href="${href}">${organizer.email}</a>` : html`${organizer.email}`;
  return rich(t, 'changes.contact', { name: organizer.name, email });
}

/** "until 24 hours before the start", in the page's language. */
export function untilPhrase(t: Translator, cutoffHours: number): string {
  return t.text('changes.until', { hours: cutoffHours });
}

function moveLine(t: Translator, view: InvitationPageView): SafeHtml | null {
  const changes = view.changes;
  if (!changes) return null;
  const { refusal } = changes.reschedule;
  const contact = contactLine(t, view);
  if (refusal === 'limit') return html`<p>${rich(t, 'changes.limit', { contact })}</p>`;
  if (refusal === 'disabled') return html`<p>${rich(t, 'changes.disabled', { contact })}</p>`;
  const left = t.text('changes.left', { count: changes.reschedulesLeft });
  return html`<p><a class="button primary" href="${changePath(view.token, 'reschedule')}">${t.text('changes.choose')}</a></p><p class="muted">${left}</p>`;
}

/**
 * "Need another time?" on the candidate's page (ADR 016): while the policy allows, links to
 * choose another time and to cancel (each its own page, so cancelling has a confirm step);
 * past the cut-off, one line saying until when changes were possible and whom to contact.
 * Nothing for interviewers, or once the interview is cancelled or over.
 */
export function renderChanges(t: Translator, view: InvitationPageView): SafeHtml | null {
  const changes = view.changes;
  if (!changes || changes.cancel.refusal === 'closed') return null;
  const title = html`<h2 id="changes-title">${t.text('changes.heading')}</h2>`;
  const until = untilPhrase(t, changes.cutoffHours);
  const body =
    changes.cancel.refusal === 'cutoff'
      ? html`<p>${rich(t, 'changes.closed', { until, contact: contactLine(t, view) })}</p>`
      : html`<p>${t.text('changes.open', { until })}</p>${moveLine(t, view)}<p><a href="${changePath(view.token, 'cancel')}">${t.text('changes.cancel')}</a></p>`;
  return html`<section class="card" aria-labelledby="changes-title">${title}${body}</section>`;
}
