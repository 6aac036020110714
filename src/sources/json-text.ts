import { open } from 'node:fs/promises';

/**
 * JSON parsing that says where a syntax error is. src/json.ts does the work (numbers keep the text
 * they were written with); when it fails, jsonc-parser (strict: no comments, no trailing commas)
 * finds the offending offset (V8's messages do not reliably carry a position), and the error is
 * said in words a STAC author can act on.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
import { JsonDepthError, JsonSyntaxError, parseJson } from '../json.js';

/**
 * The largest single document stac-ingest reads (a `.json` file, an NDJSON line, one member of a
 * FeatureCollection): past it, reading stops with an error naming the file and line instead of
 * running out of memory. 64 times SNS's 256 KiB message limit.
 */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

export type JsonParseResult =
  { ok: true; value: unknown } | { ok: false; message: string; offset: number; line: number; column: number };

/** Parse JSON text; on a syntax error, return its message and 1-based line/column. */
export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: parseJson(text) };
  } catch (err) {
    // valid JSON nested too deep has no syntax error to find (and would overflow the finder's stack)
    const found = err instanceof JsonDepthError ? undefined : findSyntaxError(text);
    const message = found?.message ?? (err instanceof Error ? err.message : String(err));
    const offset = found?.offset ?? (err instanceof JsonSyntaxError ? err.offset : 0);
    return { ok: false, message, offset, ...lineColumnAt(text, offset) };
  }
}

/** 1-based line and column of a character offset (columns count UTF-16 code units). */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** The first error jsonc-parser reports, with the container it was found in. */
interface FirstError {
  code: string;
  offset: number;
  length: number;
  container: '{' | '[' | undefined;
  /** Whether a whole top-level value had been read before the error. */
  afterValue: boolean;
  /** Whether an object's property name was due (after `{` or a `,` in an object). */
  wantName: boolean;
}

function firstError(text: string): FirstError | undefined {
  const stack: Array<'{' | '['> = [];
  let afterValue = false;
  let wantName = false;
  let first: FirstError | undefined;
  const close = (): void => {
    stack.pop();
    if (stack.length === 0) afterValue = true;
  };
  visit(
    text,
    {
      onObjectBegin: () => {
        stack.push('{');
        wantName = true;
      },
      onObjectEnd: close,
      onObjectProperty: () => void (wantName = false),
      onArrayBegin: () => void stack.push('['),
      onArrayEnd: close,
      onLiteralValue: () => void (stack.length === 0 && (afterValue = true)),
      onSeparator: (c) => void (wantName = c === ',' && stack.at(-1) === '{'),
      onError: (code, offset, length) => {
        const container = stack.at(-1);
        first ??= { code: printParseErrorCode(code), offset, length, container, afterValue, wantName };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return first;
}

/** Inside a string token jsonc-parser refused: the offending character and what is wrong with it. */
function stringProblem(text: string, start: number, end: number): { message: string; offset: number } {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) return { message: 'unescaped control character in string (a string cannot span lines)', offset: i };
    if (c !== 92) continue;
    const e = text[i + 1];
    if (e === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
        return { message: 'invalid \\u escape in string', offset: i };
      i += 5;
    } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
    else return { message: `invalid escape '\\${e ?? ''}' in string`, offset: i };
  }
  // jsonc-parser ends a string token at a line break: that is the offending character
  if (text.charCodeAt(end) < 0x20)
    return { message: 'unescaped control character in string (a string cannot span lines)', offset: end };
  return { message: 'unterminated string', offset: end };
}

/** What was expected where jsonc-parser stopped, in the words of the old messages. */
function expected(text: string, e: FirstError): string {
  const at = text[e.offset];
  const inObject = "',' or '}' after a property value";
  const inArray = "',' or ']' after an array element";
  switch (e.code) {
    case 'PropertyNameExpected':
      return at === '}' ? "a property name (no trailing comma before '}')" : 'a property name in double quotes';
    case 'ValueExpected':
      return at === ']' && e.container === '[' ? "a value (no trailing comma before ']')" : 'a value';
    case 'ColonExpected':
      return "':' after the property name";
    case 'CommaExpected':
      return e.container === '[' ? inArray : inObject;
    case 'CloseBraceExpected':
      return inObject;
    case 'CloseBracketExpected':
      return inArray;
    case 'EndOfFileExpected':
      return 'end of input after the JSON value';
    case 'InvalidSymbol':
      if (e.container === '{' && e.wantName) return 'a property name in double quotes';
      return e.container === undefined && e.afterValue ? 'end of input after the JSON value' : 'a value';
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return 'a number (digits, an optional fraction and exponent)';
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return 'a value (JSON has no comments)';
    default:
      return `valid JSON (${e.code})`;
  }
}

const STRING_ERRORS = new Set([
  'UnexpectedEndOfString',
  'InvalidUnicode',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
]);

/** The first syntax error in `text` and its offset, or undefined when it is valid JSON. */
function findSyntaxError(text: string): { message: string; offset: number } | undefined {
  const e = firstError(text);
  if (e === undefined) return undefined;
  if (STRING_ERRORS.has(e.code)) return stringProblem(text, e.offset, e.offset + e.length);
  const found = e.offset >= text.length ? 'end of input' : `'${text[e.offset]}'`;
  return { message: `expected ${expected(text, e)}, found ${found}`, offset: e.offset };
}

/** A path segment of the value being scanned: an object key or an array index. */
export type JsonSegment = string | number;

/** Told about every value a {@link JsonScanner} passes: where it starts and where it ends. */
export interface JsonScanListener {
  /** A value starts at byte `offset`; its path is `scanner.segments.slice(0, depth)`. */
  value?(depth: number, offset: number): void;
  /** The value at `depth` ends just before byte `endOffset`. */
  end?(depth: number, endOffset: number): void;
}

export class JsonScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly line: number,
  ) {
    super(message);
  }
}

