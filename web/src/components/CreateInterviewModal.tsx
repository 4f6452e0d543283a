import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import { invalidateInterviews } from '../interview-queries.js';
import { useSession } from '../session.js';
import type { Candidate, Interview } from '../types.js';
import { addDays, todayIn } from '../zoned-time.js';
import { CandidatePicker } from './CandidatePicker.js';
import { type InterviewDetails, InterviewDetailsFields } from './InterviewDetailsFields.js';
import {
  CandidateError,
  candidateFromTyped,
  EMPTY_CANDIDATE,
  type NewCandidate,
  NewCandidateFields,
  saveCandidate,
} from './NewCandidateFields.js';
import { SendInvitesModal } from './SendInvitesModal.js';
import { checkWhen, type WhenErrors, type WhenValue, whenToIso } from './WhenFields.js';

interface Props {
  opened: boolean;
  onClose(): void;
}

const blank = (text: string) => (text.trim() === '' ? null : text.trim());

/** Create interview: candidate (or a new one), interviewers, when, where; then Send Invites. */
export function CreateInterviewModal({ opened, onClose }: Props) {
  const { user } = useSession();
  const client = useQueryClient();
  const initialWhen = (): WhenValue => ({
    date: addDays(todayIn(user.timeZone), 1),
    time: '10:00',
    durationMinutes: 60,
    timeZone: user.timeZone,
  });
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [newCandidate, setNewCandidate] = useState<NewCandidate | null>(null);
  const [details, setDetails] = useState<InterviewDetails>(emptyDetails);
  const [when, setWhen] = useState<WhenValue>(initialWhen);
  const [local, setLocal] = useState<WhenErrors & { candidate?: string; interviewers?: string }>(
    {},
  );
  const [sendFor, setSendFor] = useState<string | null>(null);

  const reset = () => {
    setCandidate(null);
    setNewCandidate(null);
    setDetails(emptyDetails);
    setWhen(initialWhen());
    setLocal({});
    create.reset();
  };

  const create = useMutation<Interview, Error>({
    mutationFn: async () => {
      const candidateId = newCandidate ? await saveCandidate(newCandidate) : candidate?.id;
      return api<Interview>('POST', '/interviews', {
        candidateId,
        interviewerIds: details.interviewerIds,
        title: details.title.trim(),
        jobTitle: blank(details.jobTitle),
        startsAt: whenToIso(when),
        durationMinutes: Number(when.durationMinutes),
        timeZone: when.timeZone,
        location: blank(details.location),
        meetingUrl: blank(details.meetingUrl),
        notes: blank(details.notes),
      });
    },
    onSuccess: (interview) => {
      void invalidateInterviews(client);
      notifications.show({
        color: 'green',
        title: 'Interview created',
        message: `${interview.title}: now choose the invites to send.`,
      });
      reset();
      onClose();
      setSendFor(interview.id);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = {
      ...checkWhen(when),
      ...(!candidate && !newCandidate ? { candidate: 'Choose a candidate or add a new one' } : {}),
      ...(details.interviewerIds.length === 0 ? { interviewers: 'Choose at least one' } : {}),
    };
    setLocal(errors);
    if (Object.keys(errors).length === 0) create.mutate();
  };

  const error = create.error;
  const candidateError = error instanceof CandidateError ? error.apiError : undefined;
  const apiError = error instanceof ApiError ? error : undefined;
  const field = (name: string) => apiError?.forField(name);
  const general =
    candidateError && candidateError.issues.length === 0
      ? candidateError.message
      : error && !(error instanceof CandidateError) && !apiError?.issues.length
        ? error.message
        : null;

  return (
    <>
      <Modal opened={opened} onClose={onClose} title="Create interview" size="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            {general && (
              <Alert color="red" role="alert" title="Could not create the interview">
                {general}
              </Alert>
            )}
            {newCandidate ? (
              <NewCandidateFields
                value={newCandidate}
                onChange={(patch) => setNewCandidate({ ...newCandidate, ...patch })}
                onBack={() => setNewCandidate(null)}
                error={candidateError}
              />
            ) : (
              <CandidatePicker
                value={candidate}
                onChange={setCandidate}
                onAddNew={(typed) =>
                  setNewCandidate(typed ? candidateFromTyped(typed) : EMPTY_CANDIDATE)
                }
                error={local.candidate ?? field('candidateId')}
              />
            )}
            <InterviewDetailsFields
              value={details}
              when={when}
              onChange={(patch) => setDetails({ ...details, ...patch })}
              onWhenChange={(patch) => setWhen({ ...when, ...patch })}
              errors={{
                ...Object.fromEntries(
                  [
                    'title',
                    'jobTitle',
                    'location',
                    'meetingUrl',
                    'notes',
                    'durationMinutes',
                    'timeZone',
                  ].map((name) => [name, field(name)]),
                ),
                interviewerIds: local.interviewers ?? field('interviewerIds'),
                date: local.date,
                time: local.time ?? field('startsAt'),
                ...(local.durationMinutes ? { durationMinutes: local.durationMinutes } : {}),
                ...(local.timeZone ? { timeZone: local.timeZone } : {}),
              }}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Close
              </Button>
              <Button type="submit" loading={create.isPending}>
                Save interview
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <SendInvitesModal interviewId={sendFor} onClose={() => setSendFor(null)} />
    </>
  );
}

const emptyDetails: InterviewDetails = {
  title: '',
  jobTitle: '',
  interviewerIds: [],
  location: '',
  meetingUrl: '',
  notes: '',
};
