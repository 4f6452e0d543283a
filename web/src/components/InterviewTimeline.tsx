import { Text, Timeline } from '@mantine/core';
import { describeEvent } from '../event-text.js';
import { formatWhen } from '../format.js';
import { interviewDetails } from '../i18n/en/interview-details.js';
import { interviews } from '../i18n/en/interviews.js';
import { useText } from '../i18n/text.js';
import { useSession } from '../session.js';
import type { InterviewEvent, Participant } from '../types.js';

interface Props {
  events: InterviewEvent[];
  participants: Participant[];
}

/** The audit trail as sentences, newest first. */
export function InterviewTimeline({ events, participants }: Props) {
  const t = useText(interviewDetails);
  const status = useText(interviews);
  const { user } = useSession();
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('timeline.none')}
      </Text>
    );
  }
  const newestFirst = [...events].reverse();
  return (
    <Timeline active={newestFirst.length} bulletSize={14} lineWidth={2}>
      {newestFirst.map((event) => {
        const line = describeEvent(event, participants, t, status);
        return (
          <Timeline.Item key={event.id} color={line.color} title={line.text}>
            <Text size="xs" c="dimmed">
              <time dateTime={event.at}>{formatWhen(event.at, user.timeZone)}</time>
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
