import { benchConfirm } from './confirm.js';
await benchConfirm((process.env.ENGINE as 'sqlite' | 'postgres') ?? 'postgres');
process.exit(0);
