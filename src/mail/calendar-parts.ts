import { simpleParser } from 'mailparser';

/** One iCalendar object found in an email, with the `method=` its MIME part declared. */
export interface CalendarPart {
  content: string;
  method: string | undefined;
}

const CALENDAR_TYPES = new Set(['text/calendar', 'application/ics', 'text/x-vcalendar']);

/**
 * The iCalendar objects an email carries: `text/calendar` parts (Outlook's and Google's
 * alternative) and `.ics` attachments (Apple, Thunderbird). The same object sent both ways is
 * returned once.
 */
export async function calendarPartsOf(raw: Buffer): Promise<CalendarPart[]> {
  const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true });
  const seen = new Set<string>();
  const parts: CalendarPart[] = [];
  for (const attachment of mail.attachments) {
    const type = attachment.contentType.toLowerCase();
    const named = attachment.filename?.toLowerCase().endsWith('.ics') ?? false;
    if (!CALENDAR_TYPES.has(type) && !named) continue;
    const content = attachment.content.toString('utf8');
    const key = content.replace(/\r\n/g, '\n').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push({ content, method: methodOf(attachment.headers.get('content-type')) });
  }
  return parts;
}

// mailparser keeps a parsed Content-Type as { value, params }; `method=` is one of the params.
function methodOf(contentType: unknown): string | undefined {
  if (typeof contentType === 'string') return /method="?([A-Za-z-]+)/i.exec(contentType)?.[1];
  const params = (contentType as { params?: Record<string, string> } | undefined)?.params;
  return params?.method;
}
