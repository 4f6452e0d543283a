import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDuration, formatRange } from '../format.js';
import { interviewDetails } from '../i18n/en/interview-details.js';
import { time } from '../i18n/en/time.js';
import { useText } from '../i18n/text.js';
import { useSession } from '../session.js';
import type { Interview } from '../types.js';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </div>
  );
}

/** When (your zone and the interview's), where, job and notes. */
export function InterviewSummary({ interview }: { interview: Interview }) {
  const t = useText(interviewDetails);
  const timeText = useText(time);
  const { user } = useSession();
  const ownZone = interview.timeZone !== user.timeZone;
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Item label={t('summary.when')}>
          <Stack gap={2}>
            <Text size="sm">
              {formatRange(interview.startsAt, interview.endsAt, user.timeZone)}
            </Text>
            {ownZone && (
              <Text size="sm" c="dimmed">
                {t('summary.interviewZone', {
                  range: formatRange(interview.startsAt, interview.endsAt, interview.timeZone),
                })}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {formatDuration(interview.durationMinutes, timeText)}
            </Text>
          </Stack>
        </Item>
        <Item label={t('summary.where')}>
          <Stack gap={2}>
            {interview.location && <Text size="sm">{interview.location}</Text>}
            {interview.meetingUrl && (
              <Anchor href={interview.meetingUrl} target="_blank" rel="noreferrer" size="sm">
                {interview.meetingUrl}
              </Anchor>
            )}
            {!interview.location && !interview.meetingUrl && (
              <Text size="sm" c="dimmed">
                {t('summary.notSet')}
              </Text>
            )}
          </Stack>
        </Item>
        {interview.jobTitle && (
          <Item label={t('summary.job')}>
            <Text size="sm">{interview.jobTitle}</Text>
          </Item>
        )}
        {interview.notes && (
          <Item label={t('summary.notes')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {interview.notes}
            </Text>
          </Item>
        )}
      </SimpleGrid>
    </Paper>
  );
}
