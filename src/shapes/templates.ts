import { Type } from 'typebox';
import { LOCALES } from '../domain/i18n/locales.js';
import { Nullable } from './common.js';
import { ParticipantRoleSchema } from './interviews.js';

/** One language's wording of a template. */
export const TemplateVariantSchema = Type.Object(
  {
    subject: Type.String({ maxLength: 500 }),
    body: Type.String({ maxLength: 100_000, description: 'HTML with {{ token }}s' }),
  },
  { additionalProperties: false },
);

/** A template's wording in other languages, by shipped locale; each language at most once. */
export const TemplateVariantsSchema = Type.Object(
  Object.fromEntries(LOCALES.map((locale) => [locale, Type.Optional(TemplateVariantSchema)])),
  {
    additionalProperties: false,
    description:
      'The wording in other languages, by locale: Send Invites gives each recipient the variant of their language (their locale, else DEFAULT_LOCALE), else subject and body. Each variant is checked like the template and keeps the links it carries.',
  },
);

/** A communication template as the API shows it. */
export const TemplateSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  audience: ParticipantRoleSchema,
  subject: Type.String(),
  body: Type.String(),
  invitable: Type.Boolean({
    description: 'Holds the Interview Link token, so Send Invites offers it',
  }),
  schedulable: Type.Boolean({
    description: 'Holds the Scheduling Link token, so scheduling requests offer it',
  }),
  variants: TemplateVariantsSchema,
  archived: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  lastUsedAt: Nullable(Type.String()),
});

/** A template rendered with sample interview data. */
export const RenderedTemplateSchema = Type.Object({
  subject: Type.String(),
  html: Type.String(),
  text: Type.String(),
  invitable: Type.Boolean(),
});

/** A standard token, for the editor's token menu. */
export const TokenSchema = Type.Object({
  name: Type.String(),
  label: Type.String(),
  description: Type.String(),
  example: Type.String(),
});
