import { timesText, untilText } from '../domain/candidate-changes.js';
import type { InvitationSlotsView } from '../invites/list-invitation-slots.js';
import { renderDocument } from './document.js';
import { html, type SafeHtml } from './html.js';
import { changePath, contactLine } from './invitation-changes.js';
import { renderSlotList, renderZoneForm, renderZoneListPage } from './slot-list.js';
import { ZONE_SCRIPT } from './zone-script.js';

/** What the candidate's reschedule page (`GET /i/<token>/reschedule`, or a refused move's 409) renders. */
export interface ReschedulePageParts extends InvitationSlotsView {
  nonce: string;
  token: string;
  /** The time they chose was taken meanwhile: say so above the fresh times. */
  taken?: boolean | undefined;
}

/**
 * The candidate's page for moving their interview (ADR 016): the interview as it stands, and
 * the times every interviewer is free, by day in their zone, each a button of a plain POST form
 * (works without script), as on the scheduling page whose pieces it shares.
 */
export function renderReschedulePage(view: ReschedulePageParts): string {
  const { invitation } = view;
  const page = changePath(view.token, 'reschedule');
  const zone =
    view.slots.length > 0 &&
    renderZoneForm({
      timeZone: view.timeZone,
      choices: view.zoneChoices,
      othersHref: `${page}/zone`,
    });
  const list = renderSlotList({
    ...view,
    action: page,
    pageHref: page,
    hint: 'Choose one; your interview moves at once and everyone gets the new time.',
  });
  const back = `/i/${encodeURIComponent(view.token)}`;
  const body = html`<header><p>${invitation.companyName}</p></header><main><h1>Choose a new time</h1><p>Hello ${invitation.recipient.name}, you can move your interview to any of the times below.</p>${current(view)}${stateLine(view)}${zone}${list}<p><a href="${back}">Keep the current time</a></p></main><footer><p>This link is personal to you. Please do not forward it.</p></footer>`;
  return renderDocument({
    nonce: view.nonce,
    title: `Choose a new time · ${invitation.companyName}`,
    body,
    script: view.slots.length > 0 ? ZONE_SCRIPT : undefined,
  });
}

/** Every zone for the reschedule page, on a page of its own (`GET /i/<token>/reschedule/zone`). */
export function renderRescheduleZonePage(view: {
  nonce: string;
  token: string;
  companyName: string;
  timeZone: string;
}): string {
  return renderZoneListPage({ ...view, action: changePath(view.token, 'reschedule') });
}

function current({ invitation }: ReschedulePageParts): SafeHtml {
  const left = invitation.changes?.reschedulesLeft ?? 0;
  const until = untilText(invitation.changes?.cutoffHours ?? 0);
  return html`<section class="card" aria-labelledby="interview-title"><h2 id="interview-title">${invitation.title}</h2><dl><dt>Now</dt><dd><time datetime="${invitation.when.startsAt}">${invitation.when.text}</time></dd></dl><p class="muted">You can move it ${timesText(left)} more, ${until}.</p></section>`;
}

function stateLine(view: ReschedulePageParts): SafeHtml | null {
  const taken =
    view.taken &&
    html`<p class="status closed" role="alert">Sorry, that time was just taken. Please choose another one below.</p>`;
  if (view.slots.length > 0) return taken || null;
  return html`${taken}<p class="status closed">No other time is free for everyone. To find one, ${contactLine(view.invitation)}.</p>`;
}
