import type { Catalog } from './en.js';

/** French: the messages of en.ts (see there for where each appears). */
export const fr = {
  // Every recipient page
  'page.title': '{page} · {company}',
  'page.personal': 'Ce lien vous est personnel. Merci de ne pas le transférer.',

  // The link does not open an interview
  'notFound.heading': 'Ce lien n’est pas valide',
  'notFound.label': 'Que faire',
  'notFound.why':
    'Le lien est peut-être incomplet, ou il a été remplacé par une invitation plus récente.',
  'notFound.todo':
    'Veuillez ouvrir le lien figurant dans le dernier e-mail reçu au sujet de votre entretien, ou contacter la personne à l’origine de l’invitation.',

  // Interview Details (the Interview Link)
  'details.heading': 'Détails de l’entretien',
  'details.greeting.candidate': 'Bonjour {name}, {company} vous invite à un entretien.',
  'details.greeting.interviewer':
    'Bonjour {name}, {company} vous invite à mener un entretien de recrutement.',
  'details.when': 'Date et heure',
  'details.where': 'Lieu',
  'details.who': 'Participants',
  'details.notes': 'Remarques',
  'details.organizer': 'Organisateur',
  'details.role.candidate': 'Candidat(e)',
  'details.role.interviewer': 'Intervieweur(euse)',
  'details.yourTime': '{time} dans votre fuseau horaire ({zone})',
  'details.about': 'À propos de l’entretien',

  // Add to calendar (the participant's own event, or a web calendar's new-event page)
  'calendar.heading': 'Ajouter à votre agenda',
  'calendar.file': 'Fichier d’agenda (.ics)',
  'calendar.google': 'Google Agenda',
  'calendar.outlook': 'Outlook sur le web',
  // After a Confirm, Decline or change
  'notice.confirmed': 'Merci. Votre présence est confirmée.',
  'notice.declined': 'Merci. Nous avons informé l’organisateur que vous ne pourrez pas y assister.',
  'notice.already': 'Vous aviez déjà envoyé cette réponse, rien n’a donc changé.',
  'notice.rescheduled':
    'Votre entretien a été déplacé au nouvel horaire. Tous les participants ont reçu la mise à jour.',
  'notice.cancelled':
    'Votre entretien est annulé. Toutes les personnes invitées ont été prévenues.',
  'notice.proposed':
    'Merci. L’organisateur a bien reçu les horaires que vous proposez et reviendra vers vous.',

  // Your attendance
  'reply.heading': 'Votre présence',
  'reply.closed.cancelled': 'Cet entretien a été annulé. Vous n’avez pas besoin de répondre.',
  'reply.closed.past': 'Cet entretien a déjà eu lieu : il n’est plus possible de répondre.',
  'reply.confirmed': 'Vous avez confirmé votre présence.',
  'reply.allConfirmed': 'Tout le monde a confirmé : l’entretien aura bien lieu.',
  'reply.declined': 'Vous avez décliné cet entretien.',
  'reply.declinedBecause': 'Vous avez décliné : {reason}',
  'reply.pending': 'Merci de confirmer votre présence.',
  'reply.changedMind': 'Vous avez changé d’avis ? Vous pouvez encore confirmer.',
  'reply.confirm': 'Confirmer',
  'reply.cantMakeIt': 'Vous n’êtes pas disponible ?',
  'reply.cantMakeItAfterAll': 'Finalement, vous n’êtes pas disponible ?',
  'reply.reason': 'Motif (facultatif)',
  'reply.reasonHint': 'L’organisateur verra votre motif.',
  'reply.decline': 'Décliner',
  'reply.propose': 'Proposer plutôt d’autres horaires',

  // Need another time? (the candidate's own changes)
  'changes.heading': 'Besoin d’un autre horaire ?',
  'changes.contact': 'veuillez contacter {name} ({email})',
  'changes.until':
    '{hours, plural, =0 {jusqu’à l’heure de début} one {jusqu’à # heure avant le début} other {jusqu’à # heures avant le début}}',
  'changes.open': 'Vous pouvez déplacer ou annuler cet entretien {until}.',
  'changes.closed':
    'Les modifications ne sont possibles que {until}. Pour modifier quoi que ce soit maintenant, {contact}.',
  'changes.limit':
    'Vous avez déjà déplacé cet entretien autant de fois que possible. Pour le déplacer à nouveau, {contact}.',
  'changes.disabled': 'Pour le déplacer, {contact}.',
  'changes.choose': 'Choisir un autre horaire',
  'changes.left':
    'Vous pouvez encore le déplacer {count, plural, one {une fois} =2 {deux fois} other {# fois}}.',
  'changes.cancel': 'Annuler l’entretien',

  // Cancel your interview?
  'cancel.heading': 'Annuler votre entretien ?',
  'cancel.why': 'Pourquoi annulez-vous ?',
  'cancel.reason': 'Motif (obligatoire)',
  'cancel.hint':
    'Toutes les personnes invitées recevront une annulation, et l’organisateur verra votre motif. Cette action est irréversible.',
  'cancel.problem': 'Veuillez indiquer votre motif, en {max} caractères au maximum.',
  'cancel.keep': 'Conserver mon entretien',

  // Choosing a time: zones and free times
  'zone.shownIn': 'Horaires affichés dans le fuseau',
  'zone.show': 'Afficher les horaires',
  'zone.another': 'Autre fuseau horaire',
  'zone.heading': 'Choisissez votre fuseau horaire',
  'zone.label': 'Fuseau horaire',
  'slots.heading': 'Créneaux disponibles ({zone})',
  'slots.more': 'Autres créneaux',
  'slots.earliest': 'Premiers créneaux',
  'slots.later': 'Créneaux suivants',
  'slots.taken':
    'Désolé, ce créneau vient d’être réservé. Veuillez en choisir un autre ci-dessous.',

  // The scheduling page (a candidate picks their time)
  'scheduling.heading': 'Choisissez l’horaire de votre entretien',
  'scheduling.greeting':
    'Bonjour {name}, {company} vous invite à choisir un horaire pour votre entretien.',
  'scheduling.duration': 'Durée',
  'scheduling.video': 'Visioconférence',
  'scheduling.hint':
    'Choisissez un créneau : il est réservé aussitôt et vous recevez un e-mail avec tous les détails.',
  'scheduling.booked':
    'Votre entretien est réservé. L’e-mail de confirmation que nous vous avons envoyé contient le lien vers les détails de votre entretien.',
  'scheduling.cancelled':
    'Cette demande a été retirée. Veuillez contacter la personne qui vous l’a envoyée.',
  'scheduling.expired':
    'Le délai pour choisir un horaire est écoulé. Veuillez contacter la personne qui vous a envoyé cette demande.',
  'scheduling.problem':
    'Désolé, ce créneau n’a pas pu être réservé. Veuillez contacter la personne qui vous a envoyé cette demande.',
  'scheduling.none':
    'Il n’y a plus de créneau disponible. Veuillez contacter la personne qui vous a envoyé cette demande.',

  // Choose a new time (the candidate moves their interview)
  'reschedule.heading': 'Choisissez un nouvel horaire',
  'reschedule.greeting':
    'Bonjour {name}, vous pouvez déplacer votre entretien sur l’un des créneaux ci-dessous.',
  'reschedule.now': 'Horaire actuel',
  'reschedule.left':
    'Vous pouvez encore le déplacer {count, plural, one {une fois} =2 {deux fois} other {# fois}}, {until}.',
  'reschedule.hint':
    'Choisissez un créneau : votre entretien est déplacé aussitôt et tous les participants reçoivent le nouvel horaire.',
  'reschedule.none':
    'Aucun autre créneau ne convient à tous les participants. Pour en trouver un, {contact}.',
  'reschedule.keep': 'Conserver l’horaire actuel',

  // Propose other times
  'propose.heading': 'Proposer d’autres horaires',
  'propose.intro':
    'Horaire actuel de « {title} » : {when}. Si cela ne vous convient pas, proposez jusqu’à trois autres horaires ; l’organisateur en choisira un ou reviendra vers vous.',
  'propose.zone':
    'Horaires dans le fuseau {zone} ; chaque créneau dure aussi longtemps que l’entretien.',
  'propose.first': 'Premier choix',
  'propose.second': 'Deuxième choix (facultatif)',
  'propose.third': 'Troisième choix (facultatif)',
  'propose.note': 'Message pour l’organisateur (facultatif)',
  'propose.send': 'Envoyer les horaires proposés',
  'propose.back': 'Retour aux détails de l’entretien',
  'propose.issue.none': 'Veuillez choisir au moins un horaire.',
  'propose.issue.invalid': 'Ce n’est pas une date et une heure valides.',
  'propose.issue.past': 'Cet horaire est déjà passé.',
  'propose.issue.current': 'C’est l’horaire actuel de l’entretien.',
  'propose.issue.twice': 'Cet horaire est proposé deux fois.',

  // Emails: their subjects and Convene's own lines
  'email.hello': 'Bonjour {firstName},',
  'email.updated': 'Mise à jour : {subject}',
  'email.reminder': 'Rappel : {subject}',
  'email.cancelled.subject': 'Annulé : {title}, {date}',
  'email.cancelled.body':
    'L’entretien <b>{title}</b> du {date} à {time} a été annulé. S’il a été ajouté à votre agenda, il en sera maintenant retiré.',
  'email.removed.subject': 'Votre présence n’est plus requise : {title}, {date}',
  'email.removed.body':
    'Vous ne participez plus à <b>{title}</b> le {date} à {time}. S’il a été ajouté à votre agenda, il en sera maintenant retiré ; vous n’avez rien d’autre à faire.',
  'email.proposalDeclined.subject': 'Horaire proposé non disponible : {title}',
  'email.proposalDeclined.body':
    'Merci d’avoir proposé un autre horaire pour <b>{title}</b>. Celui-ci n’est pas possible ; l’entretien reste donc prévu le {date} à {time}. Veuillez ouvrir votre lien d’entretien pour confirmer cet horaire, ou répondre à cet e-mail s’il ne vous convient pas.',
  'email.pending.subject': 'Rappel : réponse attendue : {title}, {date}',
  'email.pending.body':
    'Nous n’avons pas encore reçu votre réponse pour <b>{title}</b> le {date} à {time}. Veuillez confirmer ou décliner : {link}',
  'email.upcoming.subject': 'Rappel : {title}, {date} à {time}',
  'email.upcoming.body': 'Petit rappel : <b>{title}</b> a lieu le {date} à {time}.',
  'email.upcoming.details': 'Détails : {link}',
  'email.choose.subject': 'Veuillez choisir un horaire : {title}',
  'email.choose.body':
    'Veuillez choisir un horaire pour <b>{title}</b> ({duration}) avec {interviewers} : {schedulingLink}',

  // An update's opening lines: what changed, and whether to confirm again
  'update.changed': 'Cet entretien a été modifié.',
  'update.when': 'Date et heure',
  'update.where': 'Lieu',
  'update.video': 'Lien de visioconférence',
  'update.none': 'aucun',
  'update.details': 'Les informations de l’entretien ont été mises à jour.',
  'update.youChose': 'Vous avez choisi ce nouvel horaire : votre présence est donc confirmée.',
  'update.candidateChose': 'Le candidat a choisi ce nouvel horaire.',
  'update.confirmAgain':
    '<b>Veuillez confirmer à nouveau</b> : ouvrez votre lien d’entretien ci-dessous et cliquez sur Confirmer (ou Décliner).',
  'update.stands': 'Votre réponse précédente reste valable.',

  // Notices to the coordinator who organized the interview
  'organizer.scheduled.subject': 'Entretien planifié : {title} avec {candidate}, {date}',
  'organizer.scheduled.body':
    'Tout le monde a confirmé <b>{title}</b> avec {candidate}. L’entretien est planifié.',
  'organizer.declined.subject': 'À traiter : {person} a décliné {title}, {date}',
  'organizer.declined.body': '<b>{person}</b> a décliné <b>{title}</b> avec {candidate}.',
  'organizer.rescheduled.subject':
    'Déplacé par le candidat : {title} avec {candidate}, désormais le {date}',
  'organizer.rescheduled.body':
    '{candidate} a déplacé <b>{title}</b> à un nouvel horaire depuis son lien d’entretien. Tous les participants ont reçu la mise à jour ; les intervieweurs sont invités à confirmer à nouveau.',
  'organizer.cancelled.subject': 'Annulé par le candidat : {title} avec {candidate}, {date}',
  'organizer.cancelled.body':
    '{candidate} a annulé <b>{title}</b> depuis son lien d’entretien. Toutes les personnes invitées ont reçu l’annulation.',
  'organizer.reason': 'Motif : {reason}',
  'organizer.noReason': 'aucun motif indiqué',
  'organizer.when': 'Quand : {date}, {time}, {duration}',
  'organizer.open': 'Ouvrir l’entretien dans Convene : {link}',
} as const satisfies Catalog;
