import type { Queryable } from '../db/database.js';
import type { Actor } from '../domain/permissions.js';
import type { Branding } from '../shapes/types.js';
import { readBranding } from './branding-store.js';
import { toBranding } from './branding-view.js';

export interface GetBrandingOptions {
  db: Queryable;
  /** Anyone signed in: what recipients see is no secret. */
  actor: Actor;
  settings: { companyName: string; publicUrl: string };
}

/** The company's name, logo and accent as recipients see them. */
export async function getBranding(options: GetBrandingOptions): Promise<Branding> {
  return toBranding(await readBranding(options.db), options.settings);
}
