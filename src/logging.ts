import { randomBytes } from 'node:crypto';
import type { SourceLocation } from './errors.js';
import { clipLongLines, formatLocation } from './errors.js';

/** Everything the core says goes through this; the Action and the CLI each provide one. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, location?: SourceLocation): void;
  error(message: string, location?: SourceLocation): void;
  /**
   * Runs `fn` inside a named, collapsible group; always awaited. One level only (see
   * `oneLevelGroups`): a group called inside another is a plain line in it.
   */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a value that must never be printed. */
  setSecret(value: string): void;
  /** Progress of a long stage: a live counter on a terminal, a few plain lines in CI logs. */
  progress?(label: string, done: number, total: number): void;
}

export type GroupFn = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

/**
 * GitHub Actions does not nest log groups (a `::group::` inside another ends the outer one), so a
 * run shows one group per stage: the outermost `group` call opens a group with `open`; a call made
 * while one is open (nested, or running alongside) writes its name as a plain `line` and runs inside
 * the open group.
 */
export function oneLevelGroups(open: GroupFn, line: (text: string) => void): GroupFn {
  let depth = 0;
  return async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const outermost = depth === 0;
    depth++;
    try {
      if (outermost) return await open(name, fn);
      line(`-- ${name}`);
      return await fn();
    } finally {
      depth--;
    }
  };
}

/** `45 s`, `12 min`, `2 h 05 min`. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 90) return `${s} s`;
  if (s < 90 * 60) return `${Math.round(s / 60)} min`;
  return `${Math.floor(s / 3600)} h ${String(Math.round((s % 3600) / 60)).padStart(2, '0')} min`;
}

function formatRate(perSecond: number): string {
  return perSecond >= 100 ? perSecond.toFixed(0) : perSecond >= 10 ? perSecond.toFixed(1) : perSecond.toFixed(2);
}

/**
 * Progress of long stages: the rate since a label's first update and the time left at that rate, and which updates
 * become plain log lines (CI): the first, one per quarter, one at least every `everyMs` in between, and the last.
 */
export class ProgressTracker {
  private readonly labels = new Map<string, { at: number; done: number; quarter: number; lineAt: number }>();
  constructor(
    private readonly now: () => number = Date.now,
    private readonly everyMs = 60_000,
  ) {}

  /** `done/total (250/s, ETA 38 s)`; the rate appears from the second update on. */
  describe(label: string, done: number, total: number): string {
    const first = this.labels.get(label);
    const elapsed = first ? this.now() - first.at : 0;
    if (!first || elapsed <= 0 || done <= first.done) return `${done}/${total}`;
    const rate = ((done - first.done) * 1000) / elapsed;
    const eta = done < total ? `, ETA ${formatDuration(((total - done) / rate) * 1000)}` : '';
    return `${done}/${total} (${formatRate(rate)}/s${eta})`;
  }

  /** Records an update; true when it should be a log line. Call `describe` first: it reads the state before. */
  shouldLog(label: string, done: number, total: number): boolean {
    const now = this.now();
    const quarter = total > 0 ? Math.floor((done / total) * 4) : 4;
    const state = this.labels.get(label);
    if (!state) {
      this.labels.set(label, { at: now, done, quarter, lineAt: now });
      if (done >= total) this.labels.delete(label);
      return true;
    }
    if (done >= total) {
      this.labels.delete(label);
      return true;
    }
    if (quarter === state.quarter && now - state.lineAt < this.everyMs) return false;
    state.quarter = quarter;
    state.lineAt = now;
    return true;
  }

  /** `describe` then `shouldLog`: the line to print, or undefined. */
  line(label: string, done: number, total: number): string | undefined {
    const text = `${label}: ${this.describe(label, done, total)}`;
    return this.shouldLog(label, done, total) ? text : undefined;
  }
}

/**
 * The one redaction point of a run: every secret value the run knows is registered here once (the entries register
 * the secret inputs and credential variables; targets and clients register what they read through
 * `Logger.setSecret`), and every output passes through `mask`: log lines, stdout, the JSON report, the job summary,
 * the PR comment and annotations. A value is also masked as it appears URL-encoded and inside a JSON string. Lines
 * too long to be anything but an echoed user value are cut (see `clipLongLines`).
 */
export class SecretMasker {
  private readonly secrets = new Set<string>();
  add(value: string): void {
    if (value.length < 3) return;
    for (const form of [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]) this.secrets.add(form);
  }
  mask(text: string): string {
    let out = text;
    // longest first: a DSN is masked whole before the password inside it
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
    return clipLongLines(out);
  }
}

/** A line the Actions runner would read as a workflow command (`::cmd::`, leading space ignored, or `##[cmd]`). */
const COMMAND_LINE = /^\s*::|##\[/m;

