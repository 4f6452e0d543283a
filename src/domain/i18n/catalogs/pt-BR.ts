import type { Catalog } from './en.js';

/** Brazilian Portuguese: the messages of en.ts (see there for where each appears). */
export const ptBR = {
  // Every recipient page
  'page.title': '{page} · {company}',
  'page.personal': 'Este link é pessoal. Por favor, não o encaminhe.',

  // The link does not open an interview
  'notFound.heading': 'Este link não é válido',
  'notFound.label': 'O que fazer',
  'notFound.why':
    'O link pode estar incompleto ou pode ter sido substituído por um convite mais recente.',
  'notFound.todo':
    'Abra o link do e-mail mais recente que você recebeu sobre a sua entrevista ou entre em contato com a pessoa que enviou o convite.',

  // Interview Details (the Interview Link)
  'details.heading': 'Detalhes da entrevista',
  'details.greeting.candidate': 'Olá, {name}! {company} convida você para uma entrevista.',
  'details.greeting.interviewer':
    'Olá, {name}! {company} convida você para conduzir uma entrevista de seleção.',
  'details.when': 'Quando',
  'details.where': 'Onde',
  'details.who': 'Participantes',
  'details.notes': 'Observações',
  'details.organizer': 'Organizador(a)',
  'details.role.candidate': 'Candidato(a)',
  'details.role.interviewer': 'Entrevistador(a)',
  'details.yourTime': '{time} no seu horário ({zone})',
  'details.about': 'Sobre a entrevista',

  // Add to calendar (the participant's own event, or a web calendar's new-event page)
  'calendar.heading': 'Adicionar à agenda',
  'calendar.file': 'Arquivo de agenda (.ics)',
  'calendar.google': 'Google Agenda',
  'calendar.outlook': 'Outlook na Web',
  // After a Confirm, Decline or change
  'notice.confirmed': 'Obrigado. Sua presença está confirmada.',
  'notice.declined': 'Obrigado. O organizador foi avisado de que você não poderá comparecer.',
  'notice.already': 'Você já tinha enviado esta resposta, então nada mudou.',
  'notice.rescheduled':
    'Sua entrevista foi remarcada para o novo horário. Todos receberam a atualização.',
  'notice.cancelled': 'Sua entrevista foi cancelada. Todos os convidados foram avisados.',
  'notice.proposed':
    'Obrigado. O organizador recebeu os horários que você sugeriu e vai entrar em contato.',

  // Your attendance
  'reply.heading': 'Sua presença',
  'reply.closed.cancelled': 'Esta entrevista foi cancelada. Você não precisa responder.',
  'reply.closed.past': 'Esta entrevista já aconteceu, então não é mais possível responder.',
  'reply.confirmed': 'Você confirmou sua presença.',
  'reply.allConfirmed': 'Todos confirmaram: a entrevista vai acontecer.',
  'reply.declined': 'Você recusou esta entrevista.',
  'reply.declinedBecause': 'Você recusou: {reason}',
  'reply.pending': 'Por favor, confirme sua presença.',
  'reply.changedMind': 'Mudou de ideia? Você ainda pode confirmar.',
  'reply.confirm': 'Confirmar',
  'reply.cantMakeIt': 'Não vai poder comparecer?',
  'reply.cantMakeItAfterAll': 'Não vai poder comparecer, afinal?',
  'reply.reason': 'Motivo (opcional)',
  'reply.reasonHint': 'O organizador verá o seu motivo.',
  'reply.decline': 'Recusar',
  'reply.propose': 'Sugerir outros horários',

  // Need another time? (the candidate's own changes)
  'changes.heading': 'Precisa de outro horário?',
  'changes.contact': 'entre em contato com {name} ({email})',
  'changes.until':
    '{hours, plural, =0 {até o início} one {até # hora antes do início} other {até # horas antes do início}}',
  'changes.open': 'Você pode remarcar ou cancelar esta entrevista {until}.',
  'changes.closed': 'Só é possível fazer alterações {until}. Para alterar algo agora, {contact}.',
  'changes.limit':
    'Você já remarcou esta entrevista o número máximo de vezes permitido. Para remarcá-la novamente, {contact}.',
  'changes.disabled': 'Para remarcá-la, {contact}.',
  'changes.choose': 'Escolher outro horário',
  'changes.left':
    'Você ainda pode remarcá-la {count, plural, one {uma vez} =2 {duas vezes} other {# vezes}}.',
  'changes.cancel': 'Cancelar a entrevista',

  // Cancel your interview?
  'cancel.heading': 'Cancelar sua entrevista?',
  'cancel.why': 'Por que você está cancelando?',
  'cancel.reason': 'Motivo (obrigatório)',
  'cancel.hint':
    'Todos os convidados receberão o cancelamento, e o organizador verá o seu motivo. Não é possível desfazer esta ação.',
  'cancel.problem': 'Escreva o seu motivo, com no máximo {max} caracteres.',
  'cancel.keep': 'Manter minha entrevista',

  // Choosing a time: zones and free times
  'zone.shownIn': 'Horários exibidos no fuso',
  'zone.show': 'Mostrar horários',
  'zone.another': 'Outro fuso horário',
  'zone.heading': 'Escolha seu fuso horário',
  'zone.label': 'Fuso horário',
  'slots.heading': 'Horários disponíveis ({zone})',
  'slots.more': 'Mais horários',
  'slots.earliest': 'Primeiros horários',
  'slots.later': 'Próximos horários',
  'slots.taken': 'Desculpe, esse horário acabou de ser reservado. Escolha outro abaixo.',

  // The scheduling page (a candidate picks their time)
  'scheduling.heading': 'Escolha o horário da sua entrevista',
  'scheduling.greeting':
    'Olá, {name}! {company} convida você a escolher um horário para a sua entrevista.',
  'scheduling.duration': 'Duração',
  'scheduling.video': 'Videochamada',
  'scheduling.hint':
    'Escolha um horário: ele é reservado na hora e você recebe um e-mail com os detalhes.',
  'scheduling.booked':
    'Sua entrevista está agendada. O e-mail de confirmação que enviamos traz o link para os detalhes da entrevista.',
  'scheduling.cancelled':
    'Esta solicitação foi retirada. Entre em contato com a pessoa que a enviou.',
  'scheduling.expired':
    'O prazo para escolher um horário terminou. Entre em contato com a pessoa que enviou esta solicitação.',
  'scheduling.problem':
    'Desculpe, não foi possível reservar esse horário. Entre em contato com a pessoa que enviou esta solicitação.',
  'scheduling.none':
    'Não há mais horários disponíveis. Entre em contato com a pessoa que enviou esta solicitação.',

  // Choose a new time (the candidate moves their interview)
  'reschedule.heading': 'Escolha um novo horário',
  'reschedule.greeting':
    'Olá, {name}! Você pode remarcar sua entrevista para qualquer um dos horários abaixo.',
  'reschedule.now': 'Horário atual',
  'reschedule.left':
    'Você ainda pode remarcá-la {count, plural, one {uma vez} =2 {duas vezes} other {# vezes}}, {until}.',
  'reschedule.hint':
    'Escolha um horário: sua entrevista é remarcada na hora e todos recebem o novo horário.',
  'reschedule.none': 'Não há outro horário disponível para todos. Para encontrar um, {contact}.',
  'reschedule.keep': 'Manter o horário atual',

  // Propose other times
  'propose.heading': 'Sugerir outros horários',
  'propose.intro':
    'Horário atual de {title}: {when}. Se não for bom para você, sugira até três outros horários; o organizador escolherá um ou entrará em contato com você.',
  'propose.zone': 'Horários no fuso {zone}; cada um tem a mesma duração da entrevista.',
  'propose.first': 'Primeira opção',
  'propose.second': 'Segunda opção (opcional)',
  'propose.third': 'Terceira opção (opcional)',
  'propose.note': 'Observação para o organizador (opcional)',
  'propose.send': 'Enviar horários sugeridos',
  'propose.back': 'Voltar aos detalhes da entrevista',
  'propose.issue.none': 'Escolha pelo menos um horário.',
  'propose.issue.invalid': 'Data e hora inválidas.',
  'propose.issue.past': 'Este horário já passou.',
  'propose.issue.current': 'Este é o horário atual da entrevista.',
  'propose.issue.twice': 'Este horário foi sugerido duas vezes.',

  // Emails: their subjects and Convene's own lines
  'email.hello': 'Olá, {firstName},',
  'email.updated': 'Atualização: {subject}',
  'email.reminder': 'Lembrete: {subject}',
  'email.cancelled.subject': 'Cancelamento: {title}, {date}',
  'email.cancelled.body':
    'A entrevista <b>{title}</b>, marcada para {date} às {time}, foi cancelada. Se o evento foi adicionado à sua agenda, ele será removido agora.',
  'email.removed.subject': 'Sua participação não é mais necessária: {title}, {date}',
  'email.removed.body':
    'Sua participação em <b>{title}</b> ({date}, às {time}) não é mais necessária. Se o evento foi adicionado à sua agenda, ele será removido agora; você não precisa fazer mais nada.',
  'email.proposalDeclined.subject': 'Horário sugerido indisponível: {title}',
  'email.proposalDeclined.body':
    'Obrigado por sugerir outro horário para <b>{title}</b>. Não será possível, então a entrevista continua marcada para {date} às {time}. Abra o seu link da entrevista para confirmar esse horário ou responda a este e-mail se ele não for bom para você.',
  'email.pending.subject': 'Lembrete: resposta pendente: {title}, {date}',
  'email.pending.body':
    'Ainda não recebemos sua resposta sobre <b>{title}</b> ({date}, às {time}). Por favor, confirme ou recuse: {link}',
  'email.upcoming.subject': 'Lembrete: {title}, {date} às {time}',
  'email.upcoming.body': 'Este é um lembrete de <b>{title}</b>: {date}, às {time}.',
  'email.upcoming.details': 'Detalhes: {link}',
  'email.choose.subject': 'Escolha um horário: {title}',
  'email.choose.body':
    'Por favor, escolha um horário para <b>{title}</b> ({duration}) com {interviewers}: {schedulingLink}',

  // An update's opening lines: what changed, and whether to confirm again
  'update.changed': 'Esta entrevista foi alterada.',
  'update.when': 'Quando',
  'update.where': 'Onde',
  'update.video': 'Link da videochamada',
  'update.none': 'nenhum',
  'update.details': 'Os detalhes foram atualizados.',
  'update.youChose': 'Você escolheu este novo horário, então sua presença está confirmada.',
  'update.candidateChose': 'O candidato escolheu este novo horário.',
  'update.confirmAgain':
    '<b>Confirme novamente</b>: abra o seu link da entrevista abaixo e clique em Confirmar (ou Recusar).',
  'update.stands': 'Sua resposta anterior continua valendo.',

  // Notices to the coordinator who organized the interview
  'organizer.scheduled.subject': 'Entrevista agendada: {title} com {candidate}, {date}',
  'organizer.scheduled.body':
    'Todos confirmaram <b>{title}</b> com {candidate}. A entrevista está agendada.',
  'organizer.declined.subject': 'Requer atenção: {person} recusou {title}, {date}',
  'organizer.declined.body': '<b>{person}</b> recusou <b>{title}</b> com {candidate}.',
  'organizer.rescheduled.subject':
    'Remarcada pelo candidato: {title} com {candidate}, agora {date}',
  'organizer.rescheduled.body':
    '{candidate} remarcou <b>{title}</b> para um novo horário pelo link da entrevista. Todos receberam a atualização; os entrevistadores foram solicitados a confirmar novamente.',
  'organizer.cancelled.subject': 'Cancelada pelo candidato: {title} com {candidate}, {date}',
  'organizer.cancelled.body':
    '{candidate} cancelou <b>{title}</b> pelo link da entrevista. Todos os convidados receberam o cancelamento.',
  'organizer.reason': 'Motivo: {reason}',
  'organizer.noReason': 'nenhum motivo informado',
  'organizer.when': 'Quando: {date}, {time}, {duration}',
  'organizer.open': 'Abrir a entrevista no Convene: {link}',
} as const satisfies Catalog;
