export const id = 356;
export const ids = [356,301];
export const modules = {

/***/ 8301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ numberText),
/* harmony export */   Nk: () => (/* binding */ setMember),
/* harmony export */   Q_: () => (/* binding */ JsonDepthError),
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

/***/ 517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ collectionKey),
/* harmony export */   Dh: () => (/* binding */ itemKey),
/* harmony export */   Gd: () => (/* binding */ reportCollectionOf),
/* harmony export */   KO: () => (/* binding */ keyOfDocument),
/* harmony export */   ht: () => (/* binding */ detached),
/* harmony export */   lq: () => (/* binding */ requestKey),
/* harmony export */   nQ: () => (/* binding */ reportCollection),
/* harmony export */   rs: () => (/* binding */ NO_COLLECTION)
/* harmony export */ });
/* unused harmony export COLLECTION_WITHOUT_ID */
/**
 * A copy of `s` that holds nothing else: a string parsed out of a longer text may be a slice of it, and keeps the
 * whole text alive as long as it is kept (an item's id, its whole NDJSON line).
 */
function detached(s) {
    return Buffer.from(s, 'utf8').toString('utf8');
}
function itemKey(collection, id) {
    return `item:${collection}/${id}`;
}
function collectionKey(id) {
    return `collection:${id}`;
}
function requestKey(sourceId, row) {
    return `request:${sourceId}#${row}`;
}
function stringField(doc, field) {
    const v = doc[field];
    return typeof v === 'string' ? v : undefined;
}
/** The ledger key of a STAC Item or Collection document, or undefined if it has no usable id. */
function keyOfDocument(doc) {
    const id = stringField(doc, 'id');
    if (id === undefined)
        return undefined;
    const type = stringField(doc, 'type');
    if (type === 'Collection')
        return collectionKey(id);
    if (type === 'Feature') {
        const collection = stringField(doc, 'collection');
        return collection === undefined ? undefined : itemKey(collection, id);
    }
    return undefined;
}
/** How reports group a document: its collection, or one of these labels. */
const NO_COLLECTION = '(no collection)';
const COLLECTION_WITHOUT_ID = '(collection without id)';
/**
 * The collection a document counts under in reports: an item's `collection` (or the source's
 * override), a collection's own id; undefined for anything else (a Catalog, a document without `type`).
 */
function reportCollectionOf(doc, override) {
    const type = stringField(doc, 'type');
    return reportCollection(type, type === 'Collection' ? stringField(doc, 'id') : (override ?? stringField(doc, 'collection')));
}
/** {@link reportCollectionOf} from a document's type and its collection (an item's) or id (a collection's). */
function reportCollection(type, collectionOrId) {
    const given = collectionOrId === '' ? undefined : collectionOrId;
    if (type === 'Feature')
        return given ?? NO_COLLECTION;
    if (type === 'Collection')
        return given ?? COLLECTION_WITHOUT_ID;
    return undefined;
}


/***/ }),

/***/ 8356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkShards: () => (/* binding */ checkShards),
/* harmony export */   parseShard: () => (/* binding */ parseShard),
/* harmony export */   plannedKeys: () => (/* binding */ plannedKeys),
/* harmony export */   readShardBundles: () => (/* binding */ readShardBundles),
/* harmony export */   readShards: () => (/* binding */ readShards),
/* harmony export */   shardOf: () => (/* binding */ shardOf),
/* harmony export */   shardWork: () => (/* binding */ shardWork),
/* harmony export */   writeShardBundle: () => (/* binding */ writeShardBundle)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8301);
/* harmony import */ var _model_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(517);
/**
 * Sharding a run across machines (GitHub Actions matrix jobs): `run --shard k/n` generates and validates the
 * k-th of n deterministic parts of the plan and writes a shard bundle; `publish-shards` checks that the n bundles
 * account for every planned object exactly once and delivers them as one run.
 */






/** `2/3` -> { index: 2, count: 3 }; `what` names the flag or input in the error. */
function parseShard(text, what) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count)
        throw new Error(`${what} takes k/n with 1 <= k <= n (shard k of n), got '${text}'`);
    return { index, count };
}
/** Which shard a planned object belongs to: a hash of its key, so every job of a matrix agrees without talking. */
function shardOf(key, count) {
    return ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}
function docKey(d) {
    const o = d.origin;
    return (0,_model_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .keyOfDocument */ .KO)(d.doc) ?? `document:${o.file}:${o.line ?? ''}:${o.pointer ?? ''}`;
}
function jobKey(j) {
    const o = j.origin;
    return `generate:${j.kind ?? 'item'}:${o.entry ?? ''}:${o.file}:${o.line ?? ''}`;
}
/**
 * Every planned object of the work, by key: documents read from the repository, create-item/create-collection
 * calls and asset requests. DPS uploads and remote generation are left to the publishing job.
 */
