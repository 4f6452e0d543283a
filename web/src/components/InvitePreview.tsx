import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { languageName } from '../languages.js';
import type { InvitePreview as Rendered } from '../types.js';
import { HtmlFrame } from './HtmlFrame.js';

interface InvitePreviewProps {
  /** What each recipient of this audience would receive. */
  items: Rendered[];
  /** e.g. "Candidate", for the frame's accessible name. */
  audienceLabel: string;
}

/** One audience's message as each recipient will see it, in their own time zone and language. */
export function InvitePreview({ items, audienceLabel }: InvitePreviewProps) {
  const [chosenId, setChosenId] = useState(items[0]?.participantId ?? '');
  const shown = items.find((i) => i.participantId === chosenId) ?? items[0];
  if (!shown) return <Text c="dimmed">Nobody on this interview receives this message.</Text>;
  return (
    <Stack gap="xs">
      {items.length > 1 && (
        <SegmentedControl
          aria-label={`Preview for which ${audienceLabel.toLowerCase()}`}
          value={shown.participantId}
          onChange={setChosenId}
          data={items.map((i) => ({ value: i.participantId, label: i.name }))}
        />
      )}
      <Group gap="xs" wrap="wrap">
        <Text size="sm">
          To: {shown.name} &lt;{shown.email}&gt;
        </Text>
        <Text size="sm" c="dimmed">
          Times shown in {shown.timeZone}
        </Text>
        <Text size="sm" c="dimmed">
          Written in{' '}
          <Text span inherit lang={shown.locale}>
            {languageName(shown.locale)}
          </Text>
        </Text>
      </Group>
      <Text size="sm">
        <Text span fw={600}>
          Subject:
        </Text>{' '}
        {shown.subject}
      </Text>
      <HtmlFrame title={`${audienceLabel} message preview for ${shown.name}`} html={shown.html} />
    </Stack>
  );
}
