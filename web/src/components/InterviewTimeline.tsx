import { Text, Timeline } from '@mantine/core';
import { describeEvent } from '../event-text.js';
import { formatWhen } from '../format.js';
import { useSession } from '../session.js';
import type { InterviewEvent, Participant } from '../types.js';

interface Props {
  events: InterviewEvent[];
  participants: Participant[];
}

/** The audit trail as sentences, newest first. */
export function InterviewTimeline({ events, participants }: Props) {
  const { user } = useSession();
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing has happened yet.
      </Text>
    );
  }
  const newestFirst = [...events].reverse();
  return (
    <Timeline active={newestFirst.length} bulletSize={14} lineWidth={2}>
      {newestFirst.map((event) => {
        const line = describeEvent(event, participants);
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
