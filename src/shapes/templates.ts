import { Type } from 'typebox';
import { Nullable } from './common.js';
import { ParticipantRoleSchema } from './interviews.js';

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
