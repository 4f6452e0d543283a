import type { Queryable } from '../db/database.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import type { Interview } from '../shapes/types.js';
import { assertInterviewVisible } from './assert-visible.js';
import { loadInterview } from './interview-view.js';

export interface GetInterviewOptions {
  db: Queryable;
  actor: Actor;
  id: string;
}

/** One interview with participants, attendance and each one's delivery state. */
export async function getInterview({ db, actor, id }: GetInterviewOptions): Promise<Interview> {
  assertCan(actor, 'interviews:read');
  await assertInterviewVisible(db, actor, id);
  return loadInterview(db, id);
}
