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
import { calendarQueries, invalidate, keys } from '../queries.js';
import { useSession } from '../session.js';
import type { Calendar } from '../types.js';
import { QueryTable, RowAction } from './ListTable.js';

const KIND_LABELS: Record<Calendar['kind'], string> = {
  ics: 'iCalendar link',
  caldav: 'CalDAV',
};

/** What a calendar is called in a list and in a question: its label, else its address. */
const nameOf = (calendar: Calendar) => calendar.label ?? calendar.url;

/**
 * Your calendars, which Convene only reads to know when you are busy: each with when it was last
 * read and what went wrong, Refresh now and Remove; below, a form to connect another.
 */
export function CalendarsSection() {
  const { user } = useSession();
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Convene reads these calendars (never writes to them) every 15 minutes, so the times it
        offers avoid your other meetings.
      </Text>
      <CalendarsTable userId={user.id} />
      <ConnectCalendarForm userId={user.id} />
    </Stack>
  );
}

function CalendarsTable({ userId }: { userId: string }) {
  const { user } = useSession();
  const client = useQueryClient();
  const calendars = useQuery(calendarQueries.list(userId));
  const refresh = useMutation({
    mutationFn: (id: string) => api<Calendar>('POST', `/calendars/${id}/refresh`),
    onSuccess: (read) => {
      notifications.show(
        read.lastError
          ? { color: 'red', message: `Could not read the calendar: ${read.lastError}` }
          : { color: 'green', message: 'Calendar read' },
      );
      void invalidate(client, keys.calendars);
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api('DELETE', `/calendars/${id}`),
    onSuccess: () => {
      notifications.show({ color: 'green', message: 'Calendar removed' });
      void invalidate(client, keys.calendars);
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  });
  const confirmRemove = (calendar: Calendar) =>
    modals.openConfirmModal({
      title: 'Remove this calendar?',
      children: (
        <Text size="sm">
          Convene stops reading {nameOf(calendar)} and forgets its busy times. The calendar itself
          is not changed.
        </Text>
      ),
      labels: { confirm: 'Remove', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(calendar.id),
    });
  return (
    <Table.ScrollContainer minWidth={640}>
      <QueryTable
        query={calendars}
        empty="No calendars connected yet."
        aria-label="Your calendars"
        columns={['Calendar', 'Kind', 'Last read']}
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
                    Last error: {calendar.lastError}
                    {calendar.lastErrorAt &&
                      ` (${formatWhen(calendar.lastErrorAt, user.timeZone)})`}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{KIND_LABELS[calendar.kind]}</Table.Td>
              <Table.Td>
                {calendar.lastSyncAt ? formatWhen(calendar.lastSyncAt, user.timeZone) : 'Never'}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <RowAction
                    label={`Refresh now: ${nameOf(calendar)}`}
                    loading={refresh.isPending && refresh.variables === calendar.id}
                    onClick={() => refresh.mutate(calendar.id)}
                  >
                    Refresh now
                  </RowAction>
                  <RowAction
                    danger
                    label={`Remove calendar ${nameOf(calendar)}`}
                    loading={remove.isPending && remove.variables === calendar.id}
                    onClick={() => confirmRemove(calendar)}
                  >
                    Remove
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
  const client = useQueryClient();
  const form = useForm<ConnectValues>({
    initialValues: EMPTY,
    validate: {
      url: required('Enter the calendar’s address'),
      username: (value, values) =>
        values.kind === 'caldav' && !value.trim() ? 'Enter your user name' : null,
      password: (value, values) =>
        values.kind === 'caldav' && !value ? 'Enter an app password' : null,
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
              message: `Calendar connected, but it could not be read: ${created.lastError}`,
            }
          : { color: 'green', message: 'Calendar connected and read' },
      );
      form.setValues({ ...EMPTY, kind: form.values.kind });
      void invalidate(client, keys.calendars);
    },
  });
  return (
    <FormCard label="Connect a calendar" onSubmit={submit}>
      <Stack>
        <Text fw={500}>Connect a calendar</Text>
        <Radio.Group label="Kind" {...form.getInputProps('kind')}>
          <Group mt="xs">
            <Radio value="ics" label="iCalendar link" />
            <Radio value="caldav" label="CalDAV" />
          </Group>
        </Radio.Group>
        <TextInput
          label={caldav ? 'Calendar address (CalDAV)' : 'Secret address (iCalendar)'}
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
              label="User name"
              autoComplete="off"
              required
              {...form.getInputProps('username')}
            />
            <PasswordInput
              label="App password"
              description="Stored encrypted; never shown again."
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
          </Group>
        )}
        <TextInput
          label="Name (optional)"
          placeholder="Work"
          maxLength={200}
          {...form.getInputProps('label')}
        />
        <FormAlert error={connect.error} form={form} />
        <Group>
          <Button type="submit" loading={connect.isPending}>
            Connect calendar
          </Button>
        </Group>
      </Stack>
    </FormCard>
  );
}

function FeedHelp() {
  return (
    <>
      Google Calendar: Settings → your calendar → Integrate calendar → “Secret address in iCal
      format”. Outlook: Settings → Calendar → Shared calendars → Publish a calendar → the ICS link.
      Keep it private: anyone with the link can read the calendar.{' '}
      <Anchor
        href="https://support.google.com/calendar/answer/37648"
        target="_blank"
        rel="noreferrer"
        size="xs"
        underline="always"
      >
        Google’s help
      </Anchor>
    </>
  );
}

function CalDavHelp() {
  return (
    <>
      The address of one calendar (Nextcloud: Calendar → ⋯ → Copy private link; Fastmail and iCloud
      list theirs in their settings), not of your account. Use an app password, not your main one.
    </>
  );
}
