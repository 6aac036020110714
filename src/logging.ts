import type { SourceLocation } from './errors.js';
import { formatLocation } from './errors.js';

/** Everything the core says goes through this; the Action and the CLI each provide one. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, location?: SourceLocation): void;
  error(message: string, location?: SourceLocation): void;
  /** Runs `fn` inside a named, collapsible group; always awaited. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a value that must never be printed. */
  setSecret(value: string): void;
  /** Progress of a long stage: a live counter on a terminal, a few plain lines in CI logs. */
  progress?(label: string, done: number, total: number): void;
}

/** Decides which progress updates become plain log lines: the first, every quarter, and the last. */
export class ProgressThrottle {
  private readonly last = new Map<string, number>();
  shouldLog(label: string, done: number, total: number): boolean {
    const quarter = total > 0 ? Math.floor((done / total) * 4) : 4;
    const prev = this.last.get(label);
    if (prev === quarter && done < total) return false;
    if (prev === 4 && done >= total) return false;
    this.last.set(label, quarter);
    return true;
  }
}

/** Replaces every registered secret in `text` with `***`. */
export class SecretMasker {
  private readonly secrets = new Set<string>();
  add(value: string): void {
    if (value.length >= 3) this.secrets.add(value);
  }
  mask(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('***');
    return out;
  }
}

export interface ConsoleLoggerOptions {
  verbose?: boolean;
  /** Rewrite one progress line in place (a terminal); default: whether stderr is a TTY. */
  live?: boolean;
  /** Where lines go; defaults to process.stderr so stdout stays clean for data. */
  write?: (line: string) => void;
}

/** Plain-text logger for the CLI. */
export class ConsoleLogger implements Logger {
  private readonly masker = new SecretMasker();
  private readonly write: (line: string) => void;
  private indent = '';
  private readonly throttle = new ProgressThrottle();
  private readonly live: boolean;
  constructor(private readonly options: ConsoleLoggerOptions = {}) {
    this.write = options.write ?? ((line) => process.stderr.write(line + '\n'));
    this.live = options.live ?? (options.write === undefined && process.stderr.isTTY === true);
  }
  progress(label: string, done: number, total: number): void {
    if (this.live) {
      const width = 24;
      const filled = total > 0 ? Math.round((done / total) * width) : width;
      process.stderr.write(
        `\r${this.indent}${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done >= total ? '\n' : ''}`,
      );
    } else if (this.throttle.shouldLog(label, done, total)) {
      this.emit(`${label}: ${done}/${total}`);
    }
  }
  private emit(line: string): void {
    this.write(this.masker.mask(this.indent + line));
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
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.emit(`== ${name}`);
    const saved = this.indent;
    this.indent += '  ';
    try {
      return await fn();
    } finally {
      this.indent = saved;
    }
  }
  setSecret(value: string): void {
    this.masker.add(value);
  }
}

export interface LogRecord {
  level: 'debug' | 'info' | 'warning' | 'error' | 'group';
  message: string;
  location?: SourceLocation | undefined;
}

/** Keeps every record, for tests. Masks secrets like the real loggers do. */
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
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.push('group', name);
    return await fn();
  }
  setSecret(value: string): void {
    this.masker.add(value);
  }
  text(): string {
    return this.records.map((r) => `${r.level}: ${r.message}`).join('\n');
  }
}
