import type { RootDb } from '../db/database.js';
import { applyBrandingChanges, type BrandingChanges } from '../domain/branding.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { Branding } from '../shapes/types.js';
import { forgetBranding, readBranding, writeBranding } from './branding-store.js';
import { toBranding } from './branding-view.js';

export interface UpdateBrandingOptions extends BrandingChanges {
  db: RootDb;
  actor: Actor;
  settings: { companyName: string; publicUrl: string };
}

/**
 * Changes the company's name, accent colour or logo (admins). Fields left out stay; null goes
 * back to the default. Every field is checked before anything is written.
 */
export async function updateBranding(options: UpdateBrandingOptions): Promise<Branding> {
  const { db, actor, settings, ...changes } = options;
  assertCan(actor, 'branding:write');
  const saved = await db.transaction().execute(async (trx) => {
    const next = applyBrandingChanges(await readBranding(trx), changes);
    await writeBranding(trx, next);
    return next;
  });
  forgetBranding(db);
  return toBranding(saved, settings);
}