/**
 * The lines to print for `text` so that nothing in it runs as a workflow command: a text with a line the runner
 * would take as a command (a package name holding `\n::warning::…`, a subprocess's output) is printed between
 * `::stop-commands::<token>` and `::<token>::`, GitHub's way to print untrusted text as it is.
 */
export function inertLines(text: string, token: () => string): string[] {
  if (!COMMAND_LINE.test(text)) return [text];
  const t = token();
  return [`::stop-commands::${t}`, text, `::${t}::`];
}

export interface ConsoleLoggerOptions {
  verbose?: boolean;
  /** Rewrite one progress line in place (a terminal); default: whether stderr is a TTY. */
  live?: boolean;
  /** Where lines go; defaults to process.stderr so stdout stays clean for data. */
  write?: (line: string) => void;
  /** The clock of progress rates (default Date.now). */
  now?: () => number;
  /** The run's redaction point, shared with the entry's other outputs (default: a masker of its own). */
  masker?: SecretMasker;
  /** Lines go to a GitHub Actions log: text that would run as a workflow command is printed inert. */
  workflowLog?: boolean;
}

/** Plain-text logger for the CLI. */
export class ConsoleLogger implements Logger {
  private readonly masker: SecretMasker;
  private readonly write: (line: string) => void;
  private indent = '';
  private readonly tracker: ProgressTracker;
  private readonly live: boolean;
  constructor(private readonly options: ConsoleLoggerOptions = {}) {
    this.masker = options.masker ?? new SecretMasker();
    this.write = options.write ?? ((line) => process.stderr.write(line + '\n'));
    this.live = options.live ?? (options.write === undefined && process.stderr.isTTY === true);
    this.tracker = new ProgressTracker(options.now);
  }
  progress(label: string, done: number, total: number): void {
    if (this.live) {
      const width = 24;
      const filled = total > 0 ? Math.round((done / total) * width) : width;
      const text = this.tracker.describe(label, done, total);
      this.tracker.shouldLog(label, done, total);
      process.stderr.write(
        `\r${this.indent}${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` +
          `${text}\x1b[K${done >= total ? '\n' : ''}`,
      );
    } else {
      const line = this.tracker.line(label, done, total);
      if (line !== undefined) this.emit(line);
    }
  }
  private emit(line: string): void {
    const text = this.masker.mask(this.indent + line);
    if (!this.options.workflowLog) this.write(text);
    else for (const l of inertLines(text, () => randomBytes(16).toString('hex'))) this.write(l);
  }
  debug(message: string): void {
    if (this.options.verbose) this.emit(`debug: ${message}`);
  }
  info(message: string): void {
    this.emit(message);
  }
  warning(message: string, location?: SourceLocation): void {
    const where = formatLocation(location);
    this.emit(`warning: ${where ? where + ': ' : ''}${message}`);
  }
  error(message: string, location?: SourceLocation): void {
    const where = formatLocation(location);
    this.emit(`error: ${where ? where + ': ' : ''}${message}`);
  }
  readonly group: GroupFn = oneLevelGroups(
    async (name, fn) => {
      this.emit(`== ${name}`);
      this.indent = '  ';
      try {
        return await fn();
      } finally {
        this.indent = '';
      }
    },
    (line) => this.emit(line),
  );
  setSecret(value: string): void {
    this.masker.add(value);
  }
}

export interface LogRecord {
  /** `group`/`endgroup`: a log group opens/closes (as the Actions logger would write them). */
  level: 'debug' | 'info' | 'warning' | 'error' | 'group' | 'endgroup';
  message: string;
  location?: SourceLocation | undefined;
}

/** Keeps every record, for tests. Masks secrets and keeps groups one level deep like the Actions logger. */
export class RecordingLogger implements Logger {
  readonly records: LogRecord[] = [];
  private readonly masker = new SecretMasker();
  private push(level: LogRecord['level'], message: string, location?: SourceLocation): void {
    this.records.push({ level, message: this.masker.mask(message), location });
  }
  debug(message: string): void {
    this.push('debug', message);
  }
  info(message: string): void {
    this.push('info', message);
  }
  warning(message: string, location?: SourceLocation): void {
    this.push('warning', message, location);
  }
  error(message: string, location?: SourceLocation): void {
    this.push('error', message, location);
  }
  readonly group: GroupFn = oneLevelGroups(
    async (name, fn) => {
      this.push('group', name);
      try {
        return await fn();
      } finally {
        this.push('endgroup', name);
      }
    },
    (line) => this.push('info', line),
  );
  setSecret(value: string): void {
    this.masker.add(value);
  }
  text(): string {
    return this.records.map((r) => `${r.level}: ${r.message}`).join('\n');
  }
}
