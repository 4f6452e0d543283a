export function InterviewDetailsPage() {
  return null;
}
