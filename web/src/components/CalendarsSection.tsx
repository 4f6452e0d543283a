import {
  Anchor,
  Button,
  Group,
  PasswordInput,
  Radio,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { formatWhen } from '../format.js';
import { FormAlert, FormCard, required, useFormMutation } from '../forms.js';
import { account } from '../i18n/en/account.js';
import { useText } from '../i18n/text.js';
import { calendarQueries, invalidate, keys } from '../queries.js';
import { useSession } from '../session.js';
import type { Calendar } from '../types.js';
import { QueryTable, RowAction } from './ListTable.js';

/** What a calendar is called in a list and in a question: its label, else its address. */
const nameOf = (calendar: Calendar) => calendar.label ?? calendar.url;

/**
 * Your calendars, which Convene only reads to know when you are busy: each with when it was last
 * read and what went wrong, Refresh now and Remove; below, a form to connect another.
 */
export function CalendarsSection() {
  const t = useText(account);
  const { user } = useSession();
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('calendars.about')}
      </Text>
      <CalendarsTable userId={user.id} />
      <ConnectCalendarForm userId={user.id} />
    </Stack>
  );
}

function CalendarsTable({ userId }: { userId: string }) {
  const t = useText(account);
  const { user } = useSession();
  const client = useQueryClient();
  const calendars = useQuery(calendarQueries.list(userId));
  const refresh = useMutation({
    mutationFn: (id: string) => api<Calendar>('POST', `/calendars/${id}/refresh`),
    onSuccess: (read) => {
      notifications.show(
        read.lastError
          ? { color: 'red', message: t('calendars.readError', { error: read.lastError }) }
          : { color: 'green', message: t('calendars.read') },
      );
      void invalidate(client, keys.calendars);
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api('DELETE', `/calendars/${id}`),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('calendars.removed') });
      void invalidate(client, keys.calendars);
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  });
  const confirmRemove = (calendar: Calendar) =>
    modals.openConfirmModal({
      title: t('calendars.removeTitle'),
      children: <Text size="sm">{t('calendars.removeBody', { name: nameOf(calendar) })}</Text>,
      labels: { confirm: t('calendars.removeConfirm'), cancel: t('calendars.removeCancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(calendar.id),
    });
  return (
    <Table.ScrollContainer minWidth={640}>
      <QueryTable
        query={calendars}
        empty={t('calendars.none')}
        aria-label={t('calendars.label')}
        columns={[t('calendars.calendar'), t('calendars.kind'), t('calendars.lastRead')]}
      >
        {(items) =>
          items.map((calendar) => (
            <Table.Tr key={calendar.id}>
              <Table.Td maw={360} style={{ overflowWrap: 'anywhere' }}>
                {calendar.label && <Text size="sm">{calendar.label}</Text>}
                <Text size="sm" c={calendar.label ? 'dimmed' : undefined}>
                  {calendar.url}
                </Text>
                {calendar.lastError && (
                  <Text size="sm" c="red.8">
                    {calendar.lastErrorAt
                      ? t('calendars.lastErrorAt', {
                          error: calendar.lastError,
                          at: formatWhen(calendar.lastErrorAt, user.timeZone),
                        })
                      : t('calendars.lastError', { error: calendar.lastError })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {t(calendar.kind === 'caldav' ? 'calendars.caldav' : 'calendars.ics')}
              </Table.Td>
              <Table.Td>
                {calendar.lastSyncAt
                  ? formatWhen(calendar.lastSyncAt, user.timeZone)
                  : t('calendars.never')}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <RowAction
                    label={t('calendars.refreshLabel', { name: nameOf(calendar) })}
                    loading={refresh.isPending && refresh.variables === calendar.id}
                    onClick={() => refresh.mutate(calendar.id)}
                  >
                    {t('calendars.refresh')}
                  </RowAction>
                  <RowAction
                    danger
                    label={t('calendars.removeLabel', { name: nameOf(calendar) })}
                    loading={remove.isPending && remove.variables === calendar.id}
                    onClick={() => confirmRemove(calendar)}
                  >
                    {t('calendars.remove')}
                  </RowAction>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))
        }
      </QueryTable>
    </Table.ScrollContainer>
  );
}

interface ConnectValues {
  kind: Calendar['kind'];
  url: string;
  label: string;
  username: string;
  password: string;
}

const EMPTY: ConnectValues = { kind: 'ics', url: '', label: '', username: '', password: '' };

function ConnectCalendarForm({ userId }: { userId: string }) {
  const t = useText(account);
  const client = useQueryClient();
  const form = useForm<ConnectValues>({
    initialValues: EMPTY,
    validate: {
      url: required(t('connect.enterUrl')),
      username: (value, values) =>
        values.kind === 'caldav' && !value.trim() ? t('connect.enterUser') : null,
      password: (value, values) =>
        values.kind === 'caldav' && !value ? t('connect.enterPassword') : null,
    },
  });
  const caldav = form.values.kind === 'caldav';
  const { mutation: connect, submit } = useFormMutation(form, {
    mutationFn: ({ kind, url, label, username, password }: ConnectValues) =>
      api<Calendar>('POST', `/users/${userId}/calendars`, {
        kind,
        url: url.trim(),
        ...(label.trim() ? { label: label.trim() } : {}),
        ...(kind === 'caldav' ? { username: username.trim(), password } : {}),
      }),
    onSuccess: (created) => {
      notifications.show(
        created.lastError
          ? {
              color: 'yellow',
              message: t('connect.unread', { error: created.lastError }),
            }
          : { color: 'green', message: t('connect.done') },
      );
      form.setValues({ ...EMPTY, kind: form.values.kind });
      void invalidate(client, keys.calendars);
    },
  });
  return (
    <FormCard label={t('connect.label')} onSubmit={submit}>
      <Stack>
        <Text fw={500}>{t('connect.label')}</Text>
        <Radio.Group label={t('connect.kind')} {...form.getInputProps('kind')}>
          <Group mt="xs">
            <Radio value="ics" label={t('calendars.ics')} />
            <Radio value="caldav" label={t('calendars.caldav')} />
          </Group>
        </Radio.Group>
        <TextInput
          label={t(caldav ? 'connect.caldavUrl' : 'connect.icsUrl')}
          placeholder={
            caldav
              ? 'https://caldav.example.com/calendars/you/work/'
              : 'https://calendar.google.com/calendar/ical/…/basic.ics'
          }
          description={caldav ? <CalDavHelp /> : <FeedHelp />}
          required
          {...form.getInputProps('url')}
        />
        {caldav && (
          <Group grow align="flex-start">
            <TextInput
              label={t('connect.user')}
              autoComplete="off"
              required
              {...form.getInputProps('username')}
            />
            <PasswordInput
              label={t('connect.password')}
              description={t('connect.passwordHint')}
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
          </Group>
        )}
        <TextInput
          label={t('connect.name')}
          placeholder={t('connect.namePlaceholder')}
          maxLength={200}
          {...form.getInputProps('label')}
        />
        <FormAlert error={connect.error} form={form} />
        <Group>
          <Button type="submit" loading={connect.isPending}>
            {t('connect.submit')}
          </Button>
        </Group>
      </Stack>
    </FormCard>
  );
}

function FeedHelp() {
  const t = useText(account);
  return t.rich('connect.icsHelp', {
    link: (chunks) => (
      <Anchor
        href="https://support.google.com/calendar/answer/37648"
        target="_blank"
        rel="noreferrer"
        size="xs"
        underline="always"
      >
        {chunks}
      </Anchor>
    ),
  });
}

function CalDavHelp() {
  const t = useText(account);
  return t('connect.caldavHelp');
}
