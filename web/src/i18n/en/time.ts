import { catalog } from '../catalog.js';

/**
 * Durations and working hours, as the interview screens, the scheduling requests and the users
 * list write them (format.ts, working-hours.ts). Day names come from Intl (date-locale.ts).
 */
export const time = catalog('time', {
  'duration.hours': '{hours} h',
  'duration.minutes': '{minutes} min',
  'duration.hoursMinutes': '{hours} h {minutes} min',
  'hours.outside': '{when} for {name}, {zone} — outside working hours',
  'hours.timeOff': '{when} for {name}, {zone} — on time off',
  'hours.usual': '{week} (usual)',
});
