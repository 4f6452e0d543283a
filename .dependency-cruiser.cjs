// The import rules between Convene's layers (STYLE.md, Layout; ADR 004), checked on real,
// resolved paths by `npm run lint`. scripts/check-layer-rules.mjs plants a violation of each
// kind and expects this to fail, so a rule that stopped biting would be noticed.

// The use-case folders, each above the ones before it: a folder may import those before it, never
// those after it, so no two folders depend on each other (a cycle between folders is a cycle
// between modules waiting to happen). messages/ holds what composing and queueing participants'
// messages needs, shared by the interview use cases (update, cancel) and the invite ones.
const USE_CASE_ORDER = [
  'branding',
  'people',
  'auth',
  'templates',
  'messages',
  'calendars',
  'availability',
  'interviews',
  'invites',
  'scheduling',
  'webhooks',
  'dev-mailbox',
];
const USE_CASES = `(${USE_CASE_ORDER.join('|')})`;
const ENTRIES = '^src/(server|worker)[.]ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle makes two modules one: split what both need into a third.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment: 'domain/ imports only other domain/ files (and libraries that do no I/O).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(?!domain/)' },
    },
    {
      name: 'domain-does-no-io',
      comment: 'Storage, HTTP and mail belong to the outer layers.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        path: [
          '^(node:)?(fs|net|http|https|child_process)$',
          'node_modules/(pg|better-sqlite3|kysely|fastify|@fastify/[^/]+|nodemailer|smtp-server|imapflow|undici)/',
        ],
      },
    },
    {
      name: 'shapes-are-plain-data',
      comment:
        'shapes/ is the API’s JSON shapes: it imports only domain/ (its constant lists) and TypeBox, so the web app may take its types (ADR 011).',
      severity: 'error',
      from: { path: '^src/shapes/' },
      to: { path: ['^src/(?!(shapes|domain)/)', 'node_modules/(?!typebox/)'] },
    },
    {
      name: 'shapes-do-no-io',
      severity: 'error',
      from: { path: '^src/shapes/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'storage-and-mail-below-use-cases',
      comment: 'db/ and mail/ sit below the use cases, HTTP and the entry points.',
      severity: 'error',
      from: { path: '^src/(db|mail)/' },
      to: {
        path: [
          `^src/${USE_CASES}/`,
          '^src/(http|pages)/',
          ENTRIES,
          'node_modules/(fastify|@fastify/[^/]+)/',
        ],
      },
    },
    {
      name: 'storage-below-mail',
      comment: 'db/ is the bottom layer above domain/: mail/ may use it, not the reverse.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/mail/' },
    },
    ...USE_CASE_ORDER.slice(0, -1).map((folder, i) => ({
      name: 'use-cases-in-order',
      comment: `${folder}/ sits below ${USE_CASE_ORDER.slice(i + 1).join(', ')}: it may not import them.`,
      severity: 'error',
      from: { path: `^src/${folder}/` },
      to: { path: `^src/(${USE_CASE_ORDER.slice(i + 1).join('|')})/` },
    })),
    {
      name: 'net-is-low',
      comment:
        'net/ (outbound HTTP under the SSRF rule) uses domain/ and libraries: webhooks and calendars share it.',
      severity: 'error',
      from: { path: '^src/net/' },
      to: { path: '^src/(?!(net|domain)/)' },
    },
    {
      name: 'crypto-is-a-leaf',
      comment:
        'crypto/ (secrets, hashing, the secret box) uses Node’s crypto and nothing of Convene.',
      severity: 'error',
      from: { path: '^src/crypto/' },
      to: { path: '^src/(?!crypto/)' },
    },
    {
      name: 'use-cases-below-http',
      comment: 'Use cases know nothing of HTTP: routes call them, not the other way round.',
      severity: 'error',
      from: { path: `^src/${USE_CASES}/` },
      to: { path: ['^src/(http|pages)/', ENTRIES, 'node_modules/(fastify|@fastify/[^/]+)/'] },
    },
    {
      name: 'nothing-imports-the-entry-points',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: ENTRIES },
    },
    {
      name: 'web-shares-only-types',
      comment: 'The web app may import the server’s types, never its code.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-takes-types-from-one-module',
      comment:
        'Only web/src/types.ts reaches into the server, and only into src/shapes/ (ADR 011).',
      severity: 'error',
      from: { path: '^web/', pathNot: '^web/src/types[.]ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'web-types-are-the-api-shapes',
      severity: 'error',
      from: { path: '^web/src/types[.]ts$' },
      to: { path: '^src/(?!shapes/)' },
    },
    {
      name: 'server-never-imports-web',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^web/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a cycle through types is still a cycle between modules.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '[.]test[.]tsx?$' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
