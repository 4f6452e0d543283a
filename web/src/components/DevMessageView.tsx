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
import { admin } from '../i18n/en/admin.js';
import { useText } from '../i18n/text.js';
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
  const t = useText(admin);
  const { user } = useSession();
  const rows: Array<[string, ReactNode]> = [
    [t('message.method'), calendar.method],
    [t('message.when'), formatRange(calendar.startsAt, calendar.endsAt, user.timeZone)],
    [t('message.summary'), calendar.summary],
    [t('message.location'), calendar.location ?? '—'],
    [t('message.organizer'), calendar.organizer],
    [t('message.attendees'), calendar.attendees.map((a) => <div key={a}>{a}</div>)],
    [t('message.uid'), <Code key="uid">{calendar.uid}</Code>],
    [t('message.sequence'), calendar.sequence],
    [t('message.status'), calendar.status ?? '—'],
  ];
  return (
    <Table variant="vertical" layout="fixed" withTableBorder verticalSpacing={4} fz="sm">
      <Table.Caption>{t('message.invite')}</Table.Caption>
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
  const t = useText(admin);
  const message = useQuery(devMailboxQueries.message(id));
  if (message.isPending) {
    return (
      <Center p="md">
        <Loader aria-label={t('message.loading')} />
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
        <Text size="sm">{t('message.to', { to: m.to })}</Text>
        <Group gap="md">
          {link && (
            <Anchor href={link} target="_blank" rel="noopener noreferrer" fw={600}>
              {t('message.openLink')}
            </Anchor>
          )}
          <Anchor href={`/api/v1/dev-mailbox/${m.id}/eml`} download={`convene-${m.id}.eml`}>
            {t('message.download')}
          </Anchor>
        </Group>
        {m.calendar ? (
          <CalendarTable calendar={m.calendar} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('message.noInvite')}
          </Text>
        )}
        <HtmlFrame
          title={t('message.email', { subject: m.subject })}
          html={withLinksInNewTab(m.html)}
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          height={480}
        />
        <Accordion variant="contained">
          <Accordion.Item value="text">
            <Accordion.Control>{t('message.text')}</Accordion.Control>
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
