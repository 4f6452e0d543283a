import { useRef } from 'react';

/**
 * For a menu whose items open dialogs. A Mantine dialog gives focus back, when it closes, to
 * whatever had it when it opened: from a menu, that is the item, gone by then, and focus would
 * fall to the page. `act(open)` hands focus to the menu's button first, so it lands there.
 */
export function useMenuButton() {
  const ref = useRef<HTMLButtonElement>(null);
  const act = (open: () => void) => () => {
    ref.current?.focus();
    open();
  };
  return { ref, act };
}
