import { Type } from 'typebox';
import { Nullable } from './common.js';

/** The company's look on recipient pages and in emails (admins change it; anyone signed in reads it). */
export const BrandingSchema = Type.Object({
  companyName: Nullable(Type.String(), {
    description: 'The name recipients see; null: COMPANY_NAME (defaultCompanyName)',
  }),
  defaultCompanyName: Type.String({ description: 'COMPANY_NAME, shown while companyName is null' }),
  accentColor: Nullable(Type.String(), {
    description:
      '#rrggbb of buttons and links on recipient pages and the emails’ header rule; at least 4.5:1 against white and #f3f4f6. Null: Convene’s own blue',
  }),
  logo: Nullable(
    Type.Object({
      url: Type.String({ description: 'Public URL of the image, versioned by its content' }),
      contentType: Type.String(),
      size: Type.Integer({ description: 'Bytes' }),
    }),
  ),
});
