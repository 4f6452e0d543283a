import type { Translator } from '../domain/i18n/translate.js';
import { html, type SafeHtml } from './html.js';
import type { InvitationPageView } from './invitation-view.js';
import { mailtoHref, webUrl } from './links.js';

const ROLE_NAMES = {
  candidate: 'details.role.candidate',
  interviewer: 'details.role.interviewer',
} as const;

function whenRow(t: Translator, { when }: InvitationPageView): SafeHtml {
  // The script reads these attributes to add the browser's own time; the text stands alone.
  // `data-local` is the line's wording, {time} and {zone} filled in by the script.
  const local = t.text('details.yourTime', { time: '{time}', zone: '{zone}' });
  return html`<dt>${t.text('details.when')}</dt><dd><time datetime="${when.startsAt}" data-end="${when.endsAt}" data-zone="${when.timeZone}" data-local="${local}">${when.text}</time></dd>`;
}

function whereRow(t: Translator, { location, meetingUrl }: InvitationPageView): SafeHtml | null {
  if (!location && !meetingUrl) return null;
  const href = webUrl(meetingUrl);
  const meeting = href
    ? html`<p><a href="${href}" rel="noopener noreferrer">${href}</a></p>`
    : meetingUrl && html`<p>${meetingUrl}</p>`;
  return html`<dt>${t.text('details.where')}</dt><dd>${location && html`<p>${location}</p>`}${meeting}</dd>`;
}

function whoRow(t: Translator, { people }: InvitationPageView): SafeHtml | null {
  if (people.length === 0) return null;
  const items = people.map(
    (person) =>
      html`<li>${person.name} <span class="muted">(${t.text(ROLE_NAMES[person.role])})</span></li>`,
  );
  return html`<dt>${t.text('details.who')}</dt><dd><ul>${items}</ul></dd>`;
}

function organizerRow(t: Translator, { organizer }: InvitationPageView): SafeHtml {
  const href = mailtoHref(organizer.email);
  const email = href ? html`<a href="${href}">${organizer.email}</a>` : organizer.email;
  return html`<dt>${t.text('details.organizer')}</dt><dd>${organizer.name}<br>${email}</dd>`;
}

/** What is asked: the interview's title, job and time, above the Confirm button. */
export function renderInvitationSummary(t: Translator, view: InvitationPageView): SafeHtml {
  const job = view.jobTitle && html`<p class="sub">${view.jobTitle}</p>`;
  return html`<section class="card" aria-labelledby="interview-title"><h2 id="interview-title">${view.title}</h2>${job}<dl>${whenRow(t, view)}</dl></section>`;
}

/**
 * The rest of the interview's facts, below the reply: where, who, notes and whom to ask (long
 * addresses and notes never push Confirm off a phone's first screen).
 */
export function renderInvitationDetails(t: Translator, view: InvitationPageView): SafeHtml {
  const notes =
    view.notes && html`<dt>${t.text('details.notes')}</dt><dd class="notes">${view.notes}</dd>`;
  return html`<section class="card" aria-labelledby="details-title"><h2 id="details-title">${t.text('details.about')}</h2><dl>${whereRow(t, view)}${whoRow(t, view)}${notes}${organizerRow(t, view)}</dl></section>`;
}
