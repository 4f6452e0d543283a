import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { STATUS_LABELS } from '../types.js';

export interface Filters {
  status: string[];
  /** Calendar dates in the coordinator's zone, "YYYY-MM-DD". */
  from: string | null;
  to: string | null;
  q: string;
  /** By start time (default) or by status, needs attention first. */
  sort: 'startsAt' | 'status';
}

const STATUS_OPTIONS = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }));

interface Props {
  value: Filters;
  onChange(patch: Partial<Filters>): void;
}

/** Search (debounced), statuses, order and date range above the Manage Interviews table. */
export function InterviewFilters({ value, onChange }: Props) {
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
    <Group align="flex-end" wrap="wrap" role="search" aria-label="Filter interviews">
      <TextInput
        label="Search"
        placeholder="Candidate, interviewer, job or title"
        type="search"
        w={260}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          commitSearch(e.currentTarget.value);
        }}
      />
      <MultiSelect
        label="Status"
        placeholder={value.status.length ? undefined : 'Any status'}
        data={STATUS_OPTIONS}
        value={value.status}
        onChange={(status) => onChange({ status })}
        clearable
        w={300}
      />
      <Select
        label="Sort by"
        data={[
          { value: 'startsAt', label: 'Start time' },
          { value: 'status', label: 'Status (needs attention first)' },
        ]}
        value={value.sort}
        allowDeselect={false}
        onChange={(sort) => onChange({ sort: sort === 'status' ? 'status' : 'startsAt' })}
        w={240}
      />
      <DatePickerInput
        type="range"
        label="Dates"
        placeholder="Any date"
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
