export const id = 41;
export const ids = [41];
export const modules = {

/***/ 8041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _m: () => (/* binding */ statusFileFor),
/* harmony export */   formatStatus: () => (/* binding */ formatStatus),
/* harmony export */   statusOf: () => (/* binding */ statusOf),
/* harmony export */   xQ: () => (/* binding */ openRequestStatusStore)
/* harmony export */ });
/* unused harmony export REQUEST_STATUSES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4460);




/** Where an asset request is: built (`generating`), sent (`published`), seen in the catalog (`verified`), or not (`failed`). */
const REQUEST_STATUSES = (/* unused pure expression or super */ null && (['queued', 'generating', 'published', 'verified', 'failed']));
/** The status file kept next to a run report: `report.json` -> `report.requests.json`. */
function statusFileFor(reportPath) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(reportPath);
    const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(reportPath).replace(/\.json$/i, '');
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `${base}.requests.json`);
}
/**
 * A status file for the requests of a run, next to the run report (see statusFileFor). An existing file is
 * read first, so a later run (or stage) adds to it. Written atomically (temp file + rename).
 */
async function openRequestStatusStore(file, clock = () => new Date()) {
    const data = (await readStatusFile(file, true)) ?? { version: 1, requests: {} };
    let chain = Promise.resolve();
    const save = async () => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, JSON.stringify(data, null, 2) + '\n');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
    };
    return {
        file,
        update(requestId, status, fields = {}) {
            const at = clock().toISOString();
            const prev = data.requests[requestId];
            const next = {
                ...prev,
                ...fields,
                requestId,
                status,
                updatedAt: at,
                history: [...(prev?.history ?? []), { status, at }],
            };
            if (status !== 'failed' && fields.error === undefined)
                delete next.error;
            data.requests[requestId] = next;
            chain = chain.then(save, save);
            return chain;
        },
        get: (requestId) => data.requests[requestId],
        all: () => Object.values(data.requests),
    };
}
async function readStatusFile(file, missingOk) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT' && missingOk)
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`request status file ${file} cannot be read: ${err.code ?? String(err)}`, {
            location: { file },
            hint: 'give the run report (report.json) or its .requests.json of a run that had asset requests',
            cause: err,
        });
    }
    const parsed = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonText */ .lk)(text);
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} is not valid JSON: ${parsed.message}`, {
            location: { file, line: parsed.line, column: parsed.column },
        });
    const v = parsed.value;
    if (typeof v !== 'object' || v === null || v.version !== 1 || typeof v.requests !== 'object' || v.requests === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} is not a request status file (version 1)`, {
            location: { file },
            hint: 'it is written by stac-ingest next to the run report',
        });
    }
    return v;
}
/**
 * For the `status` command: the records of a run, or of one request (by request id or item id).
 * `reportOrStatusFile` is the run report (`report.json`) or its status file (`report.requests.json`).
 */
async function statusOf(reportOrStatusFile, requestId) {
    const file = /\.requests\.json$/i.test(reportOrStatusFile) ? reportOrStatusFile : statusFileFor(reportOrStatusFile);
    const data = (await readStatusFile(file, false));
    const records = Object.values(data.requests).sort((a, b) => (a.entry ?? '').localeCompare(b.entry ?? '') || a.requestId.localeCompare(b.requestId));
    if (requestId === undefined)
        return records;
    const found = records.filter((r) => r.requestId === requestId || r.itemId === requestId);
    if (found.length === 0) {
        const known = records.slice(0, 5).map((r) => r.requestId);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`no request ${requestId} in ${file}`, {
            location: { file },
            hint: known.length
                ? `known requests: ${known.join(', ')}${records.length > 5 ? ', ...' : ''}`
                : 'the run had no asset requests',
        });
    }
    return found;
}
/** One line per request, for the CLI: `req-... published  item scene-1 in coll (sources[0] (x) requests[0])`. */
function formatStatus(records) {
    return records
        .map((r) => {
        const what = r.itemId !== undefined ? ` item ${r.itemId}${r.collection !== undefined ? ` in ${r.collection}` : ''}` : '';
        const where = r.entry !== undefined ? ` (${r.entry})` : '';
        const why = r.error !== undefined ? `: ${r.error}` : '';
        return `${r.requestId} ${r.status.padEnd(10)} ${r.updatedAt}${what}${where}${why}`;
    })
        .join('\n');
}


/***/ }),

/***/ 4460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ locatePointers),
/* harmony export */   VF: () => (/* binding */ JsonScanner),
/* harmony export */   Yt: () => (/* binding */ stripBom),
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
 * they were written with); when it fails, jsonc-parser (strict: no comments, no trailing commas) finds the offending offset (V8's messages
 * do not reliably carry a position), and the error is said in words a STAC author can act on.
 */


/**
 * The largest single document stac-ingest reads (a `.json` file, an NDJSON line, one member of a
 * FeatureCollection): past it, reading stops with an error naming the file and line instead of
 * running out of memory. 64 times SNS's 256 KiB message limit.
 */
const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** Parse JSON text; on a syntax error, return its message and 1-based line/column. */
function parseJsonText(text) {
    try {
        return { ok: true, value: (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(text) };
    }
    catch (err) {
        const found = findSyntaxError(text);
        const message = found?.message ?? (err instanceof Error ? err.message : String(err));
        const offset = found?.offset ?? 0;
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