function plannedKeys(work) {
    const keys = work.docs.filter((d) => !work.uploaded.has(d)).map(docKey);
    for (const j of work.generate)
        keys.push(jobKey(j));
    for (const s of work.assets)
        for (const r of s.requests)
            keys.push(`asset:${s.entry.id}/${r.requestId}`);
    return keys;
}
/**
 * The part of a streamed source that a shard does: its documents (`mine`) as they are read, the held ones (not
 * items) first. Nothing is counted: the plan was made of the whole source.
 */
function shardStream(s, mine) {
    const held = s.held.filter(mine);
    const items = async function* () {
        for await (const d of s.items())
            if (mine(d))
                yield d;
    };
    const units = async function* () {
        yield* held;
        yield* items();
    };
    return { counts: new Map(), held, bounds: s.bounds.filter(mine), items, units };
}
/** The part of the work that shard `shard` does: its documents, calls and asset requests; nothing delivered. */
function shardWork(work, shard) {
    const mine = (key) => shardOf(key, shard.count) === shard.index;
    const streams = work.streams?.map((s) => shardStream(s, (d) => mine(docKey(d))));
    return {
        ...(streams ? { streams } : {}),
        docs: work.docs.filter((d) => !work.uploaded.has(d) && mine(docKey(d))),
        uploaded: new Set(),
        generate: work.generate.filter((j) => mine(jobKey(j))),
        assets: work.assets.map((s) => ({
            ...s,
            requests: s.requests.filter((r) => mine(`asset:${s.entry.id}/${r.requestId}`)),
        })),
        uploads: [],
        remote: [],
    };
}
const BUNDLE_FILE = 'shard.json';
const DOCUMENTS_FILE = 'documents.ndjson';
async function manifestDigest(manifestPath) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(manifestPath))
        .digest('hex');
}
/** Writes `docs`, one `{origin, doc}` per line, to `file`; `each` sees each document written. Returns how many. */
async function writeDocuments(file, docs, each) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'wx');
    let n = 0;
    try {
        let chunk = '';
        for await (const d of docs) {
            each(d);
            n++;
            chunk += (0,_json_js__WEBPACK_IMPORTED_MODULE_4__.stringifyJson)({ origin: d.origin, doc: d.doc }) + '\n';
            if (chunk.length < 1 << 20)
                continue;
            await handle.write(chunk);
            chunk = '';
        }
        if (chunk !== '')
            await handle.write(chunk);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    return n;
}
/**
 * Writes the bundle of a shard that succeeded, `work` being its part of the plan, as its documents come (`docs`:
 * what it made and read, held; then its streamed sources' documents, read now), into `<dir>/shard-k-of-n/`
 * (replacing an older one); returns that folder. Written beside it and swapped in by rename: a bundle is complete
 * or absent, never half-written.
 */
