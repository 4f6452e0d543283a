import { type Actor, assertCan } from '../domain/permissions.js';
import { prepareTemplate } from '../domain/template-prepare.js';
import { renderTemplate } from '../domain/template-render.js';
import { sampleContext } from '../domain/template-sample.js';
import { buildTokenValues } from '../domain/template-values.js';
import type { Audience, RenderedTemplate } from '../shapes/types.js';

export interface PreviewTemplateOptions {
  actor: Actor;
  audience: Audience;
  subject: string;
  body: string;
  /** Show dates and times as a recipient in this zone would see them. */
  timeZone?: string | undefined;
  locale?: string | undefined;
}

const SAMPLE_RECIPIENT: Record<Audience, { name: string; firstName: string }> = {
  candidate: { name: 'Ada Lovelace', firstName: 'Ada' },
  interviewer: { name: 'Grace Hopper', firstName: 'Grace' },
};

/**
 * Renders an unsaved template against the sample interview, through the same function that
 * renders real emails; an invalid template is refused exactly as saving would refuse it.
 */
export function previewTemplate(options: PreviewTemplateOptions): RenderedTemplate {
  assertCan(options.actor, 'templates:read');
  const { subject, body, invitable } = prepareTemplate(options);
  const recipient = {
    ...SAMPLE_RECIPIENT[options.audience],
    timeZone: options.timeZone,
    locale: options.locale,
  };
  const values = buildTokenValues(sampleContext(recipient));
  return { ...renderTemplate({ subject, body, values }), invitable };
}
