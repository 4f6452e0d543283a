// A counting SMTP sink, run in its own process (bench/lib/sink.ts forks it) so receiving mail
// does not share the measured process's event loop. It keeps one sample message, not the rest.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

let count = 0;
let bytes = 0;
let sample: string | undefined;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    const keep = sample === undefined;
    stream.on('data', (c: Buffer) => {
      bytes += c.length;
      if (keep) chunks.push(c);
    });
    stream.on('end', () => {
      count += 1;
      if (keep && sample === undefined) sample = Buffer.concat(chunks).toString('utf8');
      callback();
    });
  },
});
server.on('error', () => undefined);

process.on('message', (message: { type: string }) => {
  if (message.type === 'count') process.send?.({ type: 'count', count, bytes });
  if (message.type === 'sample') process.send?.({ type: 'sample', sample: sample ?? '' });
  if (message.type === 'reset') {
    count = 0;
    bytes = 0;
    process.send?.({ type: 'reset' });
  }
  if (message.type === 'close') server.close(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  const { port } = server.server.address() as AddressInfo;
  process.send?.({ type: 'ready', port });
});
