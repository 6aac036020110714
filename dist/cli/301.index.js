export const id = 301;
export const ids = [301];
export const modules = {

/***/ 8301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ numberText),
/* harmony export */   Nk: () => (/* binding */ setMember),
/* harmony export */   Q_: () => (/* binding */ JsonDepthError),
/* harmony export */   UW: () => (/* binding */ parseJsonQuickly),
/* harmony export */   Y7: () => (/* binding */ cloneJson),
/* harmony export */   gn: () => (/* binding */ withMembers),
/* harmony export */   pc: () => (/* binding */ setNumberText),
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   stringifyJson: () => (/* binding */ stringifyJson),
/* harmony export */   ww: () => (/* binding */ hasNumberTexts)
/* harmony export */ });
/* unused harmony exports parseJsonLossless, plainNumbers, MAX_JSON_DEPTH, copyNumberTexts */
/**
 * Lossless JSON, from reading to sending to comparing. `JSON.parse` reads `1e20` as the number
 * that `JSON.stringify` writes `100000000000000000000`, `10.0` as `10` and `9007199254740993` as
 * `…992`; the StacLoader reads the text as written (Python: `1e20` is a float, `10` an int and
 * `10.0` a float, integers exact). So every number whose text is not what `JSON.stringify` would
 * write keeps its text, attached to the object or array holding it (a WeakMap: other readers of
 * the document see plain numbers), and `stringifyJson` writes that text back.
 *
 * The parser below does the reading (src/sources/json-text.ts words its syntax errors for STAC
 * authors). It takes about 5x the time of
 * `JSON.parse` on a realistic 11 KB item (bench/json/run.ts), half the time of `JSON.parse` with a
 * reviver reading each number's source text (Node >= 22's source-text access: about 10x), so it is
 * used on every Node version. Most documents have no number whose text differs: a scan that skips
 * strings finds that out, and `JSON.parse` then reads them (the same values, nothing to keep).
 */
const numberTexts = new WeakMap();
/** Attaches `text` as the written form of the number at `holder[key]`. */
function setNumberText(holder, key, text) {
    let texts = numberTexts.get(holder);
    if (texts === undefined)
        numberTexts.set(holder, (texts = new Map()));
    texts.set(String(key), text);
}
/** Whether any member of `holder` keeps its number text (none: {@link numberText} answers undefined for all). */
function hasNumberTexts(holder) {
    return numberTexts.has(holder);
}
/**
 * The text the number at `holder[key]` was written as, when it differs from `JSON.stringify`'s and still
 * denotes the value there (a member replaced by another number loses its text).
 */
