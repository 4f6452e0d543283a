import { Button, Group, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { interviewForm } from '../i18n/en/interview-form.js';
import { type Translate, useText } from '../i18n/text.js';
import { utcToZoned } from '../zoned-time.js';
import { ConflictWarnings } from './ConflictWarnings.js';
import { FindTimeModal } from './FindTimeModal.js';
import { InterviewerPicker, type KnownPeople } from './InterviewerPicker.js';
import { LocalTimes, type Person } from './LocalTimes.js';
import { WhenFields, type WhenValue, whenToIso } from './WhenFields.js';

/** Where an interview takes place, as a form edits it: shared with Reschedule. */
export interface WhereValue {
  location: string;
  meetingUrl: string;
}

/** The interview's own fields, as the Create interview form edits them. */
export interface InterviewDetails extends WhenValue, WhereValue {
  title: string;
  jobTitle: string;
  interviewerIds: string[];
  notes: string;
}

/**
 * Interviewers, title, job, when (with everyone's local time and out-of-hours warnings), where
 * and notes.
 */
export function InterviewDetailsFields({
  form,
  candidate,
}: {
  form: UseFormReturnType<InterviewDetails>;
  /** The candidate as chosen so far, for their local time; null while none is. */
  candidate: Person | null;
}) {
  const t = useText(interviewForm);
  // Deactivated users cannot be invited to new interviews from here (the picker asks for
  // active ones); their names, zones and working hours as the picker saw them give the local
  // times and the out-of-hours warnings.
  const [known, setKnown] = useState<KnownPeople>(new Map());
  const [finding, setFinding] = useState(false);
  const interviewers = form.getInputProps('interviewerIds');
  const startsAt = whenToIso(form.values);
  const duration = Number(form.values.durationMinutes);
  // The title does not decide conflicts: a dry run before one is typed still checks the time.
  const dryRun =
    startsAt && duration > 0 && form.values.interviewerIds.length > 0
      ? {
          method: 'POST' as const,
          path: '/interviews',
          body: {
            title: form.values.title.trim() || 'Interview',
            startsAt,
            durationMinutes: duration,
            timeZone: form.values.timeZone,
            interviewerIds: form.values.interviewerIds,
          },
        }
      : null;
  return (
    <>
      <InterviewerPicker
        value={form.values.interviewerIds}
        onChange={(ids) => form.setFieldValue('interviewerIds', ids)}
        onKnown={setKnown}
        error={interviewers.error}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('fields.title')}
          placeholder={t('fields.titlePlaceholder')}
          required
          {...form.getInputProps('title')}
        />
        <TextInput
          label={t('fields.jobTitle')}
          placeholder={t('fields.optional')}
          {...form.getInputProps('jobTitle')}
        />
      </Group>
      <WhenFields form={form} />
      <Group>
        <Button
          variant="light"
          size="xs"
          disabled={form.values.interviewerIds.length === 0 || !(duration >= 5)}
          onClick={() => setFinding(true)}
        >
          {t('fields.findTime')}
        </Button>
        {form.values.interviewerIds.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('fields.findTimeHint')}
          </Text>
        )}
      </Group>
      <FindTimeModal
        opened={finding}
        onClose={() => setFinding(false)}
        interviewerIds={form.values.interviewerIds}
        names={new Map([...known.values()].map((u) => [u.id, u.name]))}
        durationMinutes={duration}
        onPick={(iso) => {
          const { date, time } = utcToZoned(iso, form.values.timeZone);
          form.setValues({ date, time });
        }}
      />
      <LocalTimes
        startsAt={startsAt}
        durationMinutes={duration}
        fallbackZone={form.values.timeZone}
        people={[
          ...(candidate ? [candidate] : []),
          ...form.values.interviewerIds.flatMap((id) => {
            const user = known.get(id);
            return user
              ? [{ name: user.name, timeZone: user.timeZone, workingHours: user.workingHours }]
              : [];
          }),
        ]}
      />
      <ConflictWarnings
        request={dryRun}
        names={new Map([...known.values()].map((u) => [u.id, u.name]))}
      />
      <WhereFields form={form} />
      <Textarea
        label={t('fields.notes')}
        placeholder={t('fields.notesPlaceholder')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('notes')}
      />
    </>
  );
}

/**
 * What the server would refuse of a place, shown before a round trip; in `t`'s language (English
 * unless given).
 */
export function checkWhere(
  value: WhereValue,
  t: Translate<typeof interviewForm>,
): Partial<Record<keyof WhereValue, string>> {
  const link = value.meetingUrl.trim();
  if (link === '') return {};
  try {
    const url = new URL(link);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname) return {};
  } catch {
    // Not a URL at all: the same sentence.
  }
  return { meetingUrl: t('fields.meetingLinkWrong') };
}

/** Location and meeting link; shared with Reschedule. */
export function WhereFields({ form }: { form: UseFormReturnType<WhereValue> }) {
  const t = useText(interviewForm);
  return (
    <Group grow align="flex-start">
      <TextInput
        label={t('fields.location')}
        placeholder={t('fields.locationPlaceholder')}
        {...form.getInputProps('location')}
      />
      <TextInput
        label={t('fields.meetingLink')}
        placeholder={t('fields.meetingLinkPlaceholder')}
        type="url"
        {...form.getInputProps('meetingUrl')}
      />
    </Group>
  );
}
