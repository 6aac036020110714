import { describe, expect, it } from 'vitest';
import {
  cloneJson,
  copyNumberTexts,
  JsonDepthError,
  JsonSyntaxError,
  MAX_JSON_DEPTH,
  numberText,
  parseJson,
  parseJsonLossless,
  plainNumbers,
  stringifyJson,
} from '../src/json.js';
import { parseJsonText } from '../src/sources/json-text.js';
import { refusalsByModel } from '../src/compare/stored-form.js';

const DOC =
  '{"a":1e20,"b":[10.0,9007199254740993,-9007199254740995,123456789012345678901234567890],' +
  '"c":{"d":-0,"e":1E5,"f":0.0000001,"g":1.10,"h":1.5,"i":42,"j":"1e20"},"k":[[-180.0,90]],"l":1e400}';

describe('lossless JSON', () => {
  it('writes every number back as it was written', () => {
    const v = parseJson(DOC);
    expect(stringifyJson(v)).toBe(DOC);
    // what JSON.parse/JSON.stringify did before: the numbers are rewritten
    expect(JSON.stringify(JSON.parse(DOC))).not.toBe(DOC);
  });

  it('keeps the plain values for every other reader', () => {
    const v = parseJson(DOC) as Record<string, Record<string, unknown>>;
    expect(v['a']).toBe(1e20);
    expect(v['c']?.['h']).toBe(1.5);
    expect(JSON.stringify(v['c'])).toBe('{"d":0,"e":100000,"f":1e-7,"g":1.1,"h":1.5,"i":42,"j":"1e20"}');
  });

  it('indents like JSON.stringify', () => {
    const plain = { a: [1, { b: 'x', c: [] }, {}], d: null, e: undefined, f: true };
    expect(stringifyJson(plain, 2)).toBe(JSON.stringify(plain, null, 2));
    expect(stringifyJson(parseJson('{"x":[1.0,{"y":2.50}]}'), 2)).toBe(
      '{\n  "x": [\n    1.0,\n    {\n      "y": 2.50\n    }\n  ]\n}',
    );
  });

  it('drops the text of a number that was replaced, keeps it through clones and spreads', () => {
    const v = parseJson('{"n":10.0,"m":[1e20]}') as { n: number; m: number[] };
    expect(numberText(v, 'n')).toBe('10.0');
    const copy = cloneJson(v);
    expect(stringifyJson(copy)).toBe('{"n":10.0,"m":[1e20]}');
    const spread = { ...v, extra: true };
    copyNumberTexts(v, spread);
    expect(stringifyJson(spread)).toBe('{"n":10.0,"m":[1e20],"extra":true}');
    v.n = 11;
    expect(stringifyJson(v)).toBe('{"n":11,"m":[1e20]}');
  });

  it('reads a repeated member as Python and JSON.parse do: the last one, with its text or none (review s6v)', () => {
    const v = parseJson('{"a":10.0,"b":[1],"a":10,"c":1e20,"c":100000000000000000000,"d":1.50,"d":1.5}');
    expect(Object.keys(v as object)).toEqual(['a', 'b', 'c', 'd']);
    // Python's json.loads: {'a': 10, 'b': [1], 'c': 100000000000000000000, 'd': 1.5}
    expect(stringifyJson(v)).toBe('{"a":10,"b":[1],"c":100000000000000000000,"d":1.5}');
    expect(stringifyJson(parseJson('{"a":10,"a":10.0}'))).toBe('{"a":10.0}');
    // an integer beyond 64 bits, read last, is one the loader cannot store
    const item = parseJson(
      '{"type":"Feature","id":"x","collection":"c","geometry":null,"properties":{"datetime":null,' +
        '"start_datetime":"2020-01-01T00:00:00Z","end_datetime":"2020-01-01T00:00:00Z",' +
        '"x:n":1e20,"x:n":100000000000000000000},"assets":{},"links":[]}',
    );
    expect(refusalsByModel(item).map((e) => `${e.rule}@${e.pointer}`)).toEqual([
      'loader:integer-range@/properties/x:n',
      'loader:null-geometry@/geometry',
    ]);
  });

  it('reads __proto__ as an ordinary member, as JSON.parse does', () => {
    const v = parseJson('{"__proto__":{"x":1.0}}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(stringifyJson(v)).toBe('{"__proto__":{"x":1.0}}');
  });

  it('says at which offset the text stops being JSON', () => {
    expect(() => parseJson('{\n  "a": 1,\n}')).toThrow(JsonSyntaxError);
    const offsetOf = (text: string): number => {
      try {
        parseJson(text);
        return -1;
      } catch (err) {
        return (err as JsonSyntaxError).offset;
      }
    };
    expect(offsetOf('{\n  "a": 1,\n}')).toBe(12);
    expect(offsetOf('[1,]')).toBe(3);
    expect(offsetOf('{"a": "x\ny"}')).toBe(8);
    expect(offsetOf('-')).toBe(0);
    expect(offsetOf('[01]')).toBe(2);
    // the source readers word it for STAC authors, from the same parse
    expect(parseJsonText('{\n  "a": 1,\n}')).toMatchObject({ ok: false, line: 3, column: 1 });
  });

  it('decodes escapes like JSON.parse', () => {
    const text = '{"s":"a\\"b\\\\c\\u00e9\\n\\/","k\\u0041":1}';
    expect(parseJson(text)).toEqual(JSON.parse(text));
  });

  it('round-trips generated documents byte for byte and reads the same values as JSON.parse', () => {
    const random = seeded(11);
    for (let n = 0; n < 300; n++) {
      const text = `[${randomJson(random, 0)}]`; // a number keeps its text inside an array or object
      const value = parseJson(text);
      expect(stringifyJson(value)).toBe(text);
      expect(value).toEqual(JSON.parse(text));
    }
  });

  it('reads through JSON.parse exactly the texts in which no number keeps its text, to the same result', () => {
    const random = seeded(12);
    let fast = 0;
    for (let n = 0; n < 2000; n++) {
      const text = spaced(random, `{"a":${randomJson(random, 0)},"b":${randomJson(random, 0)}}`);
      const lossless = parseJsonLossless(text);
      const written = stringifyJson(lossless);
      // the parser kept no number text exactly when the text's values write as JSON.stringify writes them
      expect(plainNumbers(text), text).toBe(written === JSON.stringify(lossless));
      if (plainNumbers(text)) fast++;
      const value = parseJson(text);
      expect(value).toEqual(lossless);
      expect(stringifyJson(value)).toBe(written);
    }
    expect(fast).toBeGreaterThan(200);
    expect(fast).toBeLessThan(1800);
  });

  it('keeps the lossless reading for big integers, exponents, trailing zeros and -0 (not in strings)', () => {
    for (const n of ['18446744073709551616', '-9223372036854775809', '1e5', '2E-3', '1.50', '-0', '-0.0', '0.0000001'])
      expect(plainNumbers(`{"x":[${n}]}`), n).toBe(false);
    for (const n of ['0', '-1', '1.5', '0.000001', '123456789012345', '-180.25', '1234567890123456'])
      expect(plainNumbers(`{"x":[${n}]}`), n).toBe(true);
    const inStrings = '{"id":"18446744073709551616","t":"2020-01-01T00:00:00.000Z","e":"1e5\\\\","q":"a\\"1e5"}';
    expect(plainNumbers(inStrings)).toBe(true);
    expect(parseJson(inStrings)).toEqual(JSON.parse(inStrings));
    // an integer orjson cannot store still reaches the loader model exact
    const big = parseJson('{"n":18446744073709551616}') as Record<string, unknown>;
    expect(numberText(big, 'n')).toBe('18446744073709551616');
  });

  it("refuses the same texts through either path, with the parser's words", () => {
    const deep = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
    expect(plainNumbers(deep)).toBe(false);
    expect(() => parseJson(deep)).toThrow(JsonDepthError);
    for (const bad of ['{"a":1,}', '{"a":01}', '{"a":"x', '{"a":1} x', '\ufeff{}', '{"a":"\\q"}']) {
      let message = '';
      try {
        parseJsonLossless(bad);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message, bad).not.toBe('');
      expect(() => parseJson(bad), bad).toThrow(message);
    }
  });
});

/** `text` with whitespace added after some commas and colons (outside strings). */
function spaced(random: () => number, text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    out += c;
    if (c === '"' && text[i - 1] !== '\\') inString = !inString;
    if (!inString && (c === ',' || c === ':') && random() < 0.3) out += random() < 0.5 ? ' ' : '\n  ';
  }
  return out;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NUMBER_TEXTS = ['0', '-0', '10.0', '1e20', '1E+5', '2.5e-3', '0.0000001', '9007199254740993', '1.10', '-180.0'];
const STRINGS = ['', 'a', 'x"y', 'tab\t', 'é', '\u2028', '1e20', 'back\\slash'];

function randomJson(random: () => number, depth: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const r = random();
  if (depth < 4 && r < 0.3) {
    const n = Math.floor(random() * 5);
    const members = Array.from(
      { length: n },
      (_, i) => `${JSON.stringify(`k${pick(STRINGS)}${i}`)}:${randomJson(random, depth + 1)}`,
    );
    return `{${members.join(',')}}`;
  }
  if (depth < 4 && r < 0.5) {
    return `[${Array.from({ length: Math.floor(random() * 5) }, () => randomJson(random, depth + 1)).join(',')}]`;
  }
  if (r < 0.8) {
    const digits = String(Math.floor(random() * 10 ** Math.floor(random() * 22)));
    return pick([pick(NUMBER_TEXTS), digits, `-${digits}.${digits}`, `${digits}e${Math.floor(random() * 40) - 20}`]);
  }
  if (r < 0.9) return JSON.stringify(pick(STRINGS));
  return pick(['true', 'false', 'null']);
}
