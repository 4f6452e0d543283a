import { Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { interviews } from '../i18n/en/interviews.js';
import { useText } from '../i18n/text.js';
import type { Interview } from '../types.js';
import type { RowSelection } from './InterviewsTable.js';

/** Interviews chosen in Manage Interviews, kept by id across pages, filters and reloads. */
export function useRowSelection() {
  const [chosen, setChosen] = useState<ReadonlyMap<string, Interview>>(new Map());
  const selection: RowSelection = {
    selected: chosen,
    onChange: (interviews, selected) =>
      setChosen((before) => {
        const next = new Map(before);
        for (const interview of interviews) {
          if (selected) next.set(interview.id, interview);
          else next.delete(interview.id);
        }
        return next;
      }),
  };
  return { selection, chosen: [...chosen.values()], clear: () => setChosen(new Map()) };
}

interface Props {
  count: number;
  onClear(): void;
  onSendInvites(): void;
}

/** "N selected", Clear selection and Send Invites (N): shown while rows are chosen. */
export function SelectionBar({ count, onClear, onSendInvites }: Props) {
  const t = useText(interviews);
  if (count === 0) return null;
  return (
    <Paper withBorder p="xs" role="region" aria-label={t('selection.label')}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500} aria-live="polite">
          {t('selection.count', { count })}
        </Text>
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={onClear}>
            {t('selection.clear')}
          </Button>
          <Button size="xs" onClick={onSendInvites}>
            {t('selection.send', { count })}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