async function writeShardBundle(dir, manifestPath, shard, work, docs) {
    const planned = plannedKeys(work);
    const manifestSha256 = await manifestDigest(manifestPath);
    const out = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `shard-${shard.index}-of-${shard.count}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    const temp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(out)}.stac-ingest-new-`));
    try {
        const all = async function* () {
            yield* docs;
            for (const s of work.streams ?? []) {
                yield* s.held;
                yield* s.items();
            }
        };
        const held = new Set(docs);
        const documents = await writeDocuments(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(temp, DOCUMENTS_FILE), all(), (d) => {
            if (!held.has(d))
                planned.push(docKey(d));
        });
        const bundle = { version: 1, shard, manifestSha256, planned, documents };
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(temp, BUNDLE_FILE), JSON.stringify(bundle, null, 2) + '\n');
        await swapIn(temp, out);
        return { dir: out, documents };
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { recursive: true, force: true });
        throw err;
    }
}
/** Replaces folder `out` (if any) by `temp`: the old one is renamed aside first, then removed. */
async function swapIn(temp, out) {
    const old = `${temp}-old`;
    const moved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(out, old).then(() => true, (err) => {
        if (err.code === 'ENOENT')
            return false;
        throw err;
    });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, out);
    if (moved)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(old, { recursive: true, force: true });
}
/** Every `shard.json` at most three folders below `dir` (artifacts download into a folder each). */
async function bundleFiles(dir, depth = 3) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const found = entries.filter((e) => e.isFile() && e.name === BUNDLE_FILE).map((e) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, e.name));
    if (depth === 0)
        return found;
    // a folder whose name starts with a dot is a bundle being written (or left by a run that was killed)
    for (const e of entries)
        if (e.isDirectory() && !e.name.startsWith('.'))
            found.push(...(await bundleFiles(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, e.name), depth - 1)));
    return found;
}
async function readBundle(file) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file);
    const bundle = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8'));
    if (bundle.version !== 1 || !bundle.shard || !Array.isArray(bundle.planned))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file} is not a stac-ingest shard bundle (version 1)`);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, DOCUMENTS_FILE), 'utf8').catch(() => undefined);
    if (text === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${dir} has no ${DOCUMENTS_FILE}`);
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const docs = lines.map((l) => (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJson */ .qF)(l));
    if (docs.length !== bundle.documents)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${dir}: ${DOCUMENTS_FILE} holds ${docs.length} documents, shard.json says ${bundle.documents}`);
    return { bundle, dir, docs: docs.map((d) => ({ origin: d.origin, doc: d.doc })) };
}
/** Reads every bundle under `dir`. */
async function readShardBundles(dir) {
    const files = await bundleFiles(dir);
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`no shard bundles (shard.json) under ${dir}`, {
            hint: 'run `stac-ingest run --shard k/n` in each matrix job and download their artifacts there',
        });
    return Promise.all(files.sort().map(readBundle));
}
function sameKeys(a, b) {
    const count = new Map();
    for (const k of a)
        count.set(k, (count.get(k) ?? 0) + 1);
    const extra = [];
    for (const k of b) {
        const n = count.get(k) ?? 0;
        if (n === 0)
            extra.push(k);
        else
            count.set(k, n - 1);
    }
    const missing = [...count].flatMap(([k, n]) => Array(n).fill(k));
    return { missing, extra };
}
const few = (keys) => keys.slice(0, 5).join(', ') + (keys.length > 5 ? ` and ${keys.length - 5} more` : '');
/**
 * What is wrong with a set of bundles for this manifest and plan (`planned`: plannedKeys of the whole work):
 * one bundle per shard 1..n of one n, the same manifest, each shard holding exactly its part of the plan, and
 * no document in two places. Empty when they can be published as one run.
 */
function checkShards(read, planned, digest) {
    const problems = [];
    const count = read[0]?.bundle.shard.count ?? 0;
    const seen = new Map();
    for (const { bundle, dir } of read) {
        const { index, count: n } = bundle.shard;
        if (n !== count)
            problems.push(`${dir} is shard ${index} of ${n}, others are of ${count}`);
        else if (seen.has(index))
            problems.push(`shard ${index} of ${n} is there twice: ${seen.get(index)} and ${dir}`);
        seen.set(index, dir);
        if (bundle.manifestSha256 !== digest)
            problems.push(`${dir} was made from a different manifest`);
    }
    for (let k = 1; k <= count; k++)
        if (!seen.has(k))
            problems.push(`shard ${k} of ${count} is missing`);
    if (problems.length > 0)
        return problems;
    for (const { bundle, dir } of read) {
        const expected = planned.filter((key) => shardOf(key, count) === bundle.shard.index);
        const { missing, extra } = sameKeys(expected, bundle.planned);
        if (missing.length)
            problems.push(`${dir} did not do ${missing.length} planned object(s): ${few(missing)}`);
        if (extra.length)
            problems.push(`${dir} did ${extra.length} object(s) the plan does not have: ${few(extra)}`);
    }
    const holder = new Map();
    for (const { docs, dir } of read) {
        for (const d of docs) {
            const key = (0,_model_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .keyOfDocument */ .KO)(d.doc);
            if (key === undefined)
                continue;
            const other = holder.get(key);
            if (other !== undefined)
                problems.push(`${key} is in ${other === dir ? `${dir} twice` : `${other} and ${dir}`}`);
            holder.set(key, dir);
        }
    }
    return problems;
}
/**
 * `publish-shards`: the documents of the bundles under `dir`, once they account for the whole plan (`work`, the
 * full run's) exactly once; plus the DPS outputs uploaded for the DPS generator, which no shard carries.
 * Throws every problem found, as configuration errors.
 */
async function readShards(dir, manifestPath, work) {
    const read = await readShardBundles(dir);
    const problems = checkShards(read, plannedKeys(work), await manifestDigest(manifestPath));
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationErrors */ .yb(problems.map((m) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(m)));
    return [...read.flatMap((r) => r.docs), ...work.docs.filter((d) => work.uploaded.has(d))];
}


/***/ })

};
