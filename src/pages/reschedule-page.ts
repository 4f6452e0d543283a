import { type Translator, translatorFor } from '../domain/i18n/translate.js';
import type { InvitationSlotsView } from '../invites/list-invitation-slots.js';
import { type PageBrand, renderDocument } from './document.js';
import { html, type SafeHtml } from './html.js';
import { changePath, contactLine, untilPhrase } from './invitation-changes.js';
import { pageTitle, personalFooter } from './invitation-page.js';
import { renderSlotList, renderZoneForm, renderZoneListPage } from './slot-list.js';
import { rich } from './text.js';
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
  const t = translatorFor(invitation.locale);
  const page = changePath(view.token, 'reschedule');
  const zone =
    view.slots.length > 0 &&
    renderZoneForm({
      t,
      timeZone: view.timeZone,
      choices: view.zoneChoices,
      othersHref: `${page}/zone`,
    });
  const list = renderSlotList({
    ...view,
    t,
    action: page,
    pageHref: page,
    hint: t.text('reschedule.hint'),
  });
  const back = `/i/${encodeURIComponent(view.token)}`;
  const heading = t.text('reschedule.heading');
  const greeting = t.text('reschedule.greeting', { name: invitation.recipient.name });
  const body = html`<main><h1>${heading}</h1><p>${greeting}</p>${current(t, view)}${stateLine(t, view)}${zone}${list}<p><a href="${back}">${t.text('reschedule.keep')}</a></p></main>${personalFooter(t)}`;
  return renderDocument({
    nonce: view.nonce,
    lang: t.locale,
    title: pageTitle(t, heading, invitation.companyName),
    brand: invitation,
    body,
    script: view.slots.length > 0 ? ZONE_SCRIPT : undefined,
  });
}

/** Every zone for the reschedule page, on a page of its own (`GET /i/<token>/reschedule/zone`). */
export function renderRescheduleZonePage(view: {
  nonce: string;
  token: string;
  companyName: string;
  brand: PageBrand['brand'];
  timeZone: string;
  locale: string;
}): string {
  return renderZoneListPage({
    ...view,
    t: translatorFor(view.locale),
    action: changePath(view.token, 'reschedule'),
  });
}

function current(t: Translator, { invitation }: ReschedulePageParts): SafeHtml {
  const left = t.text('reschedule.left', {
    count: invitation.changes?.reschedulesLeft ?? 0,
    until: untilPhrase(t, invitation.changes?.cutoffHours ?? 0),
  });
  return html`<section class="card" aria-labelledby="interview-title"><h2 id="interview-title">${invitation.title}</h2><dl><dt>${t.text('reschedule.now')}</dt><dd><time datetime="${invitation.when.startsAt}">${invitation.when.text}</time></dd></dl><p class="muted">${left}</p></section>`;
}

function stateLine(t: Translator, view: ReschedulePageParts): SafeHtml | null {
  const taken =
    view.taken && html`<p class="status closed" role="alert">${t.text('slots.taken')}</p>`;
  if (view.slots.length > 0) return taken || null;
  const none = rich(t, 'reschedule.none', { contact: contactLine(t, view.invitation) });
  return html`${taken}<p class="status closed">${none}</p>`;
}
