import { Modal, Stack } from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.js';
import { FormAlert, showIssues } from '../forms.js';
import { forms } from '../i18n/en/forms.js';
import { interviewForm } from '../i18n/en/interview-form.js';
import { type Translate, useText } from '../i18n/text.js';
import { invalidate, keys } from '../queries.js';
import { useSession } from '../session.js';
import type { Candidate, Interview } from '../types.js';
import { addDays, todayIn } from '../zoned-time.js';
import { CandidatePicker } from './CandidatePicker.js';
import { DialogActions } from './DialogActions.js';
import {
  checkWhere,
  type InterviewDetails,
  InterviewDetailsFields,
} from './InterviewDetailsFields.js';
import {
  CANDIDATE_FIELDS,
  candidateFromTyped,
  candidatePayload,
  EMPTY_CANDIDATE,
  existingCandidate,
  type NewCandidate,
  NewCandidateFields,
} from './NewCandidateFields.js';
import { SendInvitesModal } from './SendInvitesModal.js';
import { checkWhen, whenToIso } from './WhenFields.js';

interface Props {
  opened: boolean;
  onClose(): void;
}

/** Create interview: candidate (or a new one), interviewers, when, where; then Send Invites. */
export function CreateInterviewModal({ opened, onClose }: Props) {
  const t = useText(interviewForm);
  const [sendFor, setSendFor] = useState<string | null>(null);
  const created = (interview: Interview) => {
    onClose();
    setSendFor(interview.id);
  };
  return (
    <>
      <Modal opened={opened} onClose={onClose} title={t('create.title')} size="lg">
        {opened && <CreateInterviewForm onCreated={created} onClose={onClose} />}
      </Modal>
      <SendInvitesModal interviewId={sendFor} onClose={() => setSendFor(null)} />
    </>
  );
}

interface Values extends InterviewDetails, NewCandidate {
  /** An existing candidate, picked in the type-ahead. */
  candidate: Candidate | null;
  /** True while a new candidate is being added instead. */
  adding: boolean;
}

// The interview API's names for fields this form shows under other names.
const FIELDS = { startsAt: 'time', candidateId: 'candidate', ...CANDIDATE_FIELDS };
const blank = (text: string) => (text.trim() === '' ? null : text.trim());

// The browser's own check of an address (what an <input type="email"> accepts); the server's
// is the final word.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** What must be there before anything is sent; the server checks the rest. */
function check(v: Values, t: Translate<typeof interviewForm>): FormErrors {
  const errors: FormErrors = { ...checkWhen(v, t), ...checkWhere(v, t) };
  if (v.adding) {
    if (!v.firstName.trim()) errors.firstName = t('create.firstNameMissing');
    if (!v.lastName.trim()) errors.lastName = t('create.lastNameMissing');
    if (!v.candidateEmail.trim()) errors.candidateEmail = t('create.emailMissing');
    else if (!EMAIL.test(v.candidateEmail.trim())) {
      errors.candidateEmail = t('create.emailWrong');
    }
  } else if (!v.candidate) errors.candidate = t('create.candidateMissing');
  if (v.interviewerIds.length === 0) errors.interviewerIds = t('create.interviewersMissing');
  if (!v.title.trim()) errors.title = t('create.titleMissing');
  return errors;
}

// The candidate as chosen or being added, for their local time (their zone, else the interview's).
function candidateNow(v: Values) {
  if (v.adding) {
    const name = `${v.firstName} ${v.lastName}`.trim();
    return name ? { name, timeZone: v.candidateTimeZone } : null;
  }
  return v.candidate
    ? {
        name: `${v.candidate.firstName} ${v.candidate.lastName}`.trim(),
        timeZone: v.candidate.timeZone,
      }
    : null;
}

function CreateInterviewForm({
  onCreated,
  onClose,
}: {
  onCreated(interview: Interview): void;
  onClose(): void;
}) {
  const t = useText(interviewForm);
  const formsText = useText(forms);
  const { user } = useSession();
  const client = useQueryClient();
  const form = useForm<Values>({
    initialValues: {
      candidate: null,
      adding: false,
      ...EMPTY_CANDIDATE,
      title: '',
      jobTitle: '',
      interviewerIds: [],
      location: '',
      meetingUrl: '',
      notes: '',
      date: addDays(todayIn(user.timeZone), 1),
      time: '10:00',
      durationMinutes: 60,
      timeZone: user.timeZone,
    },
    validate: (values) => check(values, t),
  });

  const create = useMutation<Interview, Error, Values>({
    // A new candidate goes in the same request: added with the interview, or not at all.
    mutationFn: async (v) =>
      api<Interview>('POST', '/interviews', {
        ...(v.adding ? { candidate: candidatePayload(v) } : { candidateId: v.candidate?.id }),
        interviewerIds: v.interviewerIds,
        title: v.title.trim(),
        jobTitle: blank(v.jobTitle),
        startsAt: whenToIso(v),
        durationMinutes: Number(v.durationMinutes),
        timeZone: v.timeZone,
        location: blank(v.location),
        meetingUrl: blank(v.meetingUrl),
        notes: blank(v.notes),
      }),
    onSuccess: (interview) => {
      void invalidate(client, keys.interviews);
      notifications.show({
        color: 'green',
        title: t('create.done'),
        message: t('create.doneMessage', { title: interview.title }),
      });
      onCreated(interview);
    },
    onError: (error) => showIssues(form, error, FIELDS, formsText),
  });
  // The email typed for a new candidate is someone's already: offered, not used silently.
  const existing = form.values.adding ? existingCandidate(create.error, t) : null;
  const takeExisting = async () => {
    if (!existing) return;
    const candidate = await api<Candidate>('GET', `/candidates/${existing.id}`);
    create.reset();
    form.setValues({ adding: false, candidate, ...EMPTY_CANDIDATE });
  };
  return (
    <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
      <Stack>
        {!existing && (
          <FormAlert error={create.error} form={form} names={FIELDS} title={t('create.failed')} />
        )}
        {form.values.adding ? (
          <NewCandidateFields
            form={form}
            onBack={() => form.setFieldValue('adding', false)}
            existing={existing && { name: existing.name, onUse: () => void takeExisting() }}
          />
        ) : (
          <CandidatePicker
            value={form.values.candidate}
            onChange={(candidate) => form.setFieldValue('candidate', candidate)}
            onAddNew={(typed) =>
              form.setValues({
                adding: true,
                candidate: null,
                ...(typed ? candidateFromTyped(typed) : EMPTY_CANDIDATE),
              })
            }
            error={form.errors.candidate}
          />
        )}
        <InterviewDetailsFields form={form} candidate={candidateNow(form.values)} />
        <DialogActions
          cancel={t('dialog.close')}
          onCancel={onClose}
          act={t('create.save')}
          loading={create.isPending}
        />
      </Stack>
    </form>
  );
}
