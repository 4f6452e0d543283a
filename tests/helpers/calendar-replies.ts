import { readFileSync } from 'node:fs';

export type Fixture =
  | 'google-accepted'
  | 'google-declined-with-comment'
  | 'exchange-accepted'
  | 'exchange-declined-with-comment'
  | 'apple-accepted'
  | 'thunderbird-tentative'
  | 'exchange-counter'
  | 'google-counter';

/** A reply as that client writes it, for this event, attendee and SEQUENCE. */
export function reply(
  fixture: Fixture,
  values: { uid: string; attendee: string; sequence?: number },
  edit: (text: string) => string = (text) => text,
): string {
  const text = readFileSync(
    new URL(`../fixtures/calendar-replies/${fixture}.eml`, import.meta.url),
    'utf8',
  );
  const filled = edit(
    text
      .replaceAll('%UID%', values.uid)
      .replaceAll('%ATTENDEE_UPPER%', values.attendee.toUpperCase())
      .replaceAll('%ATTENDEE%', values.attendee)
      .replaceAll('%SEQUENCE%', String(values.sequence ?? 0)),
  );
  // Parts kept readable in the fixture are base64-encoded here, as the client sends them.
  return filled.replace(/<<base64\r\n([\s\S]*?)\r\nbase64>>/g, (_, body: string) =>
    (
      Buffer.from(`${body}\r\n`, 'utf8')
        .toString('base64')
        .match(/.{1,76}/g) ?? []
    ).join('\r\n'),
  );
}
