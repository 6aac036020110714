/** Where a problem is: a file, optionally a line/column, and/or a JSON pointer inside it. */
export interface SourceLocation {
  file?: string;
  line?: number;
  column?: number;
  /** RFC 6901 JSON pointer inside the document, e.g. `/properties/datetime`. */
  pointer?: string;
  /** Manifest entry the problem belongs to, e.g. `sources[1] (demo-items) row 3`. */
  entry?: string;
}

export function formatLocation(loc: SourceLocation | undefined): string {
  if (!loc) return '';
  const parts: string[] = [];
  if (loc.file !== undefined) {
    let f = loc.file;
    if (loc.line !== undefined) f += `:${loc.line}`;
    if (loc.line !== undefined && loc.column !== undefined) f += `:${loc.column}`;
    parts.push(f);
  }
  if (loc.entry) parts.push(loc.entry);
  if (loc.pointer !== undefined) parts.push(`at ${loc.pointer === '' ? '/' : loc.pointer}`);
  return parts.join(' ');
}

const LONG_LINE = 16_384;
const KEPT = 512;

/**
 * Cuts the middle out of lines over 16 KiB, keeping 512 characters at each end (where a message names the place and
 * says what is wrong): no message, log line or report echoes a huge user value whole. Nothing stac-ingest writes
 * itself has lines that long.
 */
export function clipLongLines(text: string): string {
  if (text.length <= LONG_LINE) return text;
  const clip = (l: string) => `${l.slice(0, KEPT)} …[${l.length - 2 * KEPT} characters cut]… ${l.slice(-KEPT)}`;
  return text
    .split('\n')
    .map((l) => (l.length <= LONG_LINE ? l : clip(l)))
    .join('\n');
}

/** The user's input is wrong (manifest, STAC JSON, options). Fix the input, not the tool. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  readonly location: SourceLocation | undefined;
  readonly hint: string | undefined;
  constructor(message: string, options: { location?: SourceLocation; hint?: string; cause?: unknown } = {}) {
    super(clipLongLines(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.location = options.location;
    this.hint = options.hint === undefined ? undefined : clipLongLines(options.hint);
  }
}

/** Several configuration problems found at once (e.g. every manifest error). */
export class ConfigurationErrors extends Error {
  override readonly name = 'ConfigurationErrors';
  constructor(
    readonly errors: ConfigurationError[],
    summary?: string,
  ) {
    super(
      summary ??
        `${errors.length} configuration error${errors.length === 1 ? '' : 's'}:\n` +
          errors.map((e) => '  ' + describeError(e)).join('\n'),
    );
  }
}

/** A stage failed for a reason outside the user's input (network, subprocess, service). */
export class StageError extends Error {
  override readonly name = 'StageError';
  constructor(
    readonly stage: string,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(`${stage}: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
  }
}

/** One line: location, message, hint. */
export function describeError(err: unknown): string {
  if (err instanceof ConfigurationError) {
    const where = formatLocation(err.location);
    return `${where ? where + ': ' : ''}${err.message}${err.hint ? ` (${err.hint})` : ''}`;
  }
  if (err instanceof Error) {
    let msg = err.message;
    let cause: unknown = err.cause;
    while (cause instanceof Error) {
      msg += `: ${cause.message}`;
      cause = cause.cause;
    }
    return msg;
  }
  return String(err);
}
