/** The one way timestamps are written: ISO 8601 in UTC with milliseconds. */
export function toDbTime(date: Date): string {
  return date.toISOString();
}

/** Now, as stored. */
export function nowDbTime(): string {
  return new Date().toISOString();
}
