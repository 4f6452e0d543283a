import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { interviewForm } from '../i18n/en/interview-form.js';
import { useText } from '../i18n/text.js';
import { candidateQueries } from '../queries.js';
import type { Candidate } from '../types.js';

const ADD_NEW = '__add_new__';

export function fullName(candidate: Pick<Candidate, 'firstName' | 'lastName'>): string {
  return `${candidate.firstName} ${candidate.lastName}`.trim();
}

interface Props {
  value: Candidate | null;
  onChange(candidate: Candidate | null): void;
  /** "Add new candidate" chosen; gets what was typed, to prefill the name. */
  onAddNew(typed: string): void;
  error?: ReactNode;
}

/** Candidate type-ahead over GET /candidates?q=, with an "Add new candidate" option. */
export function CandidatePicker({ value, onChange, onAddNew, error }: Props) {
  const t = useText(interviewForm);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState(value ? fullName(value) : '');
  const [debounced] = useDebouncedValue(search, 200);
  const q = value && search === fullName(value) ? '' : debounced.trim();
  const results = useQuery({ ...candidateQueries.search(q), enabled: combobox.dropdownOpened });
  const items = results.data?.items ?? [];

  const choose = (id: string) => {
    combobox.closeDropdown();
    if (id === ADD_NEW) {
      onChange(null);
      onAddNew(search.trim());
      return;
    }
    const candidate = items.find((c) => c.id === id);
    if (!candidate) return;
    onChange(candidate);
    setSearch(fullName(candidate));
  };

  return (
    <Combobox store={combobox} onOptionSubmit={choose}>
      <Combobox.Target>
        <TextInput
          label={t('picker.candidate')}
          placeholder={t('picker.placeholder')}
          required
          value={search}
          error={error}
          description={value ? value.email : undefined}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            if (value) onChange(null);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            if (value) setSearch(fullName(value));
          }}
          rightSection={
            results.isFetching ? <Loader size={16} aria-label={t('picker.searching')} /> : null
          }
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options aria-label={t('picker.candidates')}>
          {results.isError && <Combobox.Empty>{results.error.message}</Combobox.Empty>}
          {items.map((c) => (
            <Combobox.Option value={c.id} key={c.id} active={c.id === value?.id}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm">{fullName(c)}</Text>
                <Text size="xs" c="dimmed">
                  {c.email}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
          <Combobox.Option value={ADD_NEW}>
            <Text size="sm" fw={500} c="indigo">
              {t('picker.addNew')}
            </Text>
          </Combobox.Option>
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
