export const id = 460;
export const ids = [460,301];
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


/***/ }),

/***/ 4460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ locatePointers),
/* harmony export */   VF: () => (/* binding */ JsonScanner),
/* harmony export */   bi: () => (/* binding */ MAX_DOCUMENT_BYTES),
/* harmony export */   iE: () => (/* binding */ JsonScanError),
/* harmony export */   lk: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* unused harmony exports lineColumnAt, scanFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8301);

/**
 * JSON parsing that says where a syntax error is. src/json.ts does the work (numbers keep the text
 * they were written with); when it fails, jsonc-parser (strict: no comments, no trailing commas)
 * finds the offending offset (V8's messages do not reliably carry a position), and the error is
 * said in words a STAC author can act on.
 */


/**
 * The largest single document stac-ingest reads (a `.json` file, an NDJSON line, one member of a
 * FeatureCollection): past it, reading stops with an error naming the file and line instead of
 * running out of memory. 64 times SNS's 256 KiB message limit.
 */
const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
/** Parse JSON text; on a syntax error, return its message and 1-based line/column. */
function parseJsonText(text) {
    try {
        return { ok: true, value: (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(text) };
    }
    catch (err) {
        // valid JSON nested too deep has no syntax error to find (and would overflow the finder's stack)
        const found = err instanceof _json_js__WEBPACK_IMPORTED_MODULE_2__/* .JsonDepthError */ .Q_ ? undefined : findSyntaxError(text);
        const message = found?.message ?? (err instanceof Error ? err.message : String(err));
        const offset = found?.offset ?? (err instanceof _json_js__WEBPACK_IMPORTED_MODULE_2__/* .JsonSyntaxError */ .q3 ? err.offset : 0);
        return { ok: false, message, offset, ...lineColumnAt(text, offset) };
    }
}
/** 1-based line and column of a character offset (columns count UTF-16 code units). */
function lineColumnAt(text, offset) {
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
function firstError(text) {
    const stack = [];
    let afterValue = false;
    let wantName = false;
    let first;
    const close = () => {
        stack.pop();
        if (stack.length === 0)
            afterValue = true;
    };
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.visit)(text, {
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
            first ??= { code: (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.printParseErrorCode)(code), offset, length, container, afterValue, wantName };
        },
    }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    return first;
}
/** Inside a string token jsonc-parser refused: the offending character and what is wrong with it. */
function stringProblem(text, start, end) {
    for (let i = start + 1; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x20)
            return { message: 'unescaped control character in string (a string cannot span lines)', offset: i };
        if (c !== 92)
            continue;
        const e = text[i + 1];
        if (e === 'u') {
            if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                return { message: 'invalid \\u escape in string', offset: i };
            i += 5;
        }
        else if (e !== undefined && '"\\/bfnrt'.includes(e))
            i++;
        else
            return { message: `invalid escape '\\${e ?? ''}' in string`, offset: i };
    }
    // jsonc-parser ends a string token at a line break: that is the offending character
    if (text.charCodeAt(end) < 0x20)
        return { message: 'unescaped control character in string (a string cannot span lines)', offset: end };
    return { message: 'unterminated string', offset: end };
}
/** What was expected where jsonc-parser stopped, in the words of the old messages. */
function expected(text, e) {
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
            if (e.container === '{' && e.wantName)
                return 'a property name in double quotes';
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
function findSyntaxError(text) {
    const e = firstError(text);
    if (e === undefined)
        return undefined;
    if (STRING_ERRORS.has(e.code))
        return stringProblem(text, e.offset, e.offset + e.length);
    const found = e.offset >= text.length ? 'end of input' : `'${text[e.offset]}'`;
    return { message: `expected ${expected(text, e)}, found ${found}`, offset: e.offset };
}
class JsonScanError extends Error {
    offset;
    line;
    constructor(message, offset, line) {
        super(message);
        this.offset = offset;
        this.line = line;
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
const isWs = (c) => c === 32 || c === 10 || c === 13 || c === 9;
const endsScalar = (c) => isWs(c) || c === 44 || c === 93 || c === 125;
/**
 * Scans JSON bytes chunk by chunk, keeping only the path to the current value (never the document),
 * and tells its listener where each value starts and ends, with 1-based line numbers. Used to split
 * a FeatureCollection into its members without reading it whole, and to find the line of a JSON pointer.
 */
class JsonScanner {
    listener;
    /** The path to the current value: keys and indexes, `depth` of them. */
    segments = [];
    /** 1-based line of the byte being scanned. */
    line = 1;
    arrays = [];
    mode = VALUE;
    inKey = false;
    oddBackslashes = false;
    keyParts = [];
    base = 0;
    constructor(listener) {
        this.listener = listener;
    }
    get depth() {
        return this.arrays.length;
    }
    /** Scans the next chunk of the input (chunks may split values anywhere, UTF-8 sequences too). */
    feed(chunk, from = 0) {
        const n = chunk.length;
        let i = from;
        while (i < n) {
            if (this.mode === STRING)
                i = this.string(chunk, i);
            else if (this.mode === SCALAR) {
                while (i < n && !endsScalar(chunk[i]))
                    i++;
                if (i < n)
                    this.close(this.base + i);
            }
            else
                i = this.structural(chunk, i);
        }
        this.base += n;
    }
    /** Checks the input ended after one complete value. */
    finish() {
        if (this.mode === SCALAR)
            this.close(this.base);
        if (this.mode !== AFTER || this.depth !== 0)
            this.fail('unexpected end of input', this.base);
    }
    fail(message, offset) {
        throw new JsonScanError(message, offset, this.line);
    }
    structural(chunk, i) {
        const c = chunk[i];
        const at = this.base + i;
        if (isWs(c)) {
            if (c === 10)
                this.line++;
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
                if (c === 125 && this.mode === FIRST_KEY)
                    return this.closeContainer(at, i);
                return this.fail("expected a property name in double quotes or '}'", at);
            case COLON:
                if (c !== 58)
                    this.fail("expected ':' after the property name", at);
                this.mode = VALUE;
                return i + 1;
            case AFTER:
                if (this.depth === 0)
                    this.fail('expected end of input after the JSON value', at);
                if (c === 44) {
                    this.next();
                    return i + 1;
                }
                if (c === (this.arrays[this.depth - 1] ? 93 : 125))
                    return this.closeContainer(at, i);
                return this.fail(`expected ',' or '${this.arrays[this.depth - 1] ? ']' : '}'}'`, at);
            default:
                if (c === 93 && this.arrays[this.depth - 1] === true && this.segments[this.depth - 1] === 0)
                    return this.closeContainer(at, i); // empty array
                return this.startValue(c, at, i);
        }
    }
    startValue(c, at, i) {
        this.listener.value?.(this.depth, at);
        if (c === 123 || c === 91) {
            this.arrays.push(c === 91);
            if (c === 91) {
                this.segments.push(0);
                this.mode = VALUE;
            }
            else
                this.mode = FIRST_KEY;
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
    next() {
        const d = this.depth - 1;
        if (this.arrays[d]) {
            this.segments[d] = this.segments[d] + 1;
            this.mode = VALUE;
        }
        else {
            this.segments.length = d;
            this.mode = KEY;
        }
    }
    closeContainer(at, i) {
        this.arrays.pop();
        this.segments.length = this.depth;
        this.close(at + 1);
        return i + 1;
    }
    /** The value at the current depth ended just before `endOffset`. */
    close(endOffset) {
        this.mode = AFTER;
        this.listener.end?.(this.depth, endOffset);
    }
    string(chunk, from) {
        let i = from;
        for (;;) {
            if (this.oddBackslashes && i < chunk.length) {
                this.oddBackslashes = false;
                i++;
            }
            const q = chunk.indexOf(34, i);
            const stop = q === -1 ? chunk.length : q;
            let run = 0;
            while (stop - run - 1 >= i && chunk[stop - run - 1] === 92)
                run++;
            if (q === -1) {
                // the string goes on in the next chunk; an odd run of backslashes escapes its first byte
                this.oddBackslashes = run % 2 === 1;
                if (this.inKey)
                    this.keyParts.push(Buffer.from(chunk.subarray(from, stop)));
                return chunk.length;
            }
            if (run % 2 === 1) {
                i = q + 1;
                continue;
            }
            if (this.inKey) {
                this.keyParts.push(chunk.subarray(from, q));
                this.endKey();
            }
            else
                this.close(this.base + q + 1);
            return q + 1;
        }
    }
    endKey() {
        const raw = Buffer.concat(this.keyParts).toString('utf8');
        this.keyParts = [];
        this.segments.push(raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw);
        this.mode = COLON;
    }
}
/** Reads a file chunk by chunk into `scanner` (and `onChunk`, told each chunk's starting offset). */
async function scanFile(absPath, scanner, onChunk) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(absPath, 'r');
    try {
        const buf = Buffer.allocUnsafe(1 << 20);
        let offset = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            const chunk = buf.subarray(0, bytesRead);
            const bom = offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
            onChunk?.(chunk, offset);
            scanner.feed(chunk, bom);
            offset += bytesRead;
        }
        scanner.finish();
    }
    finally {
        await handle.close();
    }
}
/**
 * The line of each JSON pointer in a JSON file, or of its nearest enclosing value when the pointer
 * is not in the file (e.g. a field the source's `collection` setting added). Pointers are RFC 6901.
 * One streaming pass; a file that no longer parses gives the lines found before the error.
 */
async function locatePointers(absPath, pointers) {
    const wanted = new Set();
    for (const p of pointers) {
        const parts = p.split('/');
        for (let k = 1; k <= parts.length; k++)
            wanted.add(parts.slice(0, k).join('/'));
    }
    const found = new Map();
    const path = [''];
    const scanner = new JsonScanner({
        value(depth) {
            path.length = depth + 1;
            if (depth > 0) {
                const parent = path[depth - 1];
                const seg = String(scanner.segments[depth - 1])
                    .replace(/~/g, '~0')
                    .replace(/\//g, '~1');
                path[depth] = parent === undefined ? '\u0000' : `${parent}/${seg}`;
            }
            const here = path[depth];
            if (wanted.has(here))
                found.set(here, scanner.line);
            else
                path[depth] = '\u0000'; // below a value nobody asked about: stop building pointers
        },
    });
    try {
        await scanFile(absPath, scanner);
    }
    catch {
        // lines found so far stay; the rest fall back to their nearest ancestor, if any
    }
    const lines = new Map();
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


/***/ })

};