// scanner modes
const VALUE = 0; // a value is expected
const AFTER = 1; // a value just ended: ',' or a closer is expected
const KEY = 2; // an object key is expected (after ',')
const FIRST_KEY = 6; // an object key or '}' is expected (after '{')
const COLON = 3; // ':' is expected after a key
const STRING = 4; // inside a string (a key when `inKey`)
const SCALAR = 5; // inside a number or a literal

const isWs = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;
const endsScalar = (c: number): boolean => isWs(c) || c === 44 || c === 93 || c === 125;

/**
 * Scans JSON bytes chunk by chunk, keeping only the path to the current value (never the document),
 * and tells its listener where each value starts and ends, with 1-based line numbers. Used to split
 * a FeatureCollection into its members without reading it whole, and to find the line of a JSON pointer.
 */
export class JsonScanner {
  /** The path to the current value: keys and indexes, `depth` of them. */
  readonly segments: JsonSegment[] = [];
  /** 1-based line of the byte being scanned. */
  line = 1;
  private readonly arrays: boolean[] = [];
  private mode = VALUE;
  private inKey = false;
  private oddBackslashes = false;
  private keyParts: Buffer[] = [];
  private base = 0;

  constructor(private readonly listener: JsonScanListener) {}

  get depth(): number {
    return this.arrays.length;
  }

  /** Scans the next chunk of the input (chunks may split values anywhere, UTF-8 sequences too). */
  feed(chunk: Buffer, from = 0): void {
    const n = chunk.length;
    let i = from;
    while (i < n) {
      if (this.mode === STRING) i = this.string(chunk, i);
      else if (this.mode === SCALAR) {
        while (i < n && !endsScalar(chunk[i] as number)) i++;
        if (i < n) this.close(this.base + i);
      } else i = this.structural(chunk, i);
    }
    this.base += n;
  }

  /** Checks the input ended after one complete value. */
  finish(): void {
    if (this.mode === SCALAR) this.close(this.base);
    if (this.mode !== AFTER || this.depth !== 0) this.fail('unexpected end of input', this.base);
  }

  private fail(message: string, offset: number): never {
    throw new JsonScanError(message, offset, this.line);
  }

  private structural(chunk: Buffer, i: number): number {
    const c = chunk[i] as number;
    const at = this.base + i;
    if (isWs(c)) {
      if (c === 10) this.line++;
      return i + 1;
    }
    switch (this.mode) {
      case KEY:
      case FIRST_KEY:
        if (c === 34) {
          this.mode = STRING;
          this.inKey = true;
          this.oddBackslashes = false;
          this.keyParts = [];
          return i + 1;
        }
        if (c === 125 && this.mode === FIRST_KEY) return this.closeContainer(at, i);
        return this.fail("expected a property name in double quotes or '}'", at);
      case COLON:
        if (c !== 58) this.fail("expected ':' after the property name", at);
        this.mode = VALUE;
        return i + 1;
      case AFTER:
        if (this.depth === 0) this.fail('expected end of input after the JSON value', at);
        if (c === 44) {
          this.next();
          return i + 1;
        }
        if (c === (this.arrays[this.depth - 1] ? 93 : 125)) return this.closeContainer(at, i);
        return this.fail(`expected ',' or '${this.arrays[this.depth - 1] ? ']' : '}'}'`, at);
      default:
        if (c === 93 && this.arrays[this.depth - 1] === true && this.segments[this.depth - 1] === 0)
          return this.closeContainer(at, i); // empty array
        return this.startValue(c, at, i);
    }
  }

