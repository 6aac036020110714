/** The wait loop's own logic (no queues configured) and the dead-letter reasons. */
import { describe, expect, it } from 'vitest';
import { SQSClient } from '@aws-sdk/client-sqs';
import { RecordingLogger } from '../src/logging.js';
import { StageError } from '../src/errors.js';
import { deadLetterReason, matchDeadLetter, parseEnvelope, type DlqMessage } from '../src/targets/maap/dead-letters.js';
import { RunLedger } from '../src/targets/maap/ledger.js';
import { waitStage } from '../src/stages/wait.js';
import { createPipelineWatch } from '../src/targets/maap/pipeline.js';

const sqs = new SQSClient({
  region: 'us-west-2',
  endpoint: 'http://127.0.0.1:9',
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
});
function clock() {
  let t = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
  };
}
function ledgerWith(keys: string[], failed: string[] = []): RunLedger {
  const l = new RunLedger('r', new Date(0).toISOString());
  keys.forEach((key, i) =>
    l.record({
      key,
      origin: { file: 'f', line: i + 1 },
      topicArn: 't',
      messageId: `m-${key}`,
      status: 'published',
      attempts: 1,
    }),
  );
  failed.forEach((key) =>
    l.record({
      key,
      origin: { file: 'f' },
      topicArn: 't',
      status: 'failed',
      error: { code: 'Throttling', message: 'x' },
      attempts: 6,
    }),
  );
  return l;
}
const dlq = (message: string, extra: Record<string, unknown> = {}): DlqMessage => {
  const body = JSON.stringify({ MessageId: 'sns-1', Message: message, Timestamp: '2026-01-01T00:00:00Z', ...extra });
  const env = parseEnvelope(body);
  return { sqsMessageId: 'q1', receiptHandle: 'h', body, ...(env ? { envelope: env } : {}) };
};

describe('the wait stage', () => {
  it('completes once everything landed, backing off between quiet polls and resetting on progress', async () => {
    const t = clock();
    const landing = [['item:c/a'], [], [], ['item:c/b']];
    let poll = 0;
    const r = await waitStage(
      {
        awaited: [{ key: 'item:c/a' }, { key: 'item:c/b' }],
        landed: async () => new Set(landing[poll++] ?? []),
      },
      { logger: new RecordingLogger(), sleep: t.sleep, now: t.now },
      { timeoutMs: 600_000, pollIntervalMs: 1000, maxPollIntervalMs: 2000 },
    );
    expect(r.state).toBe('complete');
    expect(r.polls).toBe(4);
    expect(t.sleeps).toEqual([1000, 1500, 2000]);
  });

  it('the MAAP watch does not wait for entries whose publish failed, and reports them', async () => {
    const t = clock();
    const ledger = ledgerWith(['item:c/a'], ['item:c/b']);
    const awaited = [{ key: 'item:c/a' }, { key: 'item:c/b' }];
    const checked: string[][] = [];
    const r = await waitStage(
      {
        awaited,
        watch: createPipelineWatch({ ledger, awaited, queues: {} }, { sqs, sleep: t.sleep }),
        landed: async (keys) => {
          checked.push(keys);
          return new Set(keys);
        },
      },
      { logger: new RecordingLogger(), sleep: t.sleep, now: t.now },
      { timeoutMs: 10_000 },
    );
    expect(r).toMatchObject({
      state: 'settled',
      landed: ['item:c/a'],
      settled: [{ key: 'item:c/b', state: 'failed', reason: 'not published' }],
    });
    expect(checked).toEqual([['item:c/a']]);
  });

  it('retries a failing catalog check, and gives up with a StageError when it keeps failing', async () => {
    const t = clock();
    let calls = 0;
    const logger = new RecordingLogger();
    const ok = await waitStage(
      {
        awaited: [{ key: 'item:c/a' }],
        landed: async (keys) => {
          if (++calls < 3) throw new Error('ECONNREFUSED 127.0.0.1:8082');
          return new Set(keys);
        },
      },
      { logger, sleep: t.sleep, now: t.now },
      { timeoutMs: 600_000, pollIntervalMs: 10 },
    );
    expect(ok.state).toBe('complete');
    expect(logger.records.filter((x) => x.level === 'warning').map((x) => x.message)).toEqual([
      expect.stringContaining('ECONNREFUSED'),
      expect.stringContaining('attempt 2 of 3'),
    ]);
    const err = await waitStage(
      {
        awaited: [{ key: 'item:c/a' }],
        landed: async () => {
          throw new Error('down');
        },
      },
      { logger: new RecordingLogger(), sleep: t.sleep, now: t.now },
      { timeoutMs: 600_000, pollIntervalMs: 10 },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StageError);
    expect((err as Error).message).toContain('cannot check what landed');
  });
});

