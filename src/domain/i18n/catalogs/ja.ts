import type { Catalog } from './en.js';

/** Japanese: the messages of en.ts (see there for where each appears). */
export const ja = {
  // Every recipient page
  'page.title': '{page} · {company}',
  'page.personal': 'このリンクはご本人専用です。他の方に転送しないでください。',

  // The link does not open an interview
  'notFound.heading': 'このリンクは無効です',
  'notFound.label': '対処方法',
  'notFound.why': 'リンクが途中で切れているか、より新しい招待に置き換えられた可能性があります。',
  'notFound.todo':
    '面接に関して最後に受け取ったメールのリンクを開くか、招待を送った担当者にお問い合わせください。',

  // Interview Details (the Interview Link)
  'details.heading': '面接の詳細',
  'details.greeting.candidate': '{name} 様、{company}より面接のご案内です。',
  'details.greeting.interviewer':
    '{name} 様、{company}の採用面接に面接官としてのご参加をお願いいたします。',
  'details.when': '日時',
  'details.where': '場所',
  'details.who': '参加者',
  'details.notes': '備考',
  'details.organizer': '担当者',
  'details.role.candidate': '候補者',
  'details.role.interviewer': '面接官',
  'details.yourTime': '{time}（お使いのタイムゾーン：{zone}）',
  'details.about': '面接について',

  // Add to calendar (the participant's own event, or a web calendar's new-event page)
  'calendar.heading': 'カレンダーに追加',
  'calendar.file': 'カレンダーファイル（.ics）',
  'calendar.google': 'Google カレンダー',
  'calendar.outlook': 'Outlook（Web 版）',
  // After a Confirm, Decline or change
  'notice.confirmed': 'ありがとうございます。出席が確定しました。',
  'notice.declined': 'ありがとうございます。ご欠席の旨を担当者にお伝えしました。',
  'notice.already': 'この回答はすでに送信済みのため、変更はありません。',
  'notice.rescheduled': '面接を新しい日時に変更しました。参加者全員に変更内容をお送りしました。',
  'notice.cancelled': '面接をキャンセルしました。招待された全員にお知らせしました。',
  'notice.proposed':
    'ありがとうございます。ご提案の日時を担当者にお伝えしました。追って担当者よりご連絡します。',

  // Your attendance
  'reply.heading': '出欠のご回答',
  'reply.closed.cancelled': 'この面接はキャンセルされました。ご回答は不要です。',
  'reply.closed.past': 'この面接はすでに終了しているため、回答の受付は締め切りました。',
  'reply.confirmed': '出席を確定しました。',
  'reply.allConfirmed': '全員の出席が確定しました。面接は予定どおり行われます。',
  'reply.declined': 'この面接を辞退しました。',
  'reply.declinedBecause': '辞退しました。理由：{reason}',
  'reply.pending': '出席のご確認をお願いいたします。',
  'reply.changedMind': 'ご予定が変わりましたか？今からでも出席を確定できます。',
  'reply.confirm': '出席を確定する',
  'reply.cantMakeIt': 'ご都合が悪いですか？',
  'reply.cantMakeItAfterAll': 'ご都合が悪くなりましたか？',
  'reply.reason': '理由（任意）',
  'reply.reasonHint': '理由は担当者に表示されます。',
  'reply.decline': '辞退する',
  'reply.propose': '代わりに別の日時を提案する',

  // Need another time? (the candidate's own changes)
  'changes.heading': '別の日時をご希望ですか？',
  'changes.contact': '{name}（{email}）までご連絡ください',
  'changes.until': '{hours, plural, =0 {開始時刻まで} other {開始の#時間前まで}}',
  'changes.open': 'この面接の日時変更・キャンセルは{until}可能です。',
  'changes.closed': '変更の受付は{until}です。今から変更をご希望の場合は、{contact}。',
  'changes.limit':
    'この面接の日時変更は上限回数に達しています。さらに変更をご希望の場合は、{contact}。',
  'changes.disabled': '日時の変更をご希望の場合は、{contact}。',
  'changes.choose': '別の日時を選ぶ',
  'changes.left': '日時の変更はあと{count, plural, other {#回}}可能です。',
  'changes.cancel': '面接をキャンセルする',

  // Cancel your interview?
  'cancel.heading': '面接をキャンセルしますか？',
  'cancel.why': 'キャンセルの理由をお聞かせください',
  'cancel.reason': '理由（必須）',
  'cancel.hint':
    '招待された全員にキャンセルが通知され、担当者には理由が表示されます。この操作は取り消せません。',
  'cancel.problem': '理由を{max}文字以内でご記入ください。',
  'cancel.keep': '面接をキャンセルしない',

  // Choosing a time: zones and free times
  'zone.shownIn': '表示中のタイムゾーン',
  'zone.show': '時間を表示',
  'zone.another': '他のタイムゾーン',
  'zone.heading': 'タイムゾーンを選択してください',
  'zone.label': 'タイムゾーン',
  'slots.heading': '選択可能な日時（{zone}）',
  'slots.more': 'その他の日時',
  'slots.earliest': '最も早い日時',
  'slots.later': 'それ以降の日時',
  'slots.taken':
    '申し訳ありません。その日時はたった今埋まりました。下から別の日時をお選びください。',

  // The scheduling page (a candidate picks their time)
  'scheduling.heading': '面接の日時をお選びください',
  'scheduling.greeting': '{name} 様、{company}の面接の日時を以下からお選びください。',
  'scheduling.duration': '所要時間',
  'scheduling.video': 'ビデオ通話',
  'scheduling.hint':
    '日時を1つお選びください。選択するとすぐに予約が確定し、詳細をメールでお送りします。',
  'scheduling.booked':
    '面接の予約が完了しました。お送りした確認メールに、面接の詳細ページへのリンクが記載されています。',
  'scheduling.cancelled':
    'この日程調整の依頼は取り下げられました。依頼を送った担当者にお問い合わせください。',
  'scheduling.expired':
    '日時の選択期限が過ぎました。この依頼を送った担当者にお問い合わせください。',
  'scheduling.problem':
    '申し訳ありません。その日時は予約できませんでした。この依頼を送った担当者にお問い合わせください。',
  'scheduling.none':
    '選択可能な日時が残っていません。この依頼を送った担当者にお問い合わせください。',

  // Choose a new time (the candidate moves their interview)
  'reschedule.heading': '新しい日時をお選びください',
  'reschedule.greeting': '{name} 様、面接を以下のいずれかの日時に変更できます。',
  'reschedule.now': '現在の日時',
  'reschedule.left': '{until}、あと{count, plural, other {#回}}変更できます。',
  'reschedule.hint':
    '日時を1つお選びください。面接はすぐに変更され、参加者全員に新しい日時が通知されます。',
  'reschedule.none': '全員の都合が合う日時が他にありません。日時の調整については、{contact}。',
  'reschedule.keep': '現在の日時のままにする',

  // Propose other times
  'propose.heading': '別の日時を提案',
  'propose.intro':
    '「{title}」は現在、{when}に予定されています。ご都合が合わない場合は、別の日時を3つまでご提案ください。担当者がいずれかを選ぶか、改めてご連絡します。',
  'propose.zone': '時刻は{zone}のタイムゾーンです。各枠の長さは面接と同じです。',
  'propose.first': '第1希望',
  'propose.second': '第2希望（任意）',
  'propose.third': '第3希望（任意）',
  'propose.note': '担当者へのメッセージ（任意）',
  'propose.send': '希望日時を送信する',
  'propose.back': '面接の詳細に戻る',
  'propose.issue.none': '日時を1つ以上お選びください。',
  'propose.issue.invalid': '有効な日時ではありません。',
  'propose.issue.past': 'この日時はすでに過ぎています。',
  'propose.issue.current': 'これは現在の面接日時です。',
  'propose.issue.twice': '同じ日時が重複しています。',

  // Emails: their subjects and Convene's own lines
  'email.hello': '{firstName} 様',
  'email.updated': '【更新】{subject}',
  'email.reminder': '【リマインダー】{subject}',
  'email.cancelled.subject': '【キャンセル】{title}（{date}）',
  'email.cancelled.body':
    '{date} {time}開始予定の<b>{title}</b>はキャンセルされました。カレンダーに登録されている場合は、自動的に削除されます。',
  'email.removed.subject': '【ご参加不要】{title}（{date}）',
  'email.removed.body':
    '{date} {time}開始の<b>{title}</b>について、面接官としてのご参加は不要になりました。カレンダーに登録されている場合は自動的に削除されます。その他のご対応は必要ありません。',
  'email.proposalDeclined.subject': '【ご提案の日時について】{title}',
  'email.proposalDeclined.body':
    '<b>{title}</b>について別の日時をご提案いただき、ありがとうございます。あいにくご提案の日時には変更できないため、面接は引き続き{date} {time}に予定されています。面接リンクを開いてこの日時での出席を確定していただくか、ご都合が合わない場合はこのメールにご返信ください。',
  'email.pending.subject': '【ご回答のお願い】{title}（{date}）',
  'email.pending.body':
    '{date} {time}開始の<b>{title}</b>について、まだご回答をいただいていません。こちらから出席の確定または辞退をお願いいたします：{link}',
  'email.upcoming.subject': '【リマインダー】{title}（{date} {time}）',
  'email.upcoming.body': '{date} {time}開始の<b>{title}</b>のリマインダーです。',
  'email.upcoming.details': '詳細：{link}',
  'email.choose.subject': '【日時選択のお願い】{title}',
  'email.choose.body':
    '{interviewers}との<b>{title}</b>（{duration}）の日時を、こちらからお選びください：{schedulingLink}',

  // An update's opening lines: what changed, and whether to confirm again
  'update.changed': 'この面接の内容が変更されました。',
  'update.when': '日時',
  'update.where': '場所',
  'update.video': 'ビデオ会議のリンク',
  'update.none': 'なし',
  'update.details': '面接の詳細が更新されました。',
  'update.youChose': 'この新しい日時はご自身で選択されたため、出席は確定済みです。',
  'update.candidateChose': '候補者がこの新しい日時を選択しました。',
  'update.confirmAgain':
    '<b>改めて出席の確定をお願いします</b>：下の面接リンクを開き、「出席を確定する」（または「辞退する」）を押してください。',
  'update.stands': '以前のご回答は引き続き有効です。',

  // Notices to the coordinator who organized the interview
  'organizer.scheduled.subject': '【面接確定】{title}（{candidate}、{date}）',
  'organizer.scheduled.body':
    '{candidate}との<b>{title}</b>について、全員が出席を確定しました。面接の日程が確定しています。',
  'organizer.declined.subject': '【要対応】{person}が{title}を辞退（{date}）',
  'organizer.declined.body': '<b>{person}</b>が{candidate}との<b>{title}</b>を辞退しました。',
  'organizer.rescheduled.subject':
    '【候補者が日時を変更】{title}（{candidate}、新しい日時：{date}）',
  'organizer.rescheduled.body':
    '{candidate}が面接リンクから<b>{title}</b>を新しい日時に変更しました。参加者全員に変更内容を送信済みで、面接官には出席の再確定を依頼しています。',
  'organizer.cancelled.subject': '【候補者がキャンセル】{title}（{candidate}、{date}）',
  'organizer.cancelled.body':
    '{candidate}が面接リンクから<b>{title}</b>をキャンセルしました。招待された全員にキャンセルを通知済みです。',
  'organizer.reason': '理由：{reason}',
  'organizer.noReason': '記載なし',
  'organizer.when': '日時：{date} {time}（{duration}）',
  'organizer.open': 'Convene で面接を開く：{link}',
} as const satisfies Catalog;
