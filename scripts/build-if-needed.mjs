// `npm start` runs this first: it builds the server and the web app when either is missing or
// older than its sources, so a fresh clone needs only `npm ci && npm start`.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const sources = Math.max(
  newest('src'),
  newest('web'),
  newest('package-lock.json'),
  newest('vite.config.ts'),
);
const outputs = ['dist/server.js', 'dist/worker.js', 'dist/web/index.html'];
const built = Math.min(...outputs.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
if (built > sources) {
  console.log('Convene is built and up to date.');
} else {
  console.log('Building Convene (server and web app)…');
  // Always a production build: run from a test (NODE_ENV=test), Vite would otherwise bundle
  // React's development build, which is neither what users get nor what the budgets measure.
  execSync('npm run build', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
