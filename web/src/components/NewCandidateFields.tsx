import { Alert, Button, Fieldset, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { ApiError } from '../api.js';
import { interviewForm } from '../i18n/en/interview-form.js';
import { languages } from '../i18n/en/languages.js';
import { type Translate, useText } from '../i18n/text.js';
import { LanguageSelect } from './LanguageSelect.js';
import { TimeZoneSelect } from './TimeZoneSelect.js';

/** A candidate being added with the interview, as the form holds it. */
export interface NewCandidate {
  firstName: string;
  lastName: string;
  candidateEmail: string;
  candidateTimeZone: string | null;
  /** Their language; null: their browser's (Interview Link page), else the company's. */
  candidateLocale: string | null;
}

/** Where the interview API's names for the new candidate's fields land on the form. */
export const CANDIDATE_FIELDS = {
  'candidate.firstName': 'firstName',
  'candidate.lastName': 'lastName',
  'candidate.email': 'candidateEmail',
  'candidate.timeZone': 'candidateTimeZone',
  'candidate.locale': 'candidateLocale',
};

export const EMPTY_CANDIDATE: NewCandidate = {
  firstName: '',
  lastName: '',
  candidateEmail: '',
  candidateTimeZone: null,
  candidateLocale: null,
};

/** Prefills the new candidate from what was typed in the type-ahead. */
export function candidateFromTyped(typed: string): NewCandidate {
  if (typed.includes('@')) return { ...EMPTY_CANDIDATE, candidateEmail: typed };
  const [firstName = '', ...rest] = typed.split(/\s+/).filter(Boolean);
  return { ...EMPTY_CANDIDATE, firstName, lastName: rest.join(' ') };
}

/** The new candidate as the interview API takes it (`candidate`, added in the same write). */
export function candidatePayload(candidate: NewCandidate) {
  return {
    firstName: candidate.firstName.trim(),
    lastName: candidate.lastName.trim(),
    email: candidate.candidateEmail.trim(),
    timeZone: candidate.candidateTimeZone,
    locale: candidate.candidateLocale,
  };
}

/**
 * A candidate who already has the email typed for a new one (the API's 409), if that is it; a
 * nameless one is called so in `t`'s language (English unless given).
 */
export function existingCandidate(
  error: unknown,
  t: Translate<typeof interviewForm>,
): { id: string; name: string } | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const { existingId, existingName } = error.details ?? {};
  if (typeof existingId !== 'string') return null;
  return {
    id: existingId,
    name: typeof existingName === 'string' ? existingName : t('candidate.someone'),
  };
}

interface Props {
  form: UseFormReturnType<NewCandidate>;
  onBack(): void;
  /** Someone already has the email typed: offered, never used without asking. */
  existing?: { name: string; onUse(): void } | null;
}

/** First/last name, email, zone and language of a candidate being added with the interview. */
export function NewCandidateFields({ form, onBack, existing }: Props) {
  const t = useText(interviewForm);
  const languageText = useText(languages);
  const first = useRef<HTMLInputElement>(null);
  // Chosen from the type-ahead: carry on typing here.
  useEffect(() => first.current?.focus(), []);
  return (
    <Fieldset legend={t('candidate.legend')}>
      <Group grow align="flex-start">
        <TextInput
          label={t('candidate.firstName')}
          required
          ref={first}
          {...form.getInputProps('firstName')}
        />
        <TextInput label={t('candidate.lastName')} required {...form.getInputProps('lastName')} />
      </Group>
      <Group grow align="flex-start" mt="sm">
        <TextInput
          label={t('candidate.email')}
          type="email"
          required
          {...form.getInputProps('candidateEmail')}
        />
        <TimeZoneSelect
          label={t('candidate.zone')}
          placeholder={t('candidate.zonePlaceholder')}
          clearable
          {...form.getInputProps('candidateTimeZone')}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
        <LanguageSelect
          label={t('candidate.language')}
          description={t('candidate.languageHint', { hint: languageText('browser.hint') })}
          {...form.getInputProps('candidateLocale')}
        />
      </SimpleGrid>
      {existing && (
        <Alert color="yellow" mt="sm" title={t('candidate.existsTitle')}>
          <Group justify="space-between">
            <Text size="sm">{t('candidate.exists', { name: existing.name })}</Text>
            <Button size="xs" onClick={existing.onUse}>
              {t('candidate.use', { name: existing.name })}
            </Button>
          </Group>
        </Alert>
      )}
      <Button variant="subtle" size="xs" mt="sm" onClick={onBack}>
        {t('candidate.back')}
      </Button>
    </Fieldset>
  );
}
