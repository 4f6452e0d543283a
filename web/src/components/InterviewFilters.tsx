import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { interviews } from '../i18n/en/interviews.js';
import { useText } from '../i18n/text.js';
import { STATUS_KEYS } from '../types.js';

export interface Filters {
  status: string[];
  /** Calendar dates in the coordinator's zone, "YYYY-MM-DD". */
  from: string | null;
  to: string | null;
  q: string;
  /** By start time (default) or by status, needs attention first. */
  sort: 'startsAt' | 'status';
}

interface Props {
  value: Filters;
  onChange(patch: Partial<Filters>): void;
}

/** Search (debounced), statuses, order and date range above the Manage Interviews table. */
export function InterviewFilters({ value, onChange }: Props) {
  const t = useText(interviews);
  const statuses = Object.entries(STATUS_KEYS).map(([status, key]) => ({
    value: status,
    label: t(key),
  }));
  const [search, setSearch] = useState(value.q);
  const committed = useRef(value.q);
  const commitSearch = useDebouncedCallback((q: string) => {
    committed.current = q;
    onChange({ q });
  }, 250);
  // Cleared or changed from outside (Clear filters, Back): show it.
  useEffect(() => {
    if (value.q !== committed.current) {
      committed.current = value.q;
      setSearch(value.q);
    }
  }, [value.q]);
  return (
    <Group align="flex-end" wrap="wrap" role="search" aria-label={t('filters.label')}>
      <TextInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        type="search"
        w={260}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          commitSearch(e.currentTarget.value);
        }}
      />
      <MultiSelect
        label={t('filters.status')}
        placeholder={value.status.length ? undefined : t('filters.anyStatus')}
        data={statuses}
        value={value.status}
        onChange={(status) => onChange({ status })}
        clearable
        w={300}
      />
      <Select
        label={t('filters.sort')}
        data={[
          { value: 'startsAt', label: t('filters.byStart') },
          { value: 'status', label: t('filters.byStatus') },
        ]}
        value={value.sort}
        allowDeselect={false}
        onChange={(sort) => onChange({ sort: sort === 'status' ? 'status' : 'startsAt' })}
        w={240}
      />
      <DatePickerInput
        type="range"
        label={t('filters.dates')}
        placeholder={t('filters.anyDate')}
        clearable
        allowSingleDateInRange
        valueFormat="D MMM YYYY"
        value={[value.from, value.to]}
        onChange={([from, to]) => onChange({ from, to })}
        w={260}
      />
    </Group>
  );
}
