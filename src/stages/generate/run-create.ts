import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CommandNotFoundError, type ProcessRunner } from '../../clients/process.js';
import { leftovers } from '../../cancel.js';
import type { StacObject } from '../../model/stac.js';
import { ConfigurationError, type SourceLocation } from '../../errors.js';
import { formatCommand, type UvxCommand } from './uvx-command.js';
import { parseJson } from '../../json.js';
import { decodeUtf8 } from '../../utf8.js';

export const UVX_MISSING_MESSAGE =
  'uvx not found on PATH: in a workflow add `- uses: astral-sh/setup-uv@v6`; locally `pip install uv`';

/** How much of a failed command's stderr/stdout is kept for the report. */
export const STDERR_TAIL_CHARS = 4000;
const STDOUT_TAIL_CHARS = 500;

export interface RunCreateParams {
  /** Builds the command for a given output path. */
  build: (outputPath: string) => UvxCommand;
  /** `create-item` or `create-collection`, for messages. */
  what: string;
  /** The STAC `type` the output must have. */
  expectType: 'Feature' | 'Collection';
  timeoutMs: number;
  cwd: string;
  env?: NodeJS.ProcessEnv | undefined;
  tmpDir?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Where the request came from, for the missing-uvx error. */
  location?: SourceLocation | undefined;
  /** Cap on the output file's size (default MAX_OUTPUT_BYTES). */
  maxOutputBytes?: number | undefined;
}

/**
 * The largest output read: a document is parsed from one string, and V8's strings end just under 512 MiB
 * (2^29 - 24 UTF-16 units), so a larger file cannot be read at all.
 */
export const MAX_OUTPUT_BYTES = 500 * 1024 * 1024;

export function tooLargeMessage(what: string, outputPath: string, bytes: number, cap: number): string {
  return (
    `${what} exited 0 but its output ${outputPath} is too large (${bytes} bytes, cap ${cap} bytes: ` +
    'a document is read as one string)'
  );
}

export type RunCreateResult =
  | { ok: true; doc: StacObject; command: string; durationMs: number }
  | {
      ok: false;
      error: string;
      stderr: string;
      exitCode: number | null;
      timedOut: boolean;
      /** uv could not build the environment (resolve/download/build), as opposed to the package failing. */
      environmentFailure: boolean;
      command: string;
      durationMs: number;
    };

/**
 * uv's own messages (lowercase `error:` / `×`), not the package's: resolving, downloading or
 * building the environment failed.
 */
const UV_ENVIRONMENT_FAILURE = /^error: (?:Failed to|Distribution not found|Request failed)|^\s*× No solution found/m;

export function tail(text: string, max: number): string {
  return text.length > max ? '…' + text.slice(text.length - max) : text;
}

/** uv's own error: the `error:` line and the `cause:` lines under it. */
export function uvError(stderr: string): string | undefined {
  const lines = stderr.split('\n');
  const start = lines.findIndex((l) => l.startsWith('error:'));
  if (start < 0) return undefined;
  const parts = [(lines[start] as string).slice('error:'.length).trim()];
  for (const l of lines.slice(start + 1)) {
    const m = /^\s*cause:\s*(.*)$/.exec(l);
    if (!m) break;
    parts.push(m[1] as string);
  }
  return parts.slice(0, 4).join(': ');
}

function lastLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines[lines.length - 1] ?? '';
}

export function uvxMissingError(location?: SourceLocation, cause?: unknown): ConfigurationError {
  return new ConfigurationError(UVX_MISSING_MESSAGE, {
    ...(location !== undefined ? { location } : {}),
    hint:
      'local generation runs the same `uvx ... stac <group> create-item` command as the ' +
      'StactoolsItemGenerator; uvx ships with uv',
    cause,
  });
}

/**
 * Runs one `stac <group> create-*` through uvx into a fresh temp file (pre-created, like the
 * generator's NamedTemporaryFile), reads the JSON it wrote and checks its `type`.
 * Throws only for a missing uvx (a ConfigurationError); every other failure is a result.
 */
