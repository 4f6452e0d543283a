import { Button, Fieldset, Group, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { ApiError, api } from '../api.js';
import type { Candidate } from '../types.js';
import { TimeZoneSelect } from './TimeZoneSelect.js';

/** A candidate being added with the interview, as the form holds it. */
export interface NewCandidate {
  firstName: string;
  lastName: string;
  candidateEmail: string;
  candidateTimeZone: string | null;
}

/** Where the candidate API's field names land on the form (the interview has a timeZone too). */
export const CANDIDATE_FIELDS = { email: 'candidateEmail', timeZone: 'candidateTimeZone' };

export const EMPTY_CANDIDATE: NewCandidate = {
  firstName: '',
  lastName: '',
  candidateEmail: '',
  candidateTimeZone: null,
};

/** Prefills the new candidate from what was typed in the type-ahead. */
export function candidateFromTyped(typed: string): NewCandidate {
  if (typed.includes('@')) return { ...EMPTY_CANDIDATE, candidateEmail: typed };
  const [firstName = '', ...rest] = typed.split(/\s+/).filter(Boolean);
  return { ...EMPTY_CANDIDATE, firstName, lastName: rest.join(' ') };
}

/** A failure while adding the candidate, kept apart from the interview's own field errors. */
export class CandidateError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
  }
}

/** POST /candidates; an existing candidate with that email (409) is used instead. */
export async function saveCandidate(candidate: NewCandidate): Promise<string> {
  try {
    const created = await api<Candidate>('POST', '/candidates', {
      firstName: candidate.firstName.trim(),
      lastName: candidate.lastName.trim(),
      email: candidate.candidateEmail.trim(),
      timeZone: candidate.candidateTimeZone,
    });
    return created.id;
  } catch (error) {
    const existing = error instanceof ApiError ? error.details?.existingId : undefined;
    if (error instanceof ApiError && error.status === 409 && typeof existing === 'string') {
      return existing;
    }
    if (error instanceof ApiError) throw new CandidateError(error);
    throw error;
  }
}

interface Props {
  form: UseFormReturnType<NewCandidate>;
  onBack(): void;
}

/** First/last name, email and zone of a candidate being added with the interview. */
export function NewCandidateFields({ form, onBack }: Props) {
  const first = useRef<HTMLInputElement>(null);
  // Chosen from the type-ahead: carry on typing here.
  useEffect(() => first.current?.focus(), []);
  return (
    <Fieldset legend="New candidate">
      <Group grow align="flex-start">
        <TextInput label="First name" required ref={first} {...form.getInputProps('firstName')} />
        <TextInput label="Last name" required {...form.getInputProps('lastName')} />
      </Group>
      <Group grow align="flex-start" mt="sm">
        <TextInput
          label="Candidate email"
          type="email"
          required
          {...form.getInputProps('candidateEmail')}
        />
        <TimeZoneSelect
          label="Candidate time zone"
          placeholder="Unknown: use the interview's"
          clearable
          {...form.getInputProps('candidateTimeZone')}
        />
      </Group>
      <Button variant="subtle" size="xs" mt="sm" onClick={onBack}>
        Choose an existing candidate instead
      </Button>
    </Fieldset>
  );
}
