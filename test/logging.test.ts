import { describe, expect, it } from 'vitest';
import { ConsoleLogger, formatDuration, ProgressTracker } from '../src/logging.js';

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
