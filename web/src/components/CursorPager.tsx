import { Button, Group, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { pager } from '../i18n/en/pager.js';
import { useText } from '../i18n/text.js';

/** Keyset paging: the cursors of the pages seen so far, so Previous can go back. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const next = useCallback((cursor: string) => setCursors((list) => [...list, cursor]), []);
  const previous = useCallback(() => setCursors((list) => list.slice(0, -1)), []);
  const reset = useCallback(() => setCursors([undefined]), []);
  return { cursor: cursors[cursors.length - 1], page: cursors.length, next, previous, reset };
}

interface CursorPagerProps {
  paging: ReturnType<typeof useCursorPages>;
  nextCursor: string | null | undefined;
  /** What is paged, for the navigation's accessible name, e.g. "Templates". */
  label: string;
}

/** Previous / Next buttons over a `{items, nextCursor}` list. */
export function CursorPager({ paging, nextCursor, label }: CursorPagerProps) {
  const t = useText(pager);
  if (paging.page === 1 && !nextCursor) return null;
  return (
    <Group
      component="nav"
      aria-label={t('pager.label', { what: label })}
      justify="flex-end"
      gap="xs"
    >
      <Text size="sm" c="dimmed">
        {t('pager.page', { page: paging.page })}
      </Text>
      <Button variant="default" size="xs" disabled={paging.page === 1} onClick={paging.previous}>
        {t('pager.previous')}
      </Button>
      <Button
        variant="default"
        size="xs"
        disabled={!nextCursor}
        onClick={() => nextCursor && paging.next(nextCursor)}
      >
        {t('pager.next')}
      </Button>
    </Group>
  );
}
