import { Group, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { scheduling as words } from '../i18n/en/scheduling.js';
import { useText } from '../i18n/text.js';
import { MAX_WINDOW_DAYS, type WindowDays } from '../scheduling-window.js';
import { useSession } from '../session.js';
import { addDays } from '../zoned-time.js';

interface Props {
  form: UseFormReturnType<WindowDays>;
  /** Today in the coordinator's zone: no earlier day can be picked. */
  today: string;
}

/** The first and last day the candidate may pick a time on, whole days in the user's zone. */
export function RequestWindowFields({ form, today }: Props) {
  const t = useText(words);
  const { user } = useSession();
  const { fromDate } = form.values;
  return (
    <div>
      <Group grow align="flex-start">
        <DatePickerInput
          label={t('window.first')}
          placeholder={t('window.pick')}
          required
          minDate={today}
          valueFormat="ddd D MMM YYYY"
          {...form.getInputProps('fromDate')}
        />
        <DatePickerInput
          label={t('window.last')}
          placeholder={t('window.pick')}
          required
          minDate={fromDate && fromDate > today ? fromDate : today}
          maxDate={fromDate ? addDays(fromDate, MAX_WINDOW_DAYS - 1) : undefined}
          valueFormat="ddd D MMM YYYY"
          {...form.getInputProps('toDate')}
        />
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t('window.hint', { zone: user.timeZone, max: MAX_WINDOW_DAYS })}
      </Text>
    </div>
  );
}
