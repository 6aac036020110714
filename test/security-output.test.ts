import { describe, expect, it, vi } from 'vitest';
import { createActionsLogger } from '../src/action.js';
import { ConsoleLogger, SecretMasker } from '../src/logging.js';
import { parseManifest } from '../src/manifest/load.js';
import { ConfigurationError, ConfigurationErrors, describeError } from '../src/errors.js';
import { runnerCommands } from './support/workflow-commands.js';

/**
 * What reaches the log (issue 10, defects 6, 8, 9): secrets masked, user values unable to run workflow commands,
 * huge values cut, an alias bomb located. The whole Action and CLI are attacked in test/security-bundle.test.ts.
 */

async function actionsLog(fn: (logger: ReturnType<typeof createActionsLogger>) => Promise<void> | void) {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await fn(createActionsLogger(new SecretMasker()));
  } finally {
    spy.mockRestore();
  }
  return written.join('');
}

const EVIL = 'stactools-x==1.0\n::warning file=README.md::owned\n  ::set-output name=result::success\n##[add-mask]x';

describe('workflow-command injection (defect 8)', () => {
  it('a value holding ::warning:: in a plain log line stays text in the Actions log', async () => {
    const log = await actionsLog(async (logger) => {
      logger.info(`Plan: generate 3 items with ${EVIL}`);
      await logger.group(`generate ${EVIL}`, async () => logger.info('sent'));
      logger.progress?.(EVIL, 1, 1);
    });
    expect(log).toContain('::warning file=README.md::owned');
    expect(runnerCommands(log)).toEqual([`group::generate ${EVIL.replace(/\n/g, '%0A')}`, 'endgroup::']);
  });

  it('annotations escape their message and properties as @actions/core does', async () => {
    const log = await actionsLog((logger) =>
      logger.warning(`bad ${EVIL}`, { file: 'items/a,b:c.json\n::error::x', line: 3 }),
    );
    expect(runnerCommands(log)).toEqual([
      'warning title=stac-ingest,file=items/a%2Cb%3Ac.json%0A%3A%3Aerror%3A%3Ax,line=3::' +
        `bad ${EVIL.replace(/\n/g, '%0A')}`,
    ]);
  });

  it('the CLI logger in a workflow prints such a value inert too', () => {
    const lines: string[] = [];
    const logger = new ConsoleLogger({ write: (l) => lines.push(l), workflowLog: true });
    logger.error(`package ${EVIL}`);
    expect(lines.join('\n')).toContain('::warning file=README.md::owned');
    expect(runnerCommands(lines.join('\n'))).toEqual([]);
  });
});

describe('one redaction point (defect 6)', () => {
  it('masks a secret in every form it is echoed in: as is, URL-encoded, inside a JSON string', () => {
    const masker = new SecretMasker();
    const logger = new ConsoleLogger({ write: () => undefined, masker });
    logger.setSecret('s3cr"et/+=');
    const secret = 's3cr"et/+=';
    const json = JSON.stringify({ t: secret });
    const echoed = `403: token rejected: Bearer ${secret} (${encodeURIComponent(secret)}) ${json}`;
    expect(masker.mask(echoed)).toBe('403: token rejected: Bearer *** (***) {"t":"***"}');
  });
});

describe('long values and alias bombs (defect 9)', () => {
  it('a 50 MB manifest value is cut in the error, not echoed whole', () => {
    const huge = 'A'.repeat(50 * 1024 * 1024);
    const err = new ConfigurationError(`sources[0].stactools.package: package '${huge}' is not an allowed package`, {
      hint: `now: ${huge}`,
    });
    const text = describeError(new ConfigurationErrors([err]));
    expect(text.length).toBeLessThan(4_000);
    expect(text).toMatch(/A …\[\d+ characters cut\]… A+' is not an allowed package \(now: A+ …\[/);
  });

  it('an alias bomb is refused at the line of its first alias', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + prev)}]`);
    }
    const text = `version: 1\n${levels.join('\n')}\n`;
    let caught: unknown;
    try {
      parseManifest(text, 'bomb.yaml');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigurationErrors);
    const [first] = (caught as ConfigurationErrors).errors;
    expect(first?.message).toMatch(/YAML aliases expand too far/);
    expect(first?.location).toEqual({ file: 'bomb.yaml', line: 3, column: 8 });
  });
});
