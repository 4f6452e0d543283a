import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { interviewForm } from '../i18n/en/interview-form.js';
import { useText } from '../i18n/text.js';
import { userQueries } from '../queries.js';
import type { User } from '../types.js';

/** The people an interview may have on its panel, as the picker has seen them. */
export type KnownPerson = Pick<User, 'id' | 'name' | 'email' | 'timeZone' | 'workingHours'>;
export type KnownPeople = ReadonlyMap<string, KnownPerson>;

interface Props {
  value: string[];
  onChange(ids: string[]): void;
  /** Everyone the picker has shown so far, chosen or not: their names, zones and hours by id. */
  onKnown?(people: KnownPeople): void;
  /** People already on the panel, known by name before any search finds them. */
  initialKnown?: readonly KnownPerson[];
  error?: ReactNode;
}

/**
 * Interviewers, found by the server as their name or email is typed (accents and case aside), so
 * a team of any size can be searched; active users only. Chosen people keep their names while
 * other searches run.
 */
export function InterviewerPicker({ value, onChange, onKnown, initialKnown, error }: Props) {
  const t = useText(interviewForm);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const found = useQuery({
    ...userQueries.list({ active: true, limit: 20, ...(debounced ? { q: debounced } : {}) }),
    staleTime: 30_000,
  });
  const [known, setKnown] = useState<Map<string, KnownPerson>>(
    () => new Map(initialKnown?.map((u) => [u.id, u])),
  );
  useEffect(() => {
    const items = found.data?.items ?? [];
    if (items.every((u) => known.has(u.id))) return;
    const next = new Map(known);
    for (const user of items) next.set(user.id, user);
    setKnown(next);
  }, [found.data, known]);
  useEffect(() => onKnown?.(known), [known, onKnown]);

  const shown = found.data?.items ?? [];
  // What is chosen stays in the list (with its name) whatever the search shows.
  const data = [
    ...value.flatMap((id) => {
      const user = known.get(id);
      return user ? [{ value: id, label: user.name }] : [];
    }),
    ...shown
      .filter((u) => !value.includes(u.id))
      .map((u) => ({ value: u.id, label: u.name, email: u.email })),
  ];
  return (
    <MultiSelect
      label={t('picker.interviewers')}
      placeholder={value.length ? undefined : t('picker.placeholder')}
      required
      searchable
      hidePickedOptions
      // The server filters; the list shows what it found.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      value={value}
      onChange={(ids) => {
        onChange(ids);
        setSearch('');
      }}
      nothingFoundMessage={
        found.isFetching
          ? t('picker.searchingNow')
          : t(debounced ? 'picker.nobody' : 'picker.noActive')
      }
      error={error ?? (found.isError ? found.error.message : undefined)}
    />
  );
}
