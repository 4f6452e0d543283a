// Proves the layer rules bite (STYLE.md rule 13: "a rule that is not checked is a wish"): plants
// one violation of each kind in the tree, runs dependency-cruiser with the project's rules, and
// fails unless every planted violation is reported under its rule. The planted files are removed
// afterwards whatever happens (and are git-ignored should a run be killed).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const PLANTED = '__planted-violation';
const plants = [
  ['src/db/__planted-violation.ts', "import '../http/app.js';", 'storage-and-mail-below-use-cases'],
  [
    'src/mail/__planted-violation.ts',
    "import '../invites/send-invites.js';",
    'storage-and-mail-below-use-cases',
  ],
  ['src/db/__planted-violation-b.ts', "import 'fastify';", 'storage-and-mail-below-use-cases'],
  ['src/domain/__planted-violation.ts', "import '../db/database.js';", 'domain-is-pure'],
  ['src/domain/__planted-violation-b.ts', "import 'node:fs';", 'domain-does-no-io'],
  ['src/invites/__planted-violation.ts', "import '../http/app.js';", 'use-cases-below-http'],
  [
    'src/people/__planted-violation.ts',
    "import '../server.js';",
    'nothing-imports-the-entry-points',
  ],
  [
    'web/src/__planted-violation.ts',
    "import { loadConfig } from '../../src/config.js';\nloadConfig();",
    'web-shares-only-types',
  ],
  [
    'src/db/__planted-violation-cycle-a.ts',
    "import './__planted-violation-cycle-b.js';",
    'no-cycles',
  ],
  ['src/shapes/__planted-violation.ts', "import '../db/database.js';", 'shapes-are-plain-data'],
  ['src/shapes/__planted-violation-b.ts', "import 'node:fs';", 'shapes-do-no-io'],
  ['src/shapes/__planted-violation-c.ts', "import 'kysely';", 'shapes-are-plain-data'],
  [
    'web/src/pages/__planted-violation.ts',
    "import type { Config } from '../../../src/config.js';\nexport type C = Config;",
    'web-takes-types-from-one-module',
  ],
  ['src/people/__planted-violation-b.ts', "import '../auth/sign-in.js';", 'use-cases-in-order'],
  [
    'src/interviews/__planted-violation.ts',
    "import '../invites/send-invites.js';",
    'use-cases-in-order',
  ],
  [
    'src/messages/__planted-violation.ts',
    "import '../interviews/lock-interview.js';",
    'use-cases-in-order',
  ],
  ['src/crypto/__planted-violation.ts', "import '../db/time.js';", 'crypto-is-a-leaf'],
  ['src/net/__planted-violation.ts', "import '../db/time.js';", 'net-is-low'],
  // The other half of the cycle: dependency-cruiser reports a cycle once, from its first file.
  ['src/db/__planted-violation-cycle-b.ts', "import './__planted-violation-cycle-a.js';", null],
];

let report;
try {
  for (const [file, code] of plants) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${code}\nexport {};\n`);
  }
  const args = ['depcruise', 'src', 'web/src', '--config', '.dependency-cruiser.cjs'];
  let output;
  try {
    output = execFileSync('npx', [...args, '--output-type', 'json'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // Some versions exit non-zero on violations even with the JSON report: the report is kept.
    output = error.stdout;
  }
  report = JSON.parse(output);
} finally {
  for (const [file] of plants) rmSync(file, { force: true });
}

const found = report.summary.violations;
const missed = plants.filter(
  ([file, , rule]) => rule && !found.some((v) => v.rule.name === rule && v.from === file),
);
const unexpected = found.filter((v) => !v.from.includes(PLANTED));
if (missed.length > 0 || unexpected.length > 0) {
  for (const [file, , rule] of missed)
    console.error(`layer rules did not catch ${rule} in ${file}`);
  for (const v of unexpected)
    console.error(`violation outside the planted files: ${v.rule.name} ${v.from} → ${v.to}`);
  process.exit(1);
}
console.log(`layer rules bite: all ${plants.length} planted violations were reported`);
