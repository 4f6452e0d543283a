import type { Queryable } from '../db/database.js';

export interface SignOutOptions {
  db: Queryable;
  sessionId: string;
}

/** Ends the session on the server, so a copied cookie stops working too. */
export async function signOut({ db, sessionId }: SignOutOptions): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}
