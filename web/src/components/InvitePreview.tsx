import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { invites as words } from '../i18n/en/invites.js';
import { useText } from '../i18n/text.js';
import { languageName } from '../languages.js';
import type { Audience, InvitePreview as Rendered } from '../types.js';
import { HtmlFrame } from './HtmlFrame.js';

interface InvitePreviewProps {
  /** What each recipient of this audience would receive. */
  items: Rendered[];
  /** Whose message it is, for the accessible names of the recipient choice and the frame. */
  audience: Audience;
}

/** One audience's message as each recipient will see it, in their own time zone and language. */
export function InvitePreview({ items, audience }: InvitePreviewProps) {
  const t = useText(words);
  const candidate = audience === 'candidate';
  const [chosenId, setChosenId] = useState(items[0]?.participantId ?? '');
  const shown = items.find((i) => i.participantId === chosenId) ?? items[0];
  if (!shown) return <Text c="dimmed">{t('preview.nobody')}</Text>;
  return (
    <Stack gap="xs">
      {items.length > 1 && (
        <SegmentedControl
          aria-label={t(candidate ? 'preview.whichCandidate' : 'preview.whichInterviewer')}
          value={shown.participantId}
          onChange={setChosenId}
          data={items.map((i) => ({ value: i.participantId, label: i.name }))}
        />
      )}
      <Group gap="xs" wrap="wrap">
        <Text size="sm">{t('preview.to', { name: shown.name, email: shown.email })}</Text>
        <Text size="sm" c="dimmed">
          {t('preview.zone', { zone: shown.timeZone })}
        </Text>
        <Text size="sm" c="dimmed">
          {t.rich('preview.language', {
            language: (
              <Text span inherit lang={shown.locale}>
                {languageName(shown.locale)}
              </Text>
            ),
          })}
        </Text>
      </Group>
      <Text size="sm">
        <Text span fw={600}>
          {t('preview.subject')}
        </Text>{' '}
        {shown.subject}
      </Text>
      <HtmlFrame
        title={t(candidate ? 'preview.candidateFrame' : 'preview.interviewerFrame', {
          name: shown.name,
        })}
        html={shown.html}
      />
    </Stack>
  );
}
