import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import { interviewKeys, invalidateInterviews } from '../interview-queries.js';
import type { Interview } from '../types.js';
import { utcToZoned } from '../zoned-time.js';
import { WhereFields } from './InterviewDetailsFields.js';
import { checkWhen, type WhenErrors, WhenFields, type WhenValue, whenToIso } from './WhenFields.js';

interface Props {
  /** The interview to move; null keeps the window closed. */
  interview: Interview | null;
  onClose(): void;
}

/** Reschedule: new date, time, duration, zone or place; PATCH with the version read. */
export function RescheduleModal({ interview, onClose }: Props) {
  return (
    <Modal opened={interview !== null} onClose={onClose} title="Reschedule interview" size="lg">
      {interview && <RescheduleForm key={interview.id} interview={interview} onClose={onClose} />}
    </Modal>
  );
}

function whenOf(interview: Interview): WhenValue {
  const { date, time } = utcToZoned(interview.startsAt, interview.timeZone);
  return { date, time, durationMinutes: interview.durationMinutes, timeZone: interview.timeZone };
}

function RescheduleForm({
  interview: initial,
  onClose,
}: {
  interview: Interview;
  onClose(): void;
}) {
  const client = useQueryClient();
  const [base, setBase] = useState(initial);
  const [when, setWhen] = useState<WhenValue>(() => whenOf(initial));
  const [where, setWhere] = useState({
    location: initial.location ?? '',
    meetingUrl: initial.meetingUrl ?? '',
  });
  const [local, setLocal] = useState<WhenErrors>({});

  const save = useMutation<Interview, Error>({
    mutationFn: () =>
      api<Interview>('PATCH', `/interviews/${base.id}`, {
        version: base.version,
        startsAt: whenToIso(when),
        durationMinutes: Number(when.durationMinutes),
        timeZone: when.timeZone,
        location: where.location.trim() || null,
        meetingUrl: where.meetingUrl.trim() || null,
      }),
    onSuccess: (updated) => {
      client.setQueryData(interviewKeys.detail(updated.id), updated);
      void invalidateInterviews(client);
      notifications.show({
        color: 'green',
        title: 'Interview rescheduled',
        message: updated.invitesSentAt
          ? 'Participants get a calendar update and are asked to confirm again.'
          : 'The new time is saved.',
      });
      onClose();
    },
  });

  const reload = useMutation({
    mutationFn: () => api<Interview>('GET', `/interviews/${base.id}`),
    onSuccess: (latest) => {
      setBase(latest);
      client.setQueryData(interviewKeys.detail(latest.id), latest);
      void invalidateInterviews(client);
      save.reset();
      notifications.show({
        title: 'Latest version loaded',
        message: 'Your changes are kept: check them and save again.',
      });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = checkWhen(when);
    setLocal(errors);
    if (Object.keys(errors).length === 0) save.mutate();
  };

  const error = save.error instanceof ApiError ? save.error : undefined;
  const conflict = error?.status === 409;
  const field = (name: string) => error?.forField(name);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {base.invitesSentAt && (
          <Text size="sm" c="dimmed">
            Invites were sent: everyone gets an update of the same calendar event, and a new time or
            place asks them to confirm again.
          </Text>
        )}
        {save.error && (conflict || !error?.issues.length) && (
          <Alert color={conflict ? 'orange' : 'red'} role="alert" title="Not rescheduled">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{save.error.message}</Text>
              {conflict && (
                <Button
                  size="xs"
                  variant="light"
                  loading={reload.isPending}
                  onClick={() => reload.mutate()}
                >
                  Load the latest version
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        <WhenFields
          value={when}
          onChange={(patch) => setWhen({ ...when, ...patch })}
          errors={{
            date: local.date,
            time: local.time ?? field('startsAt'),
            durationMinutes: local.durationMinutes ?? field('durationMinutes'),
            timeZone: local.timeZone ?? field('timeZone'),
          }}
        />
        <WhereFields
          value={where}
          onChange={(patch) => setWhere({ ...where, ...patch })}
          errors={{ location: field('location'), meetingUrl: field('meetingUrl') }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save new time
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
