import { Button, Group, Text } from '@mantine/core';
import { useCallback, useState } from 'react';

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
  if (paging.page === 1 && !nextCursor) return null;
  return (
    <Group component="nav" aria-label={`${label} pages`} justify="flex-end" gap="xs">
      <Text size="sm" c="dimmed">
        Page {paging.page}
      </Text>
      <Button variant="default" size="xs" disabled={paging.page === 1} onClick={paging.previous}>
        Previous
      </Button>
      <Button
        variant="default"
        size="xs"
        disabled={!nextCursor}
        onClick={() => nextCursor && paging.next(nextCursor)}
      >
        Next
      </Button>
    </Group>
  );
}