function numberText(holder, key) {
    const text = numberTexts.get(holder)?.get(String(key));
    if (text === undefined)
        return undefined;
    const value = holder[key];
    return typeof value === 'number' && Number(text) === value ? text : undefined;
}
/** Whether `text` is what `JSON.stringify` writes for the number it denotes. */
function isPlainNumberText(text, value) {
    return String(value) === text;
}
/** A JSON syntax error at a character offset of the text. */
class JsonSyntaxError extends SyntaxError {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** Valid JSON nested deeper than MAX_JSON_DEPTH, refused where the nesting goes too deep. */
class JsonDepthError extends JsonSyntaxError {
}
/** Parse JSON text keeping number text; throws a `JsonSyntaxError` at the first syntax error. */
function parseJson(text) {
    if (plainNumbers(text)) {
        try {
            return JSON.parse(text);
        }
        catch {
            // not JSON: the parser says where
        }
    }
    return parseJsonLossless(text);
}
/**
 * `JSON.parse` alone, for checks that need no number text (every number as `JSON.parse` reads it, none keeps its
 * text): the value {@link parseJson} gives, or undefined when the text is not JSON or could nest deeper than
 * MAX_JSON_DEPTH (parseJson then says why). Skips parseJson's scan of the numbers.
 */
function parseJsonQuickly(text) {
    if (brackets(text) > MAX_JSON_DEPTH)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** How many `{` and `[` `s` holds, strings included (a bound on its nesting), counting no further than the limit. */
function brackets(s) {
    let n = 0;
    for (const c of ['{', '[']) {
        for (let i = s.indexOf(c); i !== -1 && n <= MAX_JSON_DEPTH; i = s.indexOf(c, i + 1))
            n++;
    }
    return n;
}
/** {@link parseJson} by the parser alone, never through `JSON.parse`. */
function parseJsonLossless(text) {
    return new Parser(text).document();
}
/**
 * Whether the parser would keep no number's text, and `JSON.parse` reads `s` as it would: every number outside
 * strings writes as `JSON.stringify` writes it, nesting stays within MAX_JSON_DEPTH. Strings are skipped
 * whole (`indexOf`); anything unexpected answers false (the parser then reads the text, or says why it cannot).
 */
function plainNumbers(s) {
    let depth = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 34) {
            i = closingQuote(s, i);
            if (i === -1)
                return false;
        }
        else if (c === 123 || c === 91) {
            if (++depth > MAX_JSON_DEPTH)
                return false;
        }
        else if (c === 125 || c === 93)
            depth--;
        else if (c === 45 || (c >= 48 && c <= 57)) {
            const end = numberEnd(s, i);
            if (keepsText(s, i, end))
                return false;
            i = end - 1;
        }
    }
    return true;
}
/** The offset of the quote closing the string opened at `open` (-1: none). */
function closingQuote(s, open) {
    let q = open;
    for (;;) {
        q = s.indexOf('"', q + 1);
        if (q === -1)
            return -1;
        let backslashes = 0;
        while (s.charCodeAt(q - 1 - backslashes) === 92)
            backslashes++;
        if (backslashes % 2 === 0)
            return q;
    }
}
/** Where the number token starting at `i` ends (its syntax is the parser's to check). */
function numberEnd(s, i) {
    for (;;) {
        const c = s.charCodeAt(++i);
        if (!((c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45))
            return i;
    }
}
/**
 * Whether the number written `s[start, end)` keeps its text: it is not what `String(Number(text))` writes.
 * Decided without building the string for the common short forms (see isShortFraction).
 */
function keepsText(s, start, end) {
    const intStart = s.charCodeAt(start) === 45 ? start + 1 : start;
    let i = digits(s, intStart);
    let plain = i - intStart <= 15;
    if (s.charCodeAt(i) === 46) {
        const fracStart = i + 1;
        i = digits(s, fracStart);
        plain = plain && isShortFraction(s, intStart, fracStart, i);
    }
    if (i !== end)
        plain = false; // an exponent (or a malformed number)
    if (plain && (start === intStart || hasNonZeroDigit(s, intStart, end)))
        return false;
    const text = s.slice(start, end);
    return !isPlainNumberText(text, Number(text));
}
function digits(s, i) {
    for (;;) {
        const c = s.charCodeAt(i);
        if (!(c >= 48 && c <= 57))
            return i; // NaN past the end
        i++;
    }
}
/** Whether a digit other than 0 is in `s[from, to)` (a negative number without one is -0). */
function hasNonZeroDigit(s, from, to) {
    for (let i = from; i < to; i++) {
        const c = s.charCodeAt(i);
        if (c >= 49 && c <= 57)
            return true;
    }
    return false;
}
/**
 * Whether a decimal `int.frac` (no exponent) is certainly written as `String(Number(text))` writes it: at most
 * 15 significant digits (so no shorter text denotes the same double), no trailing zero, and not below 1e-6
 * (where JavaScript switches to exponent notation).
 */
function isShortFraction(s, intStart, fracStart, end) {
    if (s.charCodeAt(end - 1) === 48)
        return false;
    const intIsZero = fracStart - intStart === 2 && s.charCodeAt(intStart) === 48;
    if (!intIsZero)
        return end - intStart - 1 <= 15;
    let lead = fracStart;
    while (s.charCodeAt(lead) === 48)
        lead++;
    return lead - fracStart < 6 && end - lead <= 15;
}
/**
 * How deep a document may nest. No STAC document comes near it; Python's JSON readers (the StacLoader's)
 * refuse deeper ones, and deeper ones would overflow this parser's stack.
 */
const MAX_JSON_DEPTH = 1000;
/** A recursive-descent JSON parser that keeps number text and says where a syntax error is. */
class Parser {
    s;
    i = 0;
    depth = 0;
    constructor(s) {
        this.s = s;
    }
    document() {
        const v = this.value();
        this.ws();
        if (this.i < this.s.length)
            this.fail('end of input after the JSON value');
        return v;
    }
    ws() {
        const s = this.s;
        let i = this.i;
        for (;;) {
            const c = s.charCodeAt(i);
            if (c === 32 || c === 10 || c === 13 || c === 9)
                i++;
            else
                break;
        }
        this.i = i;
    }
    fail(expected) {
        const at = this.i;
        throw new JsonSyntaxError(`expected ${expected}, found ${at >= this.s.length ? 'end of input' : `'${this.s[at]}'`}`, at);
    }
    /** A value; a number inside a container keeps its text on the holder. */
    value(holder, key = '') {
        this.ws();
        const c = this.s.charCodeAt(this.i);
        if (c === 123 || c === 91)
            return this.nested(c === 123);
        if (c === 34)
            return this.string();
        if (c === 45 || (c >= 48 && c <= 57))
            return this.number(holder, key);
        if (c === 116)
            return this.literal('true', true);
        if (c === 102)
            return this.literal('false', false);
        if (c === 110)
            return this.literal('null', null);
        return this.fail('a value');
    }
    number(holder, key) {
        const s = this.s;
        const start = this.i;
        let i = start;
        if (s.charCodeAt(i) === 45)
            i++;
        const first = s.charCodeAt(i);
        if (first === 48)
            i++;
        else if (first > 48 && first <= 57)
            i = digits(s, i);
        else
            return this.fail('a value');
        if (s.charCodeAt(i) === 46) {
            const fracStart = i + 1;
            i = digits(s, fracStart);
            if (i === fracStart) {
                this.i = i;
                return this.fail('a digit after the decimal point');
            }
        }
        const e = s.charCodeAt(i);
        if (e === 101 || e === 69) {
            i++;
            const sign = s.charCodeAt(i);
            if (sign === 43 || sign === 45)
                i++;
            const expStart = i;
            i = digits(s, i);
            if (i === expStart) {
                this.i = i;
                return this.fail('a digit in the exponent');
            }
        }
        this.i = i;
        const text = s.slice(start, i);
        if (holder !== undefined && keepsText(s, start, i))
            setNumberText(holder, key, text);
        return Number(text);
    }
    literal(word, v) {
        for (let k = 0; k < word.length; k++) {
            if (this.s[this.i + k] !== word[k]) {
                this.i += k;
                this.fail(`'${word}'`);
            }
        }
        this.i += word.length;
        return v;
    }
    string() {
        const s = this.s;
        const start = ++this.i;
        let escaped = false;
        for (let i = start; i < s.length; i++) {
            const c = s.charCodeAt(i);
            if (c === 34) {
                this.i = i + 1;
                const body = s.slice(start, i);
                return escaped ? JSON.parse(`"${body}"`) : body;
            }
            if (c < 0x20)
                throw new JsonSyntaxError('unescaped control character in string (a string cannot span lines)', i);
            if (c === 92) {
                escaped = true;
                const e = s[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6)))
                        throw new JsonSyntaxError('invalid \\u escape in string', i);
                    i += 5;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    i++;
                else
                    throw new JsonSyntaxError(`invalid escape '\\${e ?? ''}' in string`, i);
            }
        }
        throw new JsonSyntaxError('unterminated string', s.length);
    }
    nested(isObject) {
        if (++this.depth > MAX_JSON_DEPTH)
            throw new JsonDepthError(`JSON nested more than ${MAX_JSON_DEPTH} levels deep (no STAC document is)`, this.i);
        try {
            return isObject ? this.object() : this.array();
        }
        finally {
            this.depth--;
        }
    }
    object() {
        const out = {};
        this.i++;
        this.ws();
        if (this.s[this.i] === '}') {
            this.i++;
            return out;
        }
        for (;;) {
            this.ws();
            if (this.s[this.i] !== '"')
                this.fail(this.s[this.i] === '}'
                    ? "a property name (no trailing comma before '}')"
                    : 'a property name in double quotes');
            const key = this.string();
            this.ws();
            if (this.s[this.i] !== ':')
                this.fail("':' after the property name");
            this.i++;
            // a repeated member: the last one counts (as in Python), with its own text or none
            if (Object.hasOwn(out, key))
                numberTexts.get(out)?.delete(key);
            const v = this.value(out, key);
            setMember(out, key, v);
            this.ws();
            const c = this.s[this.i++];
            if (c === ',')
                continue;
            if (c === '}')
                return out;
            this.i--;
            this.fail("',' or '}' after a property value");
        }
    }
    array() {
        const out = [];
        this.i++;
        this.ws();
        if (this.s[this.i] === ']') {
            this.i++;
            return out;
        }
        for (;;) {
            this.ws();
            if (this.s[this.i] === ']')
                this.fail("a value (no trailing comma before ']')");
            out.push(this.value(out, out.length));
            this.ws();
            const c = this.s[this.i++];
            if (c === ',')
                continue;
            if (c === ']')
                return out;
            this.i--;
            this.fail("',' or ']' after an array element");
        }
    }
}
/**
 * `JSON.stringify` that writes numbers as they were read (see `parseJsonText`). `indent` > 0 gives the
 * layout of `JSON.stringify(value, null, indent)`.
 */
