import {
  type ComponentType,
  lazy,
  type ReactNode,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';

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
  useFirstOpenerFocus(open);
  if (open && !used) setUsed(true);
  if (!open && !used) return null;
  return <Suspense fallback={null}>{children}</Suspense>;
}

/**
 * A Mantine dialog notes what had focus when its `opened` turns true, to give focus back there
 * on closing. Mounted already open, the first time, it never sees it turn: this notes the opener
 * then and, on that first close, gives focus back as Mantine would (if focus is left on the page
 * or in the closing dialog). Later openings are Mantine's own.
 */
function useFirstOpenerFocus(open: boolean) {
  const opener = useRef<HTMLElement | null>(null);
  const first = useRef(true);
  useLayoutEffect(() => {
    if (!open || !first.current) return;
    first.current = false;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, [open]);
  useEffect(() => {
    const element = opener.current;
    if (open || !element) return;
    opener.current = null;
    const atClose = document.activeElement;
    const timer = window.setTimeout(() => {
      const now = document.activeElement;
      if (now === null || now === document.body || now === atClose) {
        element.focus({ preventScroll: true });
      }
    }, 10);
    return () => window.clearTimeout(timer);
  }, [open]);
}