  private startValue(c: number, at: number, i: number): number {
    this.listener.value?.(this.depth, at);
    if (c === 123 || c === 91) {
      this.arrays.push(c === 91);
      if (c === 91) {
        this.segments.push(0);
        this.mode = VALUE;
      } else this.mode = FIRST_KEY;
      return i + 1;
    }
    if (c === 34) {
      this.mode = STRING;
      this.inKey = false;
      this.oddBackslashes = false;
      return i + 1;
    }
    if (c === 45 || (c >= 48 && c <= 57) || c === 116 || c === 102 || c === 110) {
      this.mode = SCALAR;
      return i + 1;
    }
    return this.fail('expected a value', at);
  }

  /** After ',': the next array index, or the next object key. */
  private next(): void {
    const d = this.depth - 1;
    if (this.arrays[d]) {
      this.segments[d] = (this.segments[d] as number) + 1;
      this.mode = VALUE;
    } else {
      this.segments.length = d;
      this.mode = KEY;
    }
  }

  private closeContainer(at: number, i: number): number {
    this.arrays.pop();
    this.segments.length = this.depth;
    this.close(at + 1);
    return i + 1;
  }

  /** The value at the current depth ended just before `endOffset`. */
  private close(endOffset: number): void {
    this.mode = AFTER;
    this.listener.end?.(this.depth, endOffset);
  }

  private string(chunk: Buffer, from: number): number {
    let i = from;
    for (;;) {
      if (this.oddBackslashes && i < chunk.length) {
        this.oddBackslashes = false;
        i++;
      }
      const q = chunk.indexOf(34, i);
      const stop = q === -1 ? chunk.length : q;
      let run = 0;
      while (stop - run - 1 >= i && chunk[stop - run - 1] === 92) run++;
      if (q === -1) {
        // the string goes on in the next chunk; an odd run of backslashes escapes its first byte
        this.oddBackslashes = run % 2 === 1;
        if (this.inKey) this.keyParts.push(Buffer.from(chunk.subarray(from, stop)));
        return chunk.length;
      }
      if (run % 2 === 1) {
        i = q + 1;
        continue;
      }
      if (this.inKey) {
        this.keyParts.push(chunk.subarray(from, q));
        this.endKey();
      } else this.close(this.base + q + 1);
      return q + 1;
    }
  }

  private endKey(): void {
    const raw = Buffer.concat(this.keyParts).toString('utf8');
    this.keyParts = [];
    this.segments.push(raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw);
    this.mode = COLON;
  }
}

/** Reads a file chunk by chunk into `scanner` (and `onChunk`, told each chunk's starting offset). */
export async function scanFile(
  absPath: string,
  scanner: JsonScanner,
  onChunk?: (chunk: Buffer, offset: number) => void,
): Promise<void> {
  const handle = await open(absPath, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let offset = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      const bom = offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
      onChunk?.(chunk, offset);
      scanner.feed(chunk, bom);
      offset += bytesRead;
    }
    scanner.finish();
  } finally {
    await handle.close();
  }
}

/**
 * The line of each JSON pointer in a JSON file, or of its nearest enclosing value when the pointer
 * is not in the file (e.g. a field the source's `collection` setting added). Pointers are RFC 6901.
 * One streaming pass; a file that no longer parses gives the lines found before the error.
 */
export async function locatePointers(absPath: string, pointers: Iterable<string>): Promise<Map<string, number>> {
  const wanted = new Set<string>();
  for (const p of pointers) {
    const parts = p.split('/');
    for (let k = 1; k <= parts.length; k++) wanted.add(parts.slice(0, k).join('/'));
  }
  const found = new Map<string, number>();
  const path: string[] = [''];
  const scanner: JsonScanner = new JsonScanner({
    value(depth) {
      path.length = depth + 1;
      if (depth > 0) {
        const parent = path[depth - 1];
        const seg = String(scanner.segments[depth - 1])
          .replace(/~/g, '~0')
          .replace(/\//g, '~1');
        path[depth] = parent === undefined ? '\u0000' : `${parent}/${seg}`;
      }
      const here = path[depth] as string;
      if (wanted.has(here)) found.set(here, scanner.line);
      else path[depth] = '\u0000'; // below a value nobody asked about: stop building pointers
    },
  });
  try {
    await scanFile(absPath, scanner);
  } catch {
    // lines found so far stay; the rest fall back to their nearest ancestor, if any
  }
  const lines = new Map<string, number>();
  for (const p of new Set(pointers)) {
    const parts = p.split('/');
    for (let k = parts.length; k >= 1; k--) {
      const line = found.get(parts.slice(0, k).join('/'));
      if (line !== undefined) {
        lines.set(p, line);
        break;
      }
    }
  }
  return lines;
}
