import { HTML_ENTITIES } from './html-entities.js';

/**
 * python-slugify 8.0.4 `slugify(text, regex_pattern=r"[/\?#%& ]+")` with its defaults
 * (lowercase, entities/decimal/hexadecimal decoding, no max_length, no stopwords), as
 * MAAP's DPS item generator calls it (protocol §3.2 step 4).
 *
 * Limits: the ASCII transliteration (python-slugify uses text_unidecode, a table covering the
 * whole Basic Multilingual Plane) is NFKD plus the small table below: Latin-1 symbols, the
 * Latin Extended-A letters that do not decompose, combining marks and common punctuation.
 * Greek, Cyrillic, CJK and the rest are dropped and reported by {@link transliterationGaps};
 * for those the real generator would produce a different id. Characters outside the BMP
 * (emoji) are dropped, as text_unidecode does.
 */

/** text_unidecode's output for the non-ASCII characters that survive NFKD, for the ranges we cover. */
const TRANSLITERATION: ReadonlyMap<number, string> = new Map<number, string>([
  // Latin-1 supplement
  [0xa1, '!'],
  [0xa2, 'C/'],
  [0xa3, 'PS'],
  [0xa4, '$?'],
  [0xa5, 'Y='],
  [0xa6, '|'],
  [0xa7, 'SS'],
  [0xa9, '(c)'],
  [0xab, '<<'],
  [0xac, '!'],
  [0xad, ''],
  [0xae, '(r)'],
  [0xb0, 'deg'],
  [0xb1, '+-'],
  [0xb6, 'P'],
  [0xb7, '*'],
  [0xbb, '>>'],
  [0xbf, '?'],
  [0xc6, 'AE'],
  [0xd0, 'D'],
  [0xd7, 'x'],
  [0xd8, 'O'],
  [0xde, 'Th'],
  [0xdf, 'ss'],
  [0xe6, 'ae'],
  [0xf0, 'd'],
  [0xf7, '/'],
  [0xf8, 'o'],
  [0xfe, 'th'],
  // Latin Extended-A letters without a decomposition
  [0x110, 'D'],
  [0x111, 'd'],
  [0x126, 'H'],
  [0x127, 'h'],
  [0x131, 'i'],
  [0x138, 'k'],
  [0x141, 'L'],
  [0x142, 'l'],
  [0x14a, 'ng'],
  [0x14b, 'NG'],
  [0x152, 'OE'],
  [0x153, 'oe'],
  [0x166, 'T'],
  [0x167, 't'],
  // General punctuation
  [0x200b, ' '],
  [0x200c, ''],
  [0x200d, ''],
  [0x200e, ''],
  [0x200f, ''],
  [0x2010, '-'],
  [0x2012, '-'],
  [0x2013, '-'],
  [0x2014, '--'],
  [0x2015, '--'],
  [0x2016, '||'],
  [0x2018, "'"],
  [0x2019, "'"],
  [0x201a, ','],
  [0x201b, "'"],
  [0x201c, '"'],
  [0x201d, '"'],
  [0x201e, ',,'],
  [0x201f, '"'],
  [0x2020, '+'],
  [0x2021, '++'],
  [0x2022, '*'],
  [0x2023, '*>'],
  [0x2027, '.'],
  [0x2028, '\n'],
  [0x2029, '\n\n'],
  [0x202a, ''],
  [0x202b, ''],
  [0x202c, ''],
  [0x202d, ''],
  [0x202e, ''],
  [0x2030, '%0'],
  [0x2031, '%00'],
  [0x2032, "'"],
  [0x2035, '`'],
  [0x2038, '^'],
  [0x2039, '<'],
  [0x203a, '>'],
  [0x203b, '*'],
  [0x203d, '!?'],
  [0x203f, '_'],
  [0x2040, '-'],
  [0x2041, '^'],
  [0x2042, '***'],
  [0x2043, '--'],
  [0x2044, '/'],
  [0x2045, '-['],
  [0x2046, ']-'],
]);

/** U+0363..U+036F, the combining Latin small letters, which text_unidecode spells out. */
const COMBINING_LETTERS = 'aeioucdhmrtvx';

