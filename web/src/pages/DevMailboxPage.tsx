export function DevMailboxPage() {
  return null;
}
