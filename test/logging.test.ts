import { describe, expect, it } from 'vitest';
import { ConsoleLogger, ProgressThrottle } from '../src/logging.js';

describe('progress in CI logs', () => {
  it('prints the first update, one per quarter, and the last; nothing in between', () => {
    const lines: string[] = [];
    const logger = new ConsoleLogger({ write: (l) => lines.push(l) });
    for (let i = 1; i <= 100; i++) logger.progress('verified', i, 100);
    expect(lines).toEqual([
      'verified: 1/100',
      'verified: 25/100',
      'verified: 50/100',
      'verified: 75/100',
      'verified: 100/100',
    ]);
  });

  it('keeps separate labels apart', () => {
    const t = new ProgressThrottle();
    expect(t.shouldLog('a', 1, 10)).toBe(true);
    expect(t.shouldLog('b', 1, 10)).toBe(true);
    expect(t.shouldLog('a', 2, 10)).toBe(false);
    expect(t.shouldLog('a', 10, 10)).toBe(true);
  });

  it('masks registered secrets in every line', () => {
    const lines: string[] = [];
    const logger = new ConsoleLogger({ write: (l) => lines.push(l) });
    logger.setSecret('hunter2-password');
    logger.error('cannot connect to postgresql://u:hunter2-password@127.0.0.1/db');
    expect(lines).toEqual(['error: cannot connect to postgresql://u:***@127.0.0.1/db']);
  });
});