type Lookup = { text: string; known: boolean };

function transliterateChar(cp: number): Lookup {
  if (cp < 0x80) return { text: String.fromCodePoint(cp), known: true };
  if (cp > 0xffff) return { text: '', known: true }; // beyond text_unidecode's table: dropped
  if (cp >= 0x80 && cp <= 0x9f) return { text: '', known: true }; // C1 controls
  if (cp >= 0x300 && cp <= 0x362) return { text: '', known: true }; // combining diacritics
  if (cp >= 0x363 && cp <= 0x36f) return { text: COMBINING_LETTERS[cp - 0x363] ?? '', known: true };
  const t = TRANSLITERATION.get(cp);
  return t === undefined ? { text: '', known: false } : { text: t, known: true };
}

/** NFKD, then each character to ASCII (text_unidecode's `unidecode`, within the table above). */
function unidecode(text: string, gaps?: Set<string>): string {
  let out = '';
  for (const ch of text.normalize('NFKD')) {
    const r = transliterateChar(ch.codePointAt(0) ?? 0);
    if (!r.known) gaps?.add(ch);
    out += r.text;
  }
  return out;
}

const QUOTES = /'+/g;
const CHAR_ENTITY = /&([A-Za-z0-9]+);/g;
const DECIMAL_REF = /&#(\d+);/g;
const HEX_REF = /&#x([\da-fA-F]+);/g;
const NUMBER_COMMA = /(?<=\p{Nd}),(?=\p{Nd})/gu;
const DISALLOWED = /[/?#%& ]+/g;
const DUPLICATE_DASH = /-{2,}/g;

/**
 * python-slugify substitutes character references with `chr(int(...))` inside `try/except: pass`,
 * so one out-of-range reference leaves every reference of that kind untouched.
 */
function decodeRefs(text: string, pattern: RegExp, radix: number): string {
  const codes = [...text.matchAll(pattern)].map((m) => parseInt(m[1] ?? '', radix));
  if (codes.some((c) => !(c <= 0x10ffff))) return text;
  return text.replace(pattern, (_m, digits: string) => String.fromCodePoint(parseInt(digits, radix)));
}

function decodeEntities(text: string): string {
  text = text.replace(CHAR_ENTITY, (m, name: string) => {
    const cp = HTML_ENTITIES.get(name);
    return cp === undefined ? m : String.fromCodePoint(cp);
  });
  text = decodeRefs(text, DECIMAL_REF, 10);
  return decodeRefs(text, HEX_REF, 16);
}

function stripDashes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '-') start++;
  while (end > start && text[end - 1] === '-') end--;
  return text.slice(start, end);
}

/** The collection-id slug rule of MAAP's DPS generator (python-slugify 8.0.4 with `regex_pattern=r"[/\?#%& ]+"`). */
export function slugifyCollectionId(input: string): string {
  return slugifyWith(input);
}

function slugifyWith(input: string, gaps?: Set<string>): string {
  let text = input.replace(QUOTES, '-'); // 1. quotes to dashes
  text = unidecode(text, gaps); // 2. NFKD + transliteration to ASCII
  text = decodeEntities(text); // 3. &name; &#NN; &#xHH;
  text = text.normalize('NFKD'); // 4. NFKD again (entities may have produced non-ASCII)
  text = text.toLowerCase(); // 5.
  text = text.replace(QUOTES, ''); // 6. remaining quotes
  text = text.replace(NUMBER_COMMA, ''); // 7. 1,000 -> 1000
  text = text.replace(DISALLOWED, '-'); // 8. the regex_pattern
  text = text.replace(DUPLICATE_DASH, '-'); // 9.
  return stripDashes(text); // 10.
}

/**
 * Characters of `input` this implementation cannot transliterate the way text_unidecode does
 * (they are dropped). Non-empty means the real DPS generator may derive a different id.
 */
export function transliterationGaps(input: string): string[] {
  const gaps = new Set<string>();
  slugifyWith(input, gaps);
  return [...gaps];
}
