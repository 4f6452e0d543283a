import { Group, MultiSelect, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import type { Page, User } from '../types.js';
import { type WhenErrors, WhenFields, type WhenValue } from './WhenFields.js';

/** The interview's own fields, as the Create interview form edits them. */
export interface InterviewDetails {
  title: string;
  jobTitle: string;
  interviewerIds: string[];
  location: string;
  meetingUrl: string;
  notes: string;
}

type Errors = WhenErrors & Partial<Record<keyof InterviewDetails, string | undefined>>;

interface Props {
  value: InterviewDetails;
  when: WhenValue;
  onChange(patch: Partial<InterviewDetails>): void;
  onWhenChange(patch: Partial<WhenValue>): void;
  errors: Errors;
}

/** Interviewers, title, job, when, where and notes. */
export function InterviewDetailsFields({ value, when, onChange, onWhenChange, errors }: Props) {
  const users = useQuery({
    // Deactivated users cannot be invited to new interviews from here.
    queryKey: ['users', 'active'],
    queryFn: () => api<Page<User>>('GET', '/users?active=true&limit=100'),
    staleTime: 60_000,
  });
  const people = (users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  return (
    <>
      <MultiSelect
        label="Interviewers"
        placeholder={value.interviewerIds.length ? undefined : 'Type a name'}
        required
        searchable
        hidePickedOptions
        data={people}
        value={value.interviewerIds}
        onChange={(interviewerIds) => onChange({ interviewerIds })}
        error={errors.interviewerIds ?? (users.isError ? users.error.message : undefined)}
        nothingFoundMessage={users.isPending ? 'Loading…' : 'Nobody by that name'}
      />
      <Group grow align="flex-start">
        <TextInput
          label="Interview title"
          placeholder="e.g. Technical interview"
          required
          value={value.title}
          onChange={(e) => onChange({ title: e.currentTarget.value })}
          error={errors.title}
        />
        <TextInput
          label="Job title"
          placeholder="Optional"
          value={value.jobTitle}
          onChange={(e) => onChange({ jobTitle: e.currentTarget.value })}
          error={errors.jobTitle}
        />
      </Group>
      <WhenFields value={when} onChange={onWhenChange} errors={errors} />
      <WhereFields value={value} onChange={onChange} errors={errors} />
      <Textarea
        label="Notes"
        placeholder="Shown to every participant"
        autosize
        minRows={2}
        maxRows={6}
        value={value.notes}
        onChange={(e) => onChange({ notes: e.currentTarget.value })}
        error={errors.notes}
      />
    </>
  );
}

interface WhereProps {
  value: { location: string; meetingUrl: string };
  onChange(patch: { location?: string; meetingUrl?: string }): void;
  errors: { location?: string | undefined; meetingUrl?: string | undefined };
}

/** Location and meeting link; shared with Reschedule. */
export function WhereFields({ value, onChange, errors }: WhereProps) {
  return (
    <Group grow align="flex-start">
      <TextInput
        label="Location"
        placeholder="e.g. Berlin office, room 3"
        value={value.location}
        onChange={(e) => onChange({ location: e.currentTarget.value })}
        error={errors.location}
      />
      <TextInput
        label="Meeting link"
        placeholder="https://…"
        type="url"
        value={value.meetingUrl}
        onChange={(e) => onChange({ meetingUrl: e.currentTarget.value })}
        error={errors.meetingUrl}
      />
    </Group>
  );
}
