import {
  Accordion,
  Alert,
  Anchor,
  Center,
  Code,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { formatRange } from '../format.js';
import { devMailboxQueries } from '../queries.js';
import { useSession } from '../session.js';
import type { CalendarSummary, DevMessage } from '../types.js';
import { HtmlFrame, withLinksInNewTab } from './HtmlFrame.js';

const INTERVIEW_LINK = /https?:\/\/[^\s<>"'\])]+\/i\/[A-Za-z0-9_-]+/;

/** The recipient's personal Interview Link, from the text part (or else the HTML). */
export function interviewLinkOf(message: Pick<DevMessage, 'text' | 'html'>): string | null {
  return (INTERVIEW_LINK.exec(message.text) ?? INTERVIEW_LINK.exec(message.html))?.[0] ?? null;
}

function CalendarTable({ calendar }: { calendar: CalendarSummary }) {
  const { user } = useSession();
  const rows: Array<[string, ReactNode]> = [
    ['Method', calendar.method],
    ['When', formatRange(calendar.startsAt, calendar.endsAt, user.timeZone)],
    ['Summary', calendar.summary],
    ['Location', calendar.location ?? '—'],
    ['Organizer', calendar.organizer],
    ['Attendees', calendar.attendees.map((a) => <div key={a}>{a}</div>)],
    ['UID', <Code key="uid">{calendar.uid}</Code>],
    ['Sequence', calendar.sequence],
    ['Status', calendar.status ?? '—'],
  ];
  return (
    <Table variant="vertical" layout="fixed" withTableBorder verticalSpacing={4} fz="sm">
      <Table.Caption>Calendar invite</Table.Caption>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w={110}>
              {label}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One development-mailbox message: its calendar invite, HTML, text and .eml. */
export function DevMessageView({ id }: { id: string }) {
  const message = useQuery(devMailboxQueries.message(id));
  if (message.isPending) {
    return (
      <Center p="md">
        <Loader aria-label="Loading the message" />
      </Center>
    );
  }
  if (message.error) {
    return (
      <Alert color="red" role="alert">
        {message.error.message}
      </Alert>
    );
  }
  const m = message.data;
  const link = interviewLinkOf(m);
  return (
    <Paper withBorder p="md" component="article" aria-labelledby="dev-message-subject">
      <Stack gap="sm">
        <Title order={3} size="h4" id="dev-message-subject">
          {m.subject}
        </Title>
        <Text size="sm">To: {m.to}</Text>
        <Group gap="md">
          {link && (
            <Anchor href={link} target="_blank" rel="noopener noreferrer" fw={600}>
              Open Interview Link
            </Anchor>
          )}
          <Anchor href={`/api/v1/dev-mailbox/${m.id}/eml`} download={`convene-${m.id}.eml`}>
            Download .eml
          </Anchor>
        </Group>
        {m.calendar ? (
          <CalendarTable calendar={m.calendar} />
        ) : (
          <Text size="sm" c="dimmed">
            No calendar invite in this message.
          </Text>
        )}
        <HtmlFrame
          title={`Email: ${m.subject}`}
          html={withLinksInNewTab(m.html)}
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          height={480}
        />
        <Accordion variant="contained">
          <Accordion.Item value="text">
            <Accordion.Control>Plain text part</Accordion.Control>
            <Accordion.Panel>
              <Code block style={{ whiteSpace: 'pre-wrap' }}>
                {m.text}
              </Code>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Paper>
  );
}
