import { Badge, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatWhen } from '../format.js';
import { useSession } from '../session.js';
import type { Attendance, Delivery, Participant } from '../types.js';
import { localTime } from '../working-hours.js';

export const ATTENDANCE: Record<Attendance, { label: string; color: string }> = {
  pending: { label: 'Pending', color: 'yellow' },
  confirmed: { label: 'Confirmed', color: 'green' },
  declined: { label: 'Declined', color: 'red' },
};

const DELIVERY: Record<Delivery['state'], { label: string; color: string }> = {
  queued: { label: 'Queued', color: 'gray' },
  sending: { label: 'Sending', color: 'blue' },
  sent: { label: 'Sent', color: 'teal' },
  failed: { label: 'Failed', color: 'red' },
};

/**
 * Each participant: their local time (flagged outside working hours), role, attendance (with
 * reason and when), and their last message's delivery. On a phone, two columns: who (with
 * role and last message beneath) and attendance, so nothing needs a sideways scroll.
 */
export function ParticipantsTable({
  participants,
  when,
}: {
  participants: Participant[];
  /** The interview's time, for each participant's local time. */
  when?: { startsAt: string; durationMinutes: number; timeZone: string };
}) {
  const { user } = useSession();
  const phone = useMediaQuery('(max-width: 48em)');
  const table = (
    <Table verticalSpacing="sm" aria-labelledby="participants-heading">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Participant</Table.Th>
          {!phone && <Table.Th>Role</Table.Th>}
          <Table.Th>Attendance</Table.Th>
          {!phone && <Table.Th>Last message</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {participants.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>
              <Text size="sm" fw={500}>
                {p.name}
              </Text>
              {phone && <Text size="xs">{roleLabel(p)}</Text>}
              <Text size="xs" c="dimmed">
                {p.email}
                {p.timeZone ? ` · ${p.timeZone}` : ''}
              </Text>
              {when && <LocalTimeLine when={when} zone={p.timeZone ?? when.timeZone} />}
              {phone && <DeliveryCell delivery={p.delivery} timeZone={user.timeZone} />}
            </Table.Td>
            {!phone && <Table.Td>{roleLabel(p)}</Table.Td>}
            <Table.Td>
              <Stack gap={2} align="flex-start">
                <Badge color={ATTENDANCE[p.attendance].color} variant="light">
                  {ATTENDANCE[p.attendance].label}
                </Badge>
                {p.declineReason && <Text size="xs">“{p.declineReason}”</Text>}
                {p.respondedAt && (
                  <Text size="xs" c="dimmed">
                    {formatWhen(p.respondedAt, user.timeZone)}
                  </Text>
                )}
              </Stack>
            </Table.Td>
            {!phone && (
              <Table.Td>
                <DeliveryCell delivery={p.delivery} timeZone={user.timeZone} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return phone ? table : <Table.ScrollContainer minWidth={640}>{table}</Table.ScrollContainer>;
}

function roleLabel(p: Participant): string {
  return p.role === 'candidate' ? 'Candidate' : 'Interviewer';
}

function DeliveryCell({ delivery, timeZone }: { delivery: Delivery | null; timeZone: string }) {
  if (!delivery) {
    return (
      <Text size="sm" c="dimmed">
        Nothing sent yet
      </Text>
    );
  }
  const state = DELIVERY[delivery.state] ?? { label: delivery.state, color: 'gray' };
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={state.color} variant="outline">
        {delivery.kind} · {state.label}
      </Badge>
      <Text size="xs" c="dimmed">
        {delivery.sentAt
          ? `Sent ${formatWhen(delivery.sentAt, timeZone)}`
          : `Queued ${formatWhen(delivery.queuedAt, timeZone)}`}
        {delivery.attempts > 1 ? ` · ${delivery.attempts} attempts` : ''}
      </Text>
      {delivery.lastError && (
        <Text size="xs" c="red">
          {delivery.lastError}
        </Text>
      )}
    </Stack>
  );
}

function LocalTimeLine({
  when,
  zone,
}: {
  when: { startsAt: string; durationMinutes: number };
  zone: string;
}) {
  const time = localTime(new Date(when.startsAt), when.durationMinutes, zone);
  return (
    <Text size="xs">
      Local time: {time.start}–{time.end}{' '}
      {time.outside && (
        <Badge color="orange" variant="light" size="xs">
          Outside working hours
        </Badge>
      )}
    </Text>
  );
}
