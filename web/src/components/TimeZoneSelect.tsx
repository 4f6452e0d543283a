import { type ComboboxItem, Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { people } from '../i18n/en/people.js';
import { useText } from '../i18n/text.js';
import { type ZoneOption, zoneMatches, zoneOptions } from '../time-zones.js';

type Props = Omit<SelectProps, 'data' | 'filter' | 'searchable'>;

/**
 * A time-zone picker: current IANA names with their UTC offset and country, found by city,
 * country, old name or offset ("Kolkata", "India", "Calcutta", "+05:30").
 */
export function TimeZoneSelect(props: Props) {
  const t = useText(people);
  const options = useMemo(() => zoneOptions(), []);
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  return (
    <Select
      searchable
      nothingFoundMessage={t('fields.noZone')}
      limit={50}
      {...props}
      data={options.map(({ value, label }) => ({ value, label }))}
      filter={({ options: shown, search, limit }) =>
        shown
          .filter((item) => {
            const zone = byValue.get((item as ComboboxItem).value) as ZoneOption | undefined;
            return zone ? zoneMatches(zone, search) : false;
          })
          .slice(0, limit)
      }
    />
  );
}
