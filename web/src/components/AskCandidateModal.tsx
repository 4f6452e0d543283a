import { Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../api.js';
import { FormAlert, showIssues } from '../forms.js';
import { forms } from '../i18n/en/forms.js';
import { interviewForm } from '../i18n/en/interview-form.js';
import { scheduling as words } from '../i18n/en/scheduling.js';
import { useText } from '../i18n/text.js';
import { invalidate, keys } from '../queries.js';
import { rememberInvites } from '../remembered-invites.js';
import {
  checkRequest,
  NEW_CANDIDATE_FIELDS,
  REQUEST_FIELDS,
  type RequestValues,
  requestPayload,
} from '../scheduling-request-form.js';
import { windowToIso } from '../scheduling-window.js';
import { useSession } from '../session.js';
import type { Candidate, SchedulingRequest } from '../types.js';
import { addDays, todayIn } from '../zoned-time.js';
import { CandidatePicker } from './CandidatePicker.js';
import { DialogActions } from './DialogActions.js';
import { FreeTimesPreview } from './FreeTimesPreview.js';
import { checkWhere, WhereFields } from './InterviewDetailsFields.js';
import { InterviewerPicker } from './InterviewerPicker.js';
import {
  candidateFromTyped,
  candidatePayload,
  EMPTY_CANDIDATE,
  existingCandidate,
  NewCandidateFields,
} from './NewCandidateFields.js';
import { RequestTemplateFields, type RequestTemplates } from './RequestTemplateFields.js';
import { RequestWindowFields } from './RequestWindowFields.js';
import { TimeZoneSelect } from './TimeZoneSelect.js';

interface Props {
  opened: boolean;
  onClose(): void;
}

/** Ask candidate to pick a time: sends a scheduling request (DESIGN §9) from a form. */
export function AskCandidateModal({ opened, onClose }: Props) {
  const t = useText(words);
  return (
    <Modal opened={opened} onClose={onClose} title={t('ask.title')} size="lg">
      {opened && <AskCandidateForm onClose={onClose} />}
    </Modal>
  );
}

function AskCandidateForm({ onClose }: { onClose(): void }) {
  const t = useText(words);
  const formsText = useText(forms);
  const fieldsText = useText(interviewForm);
  const { user } = useSession();
  const client = useQueryClient();
  const today = todayIn(user.timeZone);
  const form = useForm<RequestValues>({
    initialValues: {
      candidate: null,
      adding: false,
      ...EMPTY_CANDIDATE,
      interviewerIds: [],
      title: '',
      durationMinutes: 60,
      fromDate: addDays(today, 1),
      toDate: addDays(today, 7),
      timeZone: user.timeZone,
      location: '',
      meetingUrl: '',
      requestTemplate: null,
      candidateTemplate: null,
      interviewerTemplate: null,
    },
    validate: (values) => ({
      ...checkRequest(values, todayIn(user.timeZone), t),
      ...checkWhere(values, fieldsText),
    }),
  });
  const days = windowToIso(form.values, user.timeZone);

  // A new candidate is saved first and then chosen: a refused request, sent again, reuses them.
  const addCandidate = useMutation<Candidate, Error, RequestValues>({
    mutationFn: (v) => api<Candidate>('POST', '/candidates', candidatePayload(v)),
    onSuccess: (candidate) => {
      form.setValues({ adding: false, candidate, ...EMPTY_CANDIDATE });
      void invalidate(client, keys.candidates);
    },
    onError: (error) => showIssues(form, error, NEW_CANDIDATE_FIELDS, formsText),
  });
  const send = useMutation<SchedulingRequest, Error, RequestValues & { candidate: Candidate }>({
    mutationFn: (v) =>
      api<SchedulingRequest>(
        'POST',
        '/scheduling-requests',
        requestPayload(v, v.candidate.id, user.timeZone),
      ),
    onSuccess: (request, v) => {
      rememberInvites({
        candidate: v.candidateTemplate?.id,
        interviewer: v.interviewerTemplate?.id,
      });
      void invalidate(client, keys.schedulingRequests);
      notifications.show({
        color: 'green',
        title: t('ask.sent'),
        message: t('ask.sentText', { candidate: request.candidateName, title: request.title }),
      });
      onClose();
    },
    onError: (error) => showIssues(form, error, REQUEST_FIELDS, formsText),
  });
  const submit = async (v: RequestValues) => {
    send.reset();
    const candidate = v.adding ? await addCandidate.mutateAsync(v).catch(() => null) : v.candidate;
    if (candidate) send.mutate({ ...v, candidate });
  };
  const existing = form.values.adding ? existingCandidate(addCandidate.error, fieldsText) : null;
  const takeExisting = async () => {
    if (!existing) return;
    const candidate = await api<Candidate>('GET', `/candidates/${existing.id}`);
    addCandidate.reset();
    form.setValues({ adding: false, candidate, ...EMPTY_CANDIDATE });
  };
  const setTemplate = useCallback(
    (field: keyof RequestTemplates, template: RequestTemplates[keyof RequestTemplates]) =>
      form.setFieldValue(field, template),
    [form.setFieldValue],
  );
  // Whichever write was refused, with the field names it uses.
  const [error, names] = send.error
    ? [send.error, REQUEST_FIELDS]
    : [existing ? null : addCandidate.error, NEW_CANDIDATE_FIELDS];

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack>
        <FormAlert error={error} form={form} names={names} title={t('ask.notSent')} />
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
        <InterviewerPicker
          value={form.values.interviewerIds}
          onChange={(ids) => form.setFieldValue('interviewerIds', ids)}
          error={form.errors.interviewerIds}
        />
        <TextInput
          label={t('ask.interviewTitle')}
          placeholder={t('ask.interviewTitlePlaceholder')}
          required
          {...form.getInputProps('title')}
        />
        <Group grow align="flex-start">
          <NumberInput
            label={t('ask.duration')}
            required
            min={5}
            max={480}
            step={15}
            allowDecimal={false}
            {...form.getInputProps('durationMinutes')}
          />
          <TimeZoneSelect
            label={t('ask.timeZone')}
            required
            allowDeselect={false}
            {...form.getInputProps('timeZone')}
          />
        </Group>
        <RequestWindowFields form={form} today={today} />
        <FreeTimesPreview
          interviewerIds={form.values.interviewerIds}
          durationMinutes={Number(form.values.durationMinutes)}
          window={days}
        />
        <WhereFields form={form} />
        <RequestTemplateFields
          value={form.values}
          onChange={setTemplate}
          errors={{
            requestTemplate: form.errors.requestTemplate as string | undefined,
            candidateTemplate: form.errors.candidateTemplate as string | undefined,
            interviewerTemplate: form.errors.interviewerTemplate as string | undefined,
          }}
        />
        <DialogActions
          cancel={t('ask.close')}
          onCancel={onClose}
          act={t('ask.send')}
          loading={addCandidate.isPending || send.isPending}
        />
      </Stack>
    </form>
  );
}
