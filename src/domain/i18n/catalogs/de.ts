import type { Catalog } from './en.js';

/** German: the messages of en.ts (see there for where each appears). */
export const de = {
  // Every recipient page
  'page.title': '{page} · {company}',
  'page.personal': 'Dieser Link ist nur für Sie bestimmt. Bitte leiten Sie ihn nicht weiter.',

  // The link does not open an interview
  'notFound.heading': 'Dieser Link ist ungültig',
  'notFound.label': 'Was Sie tun können',
  'notFound.why':
    'Der Link ist möglicherweise unvollständig oder wurde durch eine neuere Einladung ersetzt.',
  'notFound.todo':
    'Bitte öffnen Sie den Link aus der neuesten E-Mail zu Ihrem Interview oder wenden Sie sich an die Person, die Sie eingeladen hat.',

  // Interview Details (the Interview Link)
  'details.heading': 'Interviewdetails',
  'details.greeting.candidate': 'Hallo {name}, {company} lädt Sie zu einem Interview ein.',
  'details.greeting.interviewer':
    'Hallo {name}, Sie sind eingeladen, für {company} ein Interview mit einer Kandidatin oder einem Kandidaten zu führen.',
  'details.when': 'Wann',
  'details.where': 'Wo',
  'details.who': 'Teilnehmende',
  'details.notes': 'Hinweise',
  'details.organizer': 'Ansprechperson',
  'details.role.candidate': 'Kandidat/in',
  'details.role.interviewer': 'Interviewer/in',
  'details.yourTime': '{time} in Ihrer Zeitzone ({zone})',
  'details.about': 'Zum Interview',

  // Add to calendar (the participant's own event, or a web calendar's new-event page)
  'calendar.heading': 'Zum Kalender hinzufügen',
  'calendar.file': 'Kalenderdatei (.ics)',
  'calendar.google': 'Google Kalender',
  'calendar.outlook': 'Outlook im Web',
  // After a Confirm, Decline or change
  'notice.confirmed': 'Vielen Dank. Ihre Teilnahme ist bestätigt.',
  'notice.declined':
    'Vielen Dank. Ihre Ansprechperson wurde informiert, dass Sie nicht teilnehmen können.',
  'notice.already': 'Sie hatten diese Antwort bereits gesendet, es hat sich also nichts geändert.',
  'notice.rescheduled':
    'Ihr Interview wurde auf den neuen Termin verschoben. Alle Teilnehmenden wurden informiert.',
  'notice.cancelled': 'Ihr Interview ist abgesagt. Alle Eingeladenen wurden informiert.',
  'notice.proposed':
    'Vielen Dank. Ihre Ansprechperson hat Ihre Terminvorschläge erhalten und meldet sich bei Ihnen.',

  // Your attendance
  'reply.heading': 'Ihre Teilnahme',
  'reply.closed.cancelled': 'Dieses Interview wurde abgesagt. Sie müssen nicht antworten.',
  'reply.closed.past':
    'Dieses Interview hat bereits stattgefunden, daher sind keine Antworten mehr möglich.',
  'reply.confirmed': 'Sie haben Ihre Teilnahme bestätigt.',
  'reply.allConfirmed': 'Alle haben bestätigt: Das Interview findet statt.',
  'reply.declined': 'Sie haben dieses Interview abgesagt.',
  'reply.declinedBecause': 'Sie haben abgesagt: {reason}',
  'reply.pending': 'Bitte bestätigen Sie Ihre Teilnahme.',
  'reply.changedMind': 'Haben Sie es sich anders überlegt? Sie können noch bestätigen.',
  'reply.confirm': 'Bestätigen',
  'reply.cantMakeIt': 'Sie können nicht teilnehmen?',
  'reply.cantMakeItAfterAll': 'Sie können doch nicht teilnehmen?',
  'reply.reason': 'Grund (optional)',
  'reply.reasonHint': 'Ihre Ansprechperson kann den Grund sehen.',
  'reply.decline': 'Absagen',
  'reply.propose': 'Stattdessen andere Termine vorschlagen',

  // Need another time? (the candidate's own changes)
  'changes.heading': 'Brauchen Sie einen anderen Termin?',
  'changes.contact': 'wenden Sie sich bitte an {name} ({email})',
  'changes.until':
    '{hours, plural, =0 {bis zum Beginn} one {bis # Stunde vor Beginn} other {bis # Stunden vor Beginn}}',
  'changes.open': 'Sie können dieses Interview {until} verschieben oder absagen.',
  'changes.closed':
    'Änderungen sind nur {until} möglich. Wenn Sie jetzt noch etwas ändern möchten, {contact}.',
  'changes.limit':
    'Sie haben dieses Interview bereits so oft verschoben wie möglich. Um es erneut zu verschieben, {contact}.',
  'changes.disabled': 'Um das Interview zu verschieben, {contact}.',
  'changes.choose': 'Anderen Termin wählen',
  'changes.left':
    'Sie können das Interview noch {count, plural, one {einmal} =2 {zweimal} other {#-mal}} verschieben.',
  'changes.cancel': 'Interview absagen',

  // Cancel your interview?
  'cancel.heading': 'Interview absagen?',
  'cancel.why': 'Warum sagen Sie ab?',
  'cancel.reason': 'Grund (Pflichtfeld)',
  'cancel.hint':
    'Alle Eingeladenen erhalten eine Absage, und Ihre Ansprechperson sieht Ihren Grund. Dies kann nicht rückgängig gemacht werden.',
  'cancel.problem': 'Bitte geben Sie Ihren Grund mit höchstens {max} Zeichen an.',
  'cancel.keep': 'Interview beibehalten',

  // Choosing a time: zones and free times
  'zone.shownIn': 'Zeiten in der Zeitzone',
  'zone.show': 'Zeiten anzeigen',
  'zone.another': 'Andere Zeitzone',
  'zone.heading': 'Wählen Sie Ihre Zeitzone',
  'zone.label': 'Zeitzone',
  'slots.heading': 'Freie Termine ({zone})',
  'slots.more': 'Weitere Termine',
  'slots.earliest': 'Früheste Termine',
  'slots.later': 'Spätere Termine',
  'slots.taken':
    'Dieser Termin wurde leider gerade vergeben. Bitte wählen Sie unten einen anderen.',

  // The scheduling page (a candidate picks their time)
  'scheduling.heading': 'Wählen Sie Ihren Interviewtermin',
  'scheduling.greeting':
    'Hallo {name}, {company} lädt Sie ein, einen Termin für Ihr Interview auszuwählen.',
  'scheduling.duration': 'Dauer',
  'scheduling.video': 'Videoanruf',
  'scheduling.hint':
    'Wählen Sie einen Termin: Er wird sofort gebucht, und Sie erhalten eine E-Mail mit allen Details.',
  'scheduling.booked':
    'Ihr Interview ist gebucht. In der Bestätigungs-E-Mail, die wir Ihnen gesendet haben, finden Sie den Link zu den Interviewdetails.',
  'scheduling.cancelled':
    'Diese Anfrage wurde zurückgezogen. Bitte wenden Sie sich an die Person, die sie Ihnen gesendet hat.',
  'scheduling.expired':
    'Die Frist für die Terminwahl ist abgelaufen. Bitte wenden Sie sich an die Person, die Ihnen diese Anfrage gesendet hat.',
  'scheduling.problem':
    'Dieser Termin konnte leider nicht gebucht werden. Bitte wenden Sie sich an die Person, die Ihnen diese Anfrage gesendet hat.',
  'scheduling.none':
    'Es sind keine freien Termine mehr verfügbar. Bitte wenden Sie sich an die Person, die Ihnen diese Anfrage gesendet hat.',

  // Choose a new time (the candidate moves their interview)
  'reschedule.heading': 'Neuen Termin wählen',
  'reschedule.greeting':
    'Hallo {name}, Sie können Ihr Interview auf einen der folgenden Termine verschieben.',
  'reschedule.now': 'Aktuell',
  'reschedule.left':
    'Sie können das Interview {until} noch {count, plural, one {einmal} =2 {zweimal} other {#-mal}} verschieben.',
  'reschedule.hint':
    'Wählen Sie einen Termin: Ihr Interview wird sofort verschoben, und alle erhalten den neuen Termin.',
  'reschedule.none':
    'Es gibt keinen anderen Termin, an dem alle Zeit haben. Um einen zu finden, {contact}.',
  'reschedule.keep': 'Aktuellen Termin beibehalten',

  // Propose other times
  'propose.heading': 'Andere Termine vorschlagen',
  'propose.intro':
    'Aktueller Termin für {title}: {when}. Wenn Ihnen dieser nicht passt, schlagen Sie bis zu drei andere Termine vor; Ihre Ansprechperson wählt einen davon aus oder meldet sich bei Ihnen.',
  'propose.zone': 'Zeiten in {zone}; jeder Termin dauert so lange wie das Interview.',
  'propose.first': 'Erste Wahl',
  'propose.second': 'Zweite Wahl (optional)',
  'propose.third': 'Dritte Wahl (optional)',
  'propose.note': 'Nachricht an Ihre Ansprechperson (optional)',
  'propose.send': 'Terminvorschläge senden',
  'propose.back': 'Zurück zu den Interviewdetails',
  'propose.issue.none': 'Bitte wählen Sie mindestens einen Termin.',
  'propose.issue.invalid': 'Dies ist kein gültiges Datum mit Uhrzeit.',
  'propose.issue.past': 'Dieser Zeitpunkt liegt in der Vergangenheit.',
  'propose.issue.current': 'Dies ist der aktuelle Termin des Interviews.',
  'propose.issue.twice': 'Dieser Termin wurde doppelt vorgeschlagen.',

  // Emails: their subjects and Convene's own lines
  'email.hello': 'Hallo {firstName},',
  'email.updated': 'Aktualisiert: {subject}',
  'email.reminder': 'Erinnerung: {subject}',
  'email.cancelled.subject': 'Abgesagt: {title}, {date}',
  'email.cancelled.body':
    'Das Interview <b>{title}</b> am {date} um {time} wurde abgesagt. Falls der Termin in Ihrem Kalender eingetragen wurde, wird er nun daraus entfernt.',
  'email.removed.subject': 'Teilnahme nicht mehr nötig: {title}, {date}',
  'email.removed.body':
    'Sie gehören nicht mehr zum Interviewteam für <b>{title}</b> am {date} um {time}. Falls der Termin in Ihrem Kalender eingetragen wurde, wird er nun daraus entfernt; Sie müssen sonst nichts weiter tun.',
  'email.proposalDeclined.subject': 'Terminvorschlag nicht möglich: {title}',
  'email.proposalDeclined.body':
    'Vielen Dank, dass Sie einen anderen Termin für <b>{title}</b> vorgeschlagen haben. Dieser ist leider nicht möglich, daher bleibt es beim Termin am {date} um {time}. Bitte öffnen Sie Ihren Interview-Link, um diesen Termin zu bestätigen, oder antworten Sie auf diese E-Mail, falls er Ihnen nicht passt.',
  'email.pending.subject': 'Erinnerung: Antwort ausstehend: {title}, {date}',
  'email.pending.body':
    'Wir haben noch keine Rückmeldung von Ihnen zu <b>{title}</b> am {date} um {time} erhalten. Bitte bestätigen Sie Ihre Teilnahme oder sagen Sie ab: {link}',
  'email.upcoming.subject': 'Erinnerung: {title}, {date} um {time}',
  'email.upcoming.body': 'Zur Erinnerung: <b>{title}</b> am {date} um {time}.',
  'email.upcoming.details': 'Details: {link}',
  'email.choose.subject': 'Bitte wählen Sie einen Termin: {title}',
  'email.choose.body':
    'Bitte wählen Sie einen Termin für <b>{title}</b> ({duration}) mit {interviewers}: {schedulingLink}',

  // An update's opening lines: what changed, and whether to confirm again
  'update.changed': 'Dieses Interview wurde geändert.',
  'update.when': 'Wann',
  'update.where': 'Wo',
  'update.video': 'Videolink',
  'update.none': 'keine Angabe',
  'update.details': 'Die Details wurden aktualisiert.',
  'update.youChose': 'Sie haben diesen neuen Termin gewählt, Ihre Teilnahme ist damit bestätigt.',
  'update.candidateChose': 'Diesen neuen Termin hat die Kandidatin bzw. der Kandidat gewählt.',
  'update.confirmAgain':
    '<b>Bitte bestätigen Sie erneut</b>: Öffnen Sie unten Ihren Interview-Link und klicken Sie auf Bestätigen (oder Absagen).',
  'update.stands': 'Ihre bisherige Antwort bleibt bestehen.',

  // Notices to the coordinator who organized the interview
  'organizer.scheduled.subject': 'Interview geplant: {title} mit {candidate}, {date}',
  'organizer.scheduled.body':
    'Alle haben <b>{title}</b> mit {candidate} bestätigt. Das Interview ist fest eingeplant.',
  'organizer.declined.subject': 'Handlungsbedarf: {person} hat {title} abgesagt, {date}',
  'organizer.declined.body': '<b>{person}</b> hat <b>{title}</b> mit {candidate} abgesagt.',
  'organizer.rescheduled.subject': 'Verschoben von {candidate}: {title}, jetzt {date}',
  'organizer.rescheduled.body':
    '{candidate} hat <b>{title}</b> über den eigenen Interview-Link auf einen neuen Termin verschoben. Alle Teilnehmenden wurden informiert; die Interviewenden werden gebeten, erneut zu bestätigen.',
  'organizer.cancelled.subject': 'Abgesagt von {candidate}: {title}, {date}',
  'organizer.cancelled.body':
    '{candidate} hat <b>{title}</b> über den eigenen Interview-Link abgesagt. Alle Eingeladenen haben die Absage erhalten.',
  'organizer.reason': 'Grund: {reason}',
  'organizer.noReason': 'kein Grund angegeben',
  'organizer.when': 'Wann: {date}, {time}, {duration}',
  'organizer.open': 'Interview in Convene öffnen: {link}',
} as const satisfies Catalog;
