import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { languages } from '../i18n/en/languages.js';
import { useText } from '../i18n/text.js';
import { BROWSER_LANGUAGE, languageOptions, pickedLocale, pickerValue } from '../languages.js';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  /** The person's locale; null: their browser's language (pages), else the company's (emails). */
  value?: string | null;
  onChange(locale: string | null): void;
};

/**
 * The language Convene writes to a person in: "Browser’s language" or a shipped language by its
 * own name (each option marked with its language, so a screen reader says it right).
 */
export function LanguageSelect({ value = null, onChange, ...props }: Props) {
  const t = useText(languages);
  const data = useMemo(() => languageOptions(value, t), [value, t]);
  return (
    <Select
      allowDeselect={false}
      {...props}
      data={data}
      value={pickerValue(value)}
      onChange={(picked) => onChange(pickedLocale(picked))}
      renderOption={({ option }) =>
        option.value === BROWSER_LANGUAGE ? (
          option.label
        ) : (
          <span lang={option.value}>{option.label}</span>
        )
      }
    />
  );
}
