import { html, type SafeHtml } from './html.js';
import type { InvitationPageView } from './invitation-view.js';

const NOTICES = {
  confirmed: 'Thank you. Your attendance is confirmed.',
  declined: 'Thank you. The organizer has been told that you cannot attend.',
  already: 'You had already sent this reply, so nothing has changed.',
  rescheduled: 'Your interview has moved to the new time. Everyone has been sent the update.',
  cancelled: 'Your interview is cancelled. Everyone invited has been told.',
  proposed: 'Thank you. The organizer has your proposed times and will get back to you.',
} as const;

/** The one-off line after a Confirm, Decline or change, announced to screen readers; none without one. */
export function renderNotice(notice: InvitationPageView['notice']): SafeHtml | null {
  return notice && html`<p class="status notice" role="status">${NOTICES[notice]}</p>`;
}

function closedLine({ interviewStatus }: InvitationPageView): SafeHtml {
  const text =
    interviewStatus === 'cancelled'
      ? 'This interview has been cancelled. You do not need to reply.'
      : 'This interview has already taken place, so replies are closed.';
  return html`<p class="status closed">${text}</p>`;
}

function attendanceLine({ attendance, declineReason, interviewStatus }: InvitationPageView) {
  if (attendance === 'confirmed') {
    const allIn =
      interviewStatus === 'scheduled' && html`<p>Everyone has confirmed: the interview is on.</p>`;
    return html`<p class="status confirmed">You have confirmed your attendance.</p>${allIn}`;
  }
  if (attendance === 'declined') {
    const text = declineReason ? `You declined: ${declineReason}` : 'You declined this interview.';
    return html`<p class="status declined">${text}</p>`;
  }
  return html`<p class="status pending">Please confirm that you will attend.</p>`;
}

function action(token: string, verb: 'confirm' | 'decline'): string {
  return `/i/${encodeURIComponent(token)}/${verb}`;
}

function confirmForm(view: InvitationPageView): SafeHtml | null {
  if (view.attendance === 'confirmed') return null;
  const hint =
    view.attendance === 'declined' && html`<p>Changed your mind? You can still confirm.</p>`;
  return html`${hint}<form method="post" action="${action(view.token, 'confirm')}"><button type="submit" class="primary">Confirm</button></form>`;
}

function declineForm(view: InvitationPageView): SafeHtml | null {
  if (view.attendance === 'declined') return null;
  const summary = view.attendance === 'confirmed' ? 'Can’t make it after all?' : 'Can’t make it?';
  return html`<details><summary>${summary}</summary><form method="post" action="${action(view.token, 'decline')}"><label for="reason">Reason (optional)</label><textarea id="reason" name="reason" maxlength="1000" rows="3" aria-describedby="reason-hint"></textarea><p id="reason-hint" class="muted">The organizer will see your reason.</p><button type="submit" class="secondary">Decline</button></form><p><a href="/i/${encodeURIComponent(view.token)}/propose">Propose other times instead</a></p></details>`;
}

/**
 * The recipient's attendance and, while replies are open, the Confirm and Decline forms. Plain
 * POST forms, so replying needs no script.
 */
export function renderReply(view: InvitationPageView): SafeHtml {
  const body = view.canRespond
    ? html`${attendanceLine(view)}${confirmForm(view)}${declineForm(view)}`
    : closedLine(view);
  return html`<section class="card" aria-labelledby="reply-title"><h2 id="reply-title">Your attendance</h2>${body}</section>`;
}
