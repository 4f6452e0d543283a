import type { MessageKey, Translator } from '../domain/i18n/translate.js';
import { html, type SafeHtml } from './html.js';
import type { InvitationNotice, InvitationPageView } from './invitation-view.js';

const NOTICES = {
  confirmed: 'notice.confirmed',
  declined: 'notice.declined',
  already: 'notice.already',
  rescheduled: 'notice.rescheduled',
  cancelled: 'notice.cancelled',
  proposed: 'notice.proposed',
} as const satisfies Record<InvitationNotice, MessageKey>;

/** The one-off line after a Confirm, Decline or change, announced to screen readers; none without one. */
export function renderNotice(t: Translator, notice: InvitationPageView['notice']): SafeHtml | null {
  return notice && html`<p class="status notice" role="status">${t.text(NOTICES[notice])}</p>`;
}

function closedLine(t: Translator): SafeHtml {
  return html`<p class="status closed">${t.text('reply.closed.past')}</p>`;
}

function attendanceLine(
  t: Translator,
  { attendance, declineReason, interviewStatus }: InvitationPageView,
) {
  if (attendance === 'confirmed') {
    const allIn = interviewStatus === 'scheduled' && html`<p>${t.text('reply.allConfirmed')}</p>`;
    return html`<p class="status confirmed">${t.text('reply.confirmed')}</p>${allIn}`;
  }
  if (attendance === 'declined') {
    const text = declineReason
      ? t.text('reply.declinedBecause', { reason: declineReason })
      : t.text('reply.declined');
    return html`<p class="status declined">${text}</p>`;
  }
  return html`<p class="status pending">${t.text('reply.pending')}</p>`;
}

function action(token: string, verb: 'confirm' | 'decline' | 'propose'): string {
  return `/i/${encodeURIComponent(token)}/${verb}`;
}

function confirmForm(t: Translator, view: InvitationPageView): SafeHtml | null {
  if (view.attendance === 'confirmed') return null;
  const hint = view.attendance === 'declined' && html`<p>${t.text('reply.changedMind')}</p>`;
  return html`${hint}<form method="post" action="${action(view.token, 'confirm')}"><button type="submit" class="primary">${t.text('reply.confirm')}</button></form>`;
}

function declineForm(t: Translator, view: InvitationPageView): SafeHtml | null {
  if (view.attendance === 'declined') return null;
  const summary = t.text(
    view.attendance === 'confirmed' ? 'reply.cantMakeItAfterAll' : 'reply.cantMakeIt',
  );
  return html`<details><summary>${summary}</summary><form method="post" action="${action(view.token, 'decline')}"><label for="reason">${t.text('reply.reason')}</label><textarea id="reason" name="reason" maxlength="1000" rows="3" aria-describedby="reason-hint"></textarea><p id="reason-hint" class="muted">${t.text('reply.reasonHint')}</p><button type="submit" class="secondary">${t.text('reply.decline')}</button></form><p><a href="${action(view.token, 'propose')}">${t.text('reply.propose')}</a></p></details>`;
}

/**
 * The recipient's attendance and, while replies are open, the Confirm and Decline forms. Plain
 * POST forms, so replying needs no script. None once cancelled: the top of the page says so.
 */
export function renderReply(t: Translator, view: InvitationPageView): SafeHtml | null {
  if (view.interviewStatus === 'cancelled') return null;
  const body = view.canRespond
    ? html`${attendanceLine(t, view)}${confirmForm(t, view)}${declineForm(t, view)}`
    : closedLine(t);
  return html`<section class="card" aria-labelledby="reply-title"><h2 id="reply-title">${t.text('reply.heading')}</h2>${body}</section>`;
}
