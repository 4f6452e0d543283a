import { Alert, Anchor, Badge, Center, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { CursorPager, useCursorPages } from '../components/CursorPager.js';
import { DevMessageView } from '../components/DevMessageView.js';
import { formatWhen } from '../format.js';
import { admin } from '../i18n/en/admin.js';
import { useText } from '../i18n/text.js';
import { devMailboxQueries } from '../queries.js';
import { useSession } from '../session.js';

/** The development mailbox: what Convene "sent" while no SMTP server is configured. */
export function DevMailboxPage() {
  const t = useText(admin);
  const { user } = useSession();
  const [params] = useSearchParams();
  const selected = params.get('message');
  const paging = useCursorPages();
  // The worker delivers in the background: new mail shows up without a reload.
  const list = useQuery({ ...devMailboxQueries.list(paging.cursor), refetchInterval: 3000 });

  return (
    <Stack>
      <Title order={2}>{t('mailbox.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('mailbox.about')}
      </Text>
      {list.isPending && (
        <Center>
          <Loader aria-label={t('mailbox.loading')} />
        </Center>
      )}
      {list.error && (
        <Alert color="red" role="alert">
          {list.error.message}
        </Alert>
      )}
      {list.data?.items.length === 0 && <Text c="dimmed">{t('mailbox.none')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mailbox.subject')}</Table.Th>
                <Table.Th>{t('mailbox.to')}</Table.Th>
                <Table.Th>{t('mailbox.kind')}</Table.Th>
                <Table.Th>{t('mailbox.calendar')}</Table.Th>
                <Table.Th>{t('mailbox.sent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((m) => (
                <Table.Tr
                  key={m.id}
                  bg={m.id === selected ? 'var(--convene-selected-row)' : undefined}
                >
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`?message=${m.id}`}
                      aria-current={m.id === selected ? 'true' : undefined}
                    >
                      {m.subject}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {m.toName} &lt;{m.to}&gt;
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" tt="none">
                      {m.kind}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {m.calendarMethod
                      ? t('mailbox.method', {
                          method: m.calendarMethod,
                          sequence: String(m.sequence ?? 0),
                        })
                      : '—'}
                  </Table.Td>
                  <Table.Td>{m.sentAt ? formatWhen(m.sentAt, user.timeZone) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CursorPager paging={paging} nextCursor={list.data?.nextCursor} label={t('mailbox.pager')} />
      {selected && <DevMessageView key={selected} id={selected} />}
    </Stack>
  );
}
