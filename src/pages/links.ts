/**
 * The URL normalised (`href`) when it is absolute http(s), else null: a meeting link is only
 * rendered as a link when following it cannot run script or open a local file.
 */
export function webUrl(value: string | null): string | null {
  if (value === null) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

// Deliberately plain: no spaces, no second '@', nothing that starts mailto header fields.
const ADDRESS = /^[^\s@<>"'?&#%/\\]+@[^\s@<>"'?&#%/\\]+\.[^\s@<>"'?&#%/\\]+$/;

/** A `mailto:` href for an ordinary address, else null (the address is then shown as text). */
export function mailtoHref(email: string): string | null {
  return ADDRESS.test(email) ? `mailto:${email}` : null;
}
