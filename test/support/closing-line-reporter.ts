import type { Reporter } from 'vitest/reporters';
import type { RunnerTestFile, RunnerTask } from 'vitest';

function count(tasks: RunnerTask[], acc: { passed: number; failed: number; skipped: number }): void {
  for (const t of tasks) {
    if (t.type === 'suite') {
      count(t.tasks, acc);
      if (t.result?.state === 'fail' && t.tasks.length === 0) acc.failed++;
      continue;
    }
    const state = t.result?.state;
    if (state === 'pass') acc.passed++;
    else if (state === 'fail') acc.failed++;
    else acc.skipped++;
  }
}

/** Prints one plain closing line, `tests: N passed, N failed, N skipped`, after vitest's own summary. */
export default class ClosingLineReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = [], errors: unknown[] = []): void {
    const acc = { passed: 0, failed: 0, skipped: 0 };
    for (const f of files) {
      count(f.tasks, acc);
      // a test file that failed to load has no tasks but a failed result
      if (f.result?.state === 'fail' && f.tasks.length === 0) acc.failed++;
    }
    acc.failed += errors.length;
    process.stdout.write(`\ntests: ${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped\n`);
  }
}
