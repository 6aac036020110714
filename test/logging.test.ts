import { describe, expect, it, vi } from 'vitest';
import { createActionsLogger } from '../src/action.js';
import { ConsoleLogger, formatDuration, ProgressTracker, RecordingLogger, SecretMasker } from '../src/logging.js';

describe('progress in CI logs', () => {
  it('prints the first update, one per quarter, and the last, with the rate and the time left', () => {
    const lines: string[] = [];
    let now = 0;
    const logger = new ConsoleLogger({ write: (l) => lines.push(l), now: () => now });
    // one item every 100 ms after the first: 10 items/s
    for (let i = 1; i <= 100; i++, now += 100) logger.progress('generated', i, 100);
    expect(lines).toEqual([
      'generated: 1/100',
      'generated: 25/100 (10.0/s, ETA 8 s)',
      'generated: 50/100 (10.0/s, ETA 5 s)',
      'generated: 75/100 (10.0/s, ETA 3 s)',
      'generated: 100/100 (10.0/s)',
    ]);
  });

  it('adds a line at least every minute between quarters of a slow stage, with an ETA in minutes', () => {
    const lines: string[] = [];
    let now = 0;
    const logger = new ConsoleLogger({ write: (l) => lines.push(l), now: () => now });
    // 10,000 items at 2 items/s: a quarter takes about 21 minutes
    for (let i = 1; i <= 200; i++, now += 500) logger.progress('generated', i, 10_000);
    expect(lines).toEqual(['generated: 1/10000', 'generated: 121/10000 (2.00/s, ETA 82 min)']);
  });

  it('keeps separate labels apart', () => {
    const t = new ProgressTracker();
    expect(t.shouldLog('a', 1, 10)).toBe(true);
    expect(t.shouldLog('b', 1, 10)).toBe(true);
    expect(t.shouldLog('a', 2, 10)).toBe(false);
    expect(t.shouldLog('a', 10, 10)).toBe(true);
  });

  it('formats durations', () => {
    expect([45_000, 89_000, 12 * 60_000, 2 * 3600_000 + 5 * 60_000].map(formatDuration)).toEqual([
      '45 s',
      '89 s',
      '12 min',
      '2 h 05 min',
    ]);
  });

  it('masks registered secrets in every line', () => {
    const lines: string[] = [];
    const logger = new ConsoleLogger({ write: (l) => lines.push(l) });
    logger.setSecret('hunter2-password');
    logger.error('cannot connect to postgresql://u:hunter2-password@127.0.0.1/db');
    expect(lines).toEqual(['error: cannot connect to postgresql://u:***@127.0.0.1/db']);
  });
});

describe('log groups: one level, as GitHub Actions shows them', () => {
  /** The groups of a record list as `[name, [lines inside]]`, failing on a group opened inside another. */
  function groups(logger: RecordingLogger): Array<[string, string[]]> {
    const out: Array<[string, string[]]> = [];
    let open: [string, string[]] | undefined;
    for (const r of logger.records) {
      if (r.level === 'group') {
        expect(open, `group '${r.message}' opened inside '${open?.[0]}'`).toBeUndefined();
        open = [r.message, []];
        out.push(open);
      } else if (r.level === 'endgroup') {
        expect(open?.[0]).toBe(r.message);
        open = undefined;
      } else open?.[1].push(r.message);
    }
    expect(open).toBeUndefined();
    return out;
  }

  it('a group called inside a stage is a plain line in the stage group', async () => {
    const logger = new RecordingLogger();
    const value = await logger.group('publish', async () => {
      logger.info('starting');
      await logger.group('publish collections', async () => logger.info('1 collection'));
      return logger.group('publish items', async () => {
        await logger.group('retry', async () => undefined);
        return 42;
      });
    });
    await logger.group('verify', async () => logger.info('ok'));
    expect(value).toBe(42);
    expect(groups(logger)).toEqual([
      ['publish', ['starting', '-- publish collections', '1 collection', '-- publish items', '-- retry']],
      ['verify', ['ok']],
    ]);
  });

  it('closes the group when the stage throws, and groups running alongside stay one level', async () => {
    const logger = new RecordingLogger();
    await expect(
      logger.group('generate', async () => {
        await Promise.all([logger.group('a', async () => undefined), logger.group('b', async () => undefined)]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await Promise.all([logger.group('x', async () => undefined), logger.group('y', async () => undefined)]);
    expect(groups(logger)).toEqual([
      ['generate', ['-- a', '-- b']],
      ['x', ['-- y']],
    ]);
  });

  it('the Actions logger never writes a ::group:: inside another', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const logger = createActionsLogger(new SecretMasker());
      await logger.group('publish', () => logger.group('publish items', async () => logger.info('sent')));
    } finally {
      spy.mockRestore();
    }
    expect(written.join('').split(/\r?\n/).filter(Boolean)).toEqual([
      '::group::publish',
      '-- publish items',
      'sent',
      '::endgroup::',
    ]);
  });

  it('the CLI logger prints the stage as a heading and a nested group as a line under it', async () => {
    const lines: string[] = [];
    const logger = new ConsoleLogger({ write: (l) => lines.push(l) });
    await logger.group('publish', () => logger.group('publish items', async () => logger.info('sent')));
    logger.info('done');
    expect(lines).toEqual(['== publish', '  -- publish items', '  sent', 'done']);
  });
});
