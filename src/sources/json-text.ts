/**
 * JSON parsing that says where a syntax error is. `JSON.parse` does the work; when it fails,
 * a small scanner finds the offending offset (V8's messages do not reliably carry a position).
 */

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

class JsonSyntax extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Scan `text` as JSON and report the first syntax error, or undefined when it is valid. */
export function findSyntaxError(text: string): { message: string; offset: number } | undefined {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else break;
    }
  };
  const describe = (at: number) => (at >= n ? 'end of input' : `'${text[at]}'`);
  const fail = (expected: string): never => {
    throw new JsonSyntax(`expected ${expected}, found ${describe(i)}`, i);
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++) {
      if (text[i + k] !== word[k]) {
        i += k;
        fail(`'${word}'`);
      }
    }
    i += word.length;
  };
  const string = () => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) throw new JsonSyntax('unescaped control character in string (a string cannot span lines)', i);
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            throw new JsonSyntax('invalid \\u escape in string', i);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else throw new JsonSyntax(`invalid escape '\\${e ?? ''}' in string`, i);
      } else i++;
    }
    throw new JsonSyntax('unterminated string', i);
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) {
      fail('a value');
      return;
    }
    i += m[0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"')
          fail(text[i] === '}' ? "a property name (no trailing comma before '}')" : 'a property name in double quotes');
        string();
        ws();
        if (text[i] !== ':') fail("':' after the property name");
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail("',' or '}' after a property value");
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === ']') fail("a value (no trailing comma before ']')");
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail("',' or ']' after an array element");
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else fail('a value');
  };
  try {
    value();
    ws();
    if (i < n) fail('end of input after the JSON value');
    return undefined;
  } catch (err) {
    if (err instanceof JsonSyntax) return { message: err.message, offset: err.offset };
    throw err;
  }
}
