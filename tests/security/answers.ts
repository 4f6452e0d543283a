/**
 * What every answer to hostile input must look like: a refusal is a 4xx in the error format
 * without internals, an acceptance a 2xx (or a form's 303), and nosniff on both.
 */

type Answer = { statusCode: number; headers: Record<string, unknown>; body: string; data: unknown };

// A V8 stack frame, a source path or an exception name: none may reach a client.
const LEAK = /\n\s+at \S|node_modules|\/src\/|\.ts:\d|TypeError|SyntaxError|RangeError|SqliteError/;

/** A refusal must be a 4xx in the error format without internals; an acceptance, 2xx/303. */
export function answerProblems(answer: Answer, html = false): string[] {
  const { statusCode: status } = answer;
  const problems: string[] = [];
  if (status >= 500) problems.push(`answered ${status}: ${answer.body.slice(0, 200)}`);
  if (LEAK.test(answer.body)) problems.push(`leaks internals: ${answer.body.slice(0, 200)}`);
  if (answer.headers['x-content-type-options'] !== 'nosniff') problems.push('no nosniff');
  if (status >= 400 && status < 500) {
    const type = String(answer.headers['content-type'] ?? '');
    if (html && type.startsWith('text/html')) {
      if (!answer.headers['content-security-policy']) problems.push(`${status} page without CSP`);
    } else {
      const error = (answer.data as { error?: { code?: unknown; message?: unknown } })?.error;
      if (typeof error?.code !== 'string' || typeof error.message !== 'string') {
        problems.push(`${status} without {error:{code,message}}: ${answer.body.slice(0, 200)}`);
      }
    }
  }
  return problems;
}
