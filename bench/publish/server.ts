/**
 * The fake SNS endpoint as a child process of the benchmark, so the benchmark's RSS is the
 * publisher's alone. Talks to its parent over the IPC channel.
 */
import { startFakeSns } from './fake-sns.js';

type Request =
  { type: 'stats' } | { type: 'reset' } | { type: 'missing'; prefix: string; n: number } | { type: 'stop' };

const latencyMs = Number(process.env.FAKE_SNS_LATENCY_MS ?? '20');
const fake = await startFakeSns({ latencyMs });
const send = (msg: unknown): void => {
  process.send?.(msg);
};
send({ type: 'ready', endpoint: fake.endpoint });
process.on('message', (raw: unknown) => {
  const req = raw as Request & { seq: number };
  switch (req.type) {
    case 'stats':
      send({ seq: req.seq, stats: fake.stats(), cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000 });
      break;
    case 'reset':
      fake.reset();
      send({ seq: req.seq });
      break;
    case 'missing': {
      let missing = 0;
      for (let i = 0; i < req.n; i++) if (fake.count(`${req.prefix}${i}`) === 0) missing++;
      send({ seq: req.seq, missing });
      break;
    }
    case 'stop':
      void fake.stop().then(() => {
        send({ seq: req.seq });
        process.disconnect();
      });
      break;
  }
});
