import { type ComponentType, lazy, type ReactNode, Suspense, useState } from 'react';

/** A dialog component whose code loads when it is first rendered (see OnceOpened). */
export function lazyDialog<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  return lazy(() => load().then((component) => ({ default: component })));
}

/**
 * Renders a lazy dialog from the first time it opens, so a screen's first load carries none of
 * its dialogs' code. Once opened it stays mounted, closed, as an eager one would: closing still
 * animates and returns focus to what opened it.
 */
export function OnceOpened({ open, children }: { open: boolean; children: ReactNode }) {
  const [used, setUsed] = useState(open);
  if (open && !used) setUsed(true);
  if (!open && !used) return null;
  return <Suspense fallback={null}>{children}</Suspense>;
}