function stringifyJson(value, indent = 0) {
    return write(value, undefined, indent > 0 ? ' '.repeat(indent) : '', '') ?? 'null';
}
function write(v, text, step, pad) {
    if (v === null)
        return 'null';
    switch (typeof v) {
        case 'string':
            return quote(v);
        case 'number':
            return text !== undefined && Number(text) === v ? text : Number.isFinite(v) ? String(v) : 'null';
        case 'boolean':
            return v ? 'true' : 'false';
        case 'object':
            return Array.isArray(v) ? writeArray(v, step, pad) : writeObject(v, step, pad);
        case 'bigint':
            return v.toString();
        default:
            return undefined;
    }
}
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function quote(s) {
    return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}
function writeArray(a, step, pad) {
    if (a.length === 0)
        return '[]';
    const texts = numberTexts.get(a);
    const inner = pad + step;
    let out = '';
    for (let i = 0; i < a.length; i++) {
        const text = write(a[i], texts?.get(String(i)), step, inner) ?? 'null';
        out += i === 0 ? text : step === '' ? `,${text}` : `,\n${inner}${text}`;
    }
    return step === '' ? `[${out}]` : `[\n${inner}${out}\n${pad}]`;
}
function writeObject(o, step, pad) {
    const json = o.toJSON;
    if (typeof json === 'function')
        return JSON.stringify(o);
    const texts = numberTexts.get(o);
    const inner = pad + step;
    let out = '';
    for (const k in o) {
        if (!Object.prototype.hasOwnProperty.call(o, k))
            continue;
        const text = write(o[k], texts?.get(k), step, inner);
        if (text === undefined)
            continue;
        const member = step === '' ? `${quote(k)}:${text}` : `${quote(k)}: ${text}`;
        out += out === '' ? member : step === '' ? `,${member}` : `,\n${inner}${member}`;
    }
    if (out === '')
        return '{}';
    return step === '' ? `{${out}}` : `{\n${inner}${out}\n${pad}}`;
}
/** A deep copy of a JSON value that keeps number text. */
function cloneJson(v) {
    if (Array.isArray(v)) {
        const out = v.map((x) => cloneJson(x));
        copyNumberTexts(v, out);
        return out;
    }
    if (v !== null && typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = cloneJson(x);
        copyNumberTexts(v, out);
        return out;
    }
    return v;
}
/** Carries the number texts of `from`'s members over to `to` (e.g. after `{ ...doc }`). */
function copyNumberTexts(from, to) {
    const texts = numberTexts.get(from);
    if (texts !== undefined)
        for (const [k, t] of texts)
            setNumberText(to, k, t);
}
/** `{ ...base, ...members }` keeping the number text of `base`'s members (a spread alone drops it). */
function withMembers(base, members) {
    const out = { ...base, ...members };
    copyNumberTexts(base, out);
    return out;
}
/**
 * `out[key] = value` for a key taken from a document: a member named `__proto__` is an own member like any other
 * (plain assignment would set the object's prototype and lose it).
 */
function setMember(out, key, value) {
    if (key === '__proto__')
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else
        out[key] = value;
}


/***/ })

};
