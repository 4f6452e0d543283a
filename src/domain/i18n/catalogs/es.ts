import type { Catalog } from './en.js';

/** Spanish: the messages of en.ts (see there for where each appears). */
export const es = {
  // Every recipient page
  'page.title': '{page} · {company}',
  'page.personal': 'Este enlace es personal. Por favor, no lo reenvíe.',

  // The link does not open an interview
  'notFound.heading': 'Este enlace no es válido',
  'notFound.label': 'Qué puede hacer',
  'notFound.why':
    'Es posible que el enlace esté incompleto o que se haya sustituido por una invitación más reciente.',
  'notFound.todo':
    'Abra el enlace del correo más reciente que recibió sobre su entrevista o póngase en contacto con la persona que le envió la invitación.',

  // Interview Details (the Interview Link)
  'details.heading': 'Detalles de la entrevista',
  'details.greeting.candidate': 'Hola, {name}. {company} le invita a una entrevista.',
  'details.greeting.interviewer':
    'Hola, {name}. {company} le invita a realizar una entrevista de selección.',
  'details.when': 'Cuándo',
  'details.where': 'Dónde',
  'details.who': 'Participantes',
  'details.notes': 'Notas',
  'details.organizer': 'Organizador/a',
  'details.role.candidate': 'Candidato/a',
  'details.role.interviewer': 'Entrevistador/a',
  'details.yourTime': '{time} en su hora local ({zone})',
  'details.about': 'Sobre la entrevista',

  // Add to calendar (the participant's own event, or a web calendar's new-event page)
  'calendar.heading': 'Añadir al calendario',
  'calendar.file': 'Archivo de calendario (.ics)',
  'calendar.google': 'Calendario de Google',
  'calendar.outlook': 'Outlook en la web',
  // After a Confirm, Decline or change
  'notice.confirmed': 'Gracias. Su asistencia está confirmada.',
  'notice.declined': 'Gracias. Hemos informado al organizador de que no podrá asistir.',
  'notice.already': 'Ya había enviado esta respuesta, así que no ha cambiado nada.',
  'notice.rescheduled':
    'Su entrevista se ha cambiado al nuevo horario. Todos los participantes han recibido la actualización.',
  'notice.cancelled': 'Su entrevista está cancelada. Se ha avisado a todas las personas invitadas.',
  'notice.proposed':
    'Gracias. El organizador ha recibido los horarios que propone y se pondrá en contacto con usted.',

  // Your attendance
  'reply.heading': 'Su asistencia',
  'reply.closed.cancelled': 'Esta entrevista se ha cancelado. No es necesario que responda.',
  'reply.closed.past': 'Esta entrevista ya se realizó, por lo que no se admiten más respuestas.',
  'reply.confirmed': 'Ha confirmado su asistencia.',
  'reply.allConfirmed': 'Todos han confirmado: la entrevista se realizará según lo previsto.',
  'reply.declined': 'Ha rechazado esta entrevista.',
  'reply.declinedBecause': 'Ha rechazado la entrevista: {reason}',
  'reply.pending': 'Por favor, confirme que asistirá.',
  'reply.changedMind': '¿Ha cambiado de opinión? Todavía puede confirmar.',
  'reply.confirm': 'Confirmar',
  'reply.cantMakeIt': '¿No puede asistir?',
  'reply.cantMakeItAfterAll': '¿Al final no puede asistir?',
  'reply.reason': 'Motivo (opcional)',
  'reply.reasonHint': 'El organizador verá su motivo.',
  'reply.decline': 'Rechazar',
  'reply.propose': 'Proponer otros horarios',

  // Need another time? (the candidate's own changes)
  'changes.heading': '¿Necesita otro horario?',
  'changes.contact': 'póngase en contacto con {name} ({email})',
  'changes.until':
    '{hours, plural, =0 {hasta el inicio} one {hasta # hora antes del inicio} other {hasta # horas antes del inicio}}',
  'changes.open': 'Puede reprogramar o cancelar esta entrevista {until}.',
  'changes.closed': 'Los cambios solo son posibles {until}. Para cambiar algo ahora, {contact}.',
  'changes.limit':
    'Ya ha reprogramado esta entrevista el número máximo de veces permitido. Para volver a reprogramarla, {contact}.',
  'changes.disabled': 'Para reprogramarla, {contact}.',
  'changes.choose': 'Elegir otro horario',
  'changes.left':
    'Puede reprogramarla {count, plural, one {una vez} =2 {dos veces} other {# veces}} más.',
  'changes.cancel': 'Cancelar la entrevista',

  // Cancel your interview?
  'cancel.heading': '¿Cancelar su entrevista?',
  'cancel.why': '¿Por qué desea cancelarla?',
  'cancel.reason': 'Motivo (obligatorio)',
  'cancel.hint':
    'Todas las personas invitadas recibirán una cancelación y el organizador verá su motivo. Esta acción no se puede deshacer.',
  'cancel.problem': 'Escriba su motivo, con un máximo de {max} caracteres.',
  'cancel.keep': 'Mantener mi entrevista',

  // Choosing a time: zones and free times
  'zone.shownIn': 'Horarios en la zona horaria',
  'zone.show': 'Mostrar horarios',
  'zone.another': 'Otra zona horaria',
  'zone.heading': 'Elija su zona horaria',
  'zone.label': 'Zona horaria',
  'slots.heading': 'Horarios disponibles ({zone})',
  'slots.more': 'Más horarios',
  'slots.earliest': 'Primeros horarios',
  'slots.later': 'Horarios posteriores',
  'slots.taken': 'Lo sentimos, ese horario se acaba de ocupar. Elija otro a continuación.',

  // The scheduling page (a candidate picks their time)
  'scheduling.heading': 'Elija el horario de su entrevista',
  'scheduling.greeting':
    'Hola, {name}. {company} le invita a elegir un horario para su entrevista.',
  'scheduling.duration': 'Duración',
  'scheduling.video': 'Videollamada',
  'scheduling.hint':
    'Elija uno: se reserva al instante y recibirá un correo electrónico con los detalles.',
  'scheduling.booked':
    'Ha reservado su entrevista. En el correo de confirmación que le enviamos encontrará el enlace a los detalles de su entrevista.',
  'scheduling.cancelled':
    'Esta solicitud se ha retirado. Póngase en contacto con la persona que se la envió.',
  'scheduling.expired':
    'El plazo para elegir un horario ha terminado. Póngase en contacto con la persona que le envió esta solicitud.',
  'scheduling.problem':
    'Lo sentimos, no se pudo reservar ese horario. Póngase en contacto con la persona que le envió esta solicitud.',
  'scheduling.none':
    'Ya no quedan horarios disponibles. Póngase en contacto con la persona que le envió esta solicitud.',

  // Choose a new time (the candidate moves their interview)
  'reschedule.heading': 'Elija un nuevo horario',
  'reschedule.greeting':
    'Hola, {name}. Puede cambiar su entrevista a cualquiera de los horarios siguientes.',
  'reschedule.now': 'Horario actual',
  'reschedule.left':
    'Puede reprogramarla {count, plural, one {una vez} =2 {dos veces} other {# veces}} más, {until}.',
  'reschedule.hint':
    'Elija uno: su entrevista se cambia al instante y todos reciben el nuevo horario.',
  'reschedule.none': 'No hay otro horario disponible para todos. Para encontrar uno, {contact}.',
  'reschedule.keep': 'Mantener el horario actual',

  // Propose other times
  'propose.heading': 'Proponer otros horarios',
  'propose.intro':
    'Horario actual de {title}: {when}. Si no le conviene, proponga hasta tres horarios alternativos; el organizador elegirá uno o se pondrá en contacto con usted.',
  'propose.zone': 'Horarios en {zone}; cada uno dura lo mismo que la entrevista.',
  'propose.first': 'Primera preferencia',
  'propose.second': 'Segunda preferencia (opcional)',
  'propose.third': 'Tercera preferencia (opcional)',
  'propose.note': 'Nota para el organizador (opcional)',
  'propose.send': 'Enviar horarios propuestos',
  'propose.back': 'Volver a los detalles de la entrevista',
  'propose.issue.none': 'Elija al menos un horario.',
  'propose.issue.invalid': 'No es una fecha y hora válidas.',
  'propose.issue.past': 'Este horario ya ha pasado.',
  'propose.issue.current': 'Este es el horario actual de la entrevista.',
  'propose.issue.twice': 'Este horario está propuesto dos veces.',

  // Emails: their subjects and Convene's own lines
  'email.hello': 'Hola, {firstName}:',
  'email.updated': 'Actualización: {subject}',
  'email.reminder': 'Recordatorio: {subject}',
  'email.cancelled.subject': 'Cancelación: {title}, {date}',
  'email.cancelled.body':
    'La entrevista <b>{title}</b> del {date} a las {time} se ha cancelado. Si se había añadido a su calendario, ahora se eliminará.',
  'email.removed.subject': 'Ya no se requiere su participación: {title}, {date}',
  'email.removed.body':
    'Ya no es necesaria su participación en <b>{title}</b> del {date} a las {time}. Si se había añadido a su calendario, ahora se eliminará; no necesita hacer nada más.',
  'email.proposalDeclined.subject': 'Horario propuesto no disponible: {title}',
  'email.proposalDeclined.body':
    'Gracias por proponer otro horario para <b>{title}</b>. No es posible, así que la entrevista se mantiene el {date} a las {time}. Abra su enlace de la entrevista para confirmar ese horario, o responda a este correo si no le conviene.',
  'email.pending.subject': 'Recordatorio: respuesta pendiente: {title}, {date}',
  'email.pending.body':
    'Aún no hemos recibido su respuesta sobre <b>{title}</b> del {date} a las {time}. Por favor, confirme su asistencia o rechace la invitación: {link}',
  'email.upcoming.subject': 'Recordatorio: {title}, {date} a las {time}',
  'email.upcoming.body': 'Le recordamos que <b>{title}</b> tendrá lugar el {date} a las {time}.',
  'email.upcoming.details': 'Detalles: {link}',
  'email.choose.subject': 'Elija un horario: {title}',
  'email.choose.body':
    'Por favor, elija un horario para <b>{title}</b> ({duration}) con {interviewers}: {schedulingLink}',

  // An update's opening lines: what changed, and whether to confirm again
  'update.changed': 'Esta entrevista ha cambiado.',
  'update.when': 'Cuándo',
  'update.where': 'Dónde',
  'update.video': 'Enlace de videollamada',
  'update.none': 'ninguno',
  'update.details': 'Se han actualizado los detalles.',
  'update.youChose': 'Usted eligió este nuevo horario, así que su asistencia está confirmada.',
  'update.candidateChose': 'El candidato eligió este nuevo horario.',
  'update.confirmAgain':
    '<b>Por favor, confirme de nuevo</b>: abra su enlace de la entrevista más abajo y haga clic en Confirmar (o Rechazar).',
  'update.stands': 'Su respuesta anterior sigue siendo válida.',

  // Notices to the coordinator who organized the interview
  'organizer.scheduled.subject': 'Entrevista programada: {title} con {candidate}, {date}',
  'organizer.scheduled.body':
    'Todos han confirmado <b>{title}</b> con {candidate}. La entrevista está programada.',
  'organizer.declined.subject': 'Requiere atención: {person} rechazó {title}, {date}',
  'organizer.declined.body': '<b>{person}</b> rechazó <b>{title}</b> con {candidate}.',
  'organizer.rescheduled.subject':
    'Reprogramada por el candidato: {title} con {candidate}, ahora el {date}',
  'organizer.rescheduled.body':
    '{candidate} cambió <b>{title}</b> a un nuevo horario desde su enlace de la entrevista. Todos han recibido la actualización; se ha pedido a los entrevistadores que confirmen de nuevo.',
  'organizer.cancelled.subject': 'Cancelada por el candidato: {title} con {candidate}, {date}',
  'organizer.cancelled.body':
    '{candidate} canceló <b>{title}</b> desde su enlace de la entrevista. Todas las personas invitadas han recibido la cancelación.',
  'organizer.reason': 'Motivo: {reason}',
  'organizer.noReason': 'sin motivo indicado',
  'organizer.when': 'Cuándo: {date}, {time}, {duration}',
  'organizer.open': 'Abrir la entrevista en Convene: {link}',
} as const satisfies Catalog;
