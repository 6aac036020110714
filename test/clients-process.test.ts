import { describe, expect, it } from 'vitest';
import { CommandNotFoundError, createProcessRunner } from '../src/clients/process.js';

describe('process runner', () => {
  const runner = createProcessRunner();
  it('passes arguments verbatim, without a shell', async () => {
    const r = await runner.run('python3', ['-c', 'import sys; print(sys.argv[1:])', 'a b', '$HOME', ';rm -rf /']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.trim()).toBe("['a b', '$HOME', ';rm -rf /']");
  });
  it('kills a process that overruns its timeout', async () => {
    const r = await runner.run('python3', ['-c', 'import time; time.sleep(30)'], { timeoutMs: 300 });
    expect(r.timedOut).toBe(true);
    expect(r.durationMs).toBeLessThan(10_000);
  });
  it('reports a missing program as CommandNotFoundError', async () => {
    await expect(runner.run('definitely-not-a-program-xyz', [])).rejects.toBeInstanceOf(CommandNotFoundError);
  });
});
