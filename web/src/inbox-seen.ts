/**
 * When the user last saw their inbox, kept in this browser per user: the bell counts the
 * answers after it. The time is the newest answer's own (the server's clock), so a browser
 * whose clock runs fast or slow neither hides nor repeats answers.
 */
import { useCallback, useSyncExternalStore } from 'react';

const key = (userId: string) => `convene.inbox.seen.${userId}`;
const listeners = new Set<() => void>();
/** Never opened: the bell counts the last week's answers. */
const FIRST_LOOK_DAYS = 7;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the same user opened the inbox.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The instant the bell counts from, and `markSeen(at)` to move it on to an answer's time. */
export function useInboxSeen(userId: string): { since: string; markSeen(at: string): void } {
  const stored = useSyncExternalStore(subscribe, () => localStorage.getItem(key(userId)));
  const markSeen = useCallback(
    (at: string) => {
      const current = localStorage.getItem(key(userId));
      if (current && current >= at) return;
      localStorage.setItem(key(userId), at);
      for (const listener of listeners) listener();
    },
    [userId],
  );
  return { since: stored ?? firstLook(), markSeen };
}

// Rounded to the hour: a stable query key while the page stays open.
function firstLook(): string {
  const hour = 3_600_000;
  const at = Math.floor((Date.now() - FIRST_LOOK_DAYS * 24 * hour) / hour) * hour;
  return new Date(at).toISOString();
}