describe('dead-letter matching and reasons', () => {
  it(
    'matches by our MessageId; by object id only for expected keys without a ledger record, ' +
      'and not for older messages',
    () => {
      const ledger = ledgerWith(['item:c/a']);
      const mine = { ...dlq('{}'), envelope: { MessageId: 'm-item:c/a', Message: '{}' } };
      expect(matchDeadLetter(mine, 'loader', { ledger, expectedByIdOnly: new Set(), notBefore: 0 })).toMatchObject({
        key: 'item:c/a',
        matchedBy: 'message-id',
      });
      const gen = dlq(JSON.stringify({ type: 'Feature', id: 'g', collection: 'c' }));
      expect(
        matchDeadLetter(gen, 'loader', { ledger, expectedByIdOnly: new Set(['item:c/g']), notBefore: 0 }),
      ).toMatchObject({ key: 'item:c/g', matchedBy: 'object-id' });
      expect(
        matchDeadLetter({ ...gen, sentTimestamp: 5 }, 'loader', {
          ledger,
          expectedByIdOnly: new Set(['item:c/g']),
          notBefore: 10,
        }),
      ).toBeUndefined();
      expect(
        matchDeadLetter(gen, 'generator', { ledger, expectedByIdOnly: new Set(['item:c/g']), notBefore: 0 }),
      ).toBeUndefined();
      // same id as one of ours, but another publisher's message
      const other = dlq(JSON.stringify({ type: 'Feature', id: 'a', collection: 'c' }));
      expect(matchDeadLetter(other, 'loader', { ledger, expectedByIdOnly: new Set(), notBefore: 0 })).toBeUndefined();
    },
  );

  it('says what it can about why', () => {
    expect(deadLetterReason(dlq('{not json'), 'loader', 2)).toContain('not valid JSON');
    expect(deadLetterReason(dlq(JSON.stringify({ type: 'Feature', id: 'x' })), 'loader', 2)).toBe(
      'the item has no `collection`',
    );
    expect(deadLetterReason(dlq(JSON.stringify({ id: 'x' })), 'loader', 2)).toContain('no `type`');
    expect(
      deadLetterReason(
        dlq(JSON.stringify({ type: 'Feature', id: 'x', collection: 'c', href: 's3://b/aws:s3' })),
        'loader',
        2,
      ),
    ).toContain("'aws:s3'");
    expect(
      deadLetterReason(
        dlq(JSON.stringify({ type: 'Feature', id: 'x', collection: 'c' }), { Timestamp: undefined }),
        'loader',
        2,
      ),
    ).toContain('no Timestamp');
    expect(deadLetterReason(dlq(JSON.stringify({ type: 'Feature', id: 'x', collection: 'c' })), 'loader', 2)).toMatch(
      /^rejected by the StacLoader after 2 receives/,
    );
    expect(deadLetterReason(dlq(JSON.stringify({ package_name: 'p', group_name: 'g' })), 'generator', 5)).toBe(
      'the ItemRequest lacks create_item_args',
    );
    expect(
      deadLetterReason(
        dlq(JSON.stringify({ package_name: 'p', group_name: 'g', create_item_args: [] })),
        'generator',
        5,
      ),
    ).toContain('failed it after 5 receives');
  });
});
