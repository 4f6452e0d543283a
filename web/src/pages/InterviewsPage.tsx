export function InterviewsPage() {
  return null;
}
