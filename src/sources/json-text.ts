/**
 * JSON parsing that says where a syntax error is. `JSON.parse` does the work; when it fails,
 * jsonc-parser (strict: no comments, no trailing commas) finds the offending offset (V8's messages
 * do not reliably carry a position), and the error is said in words a STAC author can act on.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';

export type JsonParseResult =
  { ok: true; value: unknown } | { ok: false; message: string; offset: number; line: number; column: number };

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parse JSON text; on a syntax error, return its message and 1-based line/column. */
export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const found = findSyntaxError(text);
    const message = found?.message ?? (err instanceof Error ? err.message : String(err));
    const offset = found?.offset ?? 0;
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
