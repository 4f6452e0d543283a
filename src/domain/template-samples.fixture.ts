import { TEMPLATE_TOKENS } from './template-tokens.js';

/** A subject using tokens the way coordinators do. */
export const SAMPLE_SUBJECT =
  '{{ interview.title }} with {{ company.name }} on {{ interview.date }} at {{ interview.time }}';

/** A body with every registry token in text, plus tokens as a whole href and inside mailto:. */
export const EVERY_TOKEN_BODY = [
  '<h2>{{ interview.title }}</h2>',
  '<p>Hello {{ recipient.first_name }},</p>',
  '<ul>',
  ...TEMPLATE_TOKENS.map((t) => `<li>${t.name}: {{ ${t.name} }}</li>`),
  '</ul>',
  '<p><a href="{{ interview.link }}">Confirm</a> or join at',
  ' <a href="{{ interview.meeting_url }}">{{ interview.meeting_url }}</a>.',
  ' Questions: <a href="mailto:{{ organizer.email }}">{{ organizer.name }}</a></p>',
].join('\n');

export { sampleContext } from './template-sample.js';
