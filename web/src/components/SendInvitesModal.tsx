/** Props of the Send Invites window (DESIGN §1); built in SendInvitesModal.tsx. */
export interface SendInvitesModalProps {
  /** The interview to invite for; null keeps the window closed. */
  interviewId: string | null;
  onClose(): void;
}

export function SendInvitesModal(_props: SendInvitesModalProps) {
  return null;
}
