import { Badge, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatWhen } from '../format.js';
import type { MessageKey } from '../i18n/catalog.js';
import { interviewDetails } from '../i18n/en/interview-details.js';
import { type Translate, useText } from '../i18n/text.js';
import { useSession } from '../session.js';
import type { Attendance, Delivery, Participant } from '../types.js';
import { localTime } from '../working-hours.js';

type Word = { key: MessageKey<typeof interviewDetails>; color: string };

/** Each answer's word (in the interview-details area) and badge colour. */
export const ATTENDANCE: Record<Attendance, Word> = {
  pending: { key: 'attendance.pending', color: 'yellow' },
  confirmed: { key: 'attendance.confirmed', color: 'green' },
  declined: { key: 'attendance.declined', color: 'red' },
};

const DELIVERY: Record<Delivery['state'], Word> = {
  queued: { key: 'delivery.queued', color: 'gray' },
  sending: { key: 'delivery.sending', color: 'blue' },
  sent: { key: 'delivery.sent', color: 'teal' },
  failed: { key: 'delivery.failed', color: 'red' },
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
  const t = useText(interviewDetails);
  const { user } = useSession();
  const phone = useMediaQuery('(max-width: 48em)');
  const table = (
    <Table verticalSpacing="sm" aria-labelledby="participants-heading">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('participants.participant')}</Table.Th>
          {!phone && <Table.Th>{t('participants.role')}</Table.Th>}
          <Table.Th>{t('participants.attendance')}</Table.Th>
          {!phone && <Table.Th>{t('participants.lastMessage')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {participants.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>
              <Text size="sm" fw={500}>
                {p.name}
              </Text>
              {phone && <Text size="xs">{roleLabel(p, t)}</Text>}
              <Text size="xs" c="dimmed">
                {p.email}
                {p.timeZone ? ` · ${p.timeZone}` : ''}
              </Text>
              {when && <LocalTimeLine when={when} zone={p.timeZone ?? when.timeZone} />}
              {phone && <DeliveryCell delivery={p.delivery} timeZone={user.timeZone} />}
            </Table.Td>
            {!phone && <Table.Td>{roleLabel(p, t)}</Table.Td>}
            <Table.Td>
              <Stack gap={2} align="flex-start">
                <Badge color={ATTENDANCE[p.attendance].color} variant="light">
                  {t(ATTENDANCE[p.attendance].key)}
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

function roleLabel(p: Participant, t: Translate<typeof interviewDetails>): string {
  return t(p.role === 'candidate' ? 'participants.candidate' : 'participants.interviewer');
}

function DeliveryCell({ delivery, timeZone }: { delivery: Delivery | null; timeZone: string }) {
  const t = useText(interviewDetails);
  if (!delivery) {
    return (
      <Text size="sm" c="dimmed">
        {t('participants.nothingSent')}
      </Text>
    );
  }
  const known = DELIVERY[delivery.state] as Word | undefined;
  const state = { label: known ? t(known.key) : delivery.state, color: known?.color ?? 'gray' };
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={state.color} variant="outline">
        {delivery.kind} · {state.label}
      </Badge>
      <Text size="xs" c="dimmed">
        {delivery.sentAt
          ? t('participants.sentAt', { when: formatWhen(delivery.sentAt, timeZone) })
          : t('participants.queuedAt', { when: formatWhen(delivery.queuedAt, timeZone) })}
        {delivery.attempts > 1
          ? ` · ${t('participants.attempts', { attempts: delivery.attempts })}`
          : ''}
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
  const t = useText(interviewDetails);
  const time = localTime(new Date(when.startsAt), when.durationMinutes, zone);
  return (
    <Text size="xs">
      {t('participants.localTime', { start: time.start, end: time.end })}{' '}
      {time.outside && (
        <Badge color="orange" variant="light" size="xs">
          {t('participants.outsideHours')}
        </Badge>
      )}
    </Text>
  );
}