export async function runCreate(runner: ProcessRunner, p: RunCreateParams): Promise<RunCreateResult> {
  const dir = await leftovers.tempDir('stac-ingest-gen-', p.tmpDir);
  const outputPath = join(dir, 'output.json');
  const cmd = p.build(outputPath);
  const shown = formatCommand(cmd);
  const started = Date.now();
  try {
    await writeFile(outputPath, '');
    let result;
    try {
      result = await runner.run(cmd.command, cmd.args, {
        cwd: p.cwd,
        ...(p.env !== undefined ? { env: p.env } : {}),
        timeoutMs: p.timeoutMs,
        maxOutput: 256 * 1024,
        ...(p.signal !== undefined ? { signal: p.signal } : {}),
      });
    } catch (err) {
      if (err instanceof CommandNotFoundError) throw uvxMissingError(p.location, err);
      throw err;
    }
    const durationMs = Date.now() - started;
    const fail = (error: string, environmentFailure = false): RunCreateResult => ({
      ok: false,
      error,
      stderr: tail(result.stderr, STDERR_TAIL_CHARS),
      exitCode: result.exitCode,
      timedOut: result.timedOut,
      environmentFailure,
      command: shown,
      durationMs,
    });
    if (result.timedOut) return fail(`${p.what} timed out after ${formatSeconds(p.timeoutMs)} and was killed`);
    if (p.signal?.aborted) return fail(`${p.what} was cancelled`);
    if (result.exitCode !== 0) {
      const environmentFailure = UV_ENVIRONMENT_FAILURE.test(result.stderr);
      const uv = environmentFailure ? uvError(result.stderr) : undefined;
      if (uv !== undefined) return fail(`uvx could not set up the environment for ${p.what}: ${uv}`, true);
      return fail(exitMessage(p.what, result.exitCode, result.signal, result.stderr), environmentFailure);
    }
    const cap = p.maxOutputBytes ?? MAX_OUTPUT_BYTES;
    const size = await stat(outputPath).then(
      (s) => s.size,
      () => undefined,
    );
    if (size !== undefined && size > cap) return fail(tooLargeMessage(p.what, outputPath, size, cap));
    const read = await readCreatedOutput(outputPath, p.what);
    if ('error' in read) return fail(read.error);
    const checked = checkCreatedOutput(read.text, outputPath, p.what, p.expectType, result.stdout);
    return checked.ok ? { ok: true, doc: checked.doc, command: shown, durationMs } : fail(checked.error);
  } finally {
    await leftovers.removeDir(dir);
  }
}

/**
 * The text a create command wrote to `outputPath` (undefined: the file is gone), through the one UTF-8 decoder:
 * output that is not UTF-8 is an error naming the line and byte, never text with U+FFFD in it.
 */
export async function readCreatedOutput(
  outputPath: string,
  what: string,
): Promise<{ text: string | undefined } | { error: string }> {
  const bytes = await readFile(outputPath).catch(() => undefined);
  if (bytes === undefined) return { text: undefined };
  try {
    return { text: decodeUtf8(bytes, { file: outputPath }) };
  } catch (err) {
    if (!(err instanceof ConfigurationError)) throw err;
    return { error: `${what} exited 0 but its output is not UTF-8 (nothing is replaced): ${err.message}` };
  }
}

/** `<what> exited with code N: <last stderr line>` or `<what> was killed by SIGNAL: ...`. */
export function exitMessage(what: string, exitCode: number | null, signal: string | null, stderr: string): string {
  const how = exitCode === null ? `was killed by ${signal ?? 'a signal'}` : `exited with code ${exitCode}`;
  const why = lastLine(stderr);
  return `${what} ${how}${why ? `: ${why}` : ''}`;
}

/**
 * The checks after a create command exited 0: it wrote a JSON object of the expected STAC type to `outputPath`,
 * which now holds `text` (undefined: the file is gone). The messages quote the command's stdout (`stdout`) to
 * show what it printed instead.
 */
export function checkCreatedOutput(
  text: string | undefined,
  outputPath: string,
  what: string,
  expectType: 'Feature' | 'Collection',
  stdout: string,
): { ok: true; doc: StacObject } | { ok: false; error: string } {
  const shownStdout = stdout.trim() === '' ? '(empty)' : JSON.stringify(tail(stdout.trim(), STDOUT_TAIL_CHARS));
  const fail = (error: string) => ({ ok: false as const, error });
  if (text === undefined)
    return fail(`${what} exited 0 but removed its output file ${outputPath}; stdout: ${shownStdout}`);
  if (text.trim() === '') return fail(`${what} exited 0 but wrote nothing to ${outputPath}; stdout: ${shownStdout}`);
  let doc: unknown;
  try {
    doc = parseJson(text);
  } catch (err) {
    const nan = /\b(?:NaN|-?Infinity)\b/.test(text) ? ' (it holds NaN/Infinity, which JSON does not allow)' : '';
    return fail(
      `${what} exited 0 but wrote invalid JSON to ${outputPath}${nan}: ${(err as Error).message}; ` +
        `starts with ${JSON.stringify(text.slice(0, 80))}; stdout: ${shownStdout}`,
    );
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return fail(`${what} exited 0 but wrote JSON that is not an object to ${outputPath}`);
  }
  const type = (doc as StacObject)['type'];
  if (type !== expectType)
    return fail(`${what} wrote a document of type ${JSON.stringify(type ?? null)}, expected "${expectType}"`);
  return { ok: true, doc: doc as StacObject };
}

export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
