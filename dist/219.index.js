export const id = 219;
export const ids = [219];
export const modules = {

/***/ 18568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eY: () => (/* binding */ loadManifest)
});

// UNUSED EXPORTS: DEFAULT_MANIFEST_NAME, MAX_MANIFEST_BYTES, checkManifestFiles, parseManifest

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/utf8.ts
var utf8 = __webpack_require__(32204);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
// EXTERNAL MODULE: ./src/manifest/schema.ts
var schema = __webpack_require__(46470);
;// CONCATENATED MODULE: ./src/manifest/json-schema.ts


/**
 * Where the published JSON Schema of the manifest lives (editors fetch it through `$schema` /
 * yaml-language-server).
 */
const MANIFEST_SCHEMA_ID = 'https://raw.githubusercontent.com/maap/stac-ingest/v1/schema/manifest.schema.json';
/** The JSON Schema of what a user may write in the manifest (zod input side: defaults are optional). */
function buildManifestJsonSchema() {
    const { $schema, ...rest } = json_schema_processors/* toJSONSchema */.bl(schema/* manifestSchema */.rc, { io: 'input' });
    return { $schema, $id: MANIFEST_SCHEMA_ID, title: 'stac-ingest manifest', ...rest };
}
/** The exact text of `schema/manifest.schema.json`. */
function renderManifestJsonSchema() {
    return JSON.stringify(buildManifestJsonSchema(), null, 2) + '\n';
}
let cached;
function manifestJsonSchema() {
    cached ??= buildManifestJsonSchema();
    return cached;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * The alternatives of a subschema (anyOf/oneOf branches), narrowed by a `type`-style discriminator
 * when the data has one.
 */
function alternatives(schema, data) {
    const branches = [...asSchemas(schema['anyOf']), ...asSchemas(schema['oneOf'])];
    if (branches.length === 0)
        return [schema];
    const flat = branches.flatMap((b) => alternatives(b, data));
    if (!isObject(data))
        return flat;
    const matching = flat.filter((b) => {
        const props = b['properties'];
        if (!isObject(props))
            return false;
        return Object.entries(props).some(([k, p]) => isObject(p) && 'const' in p && data[k] === p['const']);
    });
    return matching.length > 0 ? matching : flat;
}
function asSchemas(v) {
    return Array.isArray(v) ? v.filter(isObject) : [];
}
/**
 * The property names the manifest allows at `path` (a zod issue path), read from the generated JSON Schema.
 * `valueAt` gives the user's data at a path, used to pick the branch of a discriminated union.
 */
function allowedKeysAt(path, valueAt) {
    let current = [manifestJsonSchema()];
    for (let depth = 0; depth < path.length; depth++) {
        const seg = path[depth];
        const data = valueAt(path.slice(0, depth));
        const next = [];
        for (const s of current.flatMap((c) => alternatives(c, data))) {
            if (typeof seg === 'number') {
                if (isObject(s['items']))
                    next.push(s['items']);
            }
            else {
                const props = s['properties'];
                const prop = isObject(props) ? props[String(seg)] : undefined;
                if (isObject(prop))
                    next.push(prop);
                else if (isObject(s['additionalProperties']))
                    next.push(s['additionalProperties']);
            }
        }
        current = next;
    }
    const keys = new Set();
    for (const s of current.flatMap((c) => alternatives(c, valueAt(path)))) {
        const props = s['properties'];
        if (isObject(props))
            Object.keys(props).forEach((k) => keys.add(k));
    }
    return [...keys];
}

// EXTERNAL MODULE: ./src/manifest/messages.ts
var messages = __webpack_require__(11601);
;// CONCATENATED MODULE: ./src/manifest/issues.ts


/** Marks a message zod would have written itself, so we can write a better one from the issue's data. */
const DEFAULT_MESSAGE = '\u0001default';
const defaultMessageMap = () => DEFAULT_MESSAGE;
function valueAt(data, path) {
    let v = data;
    for (const seg of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[seg];
    }
    return v;
}
const has = (data, path) => {
    if (path.length === 0)
        return true;
    const parent = valueAt(data, path.slice(0, -1));
    const last = path[path.length - 1];
    return (parent !== null &&
        typeof parent === 'object' &&
        last !== undefined &&
        Object.prototype.hasOwnProperty.call(parent, last));
};
function typeHint(expected, got) {
    if (expected === 'string' && (typeof got === 'number' || typeof got === 'boolean'))
        return 'quote it';
    if (expected === 'array' && typeof got === 'string')
        return 'write a YAML list, e.g. `- value` on its own line';
    if ((expected === 'object' || expected === 'record') && got === null)
        return 'the key has no value; indent its entries below it';
    return undefined;
}
function suggestion(got, values) {
    if (typeof got !== 'string')
        return '';
    const near = (0,messages/* closest */.kp)(got, values.filter((v) => typeof v === 'string'));
    return near === undefined ? '' : ` — did you mean \`${near}\`?`;
}
function sizeWords(issue, got) {
    const small = issue.code === 'too_small';
    const bound = Number(small ? issue.minimum : issue.maximum);
    const inclusive = issue.inclusive !== false;
    switch (issue.origin) {
        case 'string':
            if (small && bound === 1)
                return 'must not be empty';
            return `must be ${small ? 'at least' : 'at most'} ${bound} characters long, got ${(0,messages/* describeValue */.bp)(got)}`;
        case 'array':
        case 'set':
            if (small && bound === 1)
                return 'needs at least one entry';
            return `needs ${small ? 'at least' : 'at most'} ${bound} entries, got ${(0,messages/* describeValue */.bp)(got)}`;
        default:
            return (`expected a number ${small ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<'} ${bound}, got ` +
                `${(0,messages/* describeValue */.bp)(got)}`);
    }
}
function atIssue(issue, data, prefix) {
    const path = [...prefix, ...issue.path];
    const custom = issue.message !== DEFAULT_MESSAGE;
    const key = String(path[path.length - 1]);
    return {
        data,
        path,
        label: (0,messages/* formatPath */.jV)(path),
        got: valueAt(data, path),
        present: has(data, path),
        custom,
        missing: (what) => {
            const parent = (0,messages/* formatPath */.jV)(path.slice(0, -1));
            return { path, message: `${parent}: missing required key \`${key}\` (${custom ? what : `expected ${what}`})` };
        },
    };
}
function unknownKeys(issue, at) {
    const allowed = allowedKeysAt(at.path, (p) => valueAt(at.data, p));
    return issue.keys.map((key) => {
        const near = (0,messages/* closest */.kp)(key, allowed);
        const problem = {
            path: at.path,
            atKey: key,
            message: `${(0,messages/* formatPath */.jV)([...at.path, key])}: unknown key \`${key}\`` +
                (near === undefined ? '' : ` — did you mean \`${near}\`?`),
        };
        if (near === undefined && allowed.length > 0)
            problem.hint = `allowed here: ${(0,messages/* quoteList */.JN)(allowed)}`;
        return problem;
    });
}
function wrongType(issue, at) {
    const { path, label, got } = at;
    if (!at.present)
        return [at.missing(at.custom ? issue.message : (0,messages/* typeWords */.yL)(issue.expected))];
    if (at.custom)
        return [{ path, message: `${label}: ${issue.message} — got ${(0,messages/* describeValue */.bp)(got)}` }];
    const hint = typeHint(issue.expected, got);
    const expected = `${label}: expected ${(0,messages/* typeWords */.yL)(issue.expected)}, got ${(0,messages/* describeValue */.bp)(got)}`;
    return [{ path, message: expected + (hint ? ` — ${hint}` : '') }];
}
function noUnionBranch(issue, at) {
    const { path, label, got } = at;
    if (issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined) {
        const options = issue.options;
        const expected = `one of ${(0,messages/* quoteList */.JN)(options)}`;
        if (!at.present)
            return [at.missing(expected)];
        return [{ path, message: `${label}: expected ${expected}, got ${(0,messages/* describeValue */.bp)(got)}${suggestion(got, options)}` }];
    }
    if (at.custom)
        return [{ path, message: `${label}: ${issue.message}` }];
    // A branch that got past the top-level type check says more than "expected a string or a list".
    const deeper = issue.errors.find((branch) => branch.length > 0 && !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0));
    if (deeper)
        return deeper.flatMap((i) => issueProblems(i, at.data, path));
    const types = issue.errors.flatMap((branch) => branch
        .filter((i) => i.code === 'invalid_type' && i.path.length === 0)
        .map((i) => (0,messages/* typeWords */.yL)(i.expected)));
    const expected = [...new Set(types)].join(' or ') || 'a different value';
    if (!at.present)
        return [at.missing(expected)];
    return [{ path, message: `${label}: expected ${expected}, got ${(0,messages/* describeValue */.bp)(got)}` }];
}
function badKey(issue, at) {
    const inner = at.custom
        ? issue.message
        : issue.issues.map((i) => (i.message === DEFAULT_MESSAGE ? 'not a valid name' : i.message)).join('; ');
    const key = String(at.path[at.path.length - 1]);
    const message = `${at.label}: the key \`${key}\` is not allowed here: ${inner}`;
    return [{ path: at.path.slice(0, -1), atKey: key, message }];
}
function badFormat(issue, at) {
    const got = (0,messages/* describeValue */.bp)(at.got);
    if (at.custom)
        return [{ path: at.path, message: `${at.label}: ${issue.message}, got ${got}` }];
    const what = issue.format === 'regex'
        ? `text matching ${issue.pattern ?? 'the pattern'}`
        : issue.format === 'url'
            ? 'a URL'
            : `a valid ${issue.format}`;
    return [{ path: at.path, message: `${at.label}: expected ${what}, got ${got}` }];
}
/** Turn one zod issue into located manifest problems (several for several unknown keys). */
function issueProblems(issue, data, prefix = []) {
    const at = atIssue(issue, data, prefix);
    const { path, label, got, custom } = at;
    switch (issue.code) {
        case 'unrecognized_keys':
            return unknownKeys(issue, at);
        case 'invalid_type':
            return wrongType(issue, at);
        case 'invalid_value': {
            const expected = issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${(0,messages/* quoteList */.JN)(issue.values)}`;
            if (!at.present)
                return [at.missing(custom ? issue.message : expected)];
            const base = custom ? issue.message : `expected ${expected}`;
            return [{ path, message: `${label}: ${base}, got ${(0,messages/* describeValue */.bp)(got)}${suggestion(got, issue.values)}` }];
        }
        case 'invalid_union':
            return noUnionBranch(issue, at);
        case 'invalid_key':
            return badKey(issue, at);
        case 'too_small':
        case 'too_big': {
            const what = custom ? `${issue.message}, got ${(0,messages/* describeValue */.bp)(got)}` : sizeWords(issue, got);
            return [{ path, message: `${label}: ${what}` }];
        }
        case 'invalid_format':
            return badFormat(issue, at);
        case 'not_multiple_of': {
            const what = custom ? issue.message : `expected a multiple of ${issue.divisor}`;
            return [{ path, message: `${label}: ${what}, got ${(0,messages/* describeValue */.bp)(got)}` }];
        }
        default:
            return [{ path, message: `${label}: ${custom ? issue.message : 'invalid value'}` }];
    }
}

;// CONCATENATED MODULE: ./src/manifest/positions.ts

function positions_resolve(doc, node) {
    if ((0,dist/* isAlias */.Vj)(node))
        return node.resolve(doc) ?? undefined;
    return (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) || (0,dist/* isScalar */.jn)(node) ? node : undefined;
}
function lookup(doc, path) {
    let node = positions_resolve(doc, doc.contents);
    let deepest = node;
    let key;
    let depth = 0;
    for (const seg of path) {
        key = undefined;
        let next;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && ((0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
            if (pair) {
                key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key : undefined;
                next = positions_resolve(doc, pair.value);
                // `key:` with nothing after it has no value node; the key is the best place to point at.
                if (next === undefined && key)
                    next = key;
            }
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
            next = positions_resolve(doc, node.items[seg]);
        }
        if (next === undefined)
            return { node: undefined, key: undefined, deepest, depth };
        node = next;
        deepest = next;
        depth++;
    }
    return { node, key, deepest, depth };
}
/** 1-based line/column of the start of a node, or of the document start when it has no range. */
function positionOf(node, lineCounter) {
    const offset = node?.range?.[0] ?? 0;
    return offsetPosition(offset, lineCounter);
}
function offsetPosition(offset, lineCounter) {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(1, line), column: Math.max(1, col) };
}

;// CONCATENATED MODULE: ./src/manifest/load.ts









const DEFAULT_MANIFEST_NAME = 'stac-ingest.yaml';
/** The largest manifest read: parsing YAML takes ~40 bytes of memory per byte of text (a 50 MB one took 2 GB). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
function displayPathOf(abs, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, abs);
    return rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : abs;
}
async function kindOf(path) {
    try {
        const s = await (0,promises_.stat)(path);
        return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
    }
    catch {
        return undefined;
    }
}
/**
 * Read, parse and validate a manifest. A directory means its `stac-ingest.yaml`.
 * Throws ConfigurationError when the file is missing, ConfigurationErrors (one per problem, each located at
 * file:line:column) for YAML syntax errors and schema violations.
 */
async function loadManifest(path, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    let abs = (0,external_node_path_.resolve)(cwd, path);
    let kind = await kindOf(abs);
    if (kind === 'dir') {
        abs = (0,external_node_path_.join)(abs, DEFAULT_MANIFEST_NAME);
        kind = await kindOf(abs);
    }
    const displayPath = displayPathOf(abs, cwd);
    if (kind === 'file' && (await (0,promises_.stat)(abs)).size > MAX_MANIFEST_BYTES)
        throw new errors/* ConfigurationError */.j1(`manifest ${displayPath} is over ${MAX_MANIFEST_BYTES / 1024 / 1024} MiB`, {
            location: { file: displayPath },
            hint: 'a manifest names its inputs; put items, rows and catalogs in files of their own',
        });
    if (kind !== 'file') {
        throw new errors/* ConfigurationError */.j1(kind === undefined ? `manifest not found: ${displayPath}` : `manifest ${displayPath} is not a file`, {
            location: { file: displayPath },
            hint: `create ${DEFAULT_MANIFEST_NAME} (see the README's manifest reference), or pass its ` +
                `path with --manifest (the \`manifest\` input of the Action)`,
        });
    }
    const text = (0,utf8/* decodeUtf8 */._6)(await (0,promises_.readFile)(abs), { file: displayPath });
    const parsed = parseManifest(text, displayPath);
    return { ...parsed, path: abs, dir: (0,external_node_path_.dirname)(abs), displayPath };
}
/** Parse and validate manifest text; `file` is only used in locations. */
function parseManifest(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw new errors/* ConfigurationErrors */.yb(doc.errors.map((e) => new errors/* ConfigurationError */.j1(`YAML syntax error: ${e.message}`, {
            location: { file, ...offsetPosition(e.pos[0], lineCounter) },
        })));
    }
    const data = manifestData(doc, lineCounter, file);
    if (data === null || data === undefined) {
        throw new errors/* ConfigurationErrors */.yb([
            new errors/* ConfigurationError */.j1('the manifest is empty', {
                location: { file, line: 1, column: 1 },
                hint: 'start it with `version: 1`',
            }),
        ]);
    }
    const result = schema/* manifestSchema */.rc.safeParse(data, { error: defaultMessageMap });
    if (!result.success) {
        const problems = result.error.issues.flatMap((issue) => issueProblems(issue, data));
        throw new errors/* ConfigurationErrors */.yb(sortedUnique(problems.map((p) => problemError(p, doc, lineCounter, file))));
    }
    const locate = (p) => {
        const found = lookup(doc, p);
        return found.node ? positionOf(found.node, lineCounter) : undefined;
    };
    const locationOf = (p, entry) => {
        const loc = { file, ...positionOf(lookup(doc, p).deepest, lineCounter) };
        if (entry !== undefined)
            loc.entry = entry;
        return loc;
    };
    return { manifest: result.data, locate, locationOf };
}
/**
 * The manifest as data. Expanding aliases can blow up (a YAML alias bomb: yaml stops it after too many alias
 * expansions): that error is located at the first alias of the document.
 */
function manifestData(doc, lineCounter, file) {
    try {
        return doc.toJS();
    }
    catch (err) {
        if (!(err instanceof ReferenceError))
            throw err;
        let first;
        (0,dist/* visit */.YR)(doc, {
            Alias: (_key, node) => {
                first = node;
                return dist/* visit */.YR.BREAK;
            },
        });
        throw new errors/* ConfigurationErrors */.yb([
            new errors/* ConfigurationError */.j1(`YAML aliases expand too far: ${err.message}`, {
                location: { file, ...positionOf(first, lineCounter) },
                hint: 'write the values out instead of nesting aliases (*name) that expand into each other',
                cause: err,
            }),
        ]);
    }
}
function problemError(problem, doc, lineCounter, file) {
    let found = lookup(doc, problem.path);
    if (problem.atKey !== undefined) {
        const keyed = lookup(doc, [...problem.path, problem.atKey]);
        if (keyed.key)
            found = { ...keyed, node: keyed.key };
    }
    // A missing key: point at the mapping that should hold it.
    const position = positionOf(found.node ?? found.deepest, lineCounter);
    const options = { location: { file, ...position } };
    if (problem.hint !== undefined)
        options.hint = problem.hint;
    return new errors/* ConfigurationError */.j1(problem.message, options);
}
function sortedUnique(errors) {
    const seen = new Set();
    const unique = errors.filter((e) => {
        const k = `${e.location?.line}:${e.location?.column}:${e.message}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
    return unique.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0));
}
function fileReferences(manifest) {
    const refs = [];
    manifest.collections.forEach((c, i) => {
        if (c.file !== undefined)
            refs.push({ path: ['collections', i, 'file'], value: c.file, kind: 'file', what: 'collection file' });
        const pkg = c.stactools?.package;
        if (pkg !== undefined && isLocalPackagePath(pkg) && !pkg.startsWith('file:')) {
            refs.push({
                path: ['collections', i, 'stactools', 'package'],
                value: pkg,
                kind: 'dir',
                what: 'local stactools package',
            });
        }
    });
    manifest.sources.forEach((s, i) => {
        if (s.stactools?.rows !== undefined)
            refs.push({
                path: ['sources', i, 'stactools', 'rows'],
                value: s.stactools.rows,
                kind: 'file',
                what: 'rows file',
            });
        const pkg = s.stactools?.package;
        if (pkg !== undefined && isLocalPackagePath(pkg) && !pkg.startsWith('file:')) {
            refs.push({
                path: ['sources', i, 'stactools', 'package'],
                value: pkg,
                kind: 'dir',
                what: 'local stactools package',
            });
        }
        if (s.catalog !== undefined && !/^[a-z][a-z0-9+.-]*:\/\//i.test(s.catalog)) {
            refs.push({ path: ['sources', i, 'catalog'], value: s.catalog, kind: 'file', what: 'catalog' });
        }
    });
    return refs;
}
/**
 * Check that the files the manifest names exist: collection `file`s, stactools `rows`, `catalog`s and local
 * package directories. Returns one located error per missing file (empty when all are there).
 */
async function checkManifestFiles(loaded) {
    const errors = [];
    for (const ref of fileReferences(loaded.manifest)) {
        const abs = resolve(loaded.dir, ref.value);
        const kind = await kindOf(abs);
        if (kind === ref.kind)
            continue;
        const problem = kind === undefined ? 'not found' : `is not a ${ref.kind === 'dir' ? 'directory' : 'file'}`;
        errors.push(new ConfigurationError(`${formatPath(ref.path)}: ${ref.what} ${ref.value} ${problem}`, {
            location: loaded.locationOf(ref.path),
            hint: `resolved to ${abs}; paths are relative to the manifest's directory`,
        }));
    }
    return errors.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}


/***/ }),

/***/ 62441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ DELIVERY_PROBLEMS)
/* harmony export */ });
/** States in which an object is not where it should be: each is an error of the run. */
const DELIVERY_PROBLEMS = new Set([
    'failed',
    'missing',
    'stale',
    'dead-lettered',
    'unverified',
]);


/***/ }),

/***/ 41329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ dedupeExpected),
/* harmony export */   mN: () => (/* binding */ expectedItem),
/* harmony export */   u$: () => (/* binding */ itemsByCollection),
/* harmony export */   vx: () => (/* binding */ plannedFromDoc)
/* harmony export */ });
/* unused harmony export expectedFromDoc */
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50517);

/** A loaded Collection or Item as planned for delivery (an item without `collection` is keyed under ''). */
function plannedFromDoc(d) {
    const id = String(d.doc['id']);
    const { doc, origin } = d;
    if (doc['type'] === 'Collection')
        return { key: (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .collectionKey */ .AT)(id), kind: 'collection', collection: id, id, doc, origin };
    const c = typeof doc['collection'] === 'string' ? doc['collection'] : '';
    return { key: (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .itemKey */ .Dh)(c, id), kind: 'item', collection: c, id, doc, origin };
}
/** The expectation for a STAC Item (with `collection`) or Collection document; `undefined` for anything else. */
function expectedFromDoc(doc, origin) {
    const id = typeof doc.id === 'string' ? doc.id : undefined;
    if (id === undefined || id === '')
        return undefined;
    let out;
    if (doc.type === 'Collection')
        out = { key: collectionKey(id), kind: 'collection', collection: id, id, doc };
    else if (doc.type === 'Feature' && typeof doc.collection === 'string' && doc.collection !== '') {
        out = { key: itemKey(doc.collection, id), kind: 'item', collection: doc.collection, id, doc };
    }
    if (out && origin)
        out.origin = origin;
    return out;
}
/** An expectation of presence only, for an item we do not have the content of. */
function expectedItem(collection, id, origin) {
    const out = { key: (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .itemKey */ .Dh)(collection, id), kind: 'item', collection, id };
    if (origin)
        out.origin = origin;
    return out;
}
/** Expectations grouped by collection (items only), keeping the first of duplicate keys. */
function itemsByCollection(expected) {
    const out = new Map();
    for (const e of expected) {
        if (e.kind !== 'item')
            continue;
        const list = out.get(e.collection);
        if (list)
            list.push(e);
        else
            out.set(e.collection, [e]);
    }
    return out;
}
/** Drops later duplicates of a key; returns the kept list and the duplicated keys. */
function dedupeExpected(expected) {
    const seen = new Set();
    const kept = [];
    const duplicates = [];
    for (const e of expected) {
        if (seen.has(e.key))
            duplicates.push(e.key);
        else {
            seen.add(e.key);
            kept.push(e);
        }
    }
    return { kept, duplicates };
}


/***/ }),

/***/ 81601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ Names),
/* harmony export */   j: () => (/* binding */ numbered)
/* harmony export */ });
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50517);

/**
 * Strings that repeat (collections, files, topics, source ids) kept once, each known by a number, for the compact
 * tables of many records (status-table.ts, the run ledger's, the generated items' origins).
 */
class Names {
    list = [];
    index = new Map();
    /** The number of `s`, given to it the first time it is seen (its own copy kept, not a slice of a larger text). */
    numberOf(s) {
        let n = this.index.get(s);
        if (n === undefined) {
            n = this.list.push((0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .detached */ .ht)(s)) - 1;
            this.index.set(this.list[n], n);
        }
        return n;
    }
    /** The number of `s` if it was seen. */
    find(s) {
        return this.index.get(s);
    }
    /** The string numbered `n`. */
    at(n) {
        return this.list[n];
    }
}
/**
 * A string that ends in a number (`request:src#12`, `sources[0] (src) row 12`) as the text before it and the
 * number, such that the text and the number's decimal form give the string back; otherwise undefined. The compact
 * tables keep the text once (a name) and the number beside it, where each row's string would be a name of its own.
 */
function numbered(s) {
    const m = /^(.*?)(0|[1-9]\d{0,8})$/s.exec(s);
    return m ? [m[1], Number(m[2])] : undefined;
}


/***/ }),

/***/ 23802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ originToLocation)
/* harmony export */ });
function originToLocation(origin, pointer) {
    const loc = { file: origin.file };
    if (origin.line !== undefined)
        loc.line = origin.line;
    if (origin.entry !== undefined)
        loc.entry = origin.entry;
    const full = (origin.pointer ?? '') + (pointer ?? '');
    if (origin.pointer !== undefined || pointer !== undefined)
        loc.pointer = full;
    return loc;
}


/***/ }),

/***/ 51594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ uuidAt),
/* harmony export */   n: () => (/* binding */ packUuid)
/* harmony export */ });
/** SNS MessageIds (and other UUIDs) kept as 16 bytes instead of 36-character strings. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Writes `text` as 16 bytes at `at` of `into` when it is a lower-case UUID; false (nothing written) otherwise. */
function packUuid(text, into, at) {
    if (!UUID.test(text))
        return false;
    into.write(text.replaceAll('-', ''), at, 'hex');
    return true;
}
/** The UUID whose 16 bytes are at `at` of `from`, as text. */
function uuidAt(from, at) {
    const hex = from.toString('hex', at, at + 16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}


/***/ }),

/***/ 49809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ isRetryableError),
/* harmony export */   B1: () => (/* binding */ isOutcomeUnknown),
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Dm: () => (/* binding */ isTransientStatus),
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Mf: () => (/* binding */ abortableSleep),
/* harmony export */   Qb: () => (/* binding */ isThrottlingError),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   dQ: () => (/* binding */ realClock),
/* harmony export */   jt: () => (/* binding */ TransientHttpError),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   qc: () => (/* binding */ TokenBucket),
/* harmony export */   s_: () => (/* binding */ httpStatusOf),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony export retryDelay */
/**
 * Backoff, retry and rate limiting with an injected clock and sleep, so tests never really wait.
 */
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
/** `sleep`, cut short by `signal`: rejects with its reason when it aborts (before or while sleeping). */
function abortableSleep(signal, sleep = realSleep) {
    return (ms) => new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        sleep(ms).then(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, reject);
    });
}
const realClock = () => Date.now();
/** The delay before retry number `attempt` (1 = the first retry). */
function backoffDelay(attempt, options = {}) {
    const base = options.baseMs ?? 100;
    const max = options.maxMs ?? 20_000;
    const factor = options.factor ?? 2;
    const cap = Math.min(max, base * Math.pow(factor, Math.max(0, attempt - 1)));
    if ((options.jitter ?? 'full') === 'none')
        return cap;
    const random = options.random ?? Math.random;
    // never 0: keep at least a tenth of the cap so a retry storm still spreads out
    return Math.max(cap / 10, random() * cap);
}
const THROTTLING_CODES = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'TooManyRequests',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
    'KMSThrottling',
    'KMSThrottlingException',
]);
const TRANSIENT_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'TimeoutError',
    'RequestTimeout',
    'RequestTimeoutException',
]);
/** Failures after which the request may still have been carried out: it was sent, and no answer came. */
const NO_ANSWER_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'TimeoutError', 'RequestTimeout']);
/**
 * Whether a failed call may have been carried out anyway (a timeout, a connection dropped after the
 * request went out): its outcome is unknown, not failed. A refused connection or an error answer is known.
 */
function isOutcomeUnknown(err) {
    if (httpStatusOf(err) !== undefined)
        return false;
    const code = errorCode(err);
    return code !== undefined && NO_ANSWER_CODES.has(code);
}
function errorCode(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const e = err;
    for (const v of [e.Code, e.code, e.name])
        if (typeof v === 'string' && v !== 'Error')
            return v;
    return undefined;
}
function httpStatusOf(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const status = err.$metadata?.httpStatusCode;
    return typeof status === 'number' ? status : undefined;
}
function isThrottlingError(err) {
    const code = errorCode(err);
    if (code !== undefined && THROTTLING_CODES.has(code))
        return true;
    return httpStatusOf(err) === 429;
}
/** Throttling, a 5xx, or a dropped connection: worth another try after a pause. */
function isRetryableError(err) {
    if (err instanceof TransientHttpError)
        return true;
    if (isThrottlingError(err))
        return true;
    const status = httpStatusOf(err);
    if (status !== undefined && status >= 500)
        return true;
    const code = errorCode(err);
    if (code !== undefined && TRANSIENT_NETWORK_CODES.has(code))
        return true;
    if (typeof err === 'object' && err !== null && err.$fault === 'server')
        return true;
    return false;
}
/**
 * One failed HTTP attempt worth repeating: a 429 or 5xx answer, or a request that never got one.
 * `retryAfterMs` is the server's `Retry-After`, when it sent one.
 */
class TransientHttpError extends Error {
    status;
    retryAfterMs;
    name = 'TransientHttpError';
    constructor(message, status, retryAfterMs, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
/** Whether an HTTP status is worth another try: 429 (too many requests) or any 5xx. */
function isTransientStatus(status) {
    return status === 429 || status >= 500;
}
/** `Retry-After` as a delay in ms: delta-seconds or an HTTP date; `undefined` when absent or unreadable. */
function parseRetryAfter(value, now) {
    if (value === null || value === undefined)
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.round(Number(v) * 1000);
    const at = Date.parse(v);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - now);
}
function retryAfterOf(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const ms = err.retryAfterMs;
    return typeof ms === 'number' && ms >= 0 ? ms : undefined;
}
/** The pause before retry number `attempt`: the backoff, or the server's `Retry-After` when longer. */
function retryDelay(err, attempt, options) {
    const asked = Math.min(retryAfterOf(err) ?? 0, options.maxRetryAfterMs ?? 120_000);
    return Math.max(backoffDelay(attempt, options.backoff), asked);
}
/**
 * Runs `fn` until it succeeds, the error is not retryable, `maxAttempts` calls were made, or the next pause would
 * end past the `deadline`; then rethrows the last error. Retryable by default: AWS throttling/5xx/dropped
 * connections and `TransientHttpError`.
 */
async function withRetry(fn, options) {
    const isRetryable = options.isRetryable ?? isRetryableError;
    let firstFailure;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (attempt >= options.maxAttempts || !isRetryable(err))
                throw err;
            const delay = retryDelay(err, attempt, options);
            if (options.deadline !== undefined) {
                const now = options.deadline.now();
                firstFailure ??= now;
                if (now - firstFailure + delay > options.deadline.withinMs)
                    throw err;
            }
            options.onRetry?.(err, attempt, delay);
            await options.sleep(delay);
        }
    }
}
/**
 * A token bucket: `take(n)` resolves once `n` tokens are available. Calls are served in order,
 * so concurrent callers share the rate fairly.
 */
class TokenBucket {
    ratePerSecond;
    clock;
    sleep;
    tokens;
    last;
    queue = Promise.resolve();
    capacity;
    constructor(ratePerSecond, clock, sleep, capacity) {
        this.ratePerSecond = ratePerSecond;
        this.clock = clock;
        this.sleep = sleep;
        if (!(ratePerSecond > 0))
            throw new RangeError(`rate must be > 0, got ${ratePerSecond}`);
        this.capacity = capacity ?? Math.max(1, ratePerSecond);
        this.tokens = this.capacity;
        this.last = clock();
    }
    take(n) {
        const want = Math.min(n, this.capacity);
        const turn = this.queue.then(() => this.takeNow(want));
        this.queue = turn.catch(() => undefined);
        return turn;
    }
    refill() {
        const now = this.clock();
        this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
        this.last = now;
    }
    async takeNow(n) {
        this.refill();
        while (this.tokens < n) {
            await this.sleep(Math.ceil(((n - this.tokens) / this.ratePerSecond) * 1000));
            this.refill();
        }
        this.tokens -= n;
    }
}


/***/ }),

/***/ 58219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_LOCAL_TARGET: () => (/* binding */ DEFAULT_LOCAL_TARGET),
  ingest: () => (/* binding */ ingest),
  selectTarget: () => (/* binding */ selectTarget)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/manifest/load.ts + 3 modules
var load = __webpack_require__(18568);
// EXTERNAL MODULE: ./src/model/inputs.ts
var model_inputs = __webpack_require__(30492);
// EXTERNAL MODULE: ./src/model/plan.ts
var plan = __webpack_require__(67978);
;// CONCATENATED MODULE: ./src/run/plan.ts


function describeTarget(target) {
    switch (target.type) {
        case 'directory': {
            const as = target.format === 'catalog' ? '' : target.format === 'ndjson' ? ' as NDJSON' : ' and NDJSON';
            return `write a static catalog${as} to ${target.path}`;
        }
        case 'maap': {
            const where = target.stack ? `stack ${target.stack}` : (target.loader_topic_arn ?? 'the configured topics');
            return `publish to the MAAP pipeline (${where}${target.region ? `, ${target.region}` : ''})`;
        }
        case 'ingestor':
            return `post to the STAC Ingestor API at ${target.url}`;
        case 'pgstac':
            return `upsert into pgstac (DSN from $${target.dsn_env})`;
    }
}
function itemCollection(doc, override) {
    return (override ?? (typeof doc.doc['collection'] === 'string' ? doc.doc['collection'] : '(no collection)'));
}
/** A stactools source in the plan: where it runs, how many requests, what it is expected to make. */
function stactoolsPlan(s, entry, runsLocally) {
    const st = s.entry.stactools;
    // streamed requests are counted, their ids not listed
    const knownIds = s.requests.flatMap((r) => (r.expectedId !== undefined ? [r.expectedId] : []));
    const expect = st?.expect;
    const planned = {
        id: s.entry.id,
        entry,
        action: runsLocally ? 'generate-local' : 'generate-remote',
        items: expect?.count ?? expect?.ids?.length ?? (0,model_inputs/* requestCount */.j)(s),
        knownIds: expect?.ids ?? knownIds,
        requests: (0,model_inputs/* requestCount */.j)(s),
    };
    if (st) {
        planned.package = st.package;
        planned.group = st.group;
    }
    if (expect) {
        planned.expect = {};
        if (expect.count !== undefined)
            planned.expect.count = expect.count;
        if (expect.ids !== undefined)
            planned.expect.ids = expect.ids;
        if (expect.id_template !== undefined)
            planned.expect.idTemplate = expect.id_template;
    }
    return planned;
}
/** A source of documents in the plan, split per collection (files and catalogs may hold several). */
function documentsPlan(s, entry) {
    // a streamed source is counted, its ids not listed
    const perCollection = new Map();
    for (const [cid, n] of 'stream' in s && s.stream ? s.stream.counts : [])
        perCollection.set(cid, { n, ids: [] });
    for (const d of s.docs) {
        if (d.doc['type'] !== 'Feature')
            continue;
        const cid = itemCollection(d, s.entry.collection);
        let list = perCollection.get(cid);
        if (!list)
            perCollection.set(cid, (list = { n: 0, ids: [] }));
        list.n++;
        list.ids.push(String(d.doc['id']));
    }
    const action = s.kind === 'files'
        ? 'publish-files'
        : s.kind === 'catalog'
            ? 'publish-catalog'
            : s.kind === 'dps' && s.upload
                ? 'upload-dps'
                : 'publish-dps';
    const out = new Map();
    for (const [cid, { n, ids }] of perCollection) {
        const planned = { id: s.entry.id, entry, action, items: n, knownIds: ids, requests: 0 };
        if (s.kind === 'dps')
            planned.derivedCollection = { id: s.collectionId, from: s.rawCollectionId, metFile: s.metFile };
        out.set(cid, planned);
    }
    return out;
}
/**
 * Pure: what would be generated and published, per collection. Powers `plan` and dry runs.
 * `target` is the resolved target (name + settings).
 */
function buildPlan(manifestPath, inputs, targetName, target) {
    const notes = [...(inputs.notes ?? [])];
    const collections = new Map();
    const add = (id, planned) => {
        let c = collections.get(id);
        if (!c)
            collections.set(id, (c = { id, definedBy: 'none', sources: [], items: 0 }));
        if (planned) {
            c.sources.push(planned);
            c.items += planned.items;
        }
        return c;
    };
    for (const c of inputs.collections) {
        const pc = add(c.entry.id);
        pc.definedBy = c.kind;
        pc.entry = (0,plan/* collectionEntryLabel */.H)(c.index, c.entry.id);
    }
    const requests = { local: 0, remote: 0 };
    for (const s of inputs.sources) {
        const entry = (0,plan/* sourceEntryLabel */.O)(s.index, s.entry.id);
        if (s.kind === 'stactools') {
            const runsLocally = generatedHere(s.mode, target);
            if (s.mode === 'remote' && target.type === 'directory')
                notes.push(`${entry}: marked remote, generated locally with the same command because target '${targetName}' ` +
                    'is a directory');
            requests[runsLocally ? 'local' : 'remote'] += (0,model_inputs/* requestCount */.j)(s);
            if (runsLocally && s.entry.collection)
                notes.push(`${entry}: generated items get \`collection: ${s.entry.collection}\`, and a link rel="collection" ` +
                    '(../collection.json) when the package wrote none, as items of files and catalogs do');
            add(s.entry.collection ?? '(no collection)', stactoolsPlan(s, entry, runsLocally));
        }
        else if (s.kind === 'assets') {
            const ids = s.requests.map((r) => r.itemId);
            const n = s.requests.length;
            add(s.collectionId, { id: s.entry.id, entry, action: 'build-assets', items: n, knownIds: ids, requests: n });
        }
        else {
            const perCollection = documentsPlan(s, entry);
            if (perCollection.size === 0)
                notes.push(`${entry}: no items found`);
            for (const [cid, planned] of perCollection)
                add(cid, planned);
        }
    }
    for (const c of collections.values())
        if (c.definedBy === 'none' && c.id !== '(no collection)')
            notes.push(`collection '${c.id}' is not defined in the manifest: it must already exist in the catalog ` +
                '(or the loader creates a placeholder when CREATE_COLLECTIONS_IF_MISSING is set)');
    const list = [...collections.values()].sort((a, b) => a.id.localeCompare(b.id));
    return {
        manifest: manifestPath,
        target: { name: targetName, type: target.type, description: describeTarget(target) },
        collections: list,
        totals: {
            collections: inputs.collections.length,
            sources: inputs.sources.length,
            items: list.reduce((n, c) => n + c.items, 0),
            requests: requests.local + requests.remote,
            localRequests: requests.local,
            remoteRequests: requests.remote,
        },
        notes,
        skipped: [],
    };
}
/**
 * Where a stactools source's items are made: here (uvx), or by the target's generator from
 * ItemRequests. A directory target has no generator; `validate --generate` makes them here to check them.
 */
function generatedHere(mode, target, command) {
    return mode === 'local' || target.type === 'directory' || command === 'validate';
}
/** The ItemRequests of a remote stactools source, and the items the manifest says they make. */
function remoteOf(s) {
    const expect = s.entry.stactools?.expect;
    const r = {
        sourceId: s.entry.id,
        entry: (0,plan/* sourceEntryLabel */.O)(s.index, s.entry.id),
        collection: s.entry.collection ?? null,
        requests: s.requests,
        ...(s.stream ? { stream: s.stream } : {}),
    };
    if (expect)
        r.expect = {
            ...(expect.count !== undefined ? { count: expect.count } : {}),
            ...(expect.ids !== undefined ? { ids: expect.ids } : {}),
        };
    return r;
}
/**
 * Pure: what `command` runs for these inputs and this target. `generate`: make items here at all
 * (`validate` only does with --generate); `engine`: the local engine for every entry (default:
 * each entry's own).
 */
function planWork(inputs, target, command, options) {
    const { generate } = options;
    const engineOf = (entry) => {
        const engine = options.engine ?? entry;
        return engine ? { engine } : {};
    };
    const work = { docs: [], uploaded: new Set(), generate: [], assets: [], uploads: [], remote: [] };
    const streamed = [];
    for (const c of inputs.collections) {
        if (c.kind === 'file')
            work.docs.push(c.doc);
        else if (generate) {
            const { request, origin, timeoutMs } = c.request;
            work.generate.push({ request, origin, timeoutMs, kind: 'collection', ...engineOf(c.entry.stactools?.engine) });
        }
    }
    for (const s of inputs.sources) {
        if (s.kind === 'stactools') {
            const engine = engineOf(s.entry.stactools?.engine);
            const sourceId = s.entry.id;
            if (!generatedHere(s.mode, target, command))
                work.remote.push(remoteOf(s));
            else if (generate && s.stream)
                streamed.push({ stream: s.stream, sourceId, engine });
            else if (generate)
                for (const r of s.requests)
                    work.generate.push({
                        request: r.request,
                        origin: { ...r.origin, sourceId },
                        timeoutMs: r.timeoutMs,
                        ...engine,
                    });
        }
        else if (s.kind === 'assets') {
            if (generate)
                work.assets.push(s);
        }
        else {
            if ('stream' in s && s.stream)
                (work.streams ??= []).push(s.stream);
            for (const d of s.docs)
                work.docs.push(d);
            if (s.kind === 'dps' && s.upload && target.type === 'maap' && command === 'run') {
                work.uploads.push(s);
                for (const d of s.docs)
                    work.uploaded.add(d);
            }
        }
    }
    if (streamed.length > 0)
        work.generateStreamed = streamedJobs(streamed);
    return work;
}
/** The create-item calls of streamed stactools sources, one source after the other. */
function streamedJobs(sources) {
    return {
        count: sources.reduce((n, s) => n + s.stream.count, 0),
        jobs: async function* () {
            for (const { stream, sourceId, engine } of sources)
                for await (const r of stream.requests())
                    yield { request: r.request, origin: { ...r.origin, sourceId }, timeoutMs: r.timeoutMs, ...engine };
        },
    };
}

// EXTERNAL MODULE: ./src/stages/resolve.ts + 14 modules
var resolve = __webpack_require__(82711);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/sources/json-text.ts
var json_text = __webpack_require__(84460);
;// CONCATENATED MODULE: ./src/sources/assets/requests-status.ts




/**
 * Where an asset request is: built (`generating`), sent (`published`), seen in the catalog
 * (`verified`), or not (`failed`).
 */
const REQUEST_STATUSES = (/* unused pure expression or super */ null && (['queued', 'generating', 'published', 'verified', 'failed']));
/** The status file kept next to a run report: `report.json` -> `report.requests.json`. */
function statusFileFor(reportPath) {
    const dir = external_node_path_default().dirname(reportPath);
    const base = external_node_path_default().basename(reportPath).replace(/\.json$/i, '');
    return external_node_path_default().join(dir, `${base}.requests.json`);
}
/**
 * A status file for the requests of a run, next to the run report (see statusFileFor). An existing file is
 * read first, so a later run (or stage) adds to it. Written atomically (temp file + rename).
 */
async function openRequestStatusStore(file, clock = () => new Date()) {
    const data = (await readStatusFile(file, true)) ?? { version: 1, requests: {} };
    let chain = Promise.resolve();
    const save = async () => {
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        await (0,promises_.writeFile)(tmp, JSON.stringify(data, null, 2) + '\n');
        await (0,promises_.rename)(tmp, file);
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
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT' && missingOk)
            return undefined;
        throw new src_errors/* ConfigurationError */.j1(`request status file ${file} cannot be read: ${err.code ?? String(err)}`, {
            location: { file },
            hint: 'give the run report (report.json) or its .requests.json of a run that had asset requests',
            cause: err,
        });
    }
    const parsed = (0,json_text/* parseJsonText */.lk)(text);
    if (!parsed.ok)
        throw new src_errors/* ConfigurationError */.j1(`${file} is not valid JSON: ${parsed.message}`, {
            location: { file, line: parsed.line, column: parsed.column },
        });
    const v = parsed.value;
    if (typeof v !== 'object' || v === null || v.version !== 1 || typeof v.requests !== 'object' || v.requests === null) {
        throw new src_errors/* ConfigurationError */.j1(`${file} is not a request status file (version 1)`, {
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
        throw new ConfigurationError(`no request ${requestId} in ${file}`, {
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

;// CONCATENATED MODULE: ./src/clients/lazy-object-store.ts
/**
 * An ObjectStore whose S3 client is only made on first use (most runs never touch S3); `make` is async so that the
 * AWS SDK is only loaded (a dynamic import) then. A failed `make` is tried again on the next use.
 */
function lazyObjectStore(make) {
    let store;
    const get = () => (store ??= make().catch((err) => {
        store = undefined;
        throw err;
    }));
    return {
        get: async (bucket, key, limits) => (await get()).get(bucket, key, limits),
        async *list(bucket, prefix) {
            yield* (await get()).list(bucket, prefix);
        },
        put: async (bucket, key, body, contentType) => (await get()).put(bucket, key, body, contentType),
        destroy() {
            const made = store;
            store = undefined;
            void made?.then((s) => s.destroy(), () => undefined);
        },
    };
}

// EXTERNAL MODULE: ./src/model/keys.ts
var keys = __webpack_require__(50517);
// EXTERNAL MODULE: ./src/model/delivery.ts
var model_delivery = __webpack_require__(62441);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/limit.ts
var limit = __webpack_require__(57768);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/security/workspace.ts
var security_workspace = __webpack_require__(46179);
;// CONCATENATED MODULE: ./src/targets/directory/output-lock.ts
/**
 * The lock of a directory target's output (output-dir.ts): a file beside the output, created with O_EXCL, naming
 * the run that holds it (pid, host, start). Two runs never write one output at once; a lock whose run is gone
 * (killed) is taken over, atomically, so that two runs judging it stale at once cannot both take it.
 */




async function readLock(file) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
    try {
        const lock = JSON.parse(text ?? '');
        return typeof lock.pid === 'number' && typeof lock.host === 'string' ? lock : undefined;
    }
    catch {
        return undefined;
    }
}
/** The lock files this process holds now (a lock naming our pid but not held here was left by an earlier process). */
const heldHere = new Set();
/**
 * Whether the run a lock names may still be running: on another host we cannot tell, so yes; on this one while its
 * process lives, or while this very process holds it.
 */
function mayBeRunning(lock, file) {
    if (lock.host !== (0,external_node_os_.hostname)())
        return true;
    if (lock.pid === process.pid)
        return heldHere.has(file);
    try {
        process.kill(lock.pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
const sameLock = (a, b) => a !== undefined && a.pid === b.pid && a.host === b.host && a.started === b.started;
/** Creates the lock file; false when it exists. */
async function createLock(file, mine) {
    try {
        await (0,promises_.writeFile)(file, JSON.stringify(mine) + '\n', { flag: 'wx' });
        return true;
    }
    catch (err) {
        if (err.code !== 'EEXIST')
            throw err;
        return false;
    }
}
/** Removes locks moved aside by a take-over that was killed before it removed them (when their run is gone). */
async function sweepAsides(file) {
    const prefix = `${external_node_path_default().basename(file)}-`;
    for (const name of await (0,promises_.readdir)(external_node_path_default().dirname(file))) {
        if (!name.startsWith(prefix) || !/^[0-9a-f]{12}$/.test(name.slice(prefix.length)))
            continue;
        const aside = external_node_path_default().join(external_node_path_default().dirname(file), name);
        const lock = await readLock(aside);
        if (lock !== undefined && !mayBeRunning(lock, aside))
            await (0,promises_.rm)(aside, { force: true });
    }
}
/**
 * Removes the lock of a run that is gone, unless another run took it over meanwhile: the file is moved aside
 * (atomic, so only one run moves any one lock) and put back when it is no longer the one judged stale.
 */
async function takeOver(file, stale) {
    const aside = `${file}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    try {
        await (0,promises_.rename)(file, aside);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return true;
        throw err;
    }
    const moved = await readLock(aside);
    if (!sameLock(moved, stale))
        await (0,promises_.link)(aside, file).catch(() => undefined);
    await (0,promises_.rm)(aside, { force: true });
    return sameLock(moved, stale);
}
/**
 * Takes the lock `file`, taking over one whose run is gone; its release (removes the file, once), or who holds it
 * (undefined: unreadable, e.g. a run writing it this instant).
 */
async function takeLock(file) {
    const mine = { pid: process.pid, host: (0,external_node_os_.hostname)(), started: new Date().toISOString() };
    for (let attempt = 1;; attempt++) {
        if (await createLock(file, mine)) {
            heldHere.add(file);
            await sweepAsides(file).catch(() => undefined);
            return {
                release: async () => {
                    heldHere.delete(file);
                    await (0,promises_.rm)(file, { force: true });
                },
            };
        }
        const held = await readLock(file);
        if (attempt > 1 || held === undefined || mayBeRunning(held, file) || !(await takeOver(file, held)))
            return { heldBy: held };
    }
}

;// CONCATENATED MODULE: ./src/targets/directory/output-dir.ts







/**
 * The directory target's output folder: whose it is, and how it is replaced.
 *
 * A run writes into a fresh sibling `.<name>.stac-ingest-tmp-<random>` that holds a marker file
 * (MARKER_FILE: the tool and the manifest), and swaps it in by rename at the end: the previous
 * output is renamed to `.<name>.stac-ingest-old-<random>`, the new one to `<name>`, then the old one
 * to `.<name>.stac-ingest-del-<random>` (from then on it is never put back) and removed, its marker
 * last. Only folders holding our marker for the same manifest are ever removed or renamed, and empty
 * folders under the names we make (a kill between creating a folder and writing its marker, or
 * between removing the marker and the folder). A run killed before the swap leaves the previous
 * output as it was; the next run removes the leftovers, and puts a previous output back whose swap
 * was cut between the two renames.
 *
 * Two runs never write one output at once: a run holds `.<name>.stac-ingest-lock` (output-lock.ts) from before
 * it cleans up leftovers until the swap is done, so it cannot sweep the staging folder of a run still writing.
 */
const MARKER_FILE = '.stac-ingest-output.json';
const TOOL = 'stac-ingest';
/**
 * The policy for a run: the workspace is the one given (the Action: GITHUB_WORKSPACE), else the
 * repository holding the manifest, else the manifest's folder.
 */
function outputPolicy(p) {
    const manifestPath = external_node_path_default().resolve(p.manifestPath);
    return {
        manifestPath,
        workspace: (0,security_workspace/* workspaceOf */.B3)(manifestPath, p.workspace),
        allowOutsideWorkspace: p.allowOutsideWorkspace ?? false,
        ...(p.location !== undefined ? { location: p.location } : {}),
        ...(p.givenBy !== undefined ? { givenBy: p.givenBy } : {}),
    };
}
function refuse(policy, root, why, hint) {
    const by = policy.givenBy ? ` (given by ${policy.givenBy})` : '';
    return new src_errors/* ConfigurationError */.j1(`refusing to write the directory target to ${root}${by}: ${why}`, {
        ...(policy.location !== undefined ? { location: policy.location } : {}),
        hint,
    });
}
const CHOOSE = 'choose a folder of its own, e.g. `.stac-ingest/out`';
/** Throws when `root` is a place no run may replace: what holds the manifest or the workspace, or is outside it. */
async function checkOutputLocation(root, policy) {
    const real = await (0,security_workspace/* realPathOf */.dN)(root);
    const workspace = await (0,security_workspace/* realPathOf */.dN)(policy.workspace);
    const manifestDir = await (0,security_workspace/* realPathOf */.dN)(external_node_path_default().dirname(policy.manifestPath));
    if ((0,security_workspace/* isInside */.FK)(manifestDir, real))
        throw refuse(policy, root, `it contains the manifest ${policy.manifestPath}`, CHOOSE);
    if ((0,security_workspace/* isInside */.FK)(workspace, real))
        throw refuse(policy, root, 'it is (or contains) the workspace (the repository root by default)', CHOOSE);
    if (!policy.allowOutsideWorkspace && !(0,security_workspace/* isInside */.FK)(real, workspace))
        throw refuse(policy, root, `it lies outside the workspace ${policy.workspace}`, 'choose a folder inside it, or allow it explicitly with --allow-outside-workspace ' +
            '(the Action input `allow-outside-workspace: true`)');
}
async function readMarker(dir) {
    try {
        const m = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, MARKER_FILE), 'utf8'));
        return typeof m.tool === 'string' && typeof m.manifest === 'string'
            ? { tool: m.tool, manifest: m.manifest }
            : undefined;
    }
    catch {
        return undefined;
    }
}
function markerFor(policy) {
    return { tool: TOOL, manifest: external_node_path_default().relative(policy.workspace, policy.manifestPath).split((external_node_path_default()).sep).join('/') };
}
async function isOurs(dir, policy) {
    const m = await readMarker(dir);
    return m !== undefined && m.tool === TOOL && m.manifest === markerFor(policy).manifest;
}
/** What is at `root` now; throws unless it is nothing, an empty folder, or an output of this manifest. */
async function outputState(root, policy) {
    const st = await (0,promises_.stat)(root).catch(() => undefined);
    if (st === undefined)
        return 'absent';
    if (!st.isDirectory())
        throw refuse(policy, root, 'it is a file, not a folder', CHOOSE);
    if ((await (0,promises_.readdir)(root)).length === 0)
        return 'empty';
    if (await isOurs(root, policy))
        return 'ours';
    const marker = await readMarker(root);
    if (marker?.tool === TOOL)
        throw refuse(policy, root, `it is the output of another manifest (${marker.manifest})`, 'give each manifest its own output folder');
    throw refuse(policy, root, `it is not empty and was not created by stac-ingest (it holds no ${MARKER_FILE})`, `nothing there is removed; empty or remove it yourself, or ${CHOOSE}`);
}
const siblingPrefix = (root, kind) => `.${external_node_path_default().basename(root)}.stac-ingest-${kind}-`;
/** The random part of the names we make: mkdtemp's six characters, or twelve hex digits. */
const OUR_SUFFIX = /^(?:[A-Za-z0-9]{6}|[0-9a-f]{12})$/;
/**
 * Whether a sibling under one of our names is ours to remove: it holds our marker for this manifest, or it is a
 * folder we were killed in the middle of making or removing (empty, or holding only an unreadable marker).
 */
async function isOurLeftover(dir, suffix, policy) {
    if (await isOurs(dir, policy))
        return true;
    if (!OUR_SUFFIX.test(suffix))
        return false;
    const names = await (0,promises_.readdir)(dir).catch(() => undefined);
    if (names === undefined || names.some((n) => n !== MARKER_FILE))
        return false;
    return names.length === 0 || (await readMarker(dir)) === undefined;
}
/** Removes a folder of ours, its marker last: a kill part way leaves it marked (or empty); a later run removes it. */
async function removeOwned(dir) {
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    for (const name of names.filter((n) => n !== MARKER_FILE))
        await (0,promises_.rm)(external_node_path_default().join(dir, name), { recursive: true, force: true });
    await (0,promises_.rm)(external_node_path_default().join(dir, MARKER_FILE), { force: true });
    await (0,promises_.rmdir)(dir).catch((err) => {
        if (err.code !== 'ENOENT')
            throw err;
    });
}
/**
 * Leftovers of runs that were killed: temp folders and old outputs are removed, and a previous output whose swap
 * was cut between its two renames is put back. Only our own folders are touched (`isOurLeftover`).
 */
async function recoverInterrupted(root, policy) {
    const parent = external_node_path_default().dirname(root);
    const names = await (0,promises_.readdir)(parent).catch(() => []);
    for (const kind of ['old', 'tmp', 'del']) {
        const prefix = siblingPrefix(root, kind);
        for (const name of names.filter((n) => n.startsWith(prefix))) {
            const dir = external_node_path_default().join(parent, name);
            if (!(await isOurLeftover(dir, name.slice(prefix.length), policy)))
                continue;
            if (kind === 'old' && !(0,external_node_fs_.existsSync)(root) && (await isOurs(dir, policy)))
                await (0,promises_.rename)(dir, root);
            else
                await removeOwned(dir);
        }
    }
}
/** Everything `openStaging` refuses, checked without touching anything (for `plan`, and before generating). */
async function checkOutput(root, policy) {
    await checkOutputLocation(root, policy);
    await outputState(root, policy);
}
/** The policy of a run's directory target: where its path was given, and what the entry allows. */
function directoryOutputPolicy(loaded, targetName, options) {
    const inManifest = options.output === undefined && targetName in loaded.manifest.targets;
    const givenBy = options.output !== undefined
        ? '--output (the Action input `output`)'
        : inManifest
            ? undefined
            : `the implicit '${targetName}' target`;
    return outputPolicy({
        manifestPath: loaded.path,
        workspace: options.workspace,
        allowOutsideWorkspace: options.allowOutsideWorkspace,
        location: inManifest ? loaded.locationOf(['targets', targetName, 'path']) : undefined,
        givenBy,
    });
}
/**
 * Takes the output's lock (output-lock.ts), or refuses while another run holds it (or one is writing it). Returns
 * its release.
 */
async function lockOutput(root, policy) {
    const file = external_node_path_default().join(external_node_path_default().dirname(root), `.${external_node_path_default().basename(root)}.stac-ingest-lock`);
    await (0,promises_.mkdir)(external_node_path_default().dirname(root), { recursive: true });
    const lock = await takeLock(file);
    if ('release' in lock)
        return lock.release;
    const { heldBy: held } = lock;
    throw refuse(policy, root, `another stac-ingest run is writing it` +
        (held ? ` (pid ${held.pid} on ${held.host}, started ${held.started})` : ''), `wait for that run to finish; if no run is writing it, remove ${file}`);
}
/** Checks the root, cleans up after killed runs, and creates the staging folder beside the root. */
async function openStaging(root, policy) {
    await checkOutputLocation(root, policy);
    const unlock = await lockOutput(root, policy);
    try {
        return await stage(root, policy, unlock);
    }
    catch (err) {
        await unlock();
        throw err;
    }
}
async function stage(root, policy, unlock) {
    await recoverInterrupted(root, policy);
    await outputState(root, policy);
    const parent = external_node_path_default().dirname(root);
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(parent, siblingPrefix(root, 'tmp')));
    await (0,promises_.writeFile)(external_node_path_default().join(dir, MARKER_FILE), JSON.stringify(markerFor(policy), null, 2) + '\n');
    return {
        dir,
        // the lock goes with a commit that succeeded, else with the discard that follows a failure
        commit: () => swapIn(root, dir, policy).then(unlock),
        discard: () => removeOwned(dir).finally(unlock),
    };
}
/** Replaces the output at the root with the staged folder. */
async function swapIn(root, dir, policy) {
    const parent = external_node_path_default().dirname(root);
    const state = await outputState(root, policy);
    if (state === 'empty')
        await (0,promises_.rmdir)(root);
    if (state !== 'ours')
        return (0,promises_.rename)(dir, root);
    const id = (0,external_node_crypto_.randomBytes)(6).toString('hex');
    const old = external_node_path_default().join(parent, siblingPrefix(root, 'old') + id);
    const del = external_node_path_default().join(parent, siblingPrefix(root, 'del') + id);
    await (0,promises_.rename)(root, old);
    await (0,promises_.rename)(dir, root);
    await (0,promises_.rename)(old, del);
    await removeOwned(del);
}

// EXTERNAL MODULE: ./src/json.ts
var src_json = __webpack_require__(8301);
;// CONCATENATED MODULE: ./src/targets/directory/write.ts









const SAFE = /[^A-Za-z0-9._-]/g;
/** A file-system-safe name for an id (ids may hold ':' or '/'). */
function safeName(id) {
    const s = id.replace(SAFE, '_');
    return s === '' || s === '.' || s === '..' ? `_${s}` : s;
}
function relLink(fromFile, toFile) {
    const rel = external_node_path_default().relative(external_node_path_default().dirname(fromFile), toFile).split((external_node_path_default()).sep).join('/');
    return rel.startsWith('.') ? rel : `./${rel}`;
}
const STRUCTURAL = new Set(['self', 'root', 'parent', 'child', 'item', 'collection']);
function withLinks(doc, links) {
    const kept = Array.isArray(doc['links'])
        ? doc['links'].filter((l) => !(typeof l === 'object' && l !== null && STRUCTURAL.has(String(l['rel']))))
        : [];
    return (0,src_json/* withMembers */.gn)(doc, { links: [...links, ...kept] });
}
const CATALOG_FILE = 'catalog.json';
/** Where an item of the static catalog goes, its structural links, and the collection's link to it. */
function itemPlacement(cid, id, hasCollection) {
    const collectionFile = `${safeName(cid)}/collection.json`;
    const rel = `${safeName(cid)}/items/${safeName(id)}.json`;
    const links = [{ rel: 'root', href: relLink(rel, CATALOG_FILE), type: 'application/json' }];
    if (hasCollection) {
        links.push({ rel: 'parent', href: relLink(rel, collectionFile), type: 'application/json' });
        links.push({ rel: 'collection', href: relLink(rel, collectionFile), type: 'application/json' });
    }
    return { rel, links, link: { rel: 'item', href: relLink(collectionFile, rel), type: 'application/geo+json' } };
}
/** An item as the static catalog holds it: its own links but the structural ones, which are the catalog's. */
function placedItem(item, hasCollection) {
    const placed = itemPlacement(String(item['collection'] ?? NO_COLLECTION_DIR), String(item['id']), hasCollection);
    return { rel: placed.rel, doc: withLinks(item, placed.links) };
}
/** The collection id an item is filed under. */
const collectionDirOf = (item) => String(item['collection'] ?? NO_COLLECTION_DIR);
const NO_COLLECTION_DIR = '_no_collection';
/**
 * The files above the items: `catalog.json` and each `<collection>/collection.json` (with a link to each
 * item, `itemIds` sorted) for a catalog, `collections.ndjson` for NDJSON.
 */
function layoutTop(collections, itemIds, format, title = 'stac-ingest output') {
    const json = [];
    const collectionIds = new Set([...collections.map((c) => String(c['id'])), ...itemIds.keys()]);
    const children = [];
    for (const cid of [...collectionIds].sort()) {
        const collectionFile = `${safeName(cid)}/collection.json`;
        const collection = collections.find((c) => c['id'] === cid);
        if (format === 'ndjson')
            continue;
        const itemLinks = (itemIds.get(cid) ?? []).map((id) => itemPlacement(cid, id, collection !== undefined).link);
        if (collection) {
            children.push({
                rel: 'child',
                href: relLink(CATALOG_FILE, collectionFile),
                type: 'application/json',
                title: cid,
            });
            const up = [
                { rel: 'root', href: relLink(collectionFile, CATALOG_FILE), type: 'application/json' },
                { rel: 'parent', href: relLink(collectionFile, CATALOG_FILE), type: 'application/json' },
            ];
            json.push({ rel: collectionFile, doc: withLinks(collection, [...up, ...itemLinks]) });
        }
        else {
            // items without a collection document: link them from the root so they stay reachable
            for (const l of itemLinks)
                children.push({ ...l, href: relLink(CATALOG_FILE, external_node_path_default().posix.join(safeName(cid), String(l['href']))) });
        }
    }
    if (format !== 'ndjson') {
        const root = { rel: 'root', href: './catalog.json', type: 'application/json' };
        const doc = { type: 'Catalog', stac_version: '1.1.0', id: 'stac-ingest-output', description: title };
        json.push({ rel: CATALOG_FILE, doc: { ...doc, links: [root, ...children] } });
    }
    if (format === 'catalog')
        return { json };
    const cols = collections.slice().sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
    return { json, collectionsNdjson: cols };
}
/**
 * Lays collections and items out as a self-contained static STAC catalog
 * (`catalog.json` -> `<collection>/collection.json` -> `<collection>/items/<id>.json`) and/or one
 * `<collection>/items.ndjson` per collection. Pure: returns what to write. `items.ndjson` lists the items in the
 * order given (the order they were read or made), as a run that streams its sources writes it; links and files go
 * by id.
 */
function layoutStaticCatalog(collections, items, format, title = 'stac-ingest output') {
    const byCollection = new Map();
    for (const item of items) {
        const cid = collectionDirOf(item);
        let list = byCollection.get(cid);
        if (!list)
            byCollection.set(cid, (list = []));
        list.push(item);
    }
    const json = [];
    const ndjson = new Map();
    const itemIds = new Map();
    for (const cid of [...byCollection.keys()].sort()) {
        const hasCollection = collections.some((c) => c['id'] === cid);
        const sorted = (byCollection.get(cid) ?? []).slice().sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
        itemIds.set(cid, sorted.map((i) => String(i['id'])));
        if (format !== 'ndjson')
            for (const item of sorted)
                json.push(placedItem(item, hasCollection));
        // items.ndjson in the order the items came, as the stream writer (stream.ts) writes it
        if (format !== 'catalog')
            ndjson.set(`${safeName(cid)}/items.ndjson`, byCollection.get(cid) ?? []);
    }
    const top = layoutTop(collections, itemIds, format, title);
    if (format !== 'catalog') {
        // collections without items get an empty items.ndjson, as before
        for (const c of collections) {
            const rel = `${safeName(String(c['id']))}/items.ndjson`;
            if (!ndjson.has(rel))
                ndjson.set(rel, []);
        }
        ndjson.set('collections.ndjson', top.collectionsNdjson ?? []);
    }
    return { json: [...json, ...top.json], ndjson };
}
async function readNdjson(file) {
    const out = [];
    const rl = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of rl)
        if (line.trim() !== '')
            out.push((0,src_json/* parseJson */.qF)(line));
    return out;
}
/**
 * Writes the output into a staging folder beside `root`, reads every file back, checking it holds
 * exactly what was meant (so the local path proves itself), then swaps it in for the previous
 * output (src/targets/directory/output-dir.ts): killed at any point, the previous output is intact
 * or the new one complete. Nothing stale survives; nothing the tool did not create is removed.
 */
async function writeDirectory(root, collections, items, format, policy) {
    const { json, ndjson } = layoutStaticCatalog(collections, items, format);
    const staging = await openStaging(root, policy);
    try {
        await writeFiles(staging.dir, json, ndjson);
        await readBack(staging.dir, json, ndjson);
        await staging.commit();
    }
    catch (err) {
        await staging.discard();
        throw err;
    }
    const collectionIds = new Set(collections.map((c) => c['id']));
    return {
        root,
        format,
        files: [...json.map((f) => f.rel), ...ndjson.keys()].sort(),
        collections: collections.length,
        items: items.length,
        orphanItems: items.filter((i) => !collectionIds.has(i['collection'])).length,
    };
}
/** Files written and read back at once (the file system works in parallel; more gains nothing). */
const IO_CONCURRENCY = 8;
async function writeFiles(dir, json, ndjson) {
    const folders = new Set([...json.map((f) => f.rel), ...ndjson.keys()].map((rel) => external_node_path_default().dirname(rel)));
    for (const folder of [...folders].sort())
        await (0,promises_.mkdir)(external_node_path_default().join(dir, folder), { recursive: true });
    await (0,limit/* mapBounded */.yJ)(json, IO_CONCURRENCY, (f) => (0,promises_.writeFile)(external_node_path_default().join(dir, f.rel), (0,src_json/* stringifyJson */.sd)(f.doc, 2) + '\n'));
    for (const [rel, docs] of ndjson)
        await (0,promises_.writeFile)(external_node_path_default().join(dir, rel), docs.map((d) => (0,src_json/* stringifyJson */.sd)(d)).join('\n') + (docs.length ? '\n' : ''));
}
/**
 * Reads every written file once, checks it holds what was meant, then checks that every structural
 * link points at a file that was read back (links are resolved against the set, never re-read).
 */
async function readBack(dir, json, ndjson) {
    const verified = new Set();
    await (0,limit/* mapBounded */.yJ)(json, IO_CONCURRENCY, async (f) => {
        const back = (0,src_json/* parseJson */.qF)(await (0,promises_.readFile)(external_node_path_default().join(dir, f.rel), 'utf8'));
        if (!(0,external_node_util_.isDeepStrictEqual)(back, f.doc))
            throw new src_errors/* StageError */.Zu('write', `${f.rel} does not read back as written`);
        verified.add(f.rel);
    });
    for (const f of json) {
        for (const link of f.doc['links'] ?? []) {
            const rel = String(link['rel']);
            if (!STRUCTURAL.has(rel))
                continue;
            const target = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(f.rel), String(link['href'])));
            if (!verified.has(target))
                throw new src_errors/* StageError */.Zu('write', `${f.rel}: link rel=${rel} points to ${String(link['href'])}, which was not written`);
        }
    }
    for (const [rel, docs] of ndjson) {
        const back = await readNdjson(external_node_path_default().join(dir, rel));
        if (!(0,external_node_util_.isDeepStrictEqual)(back, docs))
            throw new src_errors/* StageError */.Zu('write', `${rel} does not read back as written (${back.length} of ${docs.length} lines)`);
    }
}

;// CONCATENATED MODULE: ./src/targets/directory/stream.ts










/** Item files written (and read back) at once, and how many items are taken before they are written. */
const stream_IO_CONCURRENCY = 8;
const WINDOW = 256;
/** NDJSON text gathered before it is written. */
const FLUSH_BYTES = 1 << 20;
/** One collection's `items.ndjson` in the staging folder: appended to, hashed as written, read back at the end. */
class NdjsonFile {
    abs;
    handle;
    hash = (0,external_node_crypto_.createHash)('sha256');
    pending = [];
    bytes = 0;
    lines = 0;
    constructor(abs) {
        this.abs = abs;
    }
    async add(doc) {
        const line = (0,src_json/* stringifyJson */.sd)(doc) + '\n';
        this.pending.push(line);
        this.bytes += line.length;
        this.lines++;
        if (this.bytes >= FLUSH_BYTES)
            await this.flush();
    }
    async flush() {
        if (!this.handle) {
            await (0,promises_.mkdir)(external_node_path_default().dirname(this.abs), { recursive: true });
            this.handle = await (0,promises_.open)(this.abs, 'w');
        }
        const text = this.pending.join('');
        this.pending = [];
        this.bytes = 0;
        this.hash.update(text);
        await this.handle.write(text);
    }
    /** Closes the file and checks that it reads back byte for byte as written. */
    async close(rel) {
        await this.flush();
        await this.handle?.close();
        const back = (0,external_node_crypto_.createHash)('sha256');
        for await (const chunk of (0,external_node_fs_.createReadStream)(this.abs))
            back.update(chunk);
        if (back.digest('hex') !== this.hash.digest('hex'))
            throw new src_errors/* StageError */.Zu('write', `${rel} does not read back as written (${this.lines} lines)`);
    }
}
async function writeChecked(dir, f, indent) {
    const text = (0,src_json/* stringifyJson */.sd)(f.doc, indent) + '\n';
    await (0,promises_.writeFile)(external_node_path_default().join(dir, f.rel), text);
    if ((await (0,promises_.readFile)(external_node_path_default().join(dir, f.rel), 'utf8')) !== text)
        throw new src_errors/* StageError */.Zu('write', `${f.rel} does not read back as written`);
}
async function writeWindow(p, items) {
    const placed = [];
    for (const item of items) {
        const cid = collectionDirOf(item);
        p.counts.set(cid, (p.counts.get(cid) ?? 0) + 1);
        if (p.format !== 'ndjson') {
            let ids = p.ids.get(cid);
            if (!ids)
                p.ids.set(cid, (ids = []));
            ids.push((0,keys/* detached */.ht)(String(item['id'])));
            const file = placedItem(item, p.withCollection.has(cid));
            placed.push(file);
            p.files.push(file.rel);
            const folder = external_node_path_default().dirname(file.rel);
            if (!p.folders.has(folder)) {
                await (0,promises_.mkdir)(external_node_path_default().join(p.dir, folder), { recursive: true });
                p.folders.add(folder);
            }
        }
        if (p.format !== 'catalog')
            await ndjsonOf(p, `${safeName(cid)}/items.ndjson`).add(item);
    }
    await (0,limit/* mapBounded */.yJ)(placed, stream_IO_CONCURRENCY, (f) => writeChecked(p.dir, f, 2));
}
function ndjsonOf(p, rel) {
    let file = p.ndjson.get(rel);
    if (!file) {
        p.ndjson.set(rel, (file = new NdjsonFile(external_node_path_default().join(p.dir, rel))));
        p.files.push(rel);
    }
    return file;
}
/** The files above the items (collections, the root catalog, collections.ndjson), written and read back. */
async function writeTop(p, collections) {
    for (const c of collections) {
        const folder = safeName(String(c['id']));
        await (0,promises_.mkdir)(external_node_path_default().join(p.dir, folder), { recursive: true });
        if (p.format !== 'catalog')
            ndjsonOf(p, `${folder}/items.ndjson`);
    }
    for (const ids of p.ids.values())
        ids.sort((a, b) => a.localeCompare(b));
    const top = layoutTop(collections, p.ids, p.format);
    for (const f of top.json) {
        await writeChecked(p.dir, f, 2);
        p.files.push(f.rel);
    }
    if (top.collectionsNdjson) {
        const file = ndjsonOf(p, 'collections.ndjson');
        for (const c of top.collectionsNdjson)
            await file.add(c);
    }
    for (const [rel, file] of p.ndjson)
        await file.close(rel);
}
/**
 * The directory target for items that are not held (a streamed source): items are written into the staging
 * folder as they come, in windows (each item file read back at once, each NDJSON file hashed as it is written
 * and re-read at the end), then the files above them, then the swap (output-dir.ts): killed at any point, the
 * previous output is intact or the new one complete. Remembered per item: its id, for a catalog's
 * collection.json. NDJSON lines keep the order they were read in (the held writer sorts them by id).
 */
async function writeDirectoryStream(root, collections, items, format, policy) {
    const staging = await openStaging(root, policy);
    const withCollection = new Set(collections.map((c) => String(c['id'])));
    const p = {
        dir: staging.dir,
        format,
        withCollection,
        ids: new Map(),
        counts: new Map(),
        ndjson: new Map(),
        folders: new Set(),
        files: [],
    };
    try {
        let window = [];
        for await (const item of items) {
            window.push(item);
            if (window.length < WINDOW)
                continue;
            await writeWindow(p, window);
            window = [];
        }
        await writeWindow(p, window);
        await writeTop(p, collections);
        await staging.commit();
    }
    catch (err) {
        await staging.discard();
        throw err;
    }
    const total = [...p.counts.values()].reduce((a, b) => a + b, 0);
    const orphans = [...p.counts].reduce((n, [cid, k]) => n + (withCollection.has(cid) ? 0 : k), 0);
    return {
        root,
        format,
        files: p.files.sort(),
        collections: collections.length,
        items: total,
        orphanItems: orphans,
        itemsPerCollection: p.counts,
    };
}

;// CONCATENATED MODULE: ./src/targets/directory/index.ts



/**
 * Writes a static catalog and/or NDJSON, then reads it back (src/targets/directory/write.ts).
 * The directory is one snapshot: collections and items are written together; there is no live
 * catalog to compare with or wait for.
 */
function createDirectoryTarget(target, baseDir, policy) {
    const root = external_node_path_default().resolve(baseDir, target.path);
    let output;
    return {
        type: 'directory',
        snapshot: true,
        open: async () => [],
        catalogs: () => [],
        async write(batch, ctx) {
            const collections = batch.collections.map((o) => o.doc);
            const items = batch.items.map((o) => o.doc);
            output = await writeDirectory(root, collections, items, target.format, policy);
            ctx.logger.info(`wrote ${output.collections} collection(s) and ${output.items} item(s) to ${root} (re-read and checked)`);
            return [...batch.collections, ...batch.items].map((o) => ({ key: o.key, state: 'written' }));
        },
        async writeStream(collections, items, ctx) {
            const written = await writeDirectoryStream(root, collections.map((o) => o.doc), items, target.format, policy);
            const { itemsPerCollection, ...rest } = written;
            output = rest;
            ctx.logger.info(`wrote ${output.collections} collection(s) and ${output.items} item(s) to ${root} as they were read ` +
                '(each file re-read and checked)');
            return itemsPerCollection;
        },
        describe: () => root,
        details: () => (output ? { output } : {}),
    };
}

;// CONCATENATED MODULE: ./src/targets/index.ts


/**
 * The adapter for a target of the manifest. Each target type lives in its own module, imported only when used (the
 * maap target's AWS SDK costs start-up time that a directory run or `validate` should not pay).
 */
async function createTarget(target, baseDir, deps) {
    const shared = {
        logger: deps.logger,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
        ...(deps.env ? { env: deps.env } : {}),
    };
    switch (target.type) {
        case 'directory':
            if (!deps.outputPolicy)
                throw new Error('a directory target needs an output policy');
            return createDirectoryTarget(target, baseDir, deps.outputPolicy);
        case 'maap':
            return (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(336), __webpack_require__.e(976), __webpack_require__.e(686)]).then(__webpack_require__.bind(__webpack_require__, 94686))).createMaapTarget(target, baseDir, deps);
        case 'ingestor':
            return (await __webpack_require__.e(/* import() */ 974).then(__webpack_require__.bind(__webpack_require__, 38974))).createIngestorTarget(target, shared);
        case 'pgstac':
            return (await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(614)]).then(__webpack_require__.bind(__webpack_require__, 46614))).createPgstacTarget(target, shared);
        default: {
            const unknown = target;
            throw new src_errors/* ConfigurationError */.j1(`target type '${String(unknown.type)}' cannot be delivered to by this build yet`);
        }
    }
}

// EXTERNAL MODULE: ./src/model/stac.ts
var stac = __webpack_require__(23802);
// EXTERNAL MODULE: ./src/model/uuid.ts
var uuid = __webpack_require__(51594);
// EXTERNAL MODULE: ./src/model/names.ts
var names = __webpack_require__(81601);
;// CONCATENATED MODULE: ./src/model/status-table.ts



const KINDS = ['collection', 'item', 'request'];
const STATES = [
    'planned',
    'orphan',
    'written',
    'unchanged',
    'published',
    'verified',
    'stale',
    'missing',
    'unverified',
    'dead-lettered',
    'failed',
];
const CHANGES = [undefined, 'new', 'changed', 'unchanged'];
const SENT = 1 << 8;
const HAS_REF = 1 << 9;
/** The ref is the object's id (an ingestion of the ingestor API). */
const REF_IS_ID = 1 << 10;
/** The ref is a name (a pgstac batch label, shared by the batch's items): its number in the first 4 ref bytes. */
const REF_NAME = 1 << 11;
/** The key an object of this kind, collection and id has unless told otherwise. */
function usualKey(kind, collection, id) {
    if (id === null)
        return undefined;
    return kind === 'collection' ? (0,keys/* collectionKey */.AT)(id) : kind === 'item' ? (0,keys/* itemKey */.Dh)(collection ?? '', id) : undefined;
}
/**
 * Object statuses kept compactly, for a delivery of many windows (issue 12: kept as objects, each with its key,
 * origin and MessageId strings, they took about 700 bytes per item): per object a few numbers in typed arrays, its
 * id, and an SNS MessageId as 16 bytes; strings that repeat (collections, files, source ids, entries) are kept
 * once, and a key or entry that ends in a number (an ItemRequest's `request:src#12`, `sources[0] (src) row 12`) as
 * the text before it, kept once, and the number. What does not fit (a reason, an origin with other fields, a key
 * of another form) is kept as given beside them. Read back as ObjectStatus objects.
 */
class StatusTable {
    names = new names/* Names */.f();
    ids = [];
    collections = new Int32Array(1024);
    files = new Int32Array(1024);
    lines = new Int32Array(1024);
    /** The origin's source id (-1: none), its entry's text and number (-1: none), a key's text and number. */
    sources = new Int32Array(1024);
    entries = new Int32Array(1024);
    entryNumbers = new Int32Array(1024);
    keys = new Int32Array(1024);
    keyNumbers = new Int32Array(1024);
    /** kind (bits 0-1), state (2-5), change (6-7), sent, has a 16-byte ref, ref is the id, ref is a name. */
    flags = new Uint16Array(1024);
    refs = Buffer.alloc(16 * 1024);
    extras = new Map();
    size = 0;
    get length() {
        return this.size;
    }
    push(s) {
        const i = this.size++;
        if (i === this.flags.length)
            this.grow();
        const extra = {};
        this.ids.push(s.id);
        this.collections[i] = s.collection === null ? -1 : this.names.numberOf(s.collection);
        if (!this.packOrigin(i, s.origin))
            extra.origin = s.origin;
        this.keys[i] = -1;
        if (s.key !== usualKey(s.kind, s.collection, s.id)) {
            const [text, n] = (0,names/* numbered */.j)(s.key) ?? [undefined, -1];
            if (text === undefined)
                extra.key = s.key;
            else
                [this.keys[i], this.keyNumbers[i]] = [this.names.numberOf(text), n];
        }
        if (s.reason !== undefined)
            extra.reason = s.reason;
        let bits = KINDS.indexOf(s.kind) | (STATES.indexOf(s.state) << 2) | (CHANGES.indexOf(s.change) << 6);
        if (s.sent)
            bits |= SENT;
        if (s.ref !== undefined)
            bits |= this.packRef(s.ref, s.id, i);
        this.flags[i] = bits;
        if (Object.keys(extra).length > 0)
            this.extras.set(i, extra);
    }
    /** Keeps the origin of object `i` in the columns; false when it does not fit them. */
    packOrigin(i, origin) {
        const { file, line, entry, sourceId, ...more } = origin;
        this.files[i] = this.names.numberOf(file);
        this.lines[i] = line ?? -1;
        this.sources[i] = sourceId === undefined ? -1 : this.names.numberOf(sourceId);
        const [text, n] = entry === undefined ? [undefined, -1] : ((0,names/* numbered */.j)(entry) ?? [entry, -1]);
        this.entries[i] = text === undefined ? -1 : this.names.numberOf(text);
        this.entryNumbers[i] = n;
        return Object.keys(more).length === 0 && (line === undefined || line >= 0);
    }
    /** The origin of object `i`, from the columns. */
    origin(i) {
        const line = this.lines[i];
        const origin = { file: this.names.at(this.files[i]), ...(line >= 0 ? { line } : {}) };
        const [entry, n] = [this.entries[i], this.entryNumbers[i]];
        if (entry >= 0)
            origin.entry = n >= 0 ? this.names.at(entry) + n : this.names.at(entry);
        if (this.sources[i] >= 0)
            origin.sourceId = this.names.at(this.sources[i]);
        return origin;
    }
    /** The status of object `i` (in the order pushed), as a new object. */
    at(i) {
        const bits = this.flags[i];
        const extra = this.extras.get(i);
        const kind = KINDS[bits & 3];
        const c = this.collections[i];
        const collection = c < 0 ? null : this.names.at(c);
        const id = this.ids[i] ?? null;
        const origin = extra?.origin ?? this.origin(i);
        const numberedKey = this.keys[i] >= 0 ? this.names.at(this.keys[i]) + this.keyNumbers[i] : undefined;
        const key = extra?.key ?? numberedKey ?? usualKey(kind, collection, id) ?? '';
        const s = { key, kind, collection, id, origin, state: STATES[(bits >> 2) & 15] };
        if (extra?.reason !== undefined)
            s.reason = extra.reason;
        if (bits & HAS_REF)
            s.ref = (0,uuid/* uuidAt */.$)(this.refs, 16 * i);
        else if (bits & REF_IS_ID && id !== null)
            s.ref = id;
        else if (bits & REF_NAME)
            s.ref = this.names.at(this.refs.readUInt32LE(16 * i));
        const change = CHANGES[(bits >> 6) & 3];
        if (change !== undefined)
            s.change = change;
        if (bits & SENT)
            s.sent = true;
        return s;
    }
    /** Keeps object `i`'s ref: the flag that says how (a UUID packed in its 16 bytes, its id, a name's number). */
    packRef(ref, id, i) {
        if (ref === id)
            return REF_IS_ID;
        if ((0,uuid/* packUuid */.n)(ref, this.refs, 16 * i))
            return HAS_REF;
        this.refs.writeUInt32LE(this.names.numberOf(ref), 16 * i);
        return REF_NAME;
    }
    toArray() {
        return Array.from({ length: this.size }, (_, i) => this.at(i));
    }
    grow() {
        const n = this.flags.length * 2;
        const wider = (a, make) => {
            const b = make(n);
            b.set(a);
            return b;
        };
        this.collections = wider(this.collections, (k) => new Int32Array(k));
        this.files = wider(this.files, (k) => new Int32Array(k));
        this.lines = wider(this.lines, (k) => new Int32Array(k));
        this.sources = wider(this.sources, (k) => new Int32Array(k));
        this.entries = wider(this.entries, (k) => new Int32Array(k));
        this.entryNumbers = wider(this.entryNumbers, (k) => new Int32Array(k));
        this.keys = wider(this.keys, (k) => new Int32Array(k));
        this.keyNumbers = wider(this.keyNumbers, (k) => new Int32Array(k));
        this.flags = wider(this.flags, (k) => new Uint16Array(k));
        const refs = Buffer.alloc(16 * n);
        this.refs.copy(refs);
        this.refs = refs;
    }
}

// EXTERNAL MODULE: ./src/model/expected.ts
var model_expected = __webpack_require__(41329);
// EXTERNAL MODULE: ./src/compare/compare.ts + 1 modules
var compare = __webpack_require__(95369);
// EXTERNAL MODULE: ./src/stages/verify.ts
var verify = __webpack_require__(89790);
;// CONCATENATED MODULE: ./src/stages/classify.ts





const zero = () => ({ new: 0, changed: 0, unchanged: 0, orphan: 0 });
async function classifyAgainstCatalog(planned, deps, options = {}) {
    const { catalog, logger } = deps;
    const compareOptions = {
        ...(catalog.linkBase !== undefined ? { linkBase: catalog.linkBase } : {}),
        ...options.compare,
    };
    const { kept } = (0,model_expected/* dedupeExpected */.EW)(planned);
    const owned = new Set(options.ownedCollections ?? []);
    const { found, orphans } = await readWithOrphans(catalog, kept, owned);
    const objects = kept.map((p) => {
        const copy = found.get(p.key);
        const cmp = (0,compare/* compareWithCatalog */.Py)(p.doc, copy, compareOptions);
        const status = cmp.outcome === 'absent' ? 'new' : cmp.outcome === 'equal' ? 'unchanged' : 'changed';
        const out = { ...pick(p), status, differences: cmp.differences };
        if (p.origin)
            out.origin = p.origin;
        if (copy !== undefined)
            out.copyHash = (0,compare/* copyHash */._C)(copy);
        return out;
    });
    // collections first, then items, as they are published
    objects.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'collection' ? -1 : 1));
    const counts = zero();
    const byCollection = {};
    for (const o of objects) {
        counts[o.status]++;
        (byCollection[o.collection] ??= zero())[o.status]++;
    }
    for (const o of orphans) {
        counts.orphan++;
        (byCollection[o.collection] ??= zero()).orphan++;
    }
    const toPublish = objects.filter((o) => options.force === true || o.status !== 'unchanged').map((o) => o.key);
    logger.debug(`plan: ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged, ${counts.orphan} orphan(s)`);
    return { objects, orphans, counts, byCollection, toPublish, orphanChecked: [...owned] };
}
function pick(p) {
    return { key: p.key, kind: p.kind, collection: p.collection, id: p.id };
}
/**
 * The catalog's copies of the planned objects; the items of owned collections are listed in full
 * (paging through the collection), and those not planned are orphans.
 */
async function readWithOrphans(catalog, planned, owned) {
    const notListed = planned.filter((p) => p.kind === 'collection' || !owned.has(p.collection));
    const found = await (0,verify/* readCatalog */.uM)(catalog, notListed, 'plan');
    const wanted = new Set(planned.flatMap((p) => (p.kind === 'item' ? [(0,keys/* itemKey */.Dh)(p.collection, p.id)] : [])));
    const orphans = await listOrphans(catalog, [...owned], wanted, found);
    return { found, orphans };
}
/**
 * The items of the `owned` collections in the catalog (paging through each) that are not `planned`: orphans,
 * sorted by key. `planned` may be a compact set of every item key of a run read in windows. The catalog's copies of
 * the planned ones go into `found`, when given.
 */
async function listOrphans(catalog, owned, planned, found) {
    if (owned.length > 0 && catalog.listItems === undefined)
        throw new src_errors/* StageError */.Zu('plan', `${catalog.name} cannot list a collection's items to find orphans`);
    const orphans = [];
    try {
        for (const collection of owned) {
            for await (const doc of catalog.listItems(collection)) {
                const id = String(doc.id);
                const key = (0,keys/* itemKey */.Dh)(collection, id);
                if (!planned.has(key))
                    orphans.push({ key, collection, id });
                else
                    found?.set(key, doc);
            }
        }
    }
    catch (err) {
        if (err instanceof src_errors/* StageError */.Zu)
            throw err;
        throw new src_errors/* StageError */.Zu('plan', `cannot read ${catalog.name}`, { cause: err });
    }
    return orphans.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

// EXTERNAL MODULE: ./src/model/key-set.ts
var key_set = __webpack_require__(91463);
// EXTERNAL MODULE: ./src/stages/loader-waves.ts
var loader_waves = __webpack_require__(83507);
;// CONCATENATED MODULE: ./src/stages/publish.ts

async function publishStage(target, batch, ctx, options = {}) {
    if (target.snapshot)
        return ctx.stage('publish', () => target.write(batch, ctx));
    const written = [];
    const absent = new Map();
    if (batch.collections.length > 0) {
        const collections = { collections: batch.collections, items: [], requests: [] };
        for (const w of await ctx.stage('publish collections', () => target.write(collections, ctx)))
            written.push(w);
        for (const w of written)
            if (w.state === 'failed')
                absent.set(w.key, 'was refused');
        const sent = written.filter((w) => w.state === 'published').map((w) => w.key);
        const hasItems = batch.items.length + batch.requests.length > 0;
        if (options.awaitCollections && sent.length > 0 && hasItems) {
            const gone = await ctx.stage('wait for collections', () => options.awaitCollections(sent));
            for (const [key, why] of gone)
                absent.set(key, why);
        }
    }
    const byId = new Map(batch.collections.map((c) => [c.id, c.key]));
    const blocked = (collection) => {
        const key = collection === null ? undefined : byId.get(collection);
        const why = key === undefined ? undefined : absent.get(key);
        return why === undefined ? undefined : `not sent: collection '${collection}' ${why}`;
    };
    const rest = { collections: [], items: [], requests: [] };
    for (const o of [...batch.items, ...batch.requests]) {
        const reason = blocked(o.collection);
        if (reason !== undefined)
            written.push({ key: o.key, state: 'failed', reason });
        else if ('request' in o)
            rest.requests.push(o);
        else
            rest.items.push(o);
    }
    if (rest.items.length + rest.requests.length < batch.items.length + batch.requests.length)
        ctx.logger.error('not sending the items and ItemRequests of collections that were not written ' +
            '(they would fail, or create placeholder collections)');
    if (rest.items.length + rest.requests.length > 0)
        written.push(...(await publishItems(target, rest, ctx, options)));
    return written;
}
/**
 * Items and ItemRequests, in waves when the target's loader needs them (the requests go with the first): the
 * items holding each collection's datetime bounds, then the rest; each part in fraction waves.
 */
async function publishItems(target, rest, ctx, options) {
    const waved = target.datetimeTextRanges && options.awaitItems;
    const split = waved && !options.boundsStored ? (0,loader_waves/* boundsFirst */.K1)(rest.items) : { bounds: [], rest: rest.items };
    const first = split.rest.length > 0 ? (0,loader_waves/* loaderWaves */.aq)(split.bounds) : [];
    const waves = [...first, ...(waved ? (0,loader_waves/* loaderWaves */.aq)(first.length > 0 ? split.rest : rest.items) : [rest.items])];
    if (waves.length === 0)
        waves.push([]);
    if (first.length > 0)
        ctx.logger.info("publishing each collection's earliest and latest items first: pgstac derives partition constraints " +
            'from stored rows, and a loader batch outside them is lost');
    if (waves.length > first.length + 1)
        ctx.logger.info(`publishing items in ${waves.length - first.length} waves: items at one second with and without a ` +
            'fraction cannot share a loader batch (pypgstac compares datetime text)');
    const written = [];
    for (const [i, items] of waves.entries()) {
        const batch = { collections: [], items, requests: i === 0 ? rest.requests : [] };
        const name = waves.length > 1 ? `publish items (wave ${i + 1} of ${waves.length})` : 'publish items';
        const out = await ctx.stage(name, () => target.write(batch, ctx));
        written.push(...out);
        const sent = out.filter((w) => w.state === 'published').map((w) => w.key);
        if (i < waves.length - 1 && sent.length > 0)
            await ctx.stage(`wait for wave ${i + 1}`, () => options.awaitItems(sent));
    }
    return written;
}

// EXTERNAL MODULE: ./src/stages/wait.ts
var stages_wait = __webpack_require__(69154);
;// CONCATENATED MODULE: ./src/run/deliver.ts
/**
 * Delivery, the one orchestration of every target: what to compare, write, wait for and verify is
 * decided here, once, and done by the shared stages (classify, publish, wait, verify) through the
 * target's port (read existing / write / watch). The adapters in src/targets/ only read and write.
 *
 * - `plan`: compare with the live catalog (new / changed / unchanged / orphan); nothing is written.
 * - `verify`: check that the catalog holds everything as sent (each catalog in turn).
 * - `publish`: compare first where the target skips what is unchanged; write collections first;
 *   wait until what was written landed or settled; verify it in the catalogs.
 */














/** A held remote source as one part. */
function wholeSource(source) {
    const ids = source.expect?.ids ?? [];
    const unawaited = ids.length === 0 && source.requests.every((q) => q.expectedId === undefined);
    return { source, requests: source.requests, offset: 0, ids, ...(unawaited ? { unawaited } : {}) };
}
/** States the verify stage checks: written, or said to be in place. */
const CHECKABLE = new Set(['published', 'written', 'verified']);
/** The delivery's objects, in order: collections, items, then remote items and their ItemRequests. */
class Book {
    entries = new Map();
    collections = [];
    items = [];
    requests = [];
    /** The catalog's copy of each compared object before anything was sent (copyHash; `null`: absent). */
    before = new Map();
    /** How documents compare with the catalog: items against their collection's `item_assets`. */
    compare;
    /** `compareWith`: the collections items are compared against (default: those of `input`). */
    constructor(input, mode, ctx, compareWith = input.collections) {
        const docs = new Map();
        for (const d of [...input.collections, ...input.items]) {
            const p = (0,model_expected/* plannedFromDoc */.vx)(d);
            if (docs.has(p.key))
                ctx.logger.warning(`${p.key} appears more than once; the last one is written`, (0,stac/* originToLocation */.J)(d.origin));
            docs.set(p.key, p);
        }
        for (const p of docs.values()) {
            (p.kind === 'collection' ? this.collections : this.items).push(p);
            const collection = p.kind === 'item' && p.collection === '' ? null : p.collection;
            this.add({ key: p.key, kind: p.kind, collection, id: p.id, origin: p.origin, state: 'planned' }, p);
        }
        for (const r of input.remote)
            this.addRemote(wholeSource(r), mode, ctx);
        const itemAssets = new Map(compareWith.map((c) => [(0,model_expected/* plannedFromDoc */.vx)(c).id, c.doc['item_assets']]));
        this.compare = { itemAssetsOf: (collection) => itemAssets.get(collection) };
    }
    add(status, expected, awaited) {
        this.entries.set(status.key, {
            status,
            ...(expected ? { expected } : {}),
            ...(awaited ? { awaited } : {}),
        });
    }
    /**
     * ItemRequests (to send, or planned), and the items the manifest says they make (awaited when
     * publishing, checked by presence when verifying): of one part of a remote source.
     */
    addRemote(part, mode, ctx) {
        const r = part.source;
        const collection = r.collection ?? '';
        const made = [];
        const requests = part.requests.map((req, i) => {
            const origin = { ...req.origin, sourceId: r.sourceId };
            const row = part.offset + i + 1;
            const key = (0,keys/* requestKey */.lq)(r.sourceId, row);
            if (req.expectedId !== undefined)
                made.push({ key: (0,keys/* itemKey */.Dh)(collection, (0,keys/* detached */.ht)(req.expectedId)), origin, requestKey: key });
            return { key, sourceId: r.sourceId, row, request: req.request, origin, collection: r.collection };
        });
        if (mode === 'plan') {
            for (const q of requests)
                this.add({
                    key: q.key,
                    kind: 'request',
                    collection: r.collection,
                    id: null,
                    origin: q.origin,
                    state: 'planned',
                });
            return;
        }
        // explicit ids are not tied to one request: a dead-lettered request cannot be blamed on one of them
        for (const id of part.ids)
            if (!made.some((m) => m.key === (0,keys/* itemKey */.Dh)(collection, id)))
                made.push({ key: (0,keys/* itemKey */.Dh)(collection, id) });
        if (part.unawaited)
            ctx.logger.warning(`${r.entry}: remote generation without expect.ids or expect.id_template: ` +
                'its items cannot be waited for one by one');
        const state = mode === 'publish' ? 'planned' : 'missing';
        for (const m of made) {
            const id = m.key.slice(`item:${collection}/`.length);
            const origin = m.origin ?? { file: '' };
            this.add({ key: m.key, kind: 'item', collection, id, origin, state }, (0,model_expected/* expectedItem */.mN)(collection, id, m.origin), m);
        }
        if (mode !== 'publish')
            return;
        for (const q of requests) {
            this.requests.push(q);
            this.add({ key: q.key, kind: 'request', collection, id: null, origin: q.origin, state: 'planned' });
        }
    }
    status(key) {
        return this.entries.get(key)?.status;
    }
    /** Sets a state, with its reason (or none), and a more precise origin when given. */
    set(key, state, reason, origin) {
        const s = this.status(key);
        if (s === undefined)
            return;
        s.state = state;
        if (reason === undefined)
            delete s.reason;
        else
            s.reason = reason;
        if (origin !== undefined)
            s.origin = origin;
    }
    list() {
        return [...this.entries.values()].map((e) => e.status);
    }
    /** Entries the catalog should hold now (in `states`), with what it should hold. */
    expected(states) {
        return [...this.entries.values()].flatMap((e) => e.expected !== undefined && states.has(e.status.state) ? [{ status: e.status, expected: e.expected }] : []);
    }
}
/** Targets that write documents themselves cannot ask a generator to make items remotely. */
function remoteNotSupported(first, target) {
    return new src_errors/* ConfigurationError */.j1(`source '${first.sourceId}' generates its items remotely (stactools generate: remote), which only the maap ` +
        `target can do; the ${target} target writes documents it has`, {
        location: { entry: first.entry },
        hint: 'use `generate: local` for this source, or deliver it to a maap target',
    });
}
/**
 * Delivers documents that are not held (sources read as they are used, src/stages/resolve.ts): to a snapshot
 * target in one go, to a target that publishes in bounded windows ({@link deliverInWindows}); a plan or verify
 * against a live catalog goes window by window too ({@link checkInWindows}).
 */
async function deliverStreamed(target, input, streams, ctx, limits = STREAM_WINDOW) {
    if (target.writeStream)
        return deliverSnapshot(target, input, streams, ctx);
    if (target.snapshot)
        throw new src_errors/* StageError */.Zu('deliver', `the ${target.type} target writes only documents it holds`);
    if ((input.mode ?? 'publish') !== 'publish')
        return checkInWindows(target, input, streams, ctx, limits);
    return deliverInWindows(target, input, streams, ctx, limits);
}
/**
 * A snapshot target (a directory) writes streamed documents in one go: there is nothing to compare, wait for or
 * verify. The outcome lists the collections and counts the items per collection.
 */
async function deliverSnapshot(target, input, streams, ctx) {
    const first = input.remote[0];
    if (first !== undefined)
        throw remoteNotSupported(first, target.type);
    if (!target.writeStream)
        throw new src_errors/* StageError */.Zu('deliver', `the ${target.type} target writes only documents it holds`);
    const collections = input.collections.map(model_expected/* plannedFromDoc */.vx);
    const items = async function* () {
        for (const d of input.items)
            yield d.doc;
        for (const s of streams)
            for await (const d of s.items())
                yield d.doc;
    };
    const perCollection = await ctx.stage('write', () => target.writeStream(collections, items(), ctx));
    const objects = collections.map((c) => ({
        key: c.key,
        kind: 'collection',
        collection: c.id,
        id: c.id,
        origin: c.origin,
        state: 'written',
        sent: true,
    }));
    const written = {};
    for (const [cid, n] of perCollection)
        written[cid === '_no_collection' ? keys/* NO_COLLECTION */.rs : cid] = n;
    const total = collections.length + [...perCollection.values()].reduce((a, b) => a + b, 0);
    const summary = `delivered ${total} object(s) to ${target.describe()}: ${total} written`;
    ctx.logger.info(summary);
    return { ok: true, summary, objects, written, details: { ...target.details?.() } };
}
const STREAM_WINDOW = { items: 2000, bytes: 6 * 2 ** 20, inFlight: 2 };
/**
 * What a message weighs in the event of the queue's consumer (an item in the loader's, an ItemRequest in the
 * generator's): its JSON as a string inside the SNS envelope (quotes escaped), the envelope's other fields and the
 * record's (about 2 KiB).
 */
const snsRecordBytes = (message) => Buffer.byteLength(JSON.stringify(JSON.stringify(message))) + 2048;
/**
 * The items in windows; the first window is yielded even when there is no item (the collections go with it). The
 * windows in flight share `limits.bytes`: what is queued for the loader at once stays within one event of it (its
 * event source hands back what does not fit, and a record handed back twice is dead-lettered: with two windows of
 * 6 MiB of 221 KB items in flight, the twin's loader dead-lettered items of the source).
 */
async function* windowsOf(docs, limits) {
    const budget = limits.bytes / Math.max(1, limits.inFlight ?? 1);
    let window = [];
    let bytes = 0;
    let yielded = false;
    for await (const d of docs) {
        // what is kept of an item after its window (its status, the ledger's record) must not keep its text alive
        for (const field of ['id', 'collection'])
            if (typeof d.doc[field] === 'string')
                d.doc[field] = (0,keys/* detached */.ht)(d.doc[field]);
        const weight = snsRecordBytes(d.doc);
        if (window.length > 0 && (window.length >= limits.items || bytes + weight > budget)) {
            yield window;
            yielded = true;
            window = [];
            bytes = 0;
        }
        window.push(d);
        bytes += weight;
    }
    if (window.length > 0 || !yielded)
        yield window;
}
/**
 * The remote sources' ItemRequests in windows, as {@link windowsOf} cuts items (built as the rows are read, for a
 * source that streams them): a window holds parts of one or more sources, each part numbered from its row.
 */
async function* remoteWindows(remote, limits) {
    const budget = limits.bytes / Math.max(1, limits.inFlight ?? 1);
    let window = [];
    let count = 0;
    let bytes = 0;
    for (const source of remote) {
        const explicit = new Set(source.expect?.ids ?? []);
        // of the explicit ids, those a request made: they are not awaited a second time, untied
        const madeExplicit = new Set();
        let awaited = explicit.size > 0;
        let part = { source, requests: [], offset: 0, ids: [] };
        for await (const q of source.stream?.requests() ?? source.requests) {
            const weight = snsRecordBytes(q.request);
            if (count > 0 && (count >= limits.items || bytes + weight > budget)) {
                if (part.requests.length > 0)
                    window.push(part);
                yield window;
                [window, count, bytes] = [[], 0, 0];
                part = { source, requests: [], offset: part.offset + part.requests.length, ids: [] };
            }
            part.requests.push(q);
            count++;
            bytes += weight;
            if (q.expectedId === undefined)
                continue;
            awaited = true;
            if (explicit.has(q.expectedId))
                madeExplicit.add(q.expectedId);
        }
        part.ids = (source.expect?.ids ?? []).filter((id) => !madeExplicit.has(id));
        if (!awaited)
            part.unawaited = true;
        window.push(part);
    }
    if (window.length > 0)
        yield window;
}
/** What the windows of a streamed delivery add up to. */
class WindowTotals {
    /** Every object's status, compactly: a window's objects are garbage once it settled. */
    objects = new StatusTable();
    progress = [];
    classification = { new: 0, changed: 0, unchanged: 0, orphan: 0 };
    wait = { state: 'none', polls: 0, elapsedMs: 0 };
    windows = 0;
    verified = 0;
    add(o, expected) {
        this.windows++;
        for (const x of o.objects)
            this.objects.push(x);
        const c = o.details?.['classification'];
        if (c)
            for (const k of Object.keys(this.classification))
                this.classification[k] += c[k];
        const w = o.details?.['wait'];
        const at = this.wait.elapsedMs;
        // the wait's state over all windows: the first that did not complete, else complete
        const state = ['none', 'complete'].includes(this.wait.state) ? w?.state : this.wait.state;
        if (w)
            Object.assign(this.wait, { state, polls: this.wait.polls + w.polls, elapsedMs: at + w.elapsedMs });
        for (const p of o.progress ?? [])
            this.progress.push({ atMs: at + p.atMs, verified: this.verified + p.verified, expected });
        this.verified += o.objects.filter((x) => x.state === 'verified' && x.kind !== 'request').length;
    }
    /** The orphans found once every window went. */
    addOrphans(orphans) {
        for (const o of orphans)
            this.objects.push(o);
        this.classification.orphan += orphans.length;
    }
}
/**
 * Streamed documents to a target that publishes (the maap target), in bounded windows: each window's items are
 * compared with the catalog and published, then awaited and verified; the next window is read and published while
 * the one before is awaited ({@link WindowPipeline}), so at most `limits.inFlight` windows' documents are in
 * memory; what stays is each object's status. The first window (the collections, and the items holding each
 * collection's datetime bounds) is settled before any other is sent; items of a collection that did not land are
 * not sent. The remote sources' ItemRequests follow the items in windows of their own, as they are read, each
 * window's requests sent, then the items they make awaited and verified. The target is opened once (one run ledger).
 */
async function deliverInWindows(target, input, streams, ctx, limits = STREAM_WINDOW) {
    const first = input.remote[0];
    if (first !== undefined && !target.generatesRemotely)
        throw remoteNotSupported(first, target.type);
    const made = input.remote.reduce((n, r) => n + Math.max((0,model_inputs/* requestCount */.j)(r), r.expect?.ids?.length ?? 0), 0);
    const expected = input.items.length + made + streams.reduce((n, s) => n + [...s.counts.values()].reduce((a, b) => a + b, 0), 0);
    const bounds = target.datetimeTextRanges ? boundItems(input.items, streams) : [];
    const boundKeys = new Set(bounds.map((d) => (0,model_expected/* plannedFromDoc */.vx)(d).key));
    const items = async function* () {
        yield* bounds;
        for await (const d of itemsOf(input, streams))
            if (!boundKeys.has((0,model_expected/* plannedFromDoc */.vx)(d).key))
                yield d;
    };
    const run = new WindowSender(target, input, ctx, expected, limits.inFlight ?? 1);
    const owned = target.ownsCollections ? new OwnedKeys() : undefined;
    try {
        for await (const window of windowsOf(items(), limits)) {
            if (run.windows === 0) {
                await run.open(window, owned, streamedItems(input, streams));
                continue;
            }
            const book = run.book(window);
            refuseIn(target, book);
            owned?.add(book);
            await run.send(book, `${window.length} item(s)`);
        }
        for await (const parts of remoteWindows(input.remote, limits)) {
            const book = run.book();
            for (const part of parts)
                book.addRemote(part, 'publish', ctx);
            await run.send(book, `${book.requests.length} ItemRequest(s)`);
        }
        await run.pipeline.drain();
        if (owned && run.catalogs[0])
            run.totals.addOrphans(await owned.orphans(run.catalogs[0], ctx));
    }
    catch (err) {
        await run.pipeline.stop();
        throw err;
    }
    finally {
        owned?.close();
    }
    return windowsOutcome(target, run.totals, 'publish', ctx);
}
/**
 * The windows of a publish in windows: opened with the first (the collections, settled before any other is sent),
 * then each sent while those before it settle.
 */
class WindowSender {
    target;
    input;
    ctx;
    expected;
    totals = new WindowTotals();
    pipeline;
    /** Collections that did not land, with why: their items and ItemRequests are not sent. */
    absent = new Map();
    catalogs = [];
    windows = 0;
    constructor(target, input, ctx, expected, inFlight) {
        this.target = target;
        this.input = input;
        this.ctx = ctx;
        this.expected = expected;
        this.pipeline = new WindowPipeline(inFlight);
    }
    /** The first window: opens the target (one run ledger), publishes the collections with it, settles it. */
    async open(window, owned, streamed) {
        this.windows++;
        const { target, input, ctx } = this;
        const book = new Book({ ...input, items: window, remote: [] }, 'publish', ctx, input.collections);
        this.catalogs = await openBook(target, book, input.runId, 'publish', ctx, streamed);
        owned?.add(book);
        const settled = await publishDelivery(target, book, this.catalogs, input.force, ctx, owned === undefined);
        this.totals.add(settled, this.expected);
        for (const c of book.collections) {
            const state = book.status(c.key)?.state;
            if (state !== undefined && model_delivery/* DELIVERY_PROBLEMS */.Q.has(state))
                this.absent.set(c.id, `is ${state}`);
        }
    }
    /** The book of a later window (its items compared against the delivery's collections). */
    book(items = []) {
        const { input } = this;
        return new Book({ ...input, collections: [], items, remote: [] }, 'publish', this.ctx, input.collections);
    }
    /** Sends a later window once the pipeline admits it, and has it settled after those before it. */
    async send(book, what) {
        const { target, ctx } = this;
        for (const o of [...book.items, ...book.requests]) {
            const why = o.collection === null ? undefined : this.absent.get(o.collection);
            if (why !== undefined)
                book.set(o.key, 'failed', `not sent: collection '${o.collection}' ${why}`);
        }
        const kinds = new loader_waves/* SecondKinds */.uo().add(target.datetimeTextRanges ? book.items : []);
        await this.pipeline.admit(kinds);
        ctx.logger.info(`window ${++this.windows}: ${what}`);
        // the first window stored each collection's earliest and latest items
        const sent = await sendDelivery(target, book, this.catalogs, this.input.force, ctx, {
            boundsStored: true,
            listOwned: false,
        });
        const settle = async () => this.totals.add(await settleDelivery(target, book, sent, ctx), this.expected);
        this.pipeline.launch(settle, kinds);
    }
}
/** The items of a delivery: those held, then each stream's, read again. */
async function* itemsOf(input, streams) {
    yield* input.items;
    for (const s of streams)
        yield* s.items();
}
/** The items of a delivery in windows, for the checks the target makes of them all when it opens. */
function streamedItems(input, streams) {
    const counts = new Map();
    const firsts = new Map();
    const collectionOf = (d) => typeof d.doc['collection'] === 'string' ? d.doc['collection'] : keys/* NO_COLLECTION */.rs;
    const count = (collection, n, origin) => {
        counts.set(collection, (counts.get(collection) ?? 0) + n);
        if (origin !== undefined && !firsts.has(collection))
            firsts.set(collection, origin);
    };
    for (const d of input.items)
        count(collectionOf(d), 1, d.origin);
    for (const s of streams) {
        const first = new Map((s.firsts ?? []).map((d) => [collectionOf(d), d.origin]));
        for (const [collection, n] of s.counts)
            count(collection, n, first.get(collection));
    }
    const items = async function* () {
        for await (const d of itemsOf(input, streams))
            yield (0,model_expected/* plannedFromDoc */.vx)(d);
    };
    return { counts, firsts, items };
}
/** A later window's items the target cannot take at all (the first window's are refused when it opens). */
function refuseIn(target, book) {
    for (const refused of target.refuses?.(book.items) ?? [])
        book.add(refused);
}
/**
 * `plan` or `verify` of documents that are not held, window by window: each window's items are compared with the
 * live catalog (plan) or checked in it (verify), and what stays is each object's status. The first window carries
 * the collections; the remote sources' ItemRequests follow in windows of their own (planned; verify checks the
 * items they make). The orphans of a target that owns its collections are found at the end, against every item
 * key of the run, kept compactly ({@link OwnedKeys}).
 */
async function checkInWindows(target, input, streams, ctx, limits) {
    const mode = input.mode === 'verify' ? 'verify' : 'plan';
    const totals = new WindowTotals();
    const owned = target.ownsCollections && mode === 'plan' ? new OwnedKeys() : undefined;
    let catalogs;
    try {
        for await (const window of windowsOf(itemsOf(input, streams), limits)) {
            const book = catalogs === undefined
                ? new Book({ ...input, items: window, remote: [] }, mode, ctx)
                : new Book({ ...input, collections: [], items: window, remote: [] }, mode, ctx, input.collections);
            if (catalogs === undefined) {
                catalogs = await openBook(target, book, input.runId, mode, ctx, streamedItems(input, streams));
                if (catalogs.length === 0)
                    return noLiveCatalog(target, mode);
            }
            else
                refuseIn(target, book);
            owned?.add(book);
            totals.add(await checkBook(target, book, mode, catalogs, input.force, ctx, owned === undefined), 0);
        }
        for await (const parts of remoteWindows(input.remote, limits)) {
            const book = new Book({ ...input, collections: [], items: [], remote: [] }, mode, ctx, input.collections);
            for (const part of parts)
                book.addRemote(part, mode, ctx);
            const requests = parts.reduce((n, part) => n + part.requests.length, 0);
            ctx.logger.info(`window ${totals.windows + 1}: ${requests} ItemRequest(s)`);
            // a plan has nothing of them to compare: they are planned
            const objects = book.list();
            const checked = mode === 'plan' ? { ok: true, summary: '', objects } : undefined;
            totals.add(checked ?? (await checkBook(target, book, mode, catalogs ?? [], input.force, ctx, false)), 0);
        }
        if (owned && catalogs?.[0])
            totals.addOrphans(await owned.orphans(catalogs[0], ctx));
    }
    finally {
        owned?.close();
    }
    return windowsOutcome(target, totals, mode, ctx);
}
/**
 * The item keys (and the collections) of a delivery in windows to a target that owns its collections, kept
 * compactly (src/model/key-set.ts: 20 bytes or less per key in memory, the keys on disk): once every
 * window went, the catalog items of those collections that are not among them are the orphans, as when every item
 * is held (src/stages/classify.ts).
 */
class OwnedKeys {
    keys = new key_set/* SpilledKeySet */.L();
    collections = new Set();
    add(book) {
        for (const c of book.collections)
            this.collections.add(c.collection);
        for (const i of book.items) {
            this.collections.add(i.collection);
            this.keys.addOrGet(i.key, '');
        }
    }
    async orphans(catalog, ctx) {
        const owned = [...this.collections];
        const found = await ctx.stage('find orphans', () => listOrphans(catalog, owned, this.keys));
        ctx.logger.info(`${found.length} orphan(s) in the ${owned.length} collection(s) the target owns`);
        const reason = 'in the catalog but not in the manifest';
        return found.map(({ key, collection, id }) => ({
            key,
            kind: 'item',
            collection,
            id,
            origin: { file: '' },
            state: 'orphan',
            reason,
        }));
    }
    close() {
        this.keys.close();
    }
}
/**
 * The windows after the first: each is sent (compared, published) while those before it settle (awaited,
 * verified: one at a time, in order); at most `max` windows are sent and not settled. A window with items of a
 * second whose other kind (whole, fraction) is in a window still in flight waits until that one settled: the loader
 * could take both in one batch (src/stages/loader-waves.ts).
 */
class WindowPipeline {
    max;
    flight = [];
    chain = Promise.resolve();
    failure;
    constructor(max) {
        this.max = max;
    }
    /** Resolves once a window with these datetime kinds may be sent; throws what a settle threw. */
    async admit(kinds) {
        while (this.flight.length > 0 && (this.flight.length >= this.max || this.flight.some((f) => f.kinds.meets(kinds))))
            await this.flight.shift().settled;
        this.check();
    }
    /** Settles a sent window after those before it. */
    launch(settle, kinds) {
        const settled = this.chain
            .then(() => (this.failure === undefined ? settle() : undefined))
            .catch((err) => void (this.failure ??= { err }));
        this.chain = settled;
        this.flight.push({ settled, kinds });
    }
    /** Every window settled; throws what a settle threw. */
    async drain() {
        await this.chain;
        this.check();
    }
    /** After a failure elsewhere: lets what is settling end (no later window starts settling). */
    async stop() {
        this.failure ??= { err: new Error('stopped') };
        await this.chain;
    }
    check() {
        if (this.failure !== undefined)
            throw this.failure.err;
    }
}
/**
 * The items holding each collection's datetime bounds: of the held items, and of each stream's (found by its first
 * read). They go first in the first window (where the publish stage sends them in a wave of their own), so that the
 * partition constraints pgstac derives from stored rows cover the items of every later window
 * (src/stages/loader-waves.ts): bounds taken window by window would leave each window's items outside the range
 * stored before it.
 */
function boundItems(held, streams) {
    const bounds = new loader_waves/* RangeBounds */.jW();
    for (const d of [...held, ...streams.flatMap((s) => s.bounds)]) {
        const c = d.doc['collection'];
        bounds.add({ ...d, collection: typeof c === 'string' ? c : null });
    }
    return [...bounds.items()].map(({ doc, origin }) => ({ doc, origin }));
}
/** The outcome of a delivery in windows: every object's status, the classification and waits added up. */
function windowsOutcome(target, totals, mode, ctx) {
    const objects = totals.objects.toArray();
    const sent = objects.filter((o) => o.sent).length;
    const windows = `in ${totals.windows} window(s)`;
    const summary = mode === 'plan'
        ? `against ${target.describe()} ${windows}: ${summarizePlan(objects)}`
        : mode === 'verify'
            ? `checked ${objects.length} object(s) in ${target.describe()} ${windows}: ${summarizeStates(objects)}`
            : `delivered ${sent} object(s) to ${target.describe()} ${windows}: ${summarizeStates(objects)}`;
    ctx.logger.info(summary);
    const details = {
        ...target.details?.(),
        classification: totals.classification,
        windows: totals.windows,
    };
    if (totals.wait.polls > 0)
        details['wait'] = totals.wait;
    const ok = mode === 'plan' ? objects.every((o) => o.state !== 'failed') : objects.every((o) => !model_delivery/* DELIVERY_PROBLEMS */.Q.has(o.state));
    const result = { ok, summary, objects, details };
    if (totals.progress.length > 0)
        result.progress = totals.progress;
    return result;
}
/** Delivers `input` to `target`; throws for configuration errors and stage failures. */
async function deliver(target, input, ctx) {
    const mode = input.mode ?? 'publish';
    const first = input.remote[0];
    if (first !== undefined && !target.generatesRemotely)
        throw remoteNotSupported(first, target.type);
    // ItemRequests built as their rows are read go in windows, not held
    if (input.remote.some((r) => r.stream !== undefined))
        return deliverStreamed(target, input, [], ctx);
    const book = new Book(input, mode, ctx);
    const catalogs = await openBook(target, book, input.runId, mode, ctx);
    if (mode === 'publish')
        return publishDelivery(target, book, catalogs, input.force, ctx);
    if (catalogs.length === 0)
        return noLiveCatalog(target, mode);
    return checkBook(target, book, mode, catalogs, input.force, ctx);
}
/**
 * Opens the target for the book's work (what it refuses is added to the book); the live catalogs of `mode`.
 * `streamed`: the book is the first window of a delivery in windows, these are all its items.
 */
async function openBook(target, book, runId, mode, ctx, streamed) {
    const work = {
        mode,
        runId,
        collections: book.collections,
        items: book.items,
        requests: book.requests,
        ...(streamed ? { streamed } : {}),
    };
    for (const refused of await target.open(work, ctx))
        book.add(refused);
    return target.catalogs(mode, ctx);
}
function noLiveCatalog(target, mode) {
    return { ok: true, summary: `${target.describe()} has no live catalog to ${mode} against`, objects: [] };
}
/**
 * `plan`: compares the book with the catalog; `verify`: checks it in each catalog. `listOwned`: a plan lists the
 * collections the target owns to find orphans (not when that is done once for every window).
 */
async function checkBook(target, book, mode, catalogs, force, ctx, listOwned = true) {
    if (mode === 'plan')
        return planDelivery(target, book, catalogs[0], force, ctx, listOwned);
    await (0,verify/* verifyStage */.U0)(book.expected(new Set(['planned', 'missing'])), catalogs, ctx, { compare: book.compare });
    return outcome(target, book, `checked ${book.entries.size} object(s) in ${target.describe()}`, ctx);
}
/** Compares with the catalog; `change` and, for plan, `planned` or `unchanged` on every object. */
async function classifyStage(target, book, catalog, force, ctx, listOwned = true) {
    const planned = [...book.collections, ...book.items].filter((p) => book.status(p.key)?.state === 'planned');
    const owned = target.ownsCollections && listOwned ? [...new Set(planned.map((p) => p.collection))] : [];
    const c = await ctx.stage('compare with the catalog', () => classifyAgainstCatalog(planned, { catalog, logger: ctx.logger }, { force, ownedCollections: owned, compare: book.compare }));
    for (const o of c.objects) {
        book.before.set(o.key, o.copyHash ?? null);
        const s = book.status(o.key);
        if (s === undefined)
            continue;
        s.change = o.status;
        if (o.status === 'unchanged' && !force)
            s.state = 'unchanged';
        if (o.status === 'changed')
            s.reason = (0,compare/* differsAt */.tN)(catalog.copy, o.differences);
    }
    for (const orphan of c.orphans) {
        const { key, collection, id } = orphan;
        const reason = 'in the catalog but not in the manifest';
        book.add({ key, kind: 'item', collection, id, origin: { file: '' }, state: 'orphan', reason });
    }
    const n = c.counts;
    ctx.logger.info(`against the catalog: ${n.new} new, ${n.changed} changed, ${n.unchanged} unchanged, ${n.orphan} orphan(s)`);
    return c;
}
async function planDelivery(target, book, catalog, force, ctx, listOwned = true) {
    const c = await classifyStage(target, book, catalog, force, ctx, listOwned);
    const summary = `against ${target.describe()}: ${summarizePlan(book.list())}`;
    ctx.logger.info(summary);
    const objects = book.list();
    return {
        ok: objects.every((o) => o.state !== 'failed'),
        summary,
        objects,
        details: { ...target.details?.(), classification: c.counts },
    };
}
async function publishDelivery(target, book, catalogs, force, ctx, listOwned = true) {
    return settleDelivery(target, book, await sendDelivery(target, book, catalogs, force, ctx, { listOwned }), ctx);
}
/**
 * The first part of a publish: compared with the catalog (where the target skips what is unchanged) and written,
 * collections first and items in waves (src/stages/publish.ts). `boundsStored`: see {@link PublishStageOptions}.
 */
async function sendDelivery(target, book, catalogs, force, ctx, { boundsStored = false, listOwned = true } = {}) {
    const catalog = catalogs[0];
    const classification = target.skipsUnchanged && catalog ? await classifyStage(target, book, catalog, force, ctx, listOwned) : undefined;
    const policy = target.wait;
    const waits = policy !== undefined && policy.timeoutMs > 0 && (policy.landing === 'target' || catalog !== undefined);
    const planned = (o) => book.status(o.key)?.state === 'planned';
    const batch = {
        collections: book.collections.filter(planned),
        items: book.items.filter(planned),
        requests: book.requests.filter(planned),
    };
    const phases = waits && policy.landing === 'catalog'
        ? {
            awaitCollections: (keys) => awaitCollectionsIn(target, book, catalog, policy, keys, ctx),
            awaitItems: async (keys) => {
                await awaitPhase(target, book, catalog, policy, keys, ctx);
            },
        }
        : {};
    if (boundsStored)
        phases.boundsStored = true;
    const landed = catalog ? { landed: (keys) => landedAsSent(book, catalog, keys, ctx) } : {};
    const written = await publishStage(target, batch, { ...ctx, ...landed }, phases);
    applyWritten(book, written);
    return { catalogs, written, classification, waits };
}
/** The second part of a publish: waits until what was sent landed or settled, verifies it, and tells the outcome. */
async function settleDelivery(target, book, sent, ctx) {
    const { catalogs, written, classification, waits } = sent;
    const catalog = catalogs[0];
    const policy = target.wait;
    let wait;
    if (waits && policy)
        wait = await waitForLanding(target, book, catalog, policy, ctx);
    if (catalogs.length > 0 && (policy === undefined || waits))
        await (0,verify/* verifyStage */.U0)(book.expected(CHECKABLE), catalogs, ctx, { compare: book.compare });
    // ItemRequests whose items all landed count as verified
    const made = new Map();
    for (const e of book.entries.values()) {
        const request = e.awaited?.requestKey;
        if (request !== undefined)
            made.set(request, [...(made.get(request) ?? []), e.status]);
    }
    for (const [request, items] of made) {
        const s = book.status(request);
        if (s?.state === 'published' && items.every((i) => i.state === 'verified'))
            s.state = 'verified';
    }
    const details = { ...target.details?.() };
    if (wait)
        details['wait'] = { state: wait.state, polls: wait.polls, elapsedMs: wait.elapsedMs };
    if (classification)
        details['classification'] = classification.counts;
    const n = written.filter((w) => w.state !== 'failed').length;
    const result = outcome(target, book, `delivered ${n} object(s) to ${target.describe()}`, ctx, details);
    if (wait && wait.progress.length > 0)
        result.progress = wait.progress;
    return result;
}
function applyWritten(book, written) {
    for (const w of written) {
        // a collection the publish stage already awaited keeps what the wait found (it is not awaited twice)
        const settled = w.state === 'published' && book.status(w.key)?.state !== 'planned';
        if (!settled)
            book.set(w.key, w.state, w.reason, w.origin);
        const s = book.status(w.key);
        if (s && w.ref !== undefined)
            s.ref = w.ref;
        if (s && w.state !== 'failed')
            s.sent = true;
    }
    // remote items follow their ItemRequest
    for (const e of book.entries.values()) {
        if (e.awaited === undefined || e.status.state !== 'planned')
            continue;
        const request = e.awaited.requestKey === undefined ? undefined : book.status(e.awaited.requestKey);
        if (request === undefined || request.state === 'published')
            Object.assign(e.status, { state: 'published', sent: true });
        else
            book.set(e.status.key, 'failed', `not made: its ItemRequest is ${request.state}`);
    }
}
/**
 * One wait phase for `keys` (of the book): polls until each arrived in the catalog (verified, or stale in a
 * copy other than the one it held before: the loader wrote it, differently), settled otherwise, or the
 * deadline passed, and sets their states; nothing is waited for twice. Landing is read in `catalog` or told
 * by the target.
 */
async function awaitPhase(target, book, catalog, policy, keys, ctx, pollIntervalMs = Math.min(policy.pollIntervalMs, 5000)) {
    const entries = keys.flatMap((k) => {
        const e = book.entries.get(k);
        return e ? [e] : [];
    });
    const awaited = entries.map((e) => e.awaited ?? { key: e.status.key, origin: e.status.origin });
    const watch = target.watch?.(awaited, ctx);
    const verifier = policy.landing === 'catalog' && catalog !== undefined
        ? (0,verify/* createVerifier */.$A)(entries.flatMap((e) => (e.expected ? [e.expected] : [])), { catalog, logger: ctx.logger, now: ctx.now }, { compare: book.compare })
        : undefined;
    const wait = await (0,stages_wait/* waitStage */.g)({
        awaited,
        ...(watch ? { watch } : {}),
        ...(verifier ? { landed: (k) => verifier.checkArrived(k, book.before) } : {}),
    }, { logger: ctx.logger, sleep: ctx.sleep, now: ctx.now }, {
        timeoutMs: policy.timeoutMs,
        pollIntervalMs,
        ...(policy.maxPollIntervalMs !== undefined ? { maxPollIntervalMs: policy.maxPollIntervalMs } : {}),
    });
    for (const k of wait.landed)
        settleArrived(book, k, verifier, catalog);
    for (const st of wait.settled)
        book.set(st.key, st.state, st.reason, st.origin);
    const timeout = (key) => watch?.timeoutReason(key) ?? 'not there when the wait ended';
    for (const k of wait.pending) {
        const e = verifier?.report().entries.find((x) => x.key === k);
        if (e?.status !== 'stale')
            book.set(k, 'missing', timeout(k));
        else {
            const copy = catalog?.copy ?? 'the catalog';
            book.set(k, 'stale', `${(0,compare/* differsAt */.tN)(copy, e.differences, e.truncated)} (not updated when the wait ended)`);
        }
    }
    return wait;
}
/** Which of `keys` the catalog holds as sent, or in a copy other than the one it held before the run. */
async function landedAsSent(book, catalog, keys, ctx) {
    const expected = keys.flatMap((k) => {
        const e = book.entries.get(k)?.expected;
        return e ? [e] : [];
    });
    const verifier = (0,verify/* createVerifier */.$A)(expected, { catalog, logger: ctx.logger, now: ctx.now }, { compare: book.compare });
    return verifier.checkArrived(expected.map((e) => e.key), book.before);
}
/** An arrived object is verified, or stale (with where the catalog's copy differs). */
function settleArrived(book, key, verifier, catalog) {
    const e = verifier?.report().entries.find((x) => x.key === key);
    if (e?.status === 'stale')
        book.set(key, 'stale', (0,compare/* differsAt */.tN)(catalog?.copy ?? 'the catalog', e.differences, e.truncated));
    else
        book.set(key, 'verified');
}
/**
 * For the publish stage: waits until the written collections that were not in the catalog are there (a
 * loader handling items of a collection it cannot see writes a placeholder). A collection that is there,
 * even differing (stale), does not hold its items back; one that did not come does. Collections the
 * catalog held already are not waited for here (the final wait sees them change).
 */
async function awaitCollectionsIn(target, book, catalog, policy, keys, ctx) {
    const absent = keys.filter((k) => (book.before.get(k) !== undefined ? book.before.get(k) === null : true));
    const gone = new Map();
    if (absent.length === 0)
        return gone;
    const wait = await awaitPhase(target, book, catalog, policy, absent, ctx);
    for (const s of wait.settled)
        gone.set(s.key, `was ${s.state}`);
    for (const k of wait.pending)
        gone.set(k, `did not appear in ${catalog?.name ?? 'the catalog'} in time`);
    if (gone.size > 0)
        ctx.logger.error(`collections did not appear in the catalog (${wait.state}); not publishing their items`);
    return gone;
}
/** The final wait: every published object (remote items too) until it arrived, settled or the deadline passed. */
async function waitForLanding(target, book, catalog, policy, ctx) {
    const keys = book
        .list()
        .filter((o) => o.kind !== 'request' && o.state === 'published')
        .map((o) => o.key);
    if (keys.length === 0)
        return undefined;
    return ctx.stage('wait', () => awaitPhase(target, book, catalog, policy, keys, ctx, policy.pollIntervalMs));
}
/** `2 new, 1 changed, 3 unchanged` for a plan. */
function summarizePlan(objects) {
    const n = (c) => objects.filter((o) => o.change === c).length;
    const failed = objects.filter((o) => o.state === 'failed').length;
    const orphans = objects.filter((o) => o.state === 'orphan').length;
    return (`${n('new')} new, ${n('changed')} changed, ${n('unchanged')} unchanged` +
        `${orphans ? `, ${orphans} orphan(s)` : ''}${failed ? `, ${failed} that cannot be sent` : ''}`);
}
/** `3 verified, 1 failed` (non-zero states only, in a fixed order). */
function summarizeStates(objects) {
    const order = [
        'verified',
        'written',
        'unchanged',
        'published',
        'stale',
        'missing',
        'unverified',
        'dead-lettered',
    ];
    const counts = new Map();
    for (const o of objects)
        counts.set(o.state, (counts.get(o.state) ?? 0) + 1);
    const parts = [...order, 'failed'].filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
    return parts.length > 0 ? parts.join(', ') : 'nothing to deliver';
}
/** The outcome of a verify or publish: ok when nothing ended in a bad state; each one that did is logged. */
function outcome(target, book, what, ctx, details = { ...target.details?.() }) {
    const objects = book.list();
    for (const o of objects)
        if (model_delivery/* DELIVERY_PROBLEMS */.Q.has(o.state))
            ctx.logger.error(`${o.key} is ${o.state}${o.reason ? `: ${o.reason}` : ''}`, (0,stac/* originToLocation */.J)(o.origin));
    const summary = `${what}: ${summarizeStates(objects)}`;
    ctx.logger.info(summary);
    return { ok: objects.every((o) => !model_delivery/* DELIVERY_PROBLEMS */.Q.has(o.state)), summary, objects, details };
}

// EXTERNAL MODULE: ./src/run/record.ts + 1 modules
var record = __webpack_require__(29077);
// EXTERNAL MODULE: ./src/stages/generate/run-create.ts
var run_create = __webpack_require__(54055);
// EXTERNAL MODULE: ./src/stages/generate/engine.ts + 3 modules
var engine = __webpack_require__(50671);
// EXTERNAL MODULE: ./src/sources/with-collection.ts
var with_collection = __webpack_require__(26645);
;// CONCATENATED MODULE: ./src/stages/generate/index.ts






function failureOf(job, r) {
    return {
        ok: false,
        job,
        error: r.error,
        stderr: r.stderr,
        exitCode: r.exitCode,
        timedOut: r.timedOut,
        durationMs: r.durationMs,
        command: r.command,
    };
}
function collectionSpecOf(req) {
    return {
        package: req.package_name,
        group: req.group_name,
        args: req.create_item_args,
        options: req.create_item_options,
    };
}
function idMismatch(job, r, expected) {
    return {
        ok: false,
        job,
        error: `create-collection wrote collection ${JSON.stringify(r.doc['id'] ?? null)}, but the ` +
            `manifest names it '${expected}'`,
        stderr: '',
        exitCode: 0,
        timedOut: false,
        durationMs: r.durationMs,
        command: r.command,
    };
}
function describeOrigin(origin) {
    return origin.entry ?? `${origin.file}${origin.line !== undefined ? `:${origin.line}` : ''}`;
}
function notRun(job, error) {
    return {
        ok: false,
        job,
        error: `not run: ${error}`,
        stderr: '',
        exitCode: null,
        timedOut: false,
        durationMs: 0,
        command: '',
    };
}
function specOf(job) {
    return { ...collectionSpecOf(job.request), sub: job.kind === 'collection' ? 'create-collection' : 'create-item' };
}
/** An item's result as an outcome: the collection-id checks and the `collection_id` overwrite. */
function outcomeOf(job, r) {
    if (!r.ok)
        return failureOf(job, r);
    const collection = job.kind === 'collection';
    if (collection && job.request.collection_id && r.doc['id'] !== job.request.collection_id)
        return idMismatch(job, r, job.request.collection_id);
    // the Lambda sets `collection` only; STAC then wants a collection link, added as for files and catalogs
    const doc = !collection && job.request.collection_id ? (0,with_collection/* withCollection */.h)(r.doc, job.request.collection_id) : r.doc;
    return { ok: true, job, doc: { doc, origin: job.origin }, durationMs: r.durationMs };
}
/** Per engine and package: items run, failed, their summed time. */
class Timings {
    rows = new Map();
    add(engine, o) {
        const key = `${engine} ${o.job.request.package_name}`;
        const row = this.rows.get(key) ?? { engine, package: o.job.request.package_name, items: 0, failed: 0, itemMs: 0 };
        row.items++;
        if (!o.ok)
            row.failed++;
        row.itemMs += o.durationMs;
        this.rows.set(key, row);
    }
    /** The rows, with what each engine reports for the package. */
    withEngineStats(engines) {
        const stats = engines.flatMap((e) => e.stats());
        return [...this.rows.values()].map((r) => ({
            ...stats.find((s) => s.engine === r.engine && s.package === r.package),
            ...r,
        }));
    }
}
/**
 * Runs `create-item` (or `create-collection`) for every job as the StactoolsItemGenerator does (protocol.md §2.3),
 * on the worker engine (the default) or uvx, with bounded parallelism and a timeout per item; returns one outcome
 * per job, in job order, and the time spent per package. `collection_id`, when set, overwrites the item's
 * `collection` like the Lambda. Rejects with a ConfigurationError (once, for all jobs) when uv/uvx is not installed.
 * Every worker is stopped before it returns or rejects.
 */
async function generateItems(jobs, deps, opts) {
    const outcomes = [];
    const packages = await generateEach({ count: jobs.length, jobs: () => jobs }, deps, opts, (o) => {
        outcomes.push(o);
    });
    return { outcomes, packages };
}
/**
 * {@link generateItems} over jobs read as they run: each outcome goes to `take`, in job order, as soon as it and
 * those before it are done (one at a time: the next waits for `take`), and is not kept. Jobs run at most a few
 * times `concurrency` ahead of the first not yet taken, so what is held stays bounded. Returns the time spent per
 * package.
 */
async function generateEach(source, deps, opts, take) {
    const started = Date.now();
    const controller = new AbortController();
    const onOuterAbort = () => controller.abort();
    opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
    const engines = new EnginePool(deps, opts);
    const order = new InOrder(take, Math.max(16, 8 * opts.concurrency));
    const gates = new PackageGates(opts.warmUp ?? true);
    let done = 0;
    let failed = 0;
    const runJob = async (job, index) => {
        await order.room(index);
        let o;
        try {
            o = await gates.run(job.request.package_name, () => engines.runJob(job, controller));
        }
        catch (err) {
            order.fail(err);
            throw err;
        }
        if (!o.ok)
            failed++;
        done++;
        deps.logger.progress?.('generated', done, source.count);
        await order.put(index, o);
    };
    try {
        for await (const finished of (0,limit/* streamBounded */.IY)(source.jobs(), opts.concurrency, runJob))
            void finished;
    }
    finally {
        opts.signal?.removeEventListener('abort', onOuterAbort);
        await engines.close();
    }
    deps.logger.info(`generated ${done - failed} of ${done} document${done === 1 ? '' : 's'} ` +
        `with ${engines.used() || 'no engine'} in ${((Date.now() - started) / 1000).toFixed(1)} ` +
        `s${failed ? ` (${failed} failed)` : ''}`);
    return engines.packages();
}
/** The engines of one generation, made as jobs ask for them, and what their runs found out. */
class EnginePool {
    deps;
    opts;
    engines = new Map();
    /** engine + package -> origin of the job whose failure showed that environment cannot be built */
    brokenEnvironment = new Map();
    timings = new Timings();
    constructor(deps, opts) {
        this.deps = deps;
        this.opts = opts;
    }
    engineFor(name) {
        let e = this.engines.get(name);
        if (!e) {
            const { deps, opts } = this;
            const ctx = { runner: deps.runner, cwd: opts.cwd, env: opts.env, tmpDir: deps.tmpDir };
            const workers = { ...opts.workers, limits: { size: opts.concurrency, ...opts.workers?.limits } };
            this.engines.set(name, (e = name === 'uvx' ? (0,engine/* uvxEngine */.iQ)(ctx) : (0,engine/* workerEngine */.PB)(ctx, workers)));
        }
        return e;
    }
    /** One job's outcome; an engine that cannot run at all aborts the generation (and rejects). */
    async runJob(job, controller) {
        const engine = this.engineFor(job.engine ?? this.opts.engine ?? 'worker');
        const pkg = job.request.package_name;
        const envKey = `${engine.name} ${pkg}`;
        const broken = this.brokenEnvironment.get(envKey);
        if (controller.signal.aborted)
            return notRun(job, 'generation was cancelled');
        if (broken !== undefined) {
            const tool = engine.name === 'uvx' ? 'uvx' : 'uv';
            const see = `see the failure of ${describeOrigin(broken)}`;
            return notRun(job, `${tool} could not set up the environment for ${pkg} (${see})`);
        }
        const r = await engine
            .run({
            spec: specOf(job),
            timeoutMs: job.timeoutMs,
            location: (0,stac/* originToLocation */.J)(job.origin),
            signal: controller.signal,
            maxOutputBytes: this.opts.maxOutputBytes,
        })
            .catch((err) => {
            controller.abort();
            throw err;
        });
        if (!r.ok && r.environmentFailure && !this.brokenEnvironment.has(envKey))
            this.brokenEnvironment.set(envKey, job.origin);
        const o = outcomeOf(job, r);
        this.timings.add(engine.name, o);
        const what = o.ok
            ? `${String(o.doc.doc['type'])} ${String(o.doc.doc['id'])} in ${o.durationMs} ms`
            : `${o.error} (${o.command})`;
        this.deps.logger.debug(`${describeOrigin(job.origin)}: ${what}`);
        return o;
    }
    used() {
        return [...this.engines.keys()].join(' and ');
    }
    packages() {
        return this.timings.withEngineStats([...this.engines.values()]);
    }
    async close() {
        await Promise.all([...this.engines.values()].map((e) => e.close()));
    }
}
/**
 * With `warmUp` (the default), the first job of each package runs before the others of that package start, so its
 * environment is built once instead of once per parallel process.
 */
class PackageGates {
    warmUp;
    first = new Map();
    constructor(warmUp) {
        this.warmUp = warmUp;
    }
    async run(pkg, fn) {
        if (!this.warmUp)
            return fn();
        const gate = this.first.get(pkg);
        if (gate !== undefined) {
            await gate.catch(() => undefined);
            return fn();
        }
        const p = fn();
        this.first.set(pkg, p);
        return p;
    }
}
/**
 * Hands results that finish out of order to `take` in order, one at a time. `room(index)` waits while `index` is
 * `ahead` or more past the first result not yet taken, which bounds what waits here.
 */
class InOrder {
    take;
    ahead;
    next = 0;
    waiting = new Map();
    flushing = Promise.resolve();
    moved = [];
    failure;
    constructor(take, ahead) {
        this.take = take;
        this.ahead = ahead;
    }
    async room(index) {
        for (;;) {
            if (this.failure !== undefined)
                throw this.failure.err;
            if (index - this.next < this.ahead)
                return;
            await new Promise((resolve) => this.moved.push(resolve));
        }
    }
    /** After a failure (of `take`, or of a result that will never come): nothing more is taken, `room` throws. */
    fail(err) {
        this.failure ??= { err };
        for (const wake of this.moved.splice(0))
            wake();
    }
    /** Resolves once `value` and all before it were taken (rejects with what `take` threw). */
    put(index, value) {
        this.waiting.set(index, value);
        this.flushing = this.flushing.then(async () => {
            while (this.waiting.has(this.next)) {
                const v = this.waiting.get(this.next);
                this.waiting.delete(this.next);
                await this.take(v);
                this.next++;
                for (const wake of this.moved.splice(0))
                    wake();
            }
        });
        this.flushing.catch((err) => this.fail(err));
        return this.flushing;
    }
}
/**
 * Runs `stac <group> create-collection` the same way and checks that it wrote a Collection,
 * with the manifest's id when one is given. Rejects with a ConfigurationError when uvx is missing.
 */
async function generateCollection(job, deps, opts) {
    const r = await runCreate(deps.runner, {
        build: (out) => createCollectionCommand(job.spec, out),
        what: `stac ${job.spec.group} create-collection`,
        expectType: 'Collection',
        timeoutMs: job.timeoutMs,
        cwd: opts.cwd,
        env: opts.env,
        tmpDir: deps.tmpDir,
        signal: opts.signal,
        location: originToLocation(job.origin),
    });
    if (!r.ok)
        return failureOf(job, r);
    const id = r.doc['id'];
    if (job.collectionId !== undefined && id !== job.collectionId)
        return idMismatch(job, r, job.collectionId);
    deps.logger.debug(`${describeOrigin(job.origin)}: collection ${String(id)} in ${r.durationMs} ms`);
    return { ok: true, job, doc: { doc: r.doc, origin: job.origin }, durationMs: r.durationMs };
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __webpack_require__(90833);
// EXTERNAL MODULE: ./src/sources/lines.ts
var lines = __webpack_require__(20249);
;// CONCATENATED MODULE: ./src/stages/generate/spill.ts
/**
 * Items generated for a run whose sources stream (issue 12): written to a temp NDJSON file as they come, in job
 * order, and read back from it for validation and for the writer or publisher, instead of held. What is kept per
 * item is where it came from, compactly ({@link OriginTable}).
 */









const ROW = /^(.*) row ([1-9]\d*)$/;
const FIELDS = 5; // file, source id, entry (without ` row N`), line, row; -1: none
/**
 * Origins kept compactly: per origin five numbers in a typed array, the strings (files, source ids, entries without
 * their ` row N`) once. An origin with more than file, line, entry and source id is kept as given beside them.
 */
class OriginTable {
    names = new names/* Names */.f();
    parts = new Int32Array(FIELDS * 1024);
    extras = new Map();
    size = 0;
    get length() {
        return this.size;
    }
    push(o) {
        const i = this.size++;
        if (FIELDS * this.size > this.parts.length) {
            const wider = new Int32Array(this.parts.length * 2);
            wider.set(this.parts);
            this.parts = wider;
        }
        const { file, line, entry, sourceId, ...more } = o;
        const row = entry === undefined ? undefined : ROW.exec(entry);
        const fits = Object.keys(more).length === 0 && (line === undefined || (Number.isInteger(line) && line >= 0));
        if (!fits || (row && !Number.isSafeInteger(Number(row[2])))) {
            this.extras.set(i, structuredClone(o));
            return;
        }
        const at = FIELDS * i;
        this.parts[at] = this.names.numberOf(file);
        this.parts[at + 1] = sourceId === undefined ? -1 : this.names.numberOf(sourceId);
        this.parts[at + 2] = entry === undefined ? -1 : this.names.numberOf(row ? row[1] : entry);
        this.parts[at + 3] = line ?? -1;
        this.parts[at + 4] = row ? Number(row[2]) : -1;
    }
    /** Origin `i` (in the order pushed), as a new object. */
    at(i) {
        const extra = this.extras.get(i);
        if (extra !== undefined)
            return structuredClone(extra);
        const [file, sourceId, entry, line, row] = this.parts.subarray(FIELDS * i, FIELDS * (i + 1));
        const o = { file: this.names.at(file) };
        if (line >= 0)
            o.line = line;
        if (entry >= 0)
            o.entry = row >= 0 ? `${this.names.at(entry)} row ${row}` : this.names.at(entry);
        if (sourceId >= 0)
            o.sourceId = this.names.at(sourceId);
        return o;
    }
}
/** Generated items spilled to a temp file as they come; `close()` makes them a source read where it is used. */
class GeneratedSpill {
    dir;
    out;
    origins = new OriginTable();
    /** Read where it is used once closed; meanwhile its items per collection, the first and the bounds of each. */
    stream;
    tally;
    constructor(dir, file, out) {
        this.dir = dir;
        this.out = out;
        const origins = this.origins;
        const units = async function* () {
            let i = 0;
            for await (const { text } of (0,lines/* readLines */.Se)(file, file, { maxLineBytes: run_create/* MAX_OUTPUT_BYTES */.$q }))
                if (text !== '')
                    yield { origin: origins.at(i++), text };
        };
        const items = async function* () {
            for await (const u of units())
                yield { doc: (0,src_json/* parseJson */.qF)(u.text), origin: u.origin };
        };
        this.stream = { counts: new Map(), held: [], firsts: [], bounds: [], units, items };
        this.tally = (0,resolve/* tallyInto */.hN)(this.stream);
    }
    /** A new spill in a temp folder of its own; `remove()` deletes it, and so does the exit hook if the run does not. */
    static async open() {
        const dir = await cancel/* leftovers */.To.tempDir('stac-ingest-generated-');
        const file = external_node_path_default().join(dir, 'items.ndjson');
        const out = (0,external_node_fs_.createWriteStream)(file);
        await (0,external_node_events_.once)(out, 'open');
        return new GeneratedSpill(dir, file, out);
    }
    async add(d) {
        this.tally.add(d);
        this.origins.push(d.origin);
        // number texts as the package wrote them (`10.0` stays `10.0`), as for items held
        if (!this.out.write((0,src_json/* stringifyJson */.sd)(d.doc) + '\n'))
            await (0,external_node_events_.once)(this.out, 'drain');
    }
    /** Everything written: the spilled items as a source whose documents are read again each time they are used. */
    async close() {
        this.out.end();
        await (0,external_node_events_.once)(this.out, 'finish');
        this.tally.end();
        return this.stream;
    }
    /** Deletes the spill (the run is over). */
    remove() {
        this.out.destroy();
        cancel/* leftovers */.To.removeDirSync(this.dir);
    }
}

// EXTERNAL MODULE: ./src/sources/assets/asset-item.ts + 4 modules
var asset_item = __webpack_require__(55108);
// EXTERNAL MODULE: ./src/model/s3-url.ts
var s3_url = __webpack_require__(68051);
// EXTERNAL MODULE: ./src/sources/locations.ts
var locations = __webpack_require__(20850);
// EXTERNAL MODULE: ./src/sources/dps/met.ts
var met = __webpack_require__(92622);
// EXTERNAL MODULE: ./src/sources/dps/read-dps.ts + 4 modules
var read_dps = __webpack_require__(41656);
;// CONCATENATED MODULE: ./src/sources/dps/upload-dps.ts








const CONTENT_TYPES = {
    '.json': 'application/json',
    '.geojson': 'application/geo+json',
    '.tif': 'image/tiff',
    '.tiff': 'image/tiff',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.nc': 'application/netcdf',
    '.h5': 'application/x-hdf5',
    '.txt': 'text/plain',
    '.csv': 'text/csv',
    '.parquet': 'application/vnd.apache.parquet',
};
const depth = (p) => p.split('/').length;
/**
 * Uploads every file of a local DPS job directory under `s3Url` (`s3://bucket/prefix`), keeping the layout, so the
 * DPS generator's S3 event for `catalog.json` fires. The job is read (and its collection id derived) first; the
 * root catalog.json goes up last, once the items and the met.json it needs are in place.
 * The catalog key must contain the job path `YYYY/MM/DD/HH/MM/SS/<n>` (in `s3Url` or in the local layout).
 */
async function uploadDpsOutputs(localJobDir, s3Url, deps, options = {}) {
    const entry = options.entry ?? localJobDir;
    const baseDir = options.baseDir ?? localJobDir;
    const dest = (0,s3_url/* parseS3Url */.F)(s3Url);
    if (dest === undefined || dest.bucket === '') {
        throw new src_errors/* ConfigurationError */.j1(`upload_to '${s3Url}' is not an s3://bucket/prefix URL`, {
            location: { entry, pointer: '/upload_to' },
        });
    }
    const files = await (0,locations/* listLocalFiles */.P)(localJobDir);
    const catalogRel = options.catalog ??
        files.filter((f) => external_node_path_default().posix.basename(f) === 'catalog.json').sort((a, b) => depth(a) - depth(b))[0];
    if (catalogRel === undefined || !files.includes(catalogRel)) {
        throw new src_errors/* ConfigurationError */.j1(`no ${options.catalog ?? 'catalog.json'} in the job directory ${localJobDir}`, {
            location: { entry },
            hint: "the DPS generator starts from the job's catalog.json",
        });
    }
    const prefix = dest.key.replace(/\/+$/, '');
    const keyOf = (rel) => (prefix === '' ? rel : `${prefix}/${rel}`);
    const catalogKey = keyOf(catalogRel);
    const jobPrefix = (0,met/* findJobPrefix */.ty)(catalogKey);
    if (jobPrefix === undefined) {
        throw new src_errors/* ConfigurationError */.j1(`the DPS generator could not identify the job prefix in s3://${dest.bucket}/${catalogKey}`, {
            location: { entry, pointer: '/upload_to' },
            hint: 'upload_to (or the job directory layout) must contain the DPS job path ' +
                'YYYY/MM/DD/HH/MM/SS/<n>, e.g. s3://bucket/user/dps_output/algo/v1/tag/2024/05/01/12/00/00/42',
        });
    }
    const metRel = options.met ?? files.find((f) => keyOf(f).startsWith(jobPrefix) && f.endsWith('met.json'));
    if (metRel === undefined) {
        throw new src_errors/* ConfigurationError */.j1(`no *met.json in ${localJobDir} under the job prefix ${jobPrefix}`, {
            location: { entry },
            hint: "the DPS generator reads the job's .met.json from under the job prefix; put it in the job directory",
        });
    }
    const source = {
        catalog: external_node_path_default().join(localJobDir, catalogRel),
        met: external_node_path_default().join(localJobDir, metRel),
        keep_item_collection: options.keepItemCollection ?? false,
    };
    const read = await (0,read_dps/* readDpsSource */.rm)(source, baseDir, entry, {}, { ...(options.registry ? { registry: options.registry } : {}), ...(deps.logger ? { logger: deps.logger } : {}) });
    const expected = read.docs.map((d) => ({ id: String(d.doc['id']), collection: String(d.doc['collection']) }));
    const rest = files.filter((f) => f !== catalogRel);
    const put = async (rel) => {
        const key = keyOf(rel);
        const body = await (0,promises_.readFile)(external_node_path_default().join(localJobDir, rel));
        await deps.s3.put(dest.bucket, key, body, CONTENT_TYPES[external_node_path_default().posix.extname(rel).toLowerCase()]);
        return key;
    };
    const keys = await (0,limit/* mapBounded */.yJ)(rest, options.concurrency ?? 8, put);
    keys.push(await put(catalogRel));
    deps.logger?.info(`uploaded ${keys.length} file(s) to s3://${dest.bucket}/${prefix}; the DPS generator should ` +
        `produce ${expected.length} item(s) in ${read.collectionId}`);
    return { bucket: dest.bucket, keys, catalogKey, jobPrefix, collectionId: read.collectionId, expected, read };
}
/**
 * `uploadDpsOutputs` for a manifest DPS source with `upload_to`: the job directory is the catalog's directory, or
 * the common ancestor of the catalog and `met` when `met` is given. Both must be local.
 */
async function uploadDpsSource(source, baseDir, entry, deps, options = {}) {
    const catalog = (0,locations/* toLocation */.nc)(source.catalog, baseDir);
    const met = source.met !== undefined ? (0,locations/* toLocation */.nc)(source.met, baseDir) : undefined;
    if ((0,locations/* locationKind */.QD)(catalog) !== 'local' || (met !== undefined && (0,locations/* locationKind */.QD)(met) !== 'local')) {
        throw new src_errors/* ConfigurationError */.j1('upload_to uploads a local DPS job directory; `catalog` (and `met`) must be local paths', {
            location: { entry, pointer: '/catalog' },
            hint: 'drop upload_to to publish a remote catalog directly',
        });
    }
    let jobDir = external_node_path_default().dirname(catalog);
    if (met !== undefined) {
        while (!(met + (external_node_path_default()).sep).startsWith(jobDir + (external_node_path_default()).sep) && external_node_path_default().dirname(jobDir) !== jobDir)
            jobDir = external_node_path_default().dirname(jobDir);
    }
    if ((external_node_path_default().resolve(baseDir) + (external_node_path_default()).sep).startsWith(jobDir + (external_node_path_default()).sep)) {
        throw new src_errors/* ConfigurationError */.j1(`upload_to would upload ${jobDir}, which holds the manifest itself`, {
            location: { entry, pointer: '/catalog' },
            hint: 'keep the DPS job output in its own directory (catalog.json, items, .met.json) below the manifest',
        });
    }
    const rel = (p) => external_node_path_default().relative(jobDir, p).split((external_node_path_default()).sep).join('/');
    return uploadDpsOutputs(jobDir, source.upload_to, deps, {
        catalog: rel(catalog),
        ...(met !== undefined ? { met: rel(met) } : {}),
        keepItemCollection: source.keep_item_collection,
        entry,
        baseDir,
        ...options,
    });
}

;// CONCATENATED MODULE: ./src/run/steps.ts







/** Records one asset request's outcome: its item, or a located generation failure. */
function recordAsset(run, generation, collection, entry) {
    return (b) => {
        if (b.ok) {
            generation.succeeded++;
            run.docs.push(b.doc);
            return;
        }
        const location = (0,stac/* originToLocation */.J)(b.origin);
        const message = (0,src_errors/* describeError */.Uc)(b.error);
        generation.failed.push({
            entry: b.origin.entry ?? entry,
            collection,
            message,
            stderr: b.stderr,
            exitCode: null,
            timedOut: false,
            location,
        });
        run.result.problems.push({
            severity: 'error',
            stage: 'generate',
            message: `${b.requestId} (${b.itemId}): ${message}`,
            location,
            ...(b.stderr ? { detail: b.stderr } : {}),
        });
    };
}
/**
 * Builds asset items and runs create-item / create-collection here; failures become located problems. The items of
 * streamed sources (`work.generateStreamed`) are spilled as they come and returned as a source read where it is used
 * (the caller puts it first among the run's streams: they come after the held documents, as generated items did).
 */
async function generateStep(run, work, deps, options) {
    const assetRequests = work.assets.reduce((n, s) => n + s.requests.length, 0);
    const streamed = work.generateStreamed?.count ?? 0;
    const attempted = work.generate.length + streamed + assetRequests;
    const generation = { attempted, succeeded: 0, failed: [] };
    if (generation.attempted > 0)
        run.result.generation = generation;
    for (const s of work.assets)
        await buildAssets(run, generation, s, deps, options);
    if (work.generate.length === 0 && streamed === 0)
        return undefined;
    const record = recordOutcome(run, generation, deps.signal);
    const generateOptions = {
        concurrency: options.concurrency,
        cwd: options.baseDir,
        ...(deps.signal ? { signal: deps.signal } : {}),
    };
    const generateDeps = { runner: deps.runner, logger: deps.logger };
    const jobs = work.generateStreamed;
    const spill = jobs ? await GeneratedSpill.open() : undefined;
    if (spill)
        run.onFinish(() => spill.remove());
    generation.packages = await run.stage('generate', async () => {
        const packages = [];
        if (work.generate.length > 0) {
            const held = await generateItems(work.generate, generateDeps, generateOptions);
            packages.push(...held.packages);
            for (const o of held.outcomes)
                if (record(o))
                    run.docs.push(o.doc);
        }
        if (jobs && spill) {
            const take = async (o) => {
                if (record(o))
                    await spill.add(o.doc);
            };
            packages.push(...(await generateEach(jobs, generateDeps, generateOptions, take)));
        }
        return packages;
    });
    return spill?.close();
}
async function buildAssets(run, generation, s, deps, options) {
    const { source } = s;
    const label = (0,plan/* sourceEntryLabel */.O)(s.index, s.entry.id);
    const { logger, runner } = deps;
    const buildDeps = {
        runner,
        logger,
        ...(deps.s3 ? { s3: deps.s3 } : {}),
        ...(deps.fetchPolicy ? { fetchPolicy: deps.fetchPolicy } : {}),
        ...(deps.status ? { status: deps.status } : {}),
        ...(deps.guard ? { guard: deps.guard } : {}),
    };
    const built = await run.stage(`build ${s.entry.id}`, () => (0,asset_item/* buildAssetItems */.DG)(source, options.baseDir, label, buildDeps, {
        concurrency: options.assetConcurrency,
        sourceId: s.entry.id,
    }));
    built.forEach(recordAsset(run, generation, s.collectionId, label));
}
/** Records one create-item / create-collection outcome; true for a document to keep. */
function recordOutcome(run, generation, signal) {
    return (o) => {
        run.generated.add(o);
        if (o.ok) {
            generation.succeeded++;
            return true;
        }
        const { file, line, entry } = o.job.origin;
        const location = {
            ...(file ? { file } : {}),
            ...(line !== undefined ? { line } : {}),
            ...(entry ? { entry } : {}),
        };
        const { error: message, stderr, exitCode, timedOut } = o;
        const collection = o.job.request.collection_id;
        generation.failed.push({ entry: entry ?? '', collection, message, stderr, exitCode, timedOut, location });
        if (signal?.aborted && /\bcancelled$/.test(message))
            return false; // the run reports its cancellation once
        const detail = stderr ? { detail: stderr } : {};
        run.result.problems.push({ severity: 'error', stage: 'generate', message, location, ...detail });
        return false;
    };
}
/**
 * Uploads the outputs of DPS jobs with `upload_to` for the DPS generator, which publishes them;
 * returns what the delivery waits for (their items, by id).
 */
async function uploadStep(run, work, deps, baseDir) {
    const remote = [];
    for (const u of work.uploads) {
        if (!u.entry.dps?.upload_to)
            continue;
        const dps = { ...u.entry.dps, upload_to: u.entry.dps.upload_to };
        const entry = (0,plan/* sourceEntryLabel */.O)(u.index, u.entry.id);
        const up = await run.stage(`upload ${u.entry.id}`, () => uploadDpsSource(dps, baseDir, entry, deps));
        deps.logger.info(`uploaded ${up.keys.length} file(s) to s3://${up.bucket}/${up.jobPrefix}; ` +
            `the DPS generator publishes them into '${up.collectionId}'`);
        const byCollection = new Map();
        for (const e of up.expected)
            byCollection.set(e.collection, [...(byCollection.get(e.collection) ?? []), e.id]);
        for (const [collection, ids] of byCollection)
            remote.push({ sourceId: u.entry.id, entry, collection, requests: [], expect: { ids } });
    }
    return remote;
}

// EXTERNAL MODULE: ./src/model/result.ts
var result = __webpack_require__(12960);
;// CONCATENATED MODULE: ./src/stages/validate/duplicates.ts



/**
 * Finds items with the same (collection, id) and collections with the same id across all the
 * documents of a run. The loader would keep only one of them (the last one published), so a
 * duplicate is almost always a mistake in the sources.
 */
class DuplicateTracker {
    /** Item keys start with `i`, collection keys with `c`; each keeps the origin of its first document. */
    seen = new key_set/* SpilledKeySet */.L();
    /** Records a document; returns a finding when one with the same key was seen before. */
    add(doc, origin, collectionOverride) {
        return this.addIdentity({ type: doc['type'], id: doc['id'], collection: collectionOverride ?? doc['collection'] }, origin);
    }
    /** {@link add} by what the document is: its type, id and (an item's) collection. */
    addIdentity(doc, origin) {
        const id = doc.id;
        if (typeof id !== 'string' || id === '')
            return undefined;
        if (doc.type === 'Feature') {
            const collection = doc.collection;
            if (typeof collection !== 'string' || collection === '')
                return undefined;
            return this.check(`i${JSON.stringify([collection, id])}`, origin, 'duplicate:item', `duplicate item '${id}' in collection '${collection}'`);
        }
        if (doc.type === 'Collection') {
            return this.check(`c${id}`, origin, 'duplicate:collection', `duplicate collection '${id}'`);
        }
        return undefined;
    }
    /** Removes what the tracker spilled to disk. */
    close() {
        this.seen.close();
    }
    check(key, origin, rule, what) {
        const earlier = this.seen.addOrGet(key, JSON.stringify(origin));
        if (earlier === undefined)
            return undefined;
        const first = JSON.parse(earlier);
        return {
            severity: 'error',
            rule,
            message: `${what}: also at ${(0,src_errors/* formatLocation */.j$)((0,stac/* originToLocation */.J)(first))}; only one of them would ` +
                `end up in the catalog`,
            location: (0,stac/* originToLocation */.J)(origin, '/id'),
        };
    }
}
/** All duplicate findings of a list of documents, each naming both places. */
function findDuplicates(docs) {
    const tracker = new DuplicateTracker();
    const findings = [];
    try {
        for (const d of docs) {
            const f = tracker.add(d.doc, d.origin, d.collection);
            if (f !== undefined)
                findings.push(f);
        }
    }
    finally {
        tracker.close();
    }
    return findings;
}

// EXTERNAL MODULE: ./src/compare/loader-model.ts
var loader_model = __webpack_require__(75956);
// EXTERNAL MODULE: ./src/compare/loads-plainly.ts
var loads_plainly = __webpack_require__(84028);
// EXTERNAL MODULE: ./src/compare/stored-form.ts
var stored_form = __webpack_require__(42599);
;// CONCATENATED MODULE: ./src/stages/validate/pointer.ts
/** Builds an RFC 6901 JSON pointer from path segments (`~` and `/` escaped). */
function jsonPointer(...segments) {
    return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
/** Orders pointers by their segments, numbers numerically (`/a/2` before `/a/10`). */
function comparePointers(a, b) {
    const pa = a.split('/');
    const pb = b.split('/');
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        const x = pa[i] ?? '';
        const y = pb[i] ?? '';
        if (x === y)
            continue;
        const nx = /^\d+$/.test(x) ? Number(x) : NaN;
        const ny = /^\d+$/.test(y) ? Number(y) : NaN;
        if (!Number.isNaN(nx) && !Number.isNaN(ny))
            return nx - ny;
        return x < y ? -1 : 1;
    }
    return pa.length - pb.length;
}

;// CONCATENATED MODULE: ./src/stages/validate/loader-rules.ts






/**
 * What the real StacLoader (eoapi-cdk, stac-pydantic, pypgstac, pgstac) would refuse, checked before
 * anything is published. The refusals come from the one model of the loader, src/compare/stored-form.ts
 * (what the catalog stores and why a document cannot be stored); the checks here are the ones around it:
 * the SNS size limit, the handler's S3-event routing, the placeholder SQL, and fields the loader drops.
 */
/** SNS's message size limit; the loader gets one STAC document per message. */
const SNS_MAX_BYTES = 262_144;
/** The loader treats any message containing this text as an S3 event notification. */
const S3_EVENT_MARKER = 'aws:s3';
/** A raw finding at the place its document came from. */
function locateFinding(f, origin) {
    return { severity: f.severity, rule: f.rule, message: f.message, location: (0,stac/* originToLocation */.J)(origin, f.pointer) };
}
function checkLoaderRules(doc, origin, options = {}) {
    return loaderRuleProblems(doc, options).map((f) => locateFinding(f, origin));
}
/** The loader rules' findings for one document, with pointers inside it (no origin needed: worker threads run this). */
function loaderRuleProblems(doc, options = {}) {
    const { findings, add } = collector();
    const isItem = doc['type'] === 'Feature';
    for (const e of (0,stored_form/* loaderRefusals */.j_)(sentForm(doc, options)))
        add('error', e.rule, e.pointer, e.message);
    if (isItem)
        checkItem(doc, options, add);
    if (!settledByText(options))
        checkMessage(doc, add);
    return findings;
}
/**
 * {@link loaderRuleProblems} of a document read by `JSON.parse` alone (its numbers' text lost, see
 * parseUnitQuickly), when that is enough to know them: the loader surely takes the document as it is
 * (loadsPlainly) and its text settles the message checks. Undefined when the exact parse must decide.
 */
function quickLoaderRuleProblems(doc, options) {
    if (!settledByText(options) || !(0,loads_plainly/* loadsPlainly */.p)(sentForm(doc, options)))
        return undefined;
    const { findings, add } = collector();
    if (doc['type'] === 'Feature')
        checkItem(doc, options, add);
    return findings;
}
function collector() {
    const findings = [];
    const add = (severity, rule, pointer, message) => {
        findings.push({ severity, rule, message, pointer });
    };
    return { findings, add };
}
/** The document as it is sent: an item with the source's collection. */
function sentForm(doc, options) {
    return doc['type'] === 'Feature' && options.overrideCollection !== undefined
        ? (0,src_json/* withMembers */.gn)(doc, { collection: options.overrideCollection })
        : doc;
}
/** Room for what `withCollection` adds to a document: `"collection"` and a `rel: collection` link. */
const OVERRIDE_ROOM = 256;
/**
 * Whether the document's source text shows it within the SNS limit and free of "aws:s3" however it is
 * serialized: `stringifyJson` of a parsed text is never longer than the text (no whitespace, escapes no longer
 * than the text's, numbers as written), and without a backslash every string is written as the text has it.
 * Not a text with a lone surrogate: it is written escaped (`\ud800`, 6 bytes where the text's UTF-8 has 3).
 */
function settledByText(options) {
    const { sourceText: text, overrideCollection: collection } = options;
    if (text === undefined || text.length > SNS_MAX_BYTES || text.includes('\\') || text.includes(S3_EVENT_MARKER))
        return false;
    if (!text.isWellFormed())
        return false;
    let room = SNS_MAX_BYTES;
    if (collection !== undefined) {
        if (collection.includes(S3_EVENT_MARKER))
            return false;
        room -= OVERRIDE_ROOM + 6 * collection.length;
    }
    // at most 3 UTF-8 bytes per UTF-16 code unit
    return text.length * 3 <= room || Buffer.byteLength(text, 'utf8') <= room;
}
/** The SNS message limit and the loader's S3-event routing, on the document as it is sent. */
function checkMessage(doc, add) {
    const text = (0,src_json/* stringifyJson */.sd)(doc);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > SNS_MAX_BYTES) {
        add('error', 'loader:size', '', `serialized JSON is ${bytes.toLocaleString('en-US')} bytes (${(bytes / 1024).toFixed(1)} ` +
            `KiB), over the SNS message limit of ${SNS_MAX_BYTES.toLocaleString('en-US')} bytes (256 ` +
            `KiB); make the document smaller (fewer/shorter assets, links or properties)`);
    }
    if (text.includes(S3_EVENT_MARKER)) {
        const places = findText(doc, S3_EVENT_MARKER);
        for (const { pointer, inKey } of places.length > 0 ? places : [{ pointer: '', inKey: false }]) {
            add('error', 'loader:aws-s3', pointer, `the ${inKey ? 'key' : 'value'} contains "${S3_EVENT_MARKER}"; the loader routes any ` +
                `message containing that text to its S3-event path and fails ("no S3 event records!"); reword or remove it`);
        }
    }
}
function checkItem(doc, options, add) {
    for (const key of Object.keys(doc)) {
        if (!Object.hasOwn(loader_model/* ITEM */.Uo.fields, key)) {
            add('warning', 'loader:unknown-field', jsonPointer(key), `top-level field ${JSON.stringify(key)} is not part of a STAC Item; the loader drops it ` +
                `(move it into \`properties\` to keep it)`);
        }
    }
    const effective = options.overrideCollection ?? doc['collection'];
    if (typeof effective === 'string' && effective.includes("'")) {
        add('warning', 'loader:collection-quote', '/collection', `collection ${JSON.stringify(effective)} contains ' : with CREATE_COLLECTIONS_IF_MISSING set ` +
            `(as in MAAP) the loader puts the id into its SQL unquoted and the load fails for the whole ` +
            `collection group; use an id without '`);
    }
}
/** JSON pointers of every key or string value that contains `needle`. */
function findText(value, needle, at = []) {
    if (typeof value === 'string')
        return value.includes(needle) ? [{ pointer: jsonPointer(...at), inKey: false }] : [];
    const found = [];
    if (Array.isArray(value)) {
        value.forEach((v, i) => found.push(...findText(v, needle, [...at, i])));
    }
    else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
            if (k.includes(needle))
                found.push({ pointer: jsonPointer(...at, k), inKey: true });
            found.push(...findText(v, needle, [...at, k]));
        }
    }
    return found;
}

// EXTERNAL MODULE: ./src/sources/units.ts
var sources_units = __webpack_require__(89913);
;// CONCATENATED MODULE: ./src/stages/validate/check-unit.ts



const str = (v) => (typeof v === 'string' ? v : undefined);
/** `fast` answers true when the document passes every schema of its shape (false: not known to). */
function checkUnit(unit, fast, keepDoc) {
    const options = unit.collection === undefined ? {} : { overrideCollection: unit.collection };
    // the text is the document's only when the document was parsed from it here
    if (unit.doc === undefined && unit.text !== undefined)
        options.sourceText = unit.text;
    const read = readUnit(unit, options);
    if ('unreadable' in read)
        return { unreadable: read.unreadable, problems: [], fast: false };
    const { doc, problems } = read;
    const type = str(doc['type']);
    const result = { problems, fast: fast(doc) };
    if (type !== undefined)
        result.type = type;
    const id = str(doc['id']);
    if (id !== undefined)
        result.id = id;
    const collection = type === 'Collection' ? id : str(doc['collection']);
    if (collection !== undefined)
        result.collection = collection;
    if (keepDoc)
        result.doc = doc;
    return result;
}
/**
 * The unit's document and its loader-rule findings: read by `JSON.parse` alone when those need no number's text
 * (the schemas never do), else by the exact parse; or why the text is not a document.
 */
function readUnit(unit, options) {
    const quick = (0,sources_units/* parseUnitQuickly */.uv)(unit);
    const problems = quick === undefined ? undefined : quickLoaderRuleProblems(quick, options);
    if (quick !== undefined && problems !== undefined)
        return { doc: quick, problems };
    let doc;
    try {
        doc = (0,sources_units/* parseUnit */.E8)(unit).doc;
    }
    catch (err) {
        if (!(err instanceof src_errors/* ConfigurationError */.j1))
            throw err;
        return { unreadable: { message: err.message, location: err.location, ...(err.hint ? { hint: err.hint } : {}) } };
    }
    return { doc, problems: loaderRuleProblems(doc, options) };
}
/**
 * A unit's results as a worker thread sends them (the main thread, checking a batch itself, makes the same): a
 * document's result; a block's documents' results, with their lines (and text, when asked about again).
 */
function checkUnits(unit, fast) {
    if (unit.block === undefined)
        return [{ result: checkUnit(unit, fast, false) }];
    const out = [];
    for (const u of (0,sources_units/* unitsOf */.$J)(unit)) {
        const result = checkUnit(u, fast, false);
        const line = u.origin.line;
        if (result.fast && result.problems.length === 0)
            out.push(line, result.type, result.id, result.collection);
        else {
            const again = !result.fast && result.unreadable === undefined;
            out.push({ result, line, ...(again ? { text: u.text } : {}) });
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/sources/block-memory.ts
var block_memory = __webpack_require__(81667);
// EXTERNAL MODULE: ./src/stages/validate/heap.ts
var heap = __webpack_require__(7798);
;// CONCATENATED MODULE: ./src/stages/validate/threads.ts







/** Batches a worker holds (the one it checks, the next) before the main thread checks one itself. */
const WORKER_DEPTH = 2;
const WORKER_BUNDLE = external_node_path_default().join('validate-worker', 'index.js');
/**
 * A worker keeps nothing between batches but its validators; a small old generation makes V8 collect
 * early instead of growing the heap (and the process's memory) towards the main thread's limit. The young
 * generation holds a few documents' worth of garbage (parsed, read as Python, through the models): at 4 MB,
 * scavenges took ~20% of a worker; 1M items take 14% less CPU at 16 MB (~10 MB more peak RSS) and 16% less
 * again at 32 MB (~25 MB more).
 */
const WORKER_OPTIONS = {
    resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: heap/* YOUNG_GENERATION_MB */.OE },
};
/**
 * How to start a worker: the bundle scripts/build.mjs makes (dist/validate-worker, found by walking up
 * from this module), or, running from src/ (tsx, vitest), worker-main.ts through tsx's loader.
 */
function workerSource() {
    const here = (0,external_node_url_.fileURLToPath)(import.meta.url);
    if (here.endsWith('.ts')) {
        const tsx = (0,external_node_url_.pathToFileURL)(external_node_path_default().join(external_node_path_default().dirname(here), '..', '..', '..', 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs'));
        const entry = (0,external_node_url_.pathToFileURL)(external_node_path_default().join(external_node_path_default().dirname(here), 'worker-main.ts'));
        return {
            code: `import(${JSON.stringify(tsx.href)})` +
                `.then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`,
        };
    }
    let dir = external_node_path_default().dirname(here);
    for (let i = 0; i < 4; i++) {
        const candidate = external_node_path_default().join(dir, WORKER_BUNDLE);
        if ((0,external_node_fs_.existsSync)(candidate))
            return { file: (0,external_node_url_.pathToFileURL)(candidate) };
        dir = external_node_path_default().dirname(dir);
    }
    throw new Error(`${WORKER_BUNDLE} is missing from the stac-ingest installation (looked upwards from ${here})`);
}
/**
 * Worker threads by default: one per core but one, for the main thread checks documents too whenever every
 * worker has its next batch waiting (see {@link ValidationThreads.wantsWork}); one on a single core. On 2 cores,
 * 10k items took 0.2 CPU-s less than with a second worker (its start and warm-up), and 1M items less memory.
 */
function defaultThreadCount() {
    return Math.max(1, (0,external_node_os_.availableParallelism)() - 1);
}
/** Named files of this many bytes in all start the worker threads first thing (see {@link prestartThreads}). */
const PRESTART_BYTES = (/* unused pure expression or super */ null && (4 << 20));
/**
 * Worker threads started before anything else when the files in `paths` hold PRESTART_BYTES or more (a few hundred
 * documents and up), so that they boot on the other cores while the command loads its modules and reads the first
 * documents; undefined for smaller input or `count` 0 (default: {@link defaultThreadCount}). The caller closes them.
 */
function prestartThreads(paths, count) {
    const threads = count ?? defaultThreadCount();
    if (threads <= 0)
        return undefined;
    let bytes = 0;
    for (const p of paths) {
        try {
            const s = statSync(p, { throwIfNoEntry: false });
            if (s?.isFile())
                bytes += s.size;
        }
        catch {
            // not readable: reading it says why
        }
    }
    return bytes >= PRESTART_BYTES ? new ValidationThreads(threads) : undefined;
}
/**
 * Worker threads that check documents (check-unit.ts) in parallel. Batches go to the least busy
 * worker; their results come back by batch number, for the caller to use in input order.
 */
class ValidationThreads {
    workers = [];
    waiting = new Map();
    seq = 0;
    failure;
    constructor(count) {
        (0,heap/* capYoungGenerations */.i)();
        const source = workerSource();
        for (let i = 0; i < count; i++) {
            const worker = 'file' in source
                ? new external_node_worker_threads_.Worker(source.file, WORKER_OPTIONS)
                : new external_node_worker_threads_.Worker(source.code, { ...WORKER_OPTIONS, eval: true });
            const entry = { worker, busy: 0 };
            worker.on('message', (m) => {
                entry.busy--;
                for (const memory of m.memory)
                    (0,block_memory/* giveBackBlockMemory */.hx)(memory);
                const w = this.waiting.get(m.seq);
                this.waiting.delete(m.seq);
                w?.resolve(m.results);
            });
            worker.on('error', (err) => this.fail(err));
            worker.on('exit', (code) => {
                if (code !== 0)
                    this.fail(new Error(`a validation worker stopped (exit ${code})`));
            });
            this.workers.push(entry);
        }
    }
    get size() {
        return this.workers.length;
    }
    /** Every worker learns the fast check of a shape (before any batch sent after this call). */
    learn(shape) {
        for (const { worker } of this.workers)
            worker.postMessage({ kind: 'shape', shape });
    }
    /**
     * Whether a worker has fewer than WORKER_DEPTH batches to do: else the main thread checks the next batch
     * itself (the workers stay busy meanwhile, each with its next batch waiting).
     */
    wantsWork() {
        return this.workers.some((w) => w.busy < WORKER_DEPTH);
    }
    check(units) {
        if (this.failure !== undefined)
            return Promise.reject(this.failure);
        const seq = this.seq++;
        const target = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
        target.busy++;
        return new Promise((resolve, reject) => {
            this.waiting.set(seq, { resolve, reject });
            // a block's memory moves to the worker (see LineBlock): not copied, and not left to this thread's collector
            target.worker.postMessage({ kind: 'batch', seq, units }, (0,block_memory/* blockMemoryOf */.S2)(units));
        });
    }
    async close() {
        await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
    }
    fail(err) {
        this.failure ??= err;
        for (const w of this.waiting.values())
            w.reject(err);
        this.waiting.clear();
    }
}

;// CONCATENATED MODULE: ./src/stages/validate/ajv-errors.ts
/**
 * Turns ajv's raw error list into the few errors a person should read.
 *
 * STAC schemas are full of `oneOf`/`anyOf` alternatives (geometry types, item-or-collection
 * extension schemas, geometry-or-null). When none matches, ajv reports every failure of every
 * alternative. We drop the alternatives that clearly were not meant (a branch that failed on a
 * `type`, `const` or `enum` check, i.e. a discriminator), keep the rest, drop the summary
 * "must match exactly one schema" when something more precise remains under it, and remove
 * duplicates that several schemas report for the same value.
 */
function condenseErrors(errors) {
    const dropped = new Set();
    const summaries = new Map();
    for (let k = errors.length - 1; k >= 0; k--) {
        const c = errors[k];
        if (c === undefined || dropped.has(k) || !isCombinator(c))
            continue;
        if (c.params['passingSchemas'] != null)
            continue; // more than one alternative matched: keep as is
        const prefix = c.schemaPath + '/';
        const branches = new Map();
        for (let i = 0; i < k; i++) {
            const e = errors[i];
            if (e === undefined || dropped.has(i) || !e.schemaPath.startsWith(prefix))
                continue;
            const n = Number(e.schemaPath.slice(prefix.length).split('/')[0]);
            if (!Number.isInteger(n))
                continue;
            const list = branches.get(n) ?? [];
            list.push(i);
            branches.set(n, list);
        }
        if (branches.size === 0)
            continue;
        const wrong = [...branches].filter(([, idx]) => idx.some((i) => isDiscriminatorMiss(errors[i], c.instancePath)));
        const maxBranch = Math.max(...branches.keys());
        // a branch with no error under this schema path failed inside a $ref'd schema: it is a real candidate
        const hiddenBranch = branches.size < maxBranch + 1;
        const plausible = branches.size - wrong.length > 0 || hiddenBranch;
        if (plausible) {
            for (const [, idx] of wrong)
                for (const i of idx)
                    dropped.add(i);
            const left = [...branches].filter(([n]) => !wrong.some(([w]) => w === n));
            const merged = hiddenBranch
                ? undefined
                : mergeSinglePathBranches(c, left.map(([, idx]) => idx.map((i) => errors[i]).filter((e) => e !== undefined)));
            if (merged !== undefined) {
                for (const [, idx] of left)
                    for (const i of idx)
                        dropped.add(i);
                summaries.set(k, merged);
            }
        }
        else {
            // every alternative failed on its discriminator: one error listing what would have been accepted
            for (const [, idx] of branches)
                for (const i of idx)
                    dropped.add(i);
            summaries.set(k, summarizeAlternatives(c, [...branches.values()]
                .flat()
                .map((i) => errors[i])
                .filter((e) => e !== undefined)));
        }
    }
    const kept = [];
    errors.forEach((e, i) => {
        if (!dropped.has(i))
            kept.push(summaries.get(i) ?? e);
    });
    const precise = kept.filter((e) => !isSummary(e));
    const result = kept.filter((e) => !isSummary(e) || !precise.some((p) => isAtOrBelow(p.instancePath, e.instancePath)));
    const seen = new Set();
    return result.filter((e) => {
        const alternatives = e.message?.startsWith('matches none of the alternatives') === true ||
            e.message?.startsWith('must satisfy one of') === true;
        const key = alternatives
            ? `${e.instancePath}\u0000alternatives`
            : `${e.instancePath}\u0000${e.keyword}\u0000${JSON.stringify(e.params)}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function isCombinator(e) {
    return e.keyword === 'oneOf' || e.keyword === 'anyOf';
}
function isSummary(e) {
    return isCombinator(e) || e.keyword === 'if' || e.keyword === 'allOf';
}
/** A `type`/`const`/`enum`/`not` failure on the alternative's own value or one of its direct members. */
function isDiscriminatorMiss(e, base) {
    if (e === undefined || !['const', 'enum', 'type', 'not'].includes(e.keyword))
        return false;
    if (!isAtOrBelow(e.instancePath, base))
        return false;
    const depth = e.instancePath.slice(base.length).split('/').length - 1;
    return depth <= 1;
}
/**
 * Alternatives that each failed with one error on the same value (e.g. bbox with 4 or 6 numbers)
 * become one error: "must satisfy one of: ...".
 */
function mergeSinglePathBranches(c, branches) {
    if (branches.length < 2 || branches.some((b) => b.length !== 1))
        return undefined;
    const first = branches[0]?.[0];
    if (first === undefined || branches.some((b) => b[0]?.instancePath !== first.instancePath))
        return undefined;
    const messages = [
        ...new Set(branches.map((b) => (b[0] === undefined ? '' : describeAjvError({ ...b[0], data: undefined })))),
    ];
    return { ...first, keyword: c.keyword, params: {}, message: `must satisfy one of: ${messages.join('; or ')}` };
}
function isAtOrBelow(pointer, parent) {
    return pointer === parent || pointer.startsWith(parent + '/');
}
function summarizeAlternatives(c, branchErrors) {
    const byPath = new Map();
    for (const e of branchErrors) {
        const values = e.keyword === 'const'
            ? [e.params['allowedValue']]
            : e.keyword === 'enum'
                ? e.params['allowedValues']
                : [];
        if (values.length === 0)
            continue;
        byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), ...values]);
    }
    // the deepest discriminator is the most telling one (e.g. /geometry/type rather than /geometry)
    const best = [...byPath].sort((a, b) => b[0].length - a[0].length)[0];
    if (best === undefined)
        return c;
    const allowed = [...new Set(best[1].map((v) => JSON.stringify(v)))];
    const sample = branchErrors.find((e) => e.instancePath === best[0]);
    return {
        ...c,
        data: sample?.data,
        instancePath: best[0],
        keyword: 'enum',
        params: { allowedValues: allowed.map((v) => JSON.parse(v)) },
        message: `matches none of the alternatives; must be one of ${allowed.join(', ')}`,
    };
}
function preview(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? text.slice(0, 77) + '...' : text;
}
/** A one-line message with the useful params (missing property, allowed values, found value). */
function describeAjvError(e) {
    const p = e.params;
    const got = e.data !== undefined && e.keyword !== 'required' && e.keyword !== 'additionalProperties'
        ? ` (got ${preview(e.data)})`
        : '';
    if (e.message?.startsWith('matches none of the alternatives') === true ||
        e.message?.startsWith('must satisfy one of') === true) {
        return e.message + got;
    }
    switch (e.keyword) {
        case 'required':
            return `missing required property '${String(p['missingProperty'])}'`;
        case 'additionalProperties':
            return `property '${String(p['additionalProperty'])}' is not allowed here`;
        case 'enum':
            return `must be one of ${p['allowedValues'].map((v) => JSON.stringify(v)).join(', ')}${got}`;
        case 'const':
            return `must be ${JSON.stringify(p['allowedValue'])}${got}`;
        case 'type':
            return (`must be of type ` +
                `${Array.isArray(p['type']) ? p['type'].join(' or ') : String(p['type'])}${got}`);
        case 'format':
            return `must be a valid ${String(p['format'])}${got}`;
        case 'pattern':
            return `must match the pattern ${String(p['pattern'])}${got}`;
        case 'not':
            return `is not allowed here${got}`;
        case 'oneOf':
            if (p['passingSchemas'] != null)
                return (`matches more than one alternative ` +
                    `(${p['passingSchemas'].join(', ')}); it must match exactly one${got}`);
            return `matches none of the allowed alternatives${got}`;
        case 'anyOf':
            return `matches none of the allowed alternatives${got}`;
        default:
            return `${e.message ?? e.keyword}${got}`;
    }
}

// EXTERNAL MODULE: ./src/security/fetch-policy.ts
var fetch_policy = __webpack_require__(13214);
// EXTERNAL MODULE: ./src/sources/guarded-read.ts
var guarded_read = __webpack_require__(99363);
// EXTERNAL MODULE: ./src/utf8.ts
var utf8 = __webpack_require__(32204);
;// CONCATENATED MODULE: ./src/stages/validate/drafts.ts
function draftOf(schema) {
    const declared = schema.$schema;
    if (declared === undefined)
        return 'draft-07';
    if (declared.includes('2020-12'))
        return '2020-12';
    if (declared.includes('2019-09'))
        return '2019-09';
    if (/draft-0[67]/.test(declared))
        return 'draft-07';
    return { unsupported: declared };
}
/**
 * Identifies a schema by the URL it was fetched from (some published schemas declare a
 * different `$id`, e.g. STAC 1.1.0 common.json says `commonjson`), and lets a schema of another
 * draft be used from this instance's schemas by dropping its `$schema`.
 */
function prepareSchema(schema, url, draft) {
    const copy = { ...schema, $id: url };
    if (copy.$schema !== undefined && draftOf(copy) !== draft)
        delete copy.$schema;
    return copy;
}

;// CONCATENATED MODULE: ./src/stages/validate/schema-resolver.ts







/** A schema could not be found anywhere; the message names the URL and every place looked. */
class SchemaUnavailableError extends src_errors/* ConfigurationError */.j1 {
    url;
    looked;
    constructor(url, looked, reason, hint, options = {}) {
        super(`cannot resolve schema ${url}: ${reason}${looked.length > 0 ? `; looked in ${looked.join(', ')}` : ''}`, {
            hint,
            ...options,
        });
        this.url = url;
        this.looked = looked;
    }
}
/**
 * Maps `https://host/a/b.json` to `<root>/host/a/b.json`. Rejects URLs whose path would
 * escape the root (`..`) and anything that is not http(s). The fragment and query are dropped.
 */
function urlToRelativePath(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    const segments = decodeURIComponent(parsed.pathname)
        .split('/')
        .filter((s) => s !== '');
    if (segments.some((s) => s === '..' || s === '.' || s.includes('\\')))
        return undefined;
    if (segments.length === 0)
        return undefined;
    return external_node_path_default().join(parsed.host, ...segments);
}
/** Drops the fragment: `a.json#/definitions/x` and `a.json` are the same document. */
function documentUrl(url) {
    const hash = url.indexOf('#');
    return hash === -1 ? url : url.slice(0, hash);
}
async function readJsonIfExists(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
            return undefined;
        throw err;
    }
    const parsed = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new Error(`${file} does not hold a JSON object`);
    }
    return parsed;
}
async function fromFile(file, url, where) {
    try {
        return await readJsonIfExists(file);
    }
    catch (err) {
        throw new SchemaUnavailableError(url, [file], `the ${where} copy is unreadable or not valid JSON (${(0,src_errors/* describeError */.Uc)(err)})`, `fix or delete ${file}`, { cause: err });
    }
}
const SCHEMA_KEYWORDS = ['$schema', '$ref', 'type', 'properties', 'allOf', 'anyOf', 'oneOf', 'definitions', '$defs'];
/** Why a fetched document is not a JSON Schema (undefined when it is one): it must pass its draft's meta-schema. */
async function notASchema(doc, logger) {
    if (!SCHEMA_KEYWORDS.some((k) => k in doc))
        return `it has none of ${SCHEMA_KEYWORDS.join(', ')}`;
    const draft = draftOf(doc);
    if (typeof draft !== 'string')
        return `its $schema ${draft.unsupported} is not a draft we know`;
    const { createAjv } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(217)]).then(__webpack_require__.bind(__webpack_require__, 1217));
    const ajv = await createAjv({ draft, mode: 'fast', logger, loadSchema: () => Promise.reject(new Error('no')) });
    if (ajv.validateSchema(doc) === true)
        return undefined;
    return `it fails the ${draft} meta-schema: ${ajv.errorsText(ajv.errors)}`;
}
/** Refuses a URL whose host is not a schema host. */
function checkSchemaHost(url, policy) {
    if ((0,fetch_policy/* hostMatches */._y)(url.hostname, policy.schemaHosts))
        return;
    throw new fetch_policy/* FetchRefusedError */.fZ(`${url.hostname} is not a schema host`, 'schema-host', `${(0,fetch_policy/* fetchSettingName */.sw)('schemaHosts')} lists more hosts schemas may be fetched from ` +
        `(now: ${policy.schemaHosts.join(', ')}), or put a copy in a schema mirror`);
}
/** A schema from a schema host, under the fetch policy; a document that is not a JSON Schema is refused. */
async function fetchSchema(policy, url, logger) {
    const headers = { accept: 'application/schema+json, application/json' };
    const body = await (0,guarded_read/* guardedHttpGet */.H$)(url, policy, (u) => checkSchemaHost(u, policy), { headers });
    const parsed = JSON.parse((0,utf8/* decodeUtf8 */._6)(body, { file: url }));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('the response is not a JSON object');
    const why = await notASchema(parsed, logger);
    if (why !== undefined)
        throw new Error(`the response is not a JSON Schema (${why}); it is not cached`);
    return parsed;
}
async function store(file, schema, logger) {
    try {
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
        await (0,promises_.writeFile)(tmp, JSON.stringify(schema, null, 2) + '\n');
        await (0,promises_.rename)(tmp, file);
    }
    catch (err) {
        logger.warning(`could not write schema cache ${file}: ${(0,src_errors/* describeError */.Uc)(err)}`);
    }
}
/**
 * Looks in the mirrors, the bundled schemas (local folders the workflow chose, for any host) and the cache (schema
 * hosts only), in that order; every file looked at goes to `looked`.
 */
async function findLocally(options, url, rel, looked) {
    const { logger } = options;
    const folders = [...options.mirrors, ...(options.bundled !== undefined ? [options.bundled] : [])];
    for (const [i, mirror] of folders.entries()) {
        const file = external_node_path_default().resolve(mirror, rel);
        looked.push(file);
        const where = i < options.mirrors.length ? 'mirrored' : 'bundled';
        const found = await fromFile(file, url, where);
        if (found) {
            logger.debug(`schema ${url} <- ${where} ${file}`);
            return found;
        }
    }
    if (options.cacheDir === undefined || !(0,fetch_policy/* hostMatches */._y)(new URL(url).hostname, policyOf(options).schemaHosts))
        return undefined;
    const cacheFile = external_node_path_default().resolve(options.cacheDir, rel);
    looked.push(cacheFile);
    const found = await fromFile(cacheFile, url, 'cached');
    if (found)
        logger.debug(`schema ${url} <- cache ${cacheFile}`);
    return found;
}
const policyOf = (options) => options.fetchPolicy ?? fetch_policy/* DEFAULT_FETCH_POLICY */.U3;
/** Fetches a schema found nowhere locally (when the network is allowed) and keeps it in the cache. */
async function fetchAndCache(options, url, rel, looked) {
    const hint = [
        `put a copy at ${external_node_path_default().join('<mirror>', rel)} in a schema mirror directory (\`--schema-mirror ` +
            `<dir>\`, manifest \`validation.schema_mirrors\`)`,
        options.network ? 'or check the URL and your network' : 'or allow network access so it can be fetched and cached',
    ].join(', ');
    const refused = (err) => new SchemaUnavailableError(url, looked, `refused (${err.rule}): ${err.message}`, err.hint, { cause: err });
    try {
        checkSchemaHost(new URL(url), policyOf(options));
    }
    catch (err) {
        throw refused(err);
    }
    if (!options.network) {
        throw new SchemaUnavailableError(url, looked, 'not found locally and network access is off', hint);
    }
    looked.push(url);
    let schema;
    try {
        schema = await fetchSchema(policyOf(options), url, options.logger);
    }
    catch (err) {
        if (err instanceof fetch_policy/* FetchRefusedError */.fZ)
            throw refused(err);
        throw new SchemaUnavailableError(url, looked, `fetching it failed (${(0,src_errors/* describeError */.Uc)(err)})`, hint, { cause: err });
    }
    options.logger.debug(`schema ${url} <- network`);
    if (options.cacheDir !== undefined)
        await store(external_node_path_default().resolve(options.cacheDir, rel), schema, options.logger);
    return schema;
}
async function loadSchema(options, url) {
    const rel = urlToRelativePath(url);
    if (rel === undefined) {
        throw new SchemaUnavailableError(url, [], 'not an http(s) URL with a path', 'stac_extensions and $ref must be absolute http(s) schema URLs');
    }
    const looked = [];
    return (await findLocally(options, url, rel, looked)) ?? (await fetchAndCache(options, url, rel, looked));
}
function createSchemaResolver(options) {
    const memory = new Map();
    return {
        resolve(url) {
            const key = documentUrl(url);
            let pending = memory.get(key);
            if (pending === undefined) {
                pending = loadSchema(options, key);
                // a failure is remembered too: the same missing schema is not looked up once per item
                memory.set(key, pending);
            }
            return pending;
        },
    };
}

// EXTERNAL MODULE: ./src/sources/migrate.ts
var migrate = __webpack_require__(44683);
// EXTERNAL MODULE: ./src/stages/validate/precompiled.ts
var precompiled = __webpack_require__(97488);
// EXTERNAL MODULE: ./src/stages/validate/bundled.ts
var validate_bundled = __webpack_require__(2058);
;// CONCATENATED MODULE: ./src/stages/validate/shape.ts
/** The key of a document's schema set, or undefined for a shape not worth remembering. */
function shapeKey(doc) {
    const { type, stac_version: version, stac_extensions: extensions } = doc;
    if (typeof type !== 'string' || typeof version !== 'string')
        return undefined;
    if (extensions === undefined)
        return `${type}\n${version}`;
    if (!Array.isArray(extensions) || extensions.length > 64 || !extensions.every((e) => typeof e === 'string'))
        return undefined;
    return `${type}\n${version}\n${extensions.join('\n')}`;
}

;// CONCATENATED MODULE: ./src/stages/validate/schema-validator.ts









const CORE_PATHS = {
    Feature: 'item-spec/json-schema/item.json',
    Collection: 'collection-spec/json-schema/collection.json',
    Catalog: 'catalog-spec/json-schema/catalog.json',
};
/** Past this many errors against one schema, a document gets one "N more" finding instead. */
const MAX_FINDINGS_PER_SCHEMA = 25;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
/**
 * The STAC core schema URL for a document, or a reason why there is none. A document without a
 * known `type` gets no core schema here; the loader rules report the type itself.
 */
function coreSchemaUrl(doc) {
    const type = doc['type'];
    if (typeof type !== 'string' || CORE_PATHS[type] === undefined)
        return undefined;
    const version = doc['stac_version'];
    if (typeof version !== 'string' || !SEMVER.test(version)) {
        return {
            problem: `stac_version ` +
                `${version === undefined ? 'is missing' : `${JSON.stringify(version)} is not a version like "1.1.0"`}, ` +
                `so the core schema cannot be chosen`,
        };
    }
    if ((0,migrate/* isPre1Stac */.ww)(version)) {
        return {
            rule: 'stac:version',
            problem: `STAC ${version} predates 1.0.0, which the loader and the current schemas expect: set \`migrate: true\` ` +
                'on its source in the manifest (upgrades it with @radiantearth/stac-migrate before validation; ' +
                'the plan lists what changed), or upgrade the file',
        };
    }
    return { url: `https://schemas.stacspec.org/v${version}/${CORE_PATHS[type]}` };
}
function isHttpUrl(value) {
    try {
        const u = new URL(value);
        return u.protocol === 'https:' || u.protocol === 'http:';
    }
    catch {
        return false;
    }
}
function schemaSetOf(doc) {
    const set = { checks: [] };
    const core = coreSchemaUrl(doc);
    if (core !== undefined && 'problem' in core) {
        set.problem = core.problem;
        if (core.rule !== undefined)
            set.problemRule = core.rule;
    }
    else if (core !== undefined)
        set.checks.push({ url: core.url, rule: 'schema:core' });
    const extensions = doc['stac_extensions'];
    if (Array.isArray(extensions)) {
        // entries that are not URLs are reported by the loader rules (`loader:extension-url`)
        for (const ext of new Set(extensions.filter((e) => typeof e === 'string' && isHttpUrl(e))))
            set.checks.push({ url: ext, rule: `schema:${ext}` });
    }
    return set;
}
const MAX_SHAPES = 1000;
/** Where the document names a schema: `/stac_extensions/<i>`, or the document itself (its core schema). */
function extensionPointer(doc, url) {
    const exts = doc['stac_extensions'];
    const i = Array.isArray(exts) ? exts.indexOf(url) : -1;
    return i === -1 ? '' : `/stac_extensions/${i}`;
}
function defaultPrecompiled(logger) {
    const dir = (0,validate_bundled/* bundledValidatorsDir */.xd)();
    return dir === undefined ? null : new precompiled/* PrecompiledValidators */.E(dir, logger);
}
/** Compiles each schema once per mode (fast, full), using the precompiled validators where they fit. */
class ValidatorCompiler {
    resolver;
    precompiled;
    logger;
    // each schema is looked up once, whichever validators (fast, full, precompiled) need it
    looked = new Map();
    instances = new Map();
    compiled = new Map();
    fromPrecompiled = new Set();
    fastInstance = new Map();
    codes = new Map();
    // ajv's compileAsync is not safe to run concurrently on one instance (shared $refs get added twice)
    compileQueue = Promise.resolve();
    constructor(resolver, precompiled, logger) {
        this.resolver = resolver;
        this.precompiled = precompiled;
        this.logger = logger;
    }
    resolve(url) {
        let found = this.looked.get(url);
        if (found === undefined)
            this.looked.set(url, (found = this.resolver.resolve(url)));
        return found;
    }
    instance(draft, mode) {
        const key = `${draft} ${mode}`;
        let ajv = this.instances.get(key);
        if (ajv === undefined) {
            const loadSchema = async (uri) => prepareSchema(await this.resolve(uri), uri, draft);
            // the fast validators keep their code, for worker threads; ajv loads only when a schema is compiled here
            const setup = { draft, mode, loadSchema, logger: this.logger, source: mode === 'fast' };
            ajv = Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(217)]).then(__webpack_require__.bind(__webpack_require__, 1217)).then(({ createAjv }) => createAjv(setup));
            this.instances.set(key, ajv);
        }
        return ajv;
    }
    async compile(url, mode) {
        if (mode === 'fast') {
            const ready = await this.precompiled?.get(url, (u) => this.resolve(u));
            if (ready !== undefined) {
                this.fromPrecompiled.add(url);
                return ready;
            }
        }
        const raw = (await this.resolve(url));
        const draft = draftOf(raw);
        if (typeof draft !== 'string')
            throw new Error(`schema ${url} uses ${draft.unsupported}, which is not supported (draft-07, 2019-09 and 2020-12 are)`);
        const ajv = await this.instance(draft, mode);
        if (mode === 'fast')
            this.fastInstance.set(url, ajv);
        const existing = ajv.getSchema(url);
        if (existing !== undefined)
            return existing;
        return await ajv.compileAsync(prepareSchema(raw, url, draft));
    }
    validatorFor(url, mode) {
        const key = `${mode} ${url}`;
        let pending = this.compiled.get(key);
        if (pending === undefined) {
            pending = this.compileQueue.then(() => this.compile(url, mode));
            this.compileQueue = pending.catch(() => undefined);
            this.compiled.set(key, pending);
        }
        return pending;
    }
    /** How a worker thread gets the fast validator of `url` (compiled before). */
    async part(url) {
        if (this.fromPrecompiled.has(url) && this.precompiled)
            return { url, precompiledDir: this.precompiled.dir };
        let code = this.codes.get(url);
        if (code === undefined) {
            const { validatorCode } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(801)]).then(__webpack_require__.bind(__webpack_require__, 32801));
            this.codes.set(url, (code = validatorCode(this.fastInstance.get(url), [url])));
        }
        return { url, code };
    }
}
/** The findings of one document against one schema (full validator). */
async function checkAgainst(compiler, doc, origin, url, rule) {
    let validate;
    try {
        validate = await compiler.validatorFor(url, 'full');
    }
    catch (err) {
        return [
            {
                severity: 'error',
                rule: 'schema:unavailable',
                message: err instanceof SchemaUnavailableError
                    ? `${(0,src_errors/* describeError */.Uc)(err)}${err.url === url ? '' : ` (needed by ${url})`}`
                    : `cannot validate against ${url}: ${(0,src_errors/* describeError */.Uc)(err)}`,
                location: (0,stac/* originToLocation */.J)(origin, extensionPointer(doc, url)),
            },
        ];
    }
    if (validate(doc))
        return [];
    const errors = mergeStringChecks(condenseErrors(validate.errors ?? []));
    const findings = errors.slice(0, MAX_FINDINGS_PER_SCHEMA).map((e) => ({
        severity: 'error',
        rule,
        message: explain(e),
        location: (0,stac/* originToLocation */.J)(origin, e.instancePath),
    }));
    if (errors.length > MAX_FINDINGS_PER_SCHEMA) {
        findings.push({
            severity: 'error',
            rule,
            message: `${errors.length - MAX_FINDINGS_PER_SCHEMA} more errors against ${url} not shown`,
            location: (0,stac/* originToLocation */.J)(origin, ''),
        });
    }
    return findings;
}
const fastPass = (set, doc) => set.problem === undefined && Array.isArray(set.fast) && set.fast.every((f) => f(doc) === true);
/** The finding for a document whose core schema cannot be chosen (none when it can). */
function problemFindings(set, origin) {
    if (set.problem === undefined)
        return [];
    return [
        {
            severity: 'error',
            rule: set.problemRule ?? 'schema:core',
            message: set.problem,
            location: (0,stac/* originToLocation */.J)(origin, '/stac_version'),
        },
    ];
}
function createSchemaValidator(options) {
    const { logger } = options;
    const precompiled = options.precompiled === undefined ? defaultPrecompiled(logger) : options.precompiled;
    const compiler = new ValidatorCompiler(options.resolver, precompiled, logger);
    const shapes = new Map();
    function setFor(doc) {
        const key = shapeKey(doc);
        if (key === undefined)
            return schemaSetOf(doc);
        let set = shapes.get(key);
        if (set === undefined) {
            set = schemaSetOf(doc);
            if (shapes.size < MAX_SHAPES)
                shapes.set(key, set);
        }
        return set;
    }
    function prepareFast(set) {
        set.ready ??= Promise.all(set.checks.map((c) => compiler.validatorFor(c.url, 'fast'))).then((fns) => void (set.fast = fns), (err) => {
            logger.debug(`fast validation off for ${set.checks.map((c) => c.url).join(', ')}: ${(0,src_errors/* describeError */.Uc)(err)}`);
            set.fast = null;
        });
        return set.ready;
    }
    return {
        async fastShape(doc) {
            const key = shapeKey(doc);
            if (key === undefined)
                return undefined;
            const set = setFor(doc);
            await prepareFast(set);
            if (!Array.isArray(set.fast) || set.problem !== undefined)
                return undefined;
            return { key, parts: await Promise.all(set.checks.map((c) => compiler.part(c.url))) };
        },
        passes(doc) {
            const set = setFor(doc);
            if (set.fast === undefined)
                void prepareFast(set);
            return fastPass(set, doc);
        },
        async validate(doc, origin) {
            const set = setFor(doc);
            await prepareFast(set);
            if (fastPass(set, doc))
                return [];
            const found = await Promise.all(set.checks.map((c) => checkAgainst(compiler, doc, origin, c.url, c.rule)));
            return [...problemFindings(set, origin), ...found.flat()];
        },
    };
}
/** A `pattern` and a `format` failure on the same string (STAC datetimes) read as one problem. */
function mergeStringChecks(errors) {
    const formats = new Map(errors.filter((e) => e.keyword === 'format').map((e) => [e.instancePath, e]));
    const patterns = new Set(errors.filter((e) => e.keyword === 'pattern').map((e) => e.instancePath));
    const out = [];
    for (const e of errors) {
        const format = formats.get(e.instancePath);
        if (e.keyword === 'pattern' && format !== undefined) {
            out.push({
                ...e,
                message: `must be a valid ${String(format.params['format'])} matching ${String(e.params['pattern'])}`,
            });
            continue;
        }
        if (e.keyword === 'format' && patterns.has(e.instancePath))
            continue;
        out.push(e);
    }
    return out;
}
/** Messages for the STAC rules whose raw JSON Schema wording says nothing useful. */
function explain(e) {
    if (e.instancePath === '/collection' && e.keyword === 'not') {
        return (`\`collection\` is set (${JSON.stringify(e.data)}) but no link has rel "collection"; add ` +
            `a link {"rel": "collection", "href": ...} to the collection`);
    }
    if (e.keyword === 'pattern' && e.message?.startsWith('must be a valid') === true) {
        return `${e.message} (got ${JSON.stringify(e.data)})`;
    }
    return describeAjvError(e);
}

;// CONCATENATED MODULE: ./src/stages/validate/index.ts














const FIRST_ERRORS = 5;
/** Documents read before worker threads start (a small run is done before they would be ready). */
const THREADS_AFTER = 2000;
/**
 * Sooner, after THREADS_EARLY_AFTER documents (whose shapes the workers then learn), when a block of lines comes
 * from a file with this much still to read: thousands of documents, worth the threads' start at once.
 */
const THREADS_EARLY_BYTES = 16 << 20;
const THREADS_EARLY_AFTER = 100;
const BATCH_UNITS = 256;
/** Batches (a block of lines each, when read from NDJSON) waiting for their results to be taken, per thread. */
const QUEUED_PER_THREAD = 3;
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
    group: (_name, fn) => fn(),
    setSecret: () => undefined,
};
/**
 * Validates every document: JSON Schema (STAC core + extensions), the loader's own rules, and
 * duplicate ids across all documents. Never throws for a bad document; every problem is a finding.
 * Documents stream through: parsed (from text) and checked in worker threads for large inputs, their
 * results taken in input order, so findings and counts never depend on the threads.
 */
async function validateDocuments(units, options) {
    const logger = options.logger ?? silentLogger;
    const validator = 'validator' in options ? options.validator : createSchemaValidator({ resolver: options.resolver, logger });
    const tally = new Tally(validator, options.onUnreadable);
    const passes = (doc) => validator.passes(doc);
    const onMain = (unit) => checkUnit(unit, passes, true);
    // with workers, the main thread reads, hands out batches and takes the results in input order
    const workers = options.threads ?? defaultThreadCount();
    let threads = options.started;
    if (threads !== undefined)
        tally.adopt(threads);
    let used = false;
    /** Whether documents go to the worker threads (once they know a shape: else the main thread does it twice). */
    const handOff = () => threads !== undefined && (tally.learnt || seen >= THREADS_EARLY_AFTER);
    const queue = [];
    let batch = [];
    let seen = 0;
    const flush = () => {
        if (batch.length === 0 || threads === undefined)
            return;
        const sent = batch;
        batch = [];
        // the main thread checks a batch itself, as a worker would, while every worker has its next one waiting
        if (!threads.wantsWork()) {
            const checked = sent.map((u) => checkUnits(u, passes));
            queue.push(Promise.resolve(pairUp(sent, checked)));
            for (const memory of (0,block_memory/* blockMemoryOf */.S2)(sent))
                (0,block_memory/* giveBackBlockMemory */.hx)(memory);
            return;
        }
        queue.push(threads.check(sent).then((checked) => pairUp(sent, checked)));
        used = true;
    };
    const takeHead = async () => {
        for (const [unit, result] of await queue.shift())
            await tally.take(unit, result);
    };
    const one = async (unit, bigInput = false) => {
        seen++;
        if (threads === undefined && workers > 0 && (seen === THREADS_AFTER || (bigInput && seen >= THREADS_EARLY_AFTER)))
            threads = tally.startThreads(workers);
        if (handOff() && (unit.text !== undefined || unit.block !== undefined)) {
            batch.push(unit);
            if (batch.length >= BATCH_UNITS || unit.block !== undefined)
                flush();
        }
        else {
            flush();
            if (queue.length === 0)
                await tally.take(unit, onMain(unit));
            else
                queue.push(Promise.resolve([[unit, onMain(unit)]]));
        }
        while (queue.length > ((threads?.size ?? 0) + 1) * QUEUED_PER_THREAD)
            await takeHead();
    };
    try {
        for await (const unit of units) {
            // a block of lines goes whole to a worker; before the workers start, line by line
            const { block } = unit;
            if (block === undefined || handOff())
                await one(unit);
            else {
                const big = block.fileBytes !== undefined && block.fileBytes - block.offset >= THREADS_EARLY_BYTES;
                for (const u of (0,sources_units/* unitsOf */.$J)(unit))
                    await one(u, big);
            }
        }
        flush();
        while (queue.length > 0)
            await takeHead();
        return { threads: used ? (threads?.size ?? 0) : 0, ...(await tally.report(options.maxWarnings, logger)) };
    }
    finally {
        tally.close();
        if (threads !== options.started)
            await threads?.close();
    }
}
/** The documents a batch held (a block's lines rebuilt from their numbers), each with its result. */
function pairUp(sent, checked) {
    const out = [];
    sent.forEach((unit, i) => {
        const { block, ...rest } = unit;
        const results = checked[i] ?? [];
        for (let k = 0; k < results.length;) {
            const c = unpack(results, k);
            k = c.next;
            if (block === undefined)
                out.push([unit, c.result]);
            else {
                const text = c.text !== undefined ? { text: c.text } : {};
                out.push([{ ...rest, origin: { ...unit.origin, line: c.line }, ...text }, c.result]);
            }
        }
    });
    return out;
}
/** The result at `results[k]` (see {@link CheckedUnit}), and where the next one starts. */
function unpack(results, k) {
    const entry = results[k];
    if (typeof entry === 'object')
        return { ...entry, next: k + 1 };
    const [type, id, collection] = [results[k + 1], results[k + 2], results[k + 3]];
    const result = { problems: [], fast: true };
    if (typeof type === 'string')
        result.type = type;
    if (typeof id === 'string')
        result.id = id;
    if (typeof collection === 'string')
        result.collection = collection;
    return { result, line: entry, next: k + 4 };
}
/** What validation learns, document by document, in input order. */
class Tally {
    validator;
    onUnreadable;
    duplicates = new DuplicateTracker();
    findings = [];
    checked = { items: 0, collections: 0, other: 0 };
    invalid = { items: 0, collections: 0, other: 0 };
    tallies = new Map();
    errorCollection = new Map();
    /** Findings in JSON files (not NDJSON lines): they get the line of their pointer once everything is read. */
    toLocate = new Map();
    /** Files whose reading stopped at a document that is not JSON. */
    stopped = new Set();
    /** The fast checks known, by shape, for worker threads. */
    shapes = new Map();
    threads;
    /** Whether a shape's fast check is known (worker threads then check documents of it). */
    learnt = false;
    constructor(validator, onUnreadable) {
        this.validator = validator;
        this.onUnreadable = onUnreadable;
    }
    close() {
        this.duplicates.close();
    }
    startThreads(count) {
        return this.adopt(new ValidationThreads(count));
    }
    adopt(threads) {
        this.threads = threads;
        for (const shape of this.shapes.values())
            if (shape)
                threads.learn(shape);
        return threads;
    }
    async take(unit, r) {
        const { origin } = unit;
        if (this.stopped.has(origin.file))
            return;
        if (r.unreadable) {
            this.stopped.add(origin.file);
            const { message, location, hint } = r.unreadable;
            this.onUnreadable?.(new src_errors/* ConfigurationError */.j1(message, { ...(location ? { location } : {}), ...(hint ? { hint } : {}) }));
            return;
        }
        const state = this.count(r);
        this.keep(unit, state, r.problems.map((p) => locateFinding(p, origin)));
        const dup = this.duplicates.addIdentity({ type: r.type, id: r.id, collection: r.collection }, origin);
        if (dup !== undefined)
            this.keep(unit, state, [dup]);
        if (r.fast && r.doc === undefined)
            return;
        const doc = r.doc ?? (0,sources_units/* parseUnit */.E8)(unit).doc;
        if (!r.fast)
            this.keep(unit, state, await this.schemaFindings(doc, origin));
        const key = shapeKey(doc);
        if (key !== undefined && !this.shapes.has(key)) {
            this.shapes.set(key, undefined);
            const shape = await this.validator.fastShape(doc);
            this.shapes.set(key, shape);
            if (shape) {
                this.threads?.learn(shape);
                this.learnt = true;
            }
        }
    }
    async schemaFindings(doc, origin) {
        try {
            return await this.validator.validate(doc, origin);
        }
        catch (err) {
            const message = `schema validation could not run: ${(0,src_errors/* describeError */.Uc)(err)}`;
            return [{ severity: 'error', rule: 'schema:unavailable', message, location: (0,stac/* originToLocation */.J)(origin, '') }];
        }
    }
    count(r) {
        const kind = r.type === 'Feature' ? 'items' : r.type === 'Collection' ? 'collections' : 'other';
        this.checked[kind]++;
        const id = (0,keys/* reportCollection */.nQ)(r.type, r.collection);
        if (id === undefined)
            return { kind, tally: undefined, invalid: false };
        let tally = this.tallies.get(id);
        if (tally === undefined) {
            tally = { id, items: 0, invalidItems: 0, collections: 0, invalidCollections: 0, firstErrors: [] };
            this.tallies.set(id, tally);
        }
        if (kind === 'items')
            tally.items++;
        else
            tally.collections++;
        return { kind, tally, invalid: false };
    }
    keep(unit, state, found) {
        for (const f of found) {
            this.findings.push(f);
            if (f.severity !== 'error')
                continue;
            if (state.tally)
                this.errorCollection.set(f, state.tally);
            if (state.invalid)
                continue;
            state.invalid = true;
            this.invalid[state.kind]++;
            if (state.tally && state.kind === 'items')
                state.tally.invalidItems++;
            if (state.tally && state.kind === 'collections')
                state.tally.invalidCollections++;
        }
        const file = unit.origin.absolutePath;
        if (found.length === 0 || file === undefined || unit.origin.line !== undefined)
            return;
        let list = this.toLocate.get(file);
        if (list === undefined)
            this.toLocate.set(file, (list = []));
        for (const f of found)
            list.push(f);
    }
    async report(maxWarnings, logger) {
        await locateFindings(this.toLocate);
        const findings = this.findings.sort(compareFindings);
        for (const f of findings) {
            const tally = this.errorCollection.get(f);
            if (tally && tally.firstErrors.length < FIRST_ERRORS)
                tally.firstErrors.push(f);
        }
        const byCollection = [...this.tallies.values()].sort((a, b) => compareText(a.id, b.id));
        const errors = findings.filter((f) => f.severity === 'error').length;
        const warnings = findings.length - errors;
        const ok = errors === 0 && (maxWarnings === undefined || warnings <= maxWarnings);
        logger.debug(`validated ${(0,result/* describeCounts */.w)(this.checked)}: ${errors} error(s), ${warnings} warning(s)`);
        return { checked: this.checked, invalid: this.invalid, byCollection, findings, errors, warnings, ok };
    }
}
/** Sets the line of each finding from where its JSON pointer is in its file (one pass per file). */
async function locateFindings(byFile) {
    for (const [file, found] of byFile) {
        const lines = await (0,json_text/* locatePointers */.F8)(file, found.map((f) => f.location.pointer ?? ''));
        for (const f of found) {
            const line = lines.get(f.location.pointer ?? '');
            if (line !== undefined)
                f.location.line = line;
        }
    }
}
function compareText(a, b) {
    const x = a ?? '';
    const y = b ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
}
/** By file, line, manifest entry, JSON pointer, then rule and message: stable across runs. */
function compareFindings(a, b) {
    return (compareText(a.location.file, b.location.file) ||
        (a.location.line ?? 0) - (b.location.line ?? 0) ||
        compareText(a.location.entry, b.location.entry) ||
        comparePointers(a.location.pointer ?? '', b.location.pointer ?? '') ||
        compareText(a.rule, b.rule) ||
        compareText(a.message, b.message));
}
/** `items/a.json:1 at /properties/datetime: loader:timezone: datetime '...' has no timezone; ...` */
function formatFinding(f) {
    const where = formatLocation(f.location);
    return `${where === '' ? '' : where + ': '}${f.rule}: ${f.message}`;
}

;// CONCATENATED MODULE: ./src/run/validate-step.ts



/** Validates every document of the run; `false` when any is invalid (or too many warnings). */
async function validateStep(run, docs, options) {
    const { resolver, logger, maxWarnings, threads, started, onUnreadable } = options;
    try {
        const report = await run.stage('validate', () => validateDocuments(docs, {
            resolver,
            ...(maxWarnings !== undefined ? { maxWarnings } : {}),
            ...(threads !== undefined ? { threads } : {}),
            ...(started ? { started } : {}),
            ...(onUnreadable ? { onUnreadable } : {}),
        }));
        const { checked, invalid, byCollection, errors, warnings, findings } = report;
        run.result.validation = {
            checked,
            invalid,
            byCollection,
            errors,
            warnings,
            findings,
            ...(maxWarnings !== undefined ? { maxWarnings } : {}),
        };
        for (const f of findings) {
            if (f.severity === 'error')
                logger.error(`${f.rule}: ${f.message}`, f.location);
            else
                logger.warning(`${f.rule}: ${f.message}`, f.location);
        }
        const problem = (message) => run.result.problems.push({ severity: 'error', stage: 'validate', message });
        if (maxWarnings !== undefined && warnings > maxWarnings)
            problem(`${warnings} warnings exceed --max-warnings ${maxWarnings}`);
        if (errors > 0)
            problem(`${errors} validation error(s) in ${(0,result/* describeCounts */.w)(invalid, checked)}`);
        return report.ok;
    }
    catch (err) {
        run.result.problems.push(...(0,record/* problemsFrom */.P)(err, 'validate'));
        return false;
    }
}

// EXTERNAL MODULE: ./src/sources/files.ts + 4 modules
var files = __webpack_require__(39476);
;// CONCATENATED MODULE: ./src/run/validate-paths.ts








/** `stac-ingest validate <paths...>`: the run, from start to result. */
async function validatePathsRun(paths, options, deps) {
    const run = new RunRecord('validate', deps.logger, deps.now ?? Date.now, deps.signal);
    return validatePaths(run, paths, options, deps);
}
/** `validate` of STAC files without a manifest: read → validate. */
async function validatePaths(run, paths, options, deps) {
    let resolver;
    try {
        resolver = await schemaResolver(options, deps);
    }
    catch (err) {
        return run.fail(err, 'validate');
    }
    // documents stream from the files into validation, none is kept
    const report = pathsReport(run, deps.logger);
    const units = (0,files/* stacPathsUnits */.nR)(paths, process.cwd(), report);
    return run.finish(await validateStep(run, units, {
        resolver,
        logger: deps.logger,
        maxWarnings: options.maxWarnings,
        threads: options.threads,
        started: deps.validationThreads,
        onUnreadable: report.error,
    }));
}
/** What reading STAC paths reports: unreadable files as errors, skipped non-STAC JSON as warnings. */
function pathsReport(run, logger) {
    return {
        error: (err) => {
            for (const p of (0,record/* problemsFrom */.P)(err, 'read')) {
                run.result.problems.push(p);
                logger.error(p.message, p.location);
            }
        },
        skipped: (file) => {
            run.result.problems.push({
                severity: 'warning',
                stage: 'read',
                message: `${file} is not STAC (no type or stac_version): skipped`,
                location: { file },
            });
            logger.info(`skipped ${file}: not STAC (no type or stac_version)`);
        },
    };
}
/**
 * Where schemas come from, in this order: the manifest's mirrors, the command line's (or the Action's),
 * the schemas bundled with stac-ingest, the cache (the command line's, else the manifest's), then the
 * network unless either turns it off. A mirror folder that does not exist is an error.
 */
async function schemaResolver(options, deps, loaded) {
    const settings = loaded?.manifest.validation;
    const dir = loaded?.dir ?? process.cwd();
    const mirrors = [
        ...(settings?.schema_mirrors ?? []).map((m, i) => ({
            dir: external_node_path_default().resolve(dir, m),
            given: `validation.schema_mirrors '${m}'`,
            ...(loaded ? { location: loaded.locationOf(['validation', 'schema_mirrors', i]) } : {}),
        })),
        ...options.schemaMirrors.map((m) => ({ dir: external_node_path_default().resolve(m), given: `schema mirror '${m}'` })),
    ];
    const missing = [];
    for (const m of mirrors) {
        const st = await (0,promises_.stat)(m.dir).catch(() => undefined);
        if (st?.isDirectory())
            continue;
        missing.push(new src_errors/* ConfigurationError */.j1(`${m.given} ${st ? 'is not a folder' : 'does not exist'} (${m.dir})`, {
            ...(m.location ? { location: m.location } : {}),
            hint: 'a schema mirror is a folder laid out as <host>/<path> of the schema URLs; create it or drop the option',
        }));
    }
    if (missing.length > 0)
        throw new src_errors/* ConfigurationErrors */.yb(missing);
    const cacheDir = options.schemaCache ??
        (settings?.schema_cache !== undefined ? external_node_path_default().resolve(dir, settings.schema_cache) : undefined);
    const bundled = (0,validate_bundled/* bundledSchemaMirror */.Tu)();
    return createSchemaResolver({
        mirrors: mirrors.map((m) => m.dir),
        ...(bundled !== undefined ? { bundled } : {}),
        ...(cacheDir !== undefined ? { cacheDir } : {}),
        network: (options.network ?? true) && (settings?.network ?? true),
        ...(options.policy ? { fetchPolicy: options.policy.fetch } : {}),
        logger: deps.logger,
    });
}

// EXTERNAL MODULE: ./src/security/policy.ts
var security_policy = __webpack_require__(52634);
// EXTERNAL MODULE: ./src/security/manifest-policy.ts + 1 modules
var manifest_policy = __webpack_require__(38312);
;// CONCATENATED MODULE: ./src/security/untrusted.ts




/**
 * On an untrusted event (pull_request_target, a fork's pull request) nothing the pull request names is executed:
 * no create-collection or create-item (local packages or any other), no rio-stac. They are listed as skipped with
 * the reason; `run` refuses instead, since publishing without them would publish part of the manifest.
 */
function gatePullRequestCode(inputs, policy, command) {
    const reason = policy.untrusted;
    if (reason === undefined)
        return { inputs, skipped: [] };
    const skipped = [];
    const collections = inputs.collections.filter((c) => {
        if (c.kind !== 'stactools')
            return true;
        const what = `create-collection with ${c.request.request.package_name}`;
        skipped.push({ entry: (0,plan/* collectionEntryLabel */.H)(c.index, c.entry.id), what, reason });
        return false;
    });
    const sources = inputs.sources.filter((s) => {
        const entry = (0,plan/* sourceEntryLabel */.O)(s.index, s.entry.id);
        if (s.kind === 'stactools')
            skipped.push({
                entry,
                what: `${(0,model_inputs/* requestCount */.j)(s)} create-item call(s) with ${s.entry.stactools?.package}`,
                reason,
            });
        else if (s.kind === 'assets')
            skipped.push({ entry, what: `${s.requests.length} item(s) built with ${s.entry.assets?.tool}`, reason });
        else
            return true;
        return false;
    });
    if (command === 'run' && skipped.length > 0)
        throw new src_errors/* ConfigurationErrors */.yb(skipped.map((s) => new src_errors/* ConfigurationError */.j1(`\`run\` would execute code from the pull request: ${s.what}`, {
            location: { entry: s.entry },
            hint: `${s.reason}; publish after merging (on push), or set ${(0,security_policy/* inputName */.yu)('allowPrCode')} to run it anyway`,
        })));
    return { inputs: { collections, sources }, skipped };
}

;// CONCATENATED MODULE: ./src/run/unknown-collections.ts
/**
 * Items whose collection the manifest does not define rely on the catalog having it: for a missing
 * one the StacLoader writes a placeholder collection (MAAP sets CREATE_COLLECTIONS_IF_MISSING:
 * description = id, license "proprietary") or its items fail. `validate` names each such collection
 * once, with the first item using it, and looks it up in the target's STAC API when there is one.
 */


async function unknownCollectionProblems(docs, defined, catalog) {
    const first = new Map();
    for (const d of docs) {
        const c = d.doc['collection'];
        if (d.doc['type'] === 'Feature' && typeof c === 'string' && c !== '' && !defined.has(c) && !first.has(c))
            first.set(c, d);
    }
    const problems = [];
    for (const [id, d] of first) {
        const item = `collection '${id}' of item '${String(d.doc['id'])}'`;
        let message;
        if (catalog === undefined) {
            message =
                `${item} is not in the manifest and was not looked up (the target has no STAC API, or the network is off): ` +
                    `it must already be in the catalog`;
        }
        else {
            try {
                if (!(await catalog.has(id)))
                    message =
                        `${item} is in neither the manifest nor ${catalog.name}: the loader would create a placeholder ` +
                            `collection for it (description '${id}', license 'proprietary') or fail the item; add it to the manifest`;
            }
            catch (err) {
                const why = (0,src_errors/* describeError */.Uc)(err);
                message = `${item} is not in the manifest and could not be looked up in ${catalog.name} (${why})`;
            }
        }
        if (message !== undefined)
            problems.push({ severity: 'warning', stage: 'validate', message, location: (0,stac/* originToLocation */.J)(d.origin) });
    }
    return problems;
}

// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(49809);
// EXTERNAL MODULE: ./src/run/shards.ts
var shards = __webpack_require__(78356);
;// CONCATENATED MODULE: ./src/run/ingest.ts

























/** The implicit `local` target: a directory under the manifest's folder. */
const DEFAULT_LOCAL_TARGET = { type: 'directory', path: '.stac-ingest/out', format: 'both' };
function selectTarget(manifest, name, output) {
    const chosen = name ?? manifest.default_target ?? 'local';
    let target = manifest.targets[chosen];
    if (!target) {
        if (chosen !== 'local') {
            const known = Object.keys(manifest.targets);
            throw new src_errors/* ConfigurationError */.j1(`unknown target '${chosen}'`, {
                hint: `the manifest defines ${known.length ? known.join(', ') : 'no targets'}; ` +
                    `'local' writes to ${DEFAULT_LOCAL_TARGET.type === 'directory' ? DEFAULT_LOCAL_TARGET.path : ''}`,
            });
        }
        target = DEFAULT_LOCAL_TARGET;
    }
    if (output !== undefined) {
        if (target.type !== 'directory')
            throw new src_errors/* ConfigurationError */.j1(`--output applies to directory targets; target '${chosen}' is ${target.type}`);
        target = { ...target, path: output };
    }
    return { name: chosen, target };
}
/** A plan or verify against a live catalog needs the documents (generated ones too) to compare. */
function hasLiveCatalog(target) {
    return target.type === 'pgstac' || ('stac_api' in target && target.stac_api !== undefined);
}
/**
 * The core of stac-ingest, one stage list per command (redrive: src/run/redrive.ts):
 * - validate: manifest → inputs + plan → generate (with --generate) → validate
 * - plan:     manifest → inputs + plan → [live catalog: generate → validate → compare]
 * - run:      manifest → inputs + plan → generate → validate → upload (DPS) → compare, publish, wait, verify
 * - verify:   manifest → inputs + plan → generate → validate → verify
 * Never throws for user or stage errors: they come back as `problems` with `ok: false`.
 */
async function ingest(options, deps) {
    const { logger } = deps;
    const run = new record/* RunRecord */.d(options.command, logger, deps.now ?? Date.now, deps.signal);
    if (options.command === 'validate' && options.paths && options.paths.length > 0)
        return validatePaths(run, options.paths, options, deps);
    let loaded;
    try {
        loaded = await run.stage('manifest', () => (0,load/* loadManifest */.eY)(options.manifestPath));
    }
    catch (err) {
        return run.fail(err, 'manifest');
    }
    run.result.manifest = options.manifestPath;
    const policy = options.policy ?? (0,security_policy/* defaultPolicy */.G4)((0,security_workspace/* workspaceOf */.B3)(loaded.path, options.workspace));
    const violations = [
        ...(await (0,manifest_policy/* policyViolations */.B)(loaded, policy, options.command)),
        ...(await (0,resolve/* schemaFolderErrors */.p6)(loaded, (0,security_workspace/* workspaceGuard */.RJ)(policy))),
    ];
    if (violations.length > 0)
        return run.fail(new src_errors/* ConfigurationErrors */.yb(violations), 'policy');
    let resolver;
    try {
        resolver = await schemaResolver(options, deps, loaded);
    }
    catch (err) {
        return run.fail(err, 'manifest');
    }
    let p;
    try {
        p = await planStep(run, loaded, { ...options, policy }, deps);
    }
    catch (err) {
        return run.fail(err, 'plan');
    }
    if (options.command === 'publish-shards')
        return publishShards(run, p, options, deps, resolver);
    if (options.shard) {
        if (options.command !== 'run')
            return run.fail(new src_errors/* ConfigurationError */.j1(`--shard applies to run, not ${options.command}`), 'plan');
        p.work = (0,shards/* shardWork */.e9)(p.work, options.shard);
    }
    const live = hasLiveCatalog(p.target);
    if (options.command === 'plan' && !live)
        return run.finish(true);
    if (options.command === 'verify' && !live)
        return run.fail(new src_errors/* ConfigurationError */.j1(`target '${p.name}' has no stac_api to verify against`), 'verify');
    for (const d of p.work.docs)
        run.docs.push(d);
    const status = p.work.assets.length > 0
        ? await openRequestStatusStore(statusFileFor(external_node_path_default().join(loaded.dir, '.stac-ingest', 'report.json')))
        : undefined;
    const optional = { ...(deps.signal ? { signal: deps.signal } : {}) };
    const stepDeps = { logger, runner: deps.runner, s3: p.s3, guard: p.guard, fetchPolicy: policy.fetch, ...optional };
    try {
        const generated = await generateStep(run, p.work, { ...stepDeps, ...(status ? { status } : {}) }, {
            concurrency: options.concurrency ?? (0,external_node_os_.availableParallelism)(),
            assetConcurrency: options.concurrency ?? 4,
            baseDir: loaded.dir,
        });
        // generated items come after the documents given as they are, before those of the other streamed sources
        if (generated)
            p.work.streams = [generated, ...(p.work.streams ?? [])];
    }
    catch (err) {
        return run.fail(err, 'generate');
    }
    if (deps.signal?.aborted)
        return run.finish(false);
    if (!(await validateRun(run, p, options, resolver, logger)))
        return run.finish(false);
    if (options.command === 'validate') {
        await unknownCollectionsStep(run, p, options, logger);
        return run.finish(true);
    }
    if (options.shard)
        return writeShard(run, p, options.shard, options, logger);
    return deliverStep(run, p, options, deps, status);
}
/** Validates the run's documents (held, then streamed); false, having said so, when anything is wrong. */
async function validateRun(run, p, options, resolver, logger) {
    const maxWarnings = options.maxWarnings ?? p.loaded.manifest.validation?.max_warnings;
    const docs = documentsOf(run.docs, p.work.streams);
    const valid = await validateStep(run, docs, { resolver, logger, maxWarnings, threads: options.threads });
    if (p.work.streams?.some((s) => s.countedByFirstUse))
        p.replan();
    if (valid && !run.hasErrors())
        return true;
    if (options.command === 'run')
        logger.error('nothing was written or published: fix the problems above and run again');
    return false;
}
/** The run's documents for validation: those held, then those of the streamed sources, read again. */
async function* documentsOf(held, streams = []) {
    yield* held;
    for (const s of streams)
        yield* s.units();
}
/** `validate`: collections items name that the manifest does not define, looked up in the target's STAC API. */
async function unknownCollectionsStep(run, p, options, logger) {
    const held = [...run.docs, ...(p.work.streams ?? []).flatMap((s) => s.held)];
    const defined = new Set([
        ...p.loaded.manifest.collections.map((c) => c.id),
        ...held.flatMap((d) => (d.doc['type'] === 'Collection' && typeof d.doc['id'] === 'string' ? [d.doc['id']] : [])),
    ]);
    const url = 'stac_api' in p.target ? p.target.stac_api : undefined;
    let catalog;
    if (url !== undefined && options.network !== false) {
        const { createStacApiClient } = await __webpack_require__.e(/* import() */ 320).then(__webpack_require__.bind(__webpack_require__, 6320));
        const api = createStacApiClient({ baseUrl: url, logger, maxAttempts: 2 });
        catalog = { name: `the STAC API at ${url}`, has: async (id) => (await api.getCollection(id)) !== undefined };
    }
    const streamed = (p.work.streams ?? []).flatMap((s) => [...s.held, ...(s.firsts ?? [])]);
    for (const problem of await unknownCollectionProblems([...run.docs, ...streamed], defined, catalog)) {
        logger.warning(problem.message, problem.location);
        run.result.problems.push(problem);
    }
}
function shardsDirOf(p, options) {
    return external_node_path_default().resolve(p.loaded.dir, options.shardsDir ?? external_node_path_default().join('.stac-ingest', 'shards'));
}
/** `run --shard k/n` after generate and validate: the shard's documents go to its bundle, not to the target. */
async function writeShard(run, p, shard, options, logger) {
    try {
        const { dir, documents } = await run.stage('shard', () => (0,shards/* writeShardBundle */.WA)(shardsDirOf(p, options), p.loaded.path, shard, p.work, run.docs));
        logger.info(`shard ${shard.index} of ${shard.count}: ${documents} document(s) in ${dir}`);
        return run.finish(true);
    }
    catch (err) {
        return run.fail(err, 'shard');
    }
}
/** `publish-shards`: the bundles of every shard, checked against the plan, validated and delivered as one run. */
async function publishShards(run, p, options, deps, resolver) {
    try {
        const read = await run.stage('shards', () => (0,shards/* readShards */.OG)(shardsDirOf(p, options), p.loaded.path, p.work));
        for (const d of read.held)
            run.docs.push(d);
        // the bundles' documents take the place of the sources': streamed where a plain run streams, else held
        p.work = { ...p.work, docs: [], streams: [] };
        if (streamsSources(p.target, { ...options, command: 'run' }))
            p.work.streams = [read.stream];
        else
            for await (const d of read.stream.units())
                run.docs.push(d);
    }
    catch (err) {
        return run.fail(err, 'shards');
    }
    const maxWarnings = options.maxWarnings ?? p.loaded.manifest.validation?.max_warnings;
    const valid = await validateStep(run, documentsOf(run.docs, p.work.streams), {
        resolver,
        logger: deps.logger,
        maxWarnings,
        threads: options.threads,
    });
    if (!valid || run.hasErrors()) {
        deps.logger.error('nothing was written or published: fix the problems above and run the shards again');
        return run.finish(false);
    }
    return deliverStep(run, p, options, deps, undefined);
}
/**
 * Whether files and catalog sources are read where they are used instead of held: a validate (checked as they are
 * read), a run or plan to a directory (written as it is read), a run to any other target (maap, pgstac, ingestor:
 * published in bounded windows), a plan or verify against its live catalog (compared or checked window by window).
 */
function streamsSources(target, options) {
    // a shard's documents are written to its bundle as they are read
    if (options.shard)
        return options.command === 'run';
    // publish-shards reads its sources for their keys, and streams the bundles as a run would
    const command = options.command === 'publish-shards' ? 'run' : options.command;
    if (command === 'validate')
        return true;
    if (target.type === 'directory')
        return command === 'run' || command === 'plan';
    return command === 'run' || ((command === 'plan' || command === 'verify') && hasLiveCatalog(target));
}
/** The target, the inputs read, and the plan: what is generated where, what is delivered and awaited. */
async function planStep(run, loaded, options, deps) {
    const { name, target } = selectTarget(loaded.manifest, options.target, options.output);
    let outputPolicy;
    if (target.type === 'directory') {
        outputPolicy = directoryOutputPolicy(loaded, name, options);
        await checkOutput(external_node_path_default().resolve(loaded.dir, target.path), outputPolicy);
    }
    // S3 is only reached for s3:// inputs (DPS catalogs, asset collections) and DPS uploads
    const region = target.type === 'maap' && target.region ? { region: target.region } : {};
    const endpoint = target.type === 'maap' && target.endpoint ? { endpoint: target.endpoint } : {};
    const s3 = lazyObjectStore(async () => {
        const { createS3Client, s3ObjectStore } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711), __webpack_require__.e(192)]).then(__webpack_require__.bind(__webpack_require__, 45192));
        return s3ObjectStore(createS3Client({ ...region, ...endpoint }));
    });
    run.onFinish(() => s3.destroy());
    const { logger, runner } = deps;
    const policy = options.policy ?? (0,security_policy/* defaultPolicy */.G4)((0,security_workspace/* workspaceOf */.B3)(loaded.path, options.workspace));
    const guard = (0,security_workspace/* workspaceGuard */.RJ)(policy);
    const streamSources = streamsSources(target, options);
    // a shard's part of the generation is chosen from every call of the plan (run/shards.ts): those are held
    const streamRows = streamSources && options.shard === undefined && options.command !== 'publish-shards';
    const reads = { s3, guard, fetchPolicy: policy.fetch };
    // a validate reads each catalog source once: that read counts it
    const countOnFirstUse = options.command === 'validate';
    const inputs = await run.stage('inputs', () => (0,resolve/* resolveInputs */.eL)(loaded, { ...reads, logger, runner, streamSources, streamRows, countOnFirstUse }));
    const gated = gatePullRequestCode(inputs, policy, options.command);
    const replan = () => {
        run.plan = buildPlan(options.manifestPath, inputs, name, target);
        run.plan.skipped = gated.skipped;
        run.result.plan = run.plan;
        run.result.target = run.plan.target;
    };
    replan();
    const generate = options.command !== 'validate' || options.generate === true;
    // publish-shards delivers what `run` would; the shards generated it
    const command = options.command === 'publish-shards' ? 'run' : options.command;
    const work = planWork(gated.inputs, target, command, {
        generate,
        ...(options.engine ? { engine: options.engine } : {}),
    });
    return { loaded, name, target, s3, guard, work, replan, ...(outputPolicy ? { outputPolicy } : {}) };
}
/** Delivers the run's documents (and remote generation) to the target in the command's mode. */
async function deliverStep(run, p, options, deps, status) {
    const { logger } = deps;
    let target;
    try {
        const remote = [...p.work.remote, ...(await uploadStep(run, p.work, { logger, s3: p.s3 }, p.loaded.dir))];
        target = await createTarget(p.target, p.loaded.dir, {
            logger,
            ...(deps.fetch ? { fetch: deps.fetch } : {}),
            ...(p.outputPolicy ? { outputPolicy: p.outputPolicy } : {}),
        });
        const streams = p.work.streams ?? [];
        const held = [...run.docs, ...streams.flatMap((s) => s.held)];
        const input = {
            runId: options.runId ?? run.result.startedAt.replace(/[:.]/g, '-'),
            collections: held.filter((d) => d.doc['type'] === 'Collection'),
            items: run.docs.filter((d) => d.doc['type'] === 'Feature' && !p.work.uploaded.has(d)),
            remote,
            force: options.force ?? false,
            mode: options.command === 'plan' ? 'plan' : options.command === 'verify' ? 'verify' : 'publish',
        };
        const ctx = {
            logger,
            stage: (name, fn) => run.stage(name, fn),
            now: deps.now ?? Date.now,
            sleep: deps.signal ? (0,retry/* abortableSleep */.Mf)(deps.signal, deps.sleep) : (deps.sleep ?? retry/* realSleep */.uk),
            ...(deps.signal ? { signal: deps.signal } : {}),
        };
        const delivery = streams.length > 0 ? await deliverStreamed(target, input, streams, ctx) : await deliver(target, input, ctx);
        run.result.delivery = delivery;
        if (status)
            await recordRequestStatuses(status, p.work.assets, delivery);
        const output = delivery.details?.['output'];
        if (output)
            run.result.output = output;
        for (const o of delivery.objects) {
            if (!model_delivery/* DELIVERY_PROBLEMS */.Q.has(o.state))
                continue;
            const message = `${o.key} is ${o.state}${o.reason ? `: ${o.reason}` : ''}`;
            run.result.problems.push({ severity: 'error', stage: 'deliver', message, location: (0,stac/* originToLocation */.J)(o.origin) });
        }
        return run.finish(delivery.ok);
    }
    catch (err) {
        return run.fail(err, 'deliver');
    }
    finally {
        await target?.close?.().catch((err) => {
            logger.warning(`closing the ${target?.type} target failed: ${(0,src_errors/* describeError */.Uc)(err)}`);
        });
    }
}
/** Asset requests: published / verified / failed, from where their items ended up. */
async function recordRequestStatuses(status, sources, delivery) {
    const byKey = new Map(delivery.objects.map((o) => [o.key, o]));
    for (const s of sources) {
        for (const r of s.requests) {
            if (status.get(r.requestId)?.status === 'failed')
                continue;
            const o = byKey.get((0,keys/* itemKey */.Dh)(s.collectionId, r.itemId));
            if (!o)
                continue;
            if (o.state === 'verified' || o.state === 'unchanged')
                await status.update(r.requestId, 'verified');
            else if (o.state === 'written' || o.state === 'published')
                await status.update(r.requestId, 'published');
            else if (o.state !== 'planned')
                await status.update(r.requestId, 'failed', { error: `${o.state}${o.reason ? `: ${o.reason}` : ''}` });
        }
    }
}


/***/ }),

/***/ 29077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ RunRecord),
  P: () => (/* binding */ problemsFrom)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/model/keys.ts
var keys = __webpack_require__(50517);
// EXTERNAL MODULE: ./src/model/delivery.ts
var model_delivery = __webpack_require__(62441);
// EXTERNAL MODULE: ./src/report/json-report.ts
var json_report = __webpack_require__(4225);
;// CONCATENATED MODULE: ./src/run/collections.ts



const MAX_FIRST_ERRORS = 5;
/** `file:line /pointer rule: message`, on one line. */
function noteOf(f) {
    const { file, line, pointer } = f.location;
    return `${file ?? ''}${line !== undefined ? ':' + line : ''} ${pointer ?? ''} ${f.rule}: ${f.message}`
        .replace(/\s+/g, ' ')
        .trim();
}
/**
 * What the report keeps of generation, outcome by outcome in job order and without the documents: per collection
 * (in the order first seen) the items generated and failed, and the first failures' notes.
 */
class GenerationTally {
    perCollection = new Map();
    add(o) {
        const id = (o.ok ? (0,keys/* reportCollectionOf */.Gd)(o.doc.doc) : o.job.request.collection_id) ?? keys/* NO_COLLECTION */.rs;
        let t = this.perCollection.get(id);
        if (!t)
            this.perCollection.set(id, (t = { generated: 0, failed: 0, notes: [] }));
        if (o.ok)
            t.generated++;
        else {
            t.failed++;
            if (t.notes.length < MAX_FIRST_ERRORS)
                t.notes.push(`${o.job.origin.entry ?? o.job.origin.file}: ${o.error}`);
        }
    }
}
/** Per-collection counts over every stage of a run, for the summary and the JSON report (pure). */
function summarizeCollections(plan, generation, validation, delivery) {
    const map = new Map();
    const get = (id) => {
        let c = map.get(id);
        if (!c)
            map.set(id, (c = { id, collectionsChecked: 0, collectionsInvalid: 0, counts: (0,json_report/* emptyCounts */.W)(), firstErrors: [] }));
        return c;
    };
    const note = (c, text) => {
        if (c.firstErrors.length < MAX_FIRST_ERRORS)
            c.firstErrors.push(text);
    };
    for (const pc of plan?.collections ?? [])
        get(pc.id).counts.planned = pc.items;
    for (const t of validation?.byCollection ?? []) {
        const c = get(t.id);
        c.collectionsChecked += t.collections;
        c.counts.checked += t.items;
        c.counts.invalid += t.invalidItems;
        c.collectionsInvalid += t.invalidCollections;
        for (const f of t.firstErrors)
            note(c, noteOf(f));
    }
    for (const [id, t] of generation?.perCollection ?? []) {
        const c = get(id);
        c.counts.generated += t.generated;
        c.counts.generation_failed += t.failed;
        for (const n of t.notes)
            note(c, n);
    }
    for (const [id, n] of Object.entries(delivery?.written ?? {}))
        get(id).counts.written += n;
    for (const o of delivery?.objects ?? []) {
        if (o.kind === 'collection')
            continue;
        const c = get(o.collection ?? keys/* NO_COLLECTION */.rs);
        if (o.change === 'new')
            c.counts.new++;
        else if (o.change === 'changed')
            c.counts.changed++;
        else if (o.change === 'unchanged')
            c.counts.unchanged++;
        // what this run sent, forced or not; a verify publishes nothing
        if (o.sent === true && o.state !== 'written')
            c.counts.published++;
        switch (o.state) {
            case 'orphan':
                c.counts.orphans++;
                break;
            case 'written':
                c.counts.written++;
                break;
            case 'published':
                break;
            case 'verified':
                c.counts.verified++;
                break;
            case 'stale':
                c.counts.stale++;
                break;
            case 'missing':
                c.counts.missing++;
                break;
            case 'unverified':
                c.counts.unverified++;
                break;
            case 'dead-lettered':
                c.counts.dead_lettered++;
                break;
            case 'failed':
                c.counts.failed++;
                break;
            case 'unchanged':
            case 'planned':
                break;
        }
        if (model_delivery/* DELIVERY_PROBLEMS */.Q.has(o.state))
            note(c, `${o.key} ${o.state}${o.reason ? `: ${o.reason}` : ''}`);
    }
    return [...map.values()].sort((a, b) => a.id.localeCompare(b.id));
}

// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __webpack_require__(90833);
;// CONCATENATED MODULE: ./src/run/record.ts



function problemsFrom(err, stage) {
    if (err instanceof cancel/* CancelledError */.cc)
        return []; // RunRecord.finish reports the cancellation once
    if (err instanceof errors/* ConfigurationErrors */.yb)
        return err.errors.flatMap((e) => problemsFrom(e, stage));
    if (err instanceof errors/* ConfigurationError */.j1) {
        const p = { severity: 'error', stage, message: err.hint ? `${err.message} (${err.hint})` : err.message };
        if (err.location)
            p.location = err.location;
        return [p];
    }
    return [{ severity: 'error', stage, message: (0,errors/* describeError */.Uc)(err) }];
}
class RunRecord {
    logger;
    now;
    signal;
    result;
    /** Every document of the run, given or generated. */
    docs = [];
    /** What generation made and where it failed, per collection (the items generated are among `docs` or streamed). */
    generated = new GenerationTally();
    plan;
    started;
    cleanups = [];
    constructor(command, logger, now, 
    /** The run's cancellation: once aborted, no new stage starts and the run ends `cancelled`. */
    signal) {
        this.logger = logger;
        this.now = now;
        this.signal = signal;
        this.started = now();
        this.result = {
            ok: false,
            command,
            collections: [],
            problems: [],
            stages: [],
            startedAt: new Date(this.started).toISOString(),
            durationMs: 0,
        };
    }
    /** Runs `fn` as a named, timed stage in its own log group; throws the cancellation once the run is cancelled. */
    async stage(name, fn) {
        this.signal?.throwIfAborted();
        const t0 = this.now();
        let ok = false;
        try {
            const r = await this.logger.group(name, fn);
            ok = true;
            return r;
        }
        finally {
            this.result.stages.push({ name, ms: this.now() - t0, ok });
        }
    }
    /** Something to release when the run ends (SDK clients). */
    onFinish(cleanup) {
        this.cleanups.push(cleanup);
    }
    hasErrors() {
        return this.result.problems.some((p) => p.severity === 'error');
    }
    finish(ok) {
        for (const c of this.cleanups)
            c();
        const r = this.result;
        if (this.signal?.aborted && r.cancelled === undefined) {
            const reason = this.signal.reason;
            r.cancelled = reason instanceof cancel/* CancelledError */.cc ? reason.reason : (0,errors/* describeError */.Uc)(reason);
            const last = r.stages.at(-1);
            r.problems.push({
                severity: 'error',
                stage: 'cancel',
                message: `cancelled by ${r.cancelled}${last ? ` during or after '${last.name}'` : ''}: ` +
                    'running steps were stopped and their processes killed; nothing more was started',
            });
        }
        r.ok = ok && !this.hasErrors();
        r.collections = summarizeCollections(this.plan, this.generated, r.validation, r.delivery);
        r.durationMs = this.now() - this.started;
        return r;
    }
    fail(err, stage) {
        // an error the cancellation caused (a killed process, an aborted call) is the cancellation itself
        if (!this.signal?.aborted)
            this.result.problems.push(...problemsFrom(err, stage));
        return this.finish(false);
    }
}


/***/ }),

/***/ 38312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ policyViolations)
});

// EXTERNAL MODULE: ./src/manifest/messages.ts
var messages = __webpack_require__(11601);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/security/glob.ts
var glob = __webpack_require__(22646);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/security/workspace.ts
var security_workspace = __webpack_require__(46179);
;// CONCATENATED MODULE: ./src/security/packages.ts





const NAME = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/;
/** `==1.2.3` or `===1.2.3` (after optional extras), nothing else: one release. */
const EXACT = /^\s*(?:\[[^\]]*\])?\s*===?\s*[^\s,*;]+\s*(?:;.*)?$/;
/** A full commit or a version tag (`v1.2`, `1.2.0`); a branch is not a pin. */
const PINNED_REF = /^(?:[0-9a-f]{40}|v?\d[\w.+-]*)$/i;
function normalizePackageName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** A local package's path as uv is given it: joined to the manifest's folder, `..` not yet applied. */
function localPath(spec, manifestDir) {
    if (spec.startsWith('file://'))
        return (0,external_node_url_.fileURLToPath)(spec);
    const rest = spec.startsWith('file:') ? spec.slice('file:'.length) : spec;
    return external_node_path_default().isAbsolute(rest) ? rest : `${manifestDir}${(external_node_path_default()).sep}${rest}`;
}
/** `./<path in the workspace>`, or the absolute path when it lies outside. */
function keyIn(abs, workspace) {
    const rel = external_node_path_default().relative(workspace, abs);
    if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return abs;
    return rel === '' ? '.' : `./${rel.split((external_node_path_default()).sep).join('/')}`;
}
/**
 * The keys a local package must be allowed under, symlinks followed: where the system reaches it (`..` after a
 * symlink leaves the symlink's target) and where its normalized path leads; uv is given the path as written.
 */
async function realPackageKeys(ref, workspace) {
    const root = await (0,security_workspace/* realPathOf */.dN)(workspace);
    const real = await (0,promises_.realpath)(ref.path).catch(() => undefined);
    const normalized = await (0,security_workspace/* realPathOf */.dN)(external_node_path_default().resolve(ref.path));
    return [...new Set([real ?? normalized, normalized].map((p) => keyIn(p, root)))];
}
function urlRef(url) {
    const [noFragment = '', fragment = ''] = url.split('#', 2);
    const vcs = /^(git|hg|svn|bzr)\+/i.exec(noFragment);
    if (!vcs)
        return { kind: 'url', key: noFragment, pinned: /(?:^|&)sha256=[0-9a-f]{64}/i.test(fragment) };
    let parsed;
    try {
        parsed = new URL(noFragment.slice(vcs[0].length));
    }
    catch {
        return { kind: 'url', key: noFragment, pinned: false };
    }
    const at = parsed.pathname.lastIndexOf('@');
    const pathname = at < 0 ? parsed.pathname : parsed.pathname.slice(0, at);
    const ref = at < 0 ? '' : decodeURIComponent(parsed.pathname.slice(at + 1));
    const key = `${vcs[0].toLowerCase()}${parsed.protocol}//${parsed.host.toLowerCase()}${pathname}`;
    return { kind: 'url', key, pinned: PINNED_REF.test(ref) };
}
function parsePackage(spec, manifestDir, workspace) {
    const s = spec.trim();
    if (/^(?:\.\.?\/|\/|file:)/.test(s) || s === '.' || s === '..') {
        const abs = localPath(s, manifestDir);
        return { kind: 'local', key: keyIn(external_node_path_default().resolve(abs), workspace), pinned: true, path: abs };
    }
    const direct = /^[^@\s]+\s*@\s*(\S+:\/\/.*)$/.exec(s);
    if (direct)
        return urlRef(direct[1]);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s))
        return urlRef(s);
    const name = NAME.exec(s);
    if (!name)
        return { kind: 'index', key: s, pinned: false };
    return {
        kind: 'index',
        key: normalizePackageName(name[1]),
        pinned: EXACT.test(s.slice(name[0].length)),
    };
}
function packageAllowed(ref, patterns, key = ref.key) {
    return (0,glob/* matchesAny */._I)(key, patterns, { caseInsensitive: ref.kind !== 'local' });
}

// EXTERNAL MODULE: ./src/security/policy.ts
var security_policy = __webpack_require__(52634);
;// CONCATENATED MODULE: ./src/security/manifest-policy.ts





/** A policy list as the hints show it. */
const listed = (values) => values.join(', ') || 'none';
function packagesOf(loaded) {
    const out = [];
    loaded.manifest.collections.forEach((c, i) => {
        if (c.stactools)
            out.push({ path: ['collections', i, 'stactools', 'package'], value: c.stactools.package });
    });
    loaded.manifest.sources.forEach((s, i) => {
        if (s.stactools) {
            out.push({ path: ['sources', i, 'stactools', 'package'], value: s.stactools.package });
            s.stactools.with.forEach((w, j) => out.push({ path: ['sources', i, 'stactools', 'with', j], value: w, extra: true }));
        }
        // the default tool is ours; only a tool the manifest names is the pull request's choice
        const tool = ['sources', i, 'assets', 'tool'];
        if (s.assets && loaded.locate(tool) !== undefined)
            out.push({ path: tool, value: s.assets.tool });
    });
    return out;
}
async function packageErrors(loaded, policy, command) {
    const errors = [];
    const pins = command === 'plan' || command === 'run';
    for (const { path, value, extra } of packagesOf(loaded)) {
        const ref = parsePackage(value, loaded.dir, policy.workspace);
        const location = loaded.locationOf(path);
        // a local path is matched where it really leads (a symlink, or `..` after one, may leave the allowed folder)
        const keys = ref.kind === 'local' ? await realPackageKeys(ref, policy.workspace) : [ref.key];
        const refused = keys.find((key) => !packageAllowed(ref, policy.allowedPackages, key));
        if (refused !== undefined) {
            const shown = refused === ref.key ? refused : `${ref.key}, really ${refused}`;
            errors.push(new src_errors/* ConfigurationError */.j1(`${(0,messages/* formatPath */.jV)(path)}: package '${value}' (${shown}) is not an allowed package`, {
                location,
                hint: `${(0,security_policy/* inputName */.yu)('allowedPackages')} lists the packages that may run ` +
                    `(now: ${listed(policy.allowedPackages)})`,
            }));
        }
        else if (pins && !extra && !ref.pinned) {
            errors.push(new src_errors/* ConfigurationError */.j1(`${(0,messages/* formatPath */.jV)(path)}: package '${value}' is not pinned; \`run\` installs pinned packages only`, {
                location,
                hint: 'pin it: `name==1.2.3`, `git+https://host/repo@v1.2.3` (a version tag or a full commit), or a URL with #sha256=',
            }));
        }
    }
    return errors;
}
/** Every environment variable a target reads a credential from, with where the manifest names it. */
function credentialNames(name, t) {
    const at = (...rest) => ['targets', name, ...rest];
    if (t.type === 'maap')
        return t.stac_api_auth_env !== undefined ? [{ path: at('stac_api_auth_env'), value: t.stac_api_auth_env }] : [];
    if (t.type === 'pgstac')
        return [{ path: at('dsn_env'), value: t.dsn_env }];
    if (t.type === 'ingestor')
        return [
            { path: at('token_env'), value: t.token_env },
            ...(t.cognito ? [{ path: at('cognito', 'client_secret_env'), value: t.cognito.client_secret_env }] : []),
        ];
    return [];
}
/** Every URL a target sends credentials to (tokens, auth headers, client secrets, AWS-signed requests). */
function credentialUrls(name, t) {
    const at = (...rest) => ['targets', name, ...rest];
    if (t.type === 'maap')
        return [
            ...(t.stac_api_auth_env !== undefined && t.stac_api !== undefined
                ? [{ path: at('stac_api'), value: t.stac_api }]
                : []),
            ...(t.endpoint !== undefined ? [{ path: at('endpoint'), value: t.endpoint }] : []),
        ];
    if (t.type === 'ingestor')
        return [
            { path: at('url'), value: t.url },
            ...(t.cognito ? [{ path: at('cognito', 'domain'), value: t.cognito.domain }] : []),
        ];
    return [];
}
/** Every environment variable (or glob) the manifest names: targets' credentials, assets sources' `env`. */
function namedEnv(loaded) {
    const out = Object.entries(loaded.manifest.targets).flatMap(([name, t]) => credentialNames(name, t));
    loaded.manifest.sources.forEach((s, i) => s.assets?.env.forEach((value, j) => out.push({ path: ['sources', i, 'assets', 'env', j], value })));
    return out;
}
function envErrors(loaded, policy) {
    const now = listed(policy.credentialEnv);
    // a glob is allowed when a policy pattern matches it as written (`AWS_*` by `AWS_*`, not by `AWS_REGION`)
    return namedEnv(loaded)
        .filter(({ value }) => !(0,glob/* matchesAny */._I)(value, policy.credentialEnv))
        .map(({ path, value }) => new src_errors/* ConfigurationError */.j1(`${(0,messages/* formatPath */.jV)(path)}: the manifest may not read a credential from the environment variable ${value}`, {
        location: loaded.locationOf(path),
        hint: `${(0,security_policy/* inputName */.yu)('credentialEnv')} lists the variables a manifest may name (now: ${now})`,
    }));
}
function targetUrlErrors(loaded, policy) {
    const errors = [];
    for (const [name, target] of Object.entries(loaded.manifest.targets)) {
        for (const { path, value } of credentialUrls(name, target)) {
            const host = new URL(value).hostname.toLowerCase();
            if ((0,glob/* matchesAny */._I)(host, policy.authHosts, { caseInsensitive: true }))
                continue;
            errors.push(new src_errors/* ConfigurationError */.j1(`${(0,messages/* formatPath */.jV)(path)}: credentials would be sent to ${host}, which is not an auth host`, {
                location: loaded.locationOf(path),
                hint: `${(0,security_policy/* inputName */.yu)('authHosts')} lists the hosts credentials may be sent to ` +
                    `(now: ${listed(policy.authHosts)})`,
            }));
        }
    }
    return errors;
}
/** Every way the manifest exceeds the policy (empty when it stays within it). */
async function policyViolations(loaded, policy, command) {
    return [
        ...(await packageErrors(loaded, policy, command)),
        ...envErrors(loaded, policy),
        ...targetUrlErrors(loaded, policy),
    ].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}


/***/ }),

/***/ 46179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ workspaceOf),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   RJ: () => (/* binding */ workspaceGuard),
/* harmony export */   dN: () => (/* binding */ realPathOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52634);




/**
 * Workspace containment: every local path a manifest (or a catalog it points at) makes us read must lie inside the
 * workspace, or inside a directory the workflow allows (`allow-paths`), after following symlinks. `../outside`,
 * absolute paths, `file:///etc/passwd` and a symlink under `items/` pointing elsewhere are all refused.
 */
function nearestRepositoryRoot(dir) {
    for (let d = dir;; d = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(d)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(d, '.git')))
            return d;
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(d) === d)
            return undefined;
    }
}
/** The workspace of a run: the one given (the Action: GITHUB_WORKSPACE), else the repository holding the manifest,
 * else the manifest's folder. */
function workspaceOf(manifestPath, given) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(manifestPath));
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(given ?? nearestRepositoryRoot(dir) ?? dir);
}
/** The real path of `p`, following links in the part of it that exists. */
async function realPathOf(p) {
    const rest = [];
    for (let d = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(p);; d = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(d)) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(d), ...rest.reverse());
        }
        catch {
            if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(d) === d)
                return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(p);
            rest.push(node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(d));
        }
    }
}
/** Whether `child` is `parent` or lies under it (both absolute, compared as given). */
function isInside(child, parent) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}
/** The guard of a policy: the workspace and the `allow-paths` directories, each by its real path. */
function workspaceGuard(policy) {
    let roots;
    return async (abs) => {
        roots ??= Promise.all([policy.workspace, ...policy.outsidePaths].map((r) => realPathOf(r)));
        const real = await realPathOf(abs);
        if ((await roots).some((root) => isInside(real, root)))
            return undefined;
        const via = real === node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(abs) ? '' : ` (through a symlink: ${real})`;
        return (`${abs}${via} lies outside the workspace ${policy.workspace}; ` +
            `${(0,_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .inputName */ .yu)('allowPaths')} lists directories outside it that may be read (now: ` +
            `${policy.outsidePaths.join(', ') || 'none'})`);
    };
}


/***/ }),

/***/ 2058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ bundledSchemaMirror),
/* harmony export */   x2: () => (/* binding */ PRECOMPILED_NAME),
/* harmony export */   xd: () => (/* binding */ bundledValidatorsDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/**
 * The `stac-schemas/` mirror shipped with stac-ingest (STAC core, the common extensions, PROJJSON,
 * GeoJSON, the JSON Schema meta-schemas), found by walking up from this module: works from src/
 * (tsx), dist/ (the Action, whose checkout has stac-schemas/ next to dist/) and dist/cli/ (the CLI).
 */
function bundledSchemaMirror(from = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))) {
    let dir = from;
    for (let i = 0; i < 5; i++) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'stac-schemas');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(candidate, 'schemas.stacspec.org')))
            return candidate;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return undefined;
}
/** The index of the precompiled validators: `<name>.json` (what they hold and in which file). */
const PRECOMPILED_NAME = 'stac-validators';
/**
 * The folder of validators precompiled from the bundled schemas at build time (`dist/validators`),
 * found by walking up from this module like the schemas: from dist/ and dist/cli/ (the bundles) and
 * from src/ (it then uses the committed build's, which it checks before use).
 */
function bundledValidatorsDir(from = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))) {
    let dir = from;
    for (let i = 0; i < 5; i++) {
        for (const candidate of [node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'validators'), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'dist', 'validators')])
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(candidate, `${PRECOMPILED_NAME}.json`)))
                return candidate;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return undefined;
}


/***/ }),

/***/ 97488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ PrecompiledValidators)
/* harmony export */ });
/* unused harmony export schemaHash */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _bundled_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2058);
/* harmony import */ var _validator_runtime_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89225);






/**
 * Fast validators compiled at build time (for the bundled schemas). One is used only when every
 * schema it was compiled from resolves, here and now, to the same content (a mirror may hold other
 * copies), and only for the same ajv version and options; otherwise the caller compiles.
 */
class PrecompiledValidators {
    dir;
    logger;
    meta;
    loaded = new Map();
    checked = new Map();
    constructor(dir, logger) {
        this.dir = dir;
        this.logger = logger;
    }
    async get(url, resolve) {
        const meta = await (this.meta ??= this.readMeta());
        const entry = meta?.schemas[url];
        if (entry === undefined)
            return undefined;
        for (const [dep, hash] of Object.entries(entry.deps)) {
            let same = this.checked.get(dep);
            if (same === undefined) {
                same = resolve(dep).then((schema) => schemaHash(schema) === hash, () => false);
                this.checked.set(dep, same);
            }
            if (!(await same))
                return undefined;
        }
        return this.trusted(url);
    }
    /**
     * The validator of `url` without checking its schemas (a worker thread, told by the main thread,
     * which checked them). Undefined when there is none or its code does not load.
     */
    trusted(url) {
        let fn = this.loaded.get(url);
        if (fn === undefined) {
            fn = this.load(url);
            this.loaded.set(url, fn);
        }
        return fn;
    }
    async load(url) {
        const entry = (await (this.meta ??= this.readMeta()))?.schemas[url];
        if (entry === undefined)
            return undefined;
        try {
            return (0,_validator_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .evaluateValidatorCode */ .Vi)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, entry.file), 'utf8'))[url];
        }
        catch (err) {
            this.logger.debug(`precompiled validator of ${url} unusable: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(err)}`);
            return undefined;
        }
    }
    async readMeta() {
        try {
            const meta = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, `${_bundled_js__WEBPACK_IMPORTED_MODULE_4__/* .PRECOMPILED_NAME */ .x2}.json`), 'utf8'));
            if (meta.fingerprint === (0,_validator_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .ajvFingerprint */ .GC)('fast', _validator_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .AJV_VERSION */ .zq))
                return meta;
            this.logger.debug(`precompiled validators in ${this.dir} were made with ${meta.fingerprint}: not used`);
        }
        catch (err) {
            this.logger.debug(`no precompiled validators in ${this.dir}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(err)}`);
        }
        return undefined;
    }
}
/** A short content hash of a resolved schema. */
function schemaHash(schema) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.createHash)('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 16);
}


/***/ }),

/***/ 89225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ ajvFingerprint),
/* harmony export */   Vi: () => (/* binding */ evaluateValidatorCode),
/* harmony export */   dj: () => (/* binding */ MODE_OPTIONS),
/* harmony export */   zq: () => (/* binding */ AJV_VERSION)
/* harmony export */ });
/* harmony import */ var ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24951);
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36214);
/* harmony import */ var ajv_dist_runtime_uri_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36285);
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10779);
/* harmony import */ var ajv_package_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68039);





/**
 * What compiled validator code needs to run, and nothing of ajv's compiler: worker threads load only this
 * (and the code), so they start in a fraction of the time. The code is ajv's standalone output for schemas
 * stac-ingest resolved (compiled-code.ts), never read from the dataset repository.
 */
const AJV_VERSION = ajv_package_json__WEBPACK_IMPORTED_MODULE_1__/* .version */ .rE;
const MODE_OPTIONS = {
    fast: { allErrors: false, verbose: false, inlineRefs: false },
    full: { allErrors: true, verbose: true },
};
/** Names what compiled code depends on: ajv's version, its options and the formats. */
function ajvFingerprint(mode, ajvVersion) {
    return `ajv ${ajvVersion} ${JSON.stringify(MODE_OPTIONS[mode])} strict:false formats:full+iri`;
}
// CommonJS modules seen through ESM: the function is `default` (or `default.default` under some interop)
const cjsDefault = (m) => {
    const d = m.default;
    return d?.default ?? d;
};
const RUNTIME = {
    'ajv/dist/runtime/equal': { default: cjsDefault(ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_2__) },
    'ajv/dist/runtime/ucs2length': { default: cjsDefault(ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_3__) },
    'ajv/dist/runtime/uri': { default: cjsDefault(ajv_dist_runtime_uri_js__WEBPACK_IMPORTED_MODULE_4__) },
    'ajv-formats/dist/formats': { fullFormats: { ...ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__.fullFormats, iri: true, 'iri-reference': true } },
};
function runtimeRequire(id) {
    const m = RUNTIME[id];
    if (m === undefined)
        throw new Error(`compiled validator code needs '${id}', which stac-ingest does not provide`);
    return m;
}
/** Evaluates standalone code: the validators it exports, by schema URL. */
function evaluateValidatorCode(code) {
    const module = { exports: {} };
    // the code is ajv's output for schemas stac-ingest resolved (see the module comment)
    const run = new Function('require', 'module', 'exports', code);
    run(runtimeRequire, module, module.exports);
    return module.exports;
}


/***/ }),

/***/ 89790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ createVerifier),
/* harmony export */   U0: () => (/* binding */ verifyStage),
/* harmony export */   uM: () => (/* binding */ readCatalog)
/* harmony export */ });
/* unused harmony exports verifyExpected, describeVerifyEntry, VERIFY_CHUNK, VERIFY_RETRY */
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90833);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49809);
/* harmony import */ var _compare_compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95369);
/* harmony import */ var _model_expected_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41329);





const zero = () => ({ expected: 0, verified: 0, stale: 0, missing: 0 });
/** What the catalog holds for `objects`; a catalog that cannot be read is a StageError of `stage`. */
async function readCatalog(catalog, objects, stage) {
    try {
        return await catalog.read(objects);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1 || err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StageError */ .Zu)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StageError */ .Zu(stage, `cannot read ${catalog.name}`, { cause: err });
    }
}
/** Compares each entry with the catalog's copy and records its status there. */
async function checkEntries(entries, catalog, compareOptions) {
    const found = await readCatalog(catalog, entries, 'verify');
    for (const entry of entries) {
        const cmp = (0,_compare_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .compareWithCatalog */ .Py)(entry.doc, found.get(entry.key), compareOptions);
        entry.status = cmp.outcome === 'absent' ? 'missing' : cmp.outcome === 'equal' ? 'verified' : 'stale';
        entry.differences = cmp.differences;
        entry.truncated = cmp.truncated;
        entry.contentCompared = cmp.contentCompared;
        const copy = found.get(entry.key);
        if (entry.status === 'stale' && copy !== undefined)
            entry.copyHash = (0,_compare_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .copyHash */ ._C)(copy);
        else
            delete entry.copyHash;
    }
}
/** Verified, or stale in a copy other than the one the catalog held before (see `checkArrived`). */
function arrived(e, before) {
    if (e.status === 'verified')
        return true;
    if (e.status !== 'stale' || !before.has(e.key))
        return false;
    return before.get(e.key) !== e.copyHash;
}
function reportOf(state, last) {
    const entries = [...state.values()];
    const counts = zero();
    const byCollection = {};
    for (const e of entries) {
        const c = (byCollection[e.collection] ??= zero());
        for (const t of [counts, c]) {
            t.expected++;
            t[e.status]++;
        }
    }
    return { entries, counts, byCollection, ...last };
}
/** One entry per expected key, all `missing` until checked (duplicates are warned about; the first counts). */
function initialState(expected, logger) {
    const { kept, duplicates } = (0,_model_expected_js__WEBPACK_IMPORTED_MODULE_4__/* .dedupeExpected */ .EW)(expected);
    if (duplicates.length > 0)
        logger.warning(`verify: ${duplicates.length} expected object(s) listed more than once (e.g. ${duplicates[0]}); ` +
            'the first of each is checked');
    return new Map(kept.map((e) => [e.key, { ...e, status: 'missing', differences: [], truncated: false, contentCompared: false }]));
}
function createVerifier(expected, deps, options = {}) {
    const now = deps.now ?? _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .realClock */ .dQ;
    const state = initialState(expected, deps.logger);
    const compareOptions = {
        ...(deps.catalog.linkBase !== undefined ? { linkBase: deps.catalog.linkBase } : {}),
        ...options.compare,
    };
    let last = { checked: 0, requests: 0, elapsedMs: 0 };
    const report = () => reportOf(state, last);
    async function run(targets) {
        const started = now();
        const requests = () => deps.catalog.requests?.() ?? 0;
        const before = requests();
        await checkEntries(targets, deps.catalog, compareOptions);
        last = { checked: targets.length, requests: requests() - before, elapsedMs: now() - started };
        const r = report();
        deps.logger.debug(`verify: checked ${targets.length} in ${last.requests} request(s), ${last.elapsedMs} ms: ` +
            `${r.counts.verified} verified, ${r.counts.stale} stale, ${r.counts.missing} missing`);
        return r;
    }
    return {
        verifyAll: () => run([...state.values()]),
        verifyPending: (keys) => {
            const pick = keys === undefined
                ? [...state.values()]
                : keys.map((k) => state.get(k)).filter((e) => e !== undefined);
            return run(pick.filter((e) => e.status !== 'verified'));
        },
        checkLanded: async (keys) => {
            const pick = keys
                .map((k) => state.get(k))
                .filter((e) => e !== undefined && e.status !== 'verified');
            const r = await run(pick);
            const wanted = new Set(keys);
            return new Set(r.entries.filter((e) => e.status === 'verified' && wanted.has(e.key)).map((e) => e.key));
        },
        checkArrived: async (keys, before) => {
            const pick = keys
                .map((k) => state.get(k))
                .filter((e) => e !== undefined && !arrived(e, before));
            await run(pick);
            return new Set(keys.filter((k) => state.get(k) !== undefined && arrived(state.get(k), before)));
        },
        report,
    };
}
/** Checks every expected object once. */
async function verifyExpected(expected, deps, options = {}) {
    return createVerifier(expected, deps, options).verifyAll();
}
/**
 * One line per non-verified entry, for logs:
 * `stale item:c/x (sources[0] …): differs at /properties/datetime, /assets/data/href`.
 */
function describeVerifyEntry(e) {
    const where = e.origin
        ? ` (${e.origin.entry ?? e.origin.file}${e.origin.line !== undefined ? `:${e.origin.line}` : ''})`
        : '';
    if (e.status !== 'stale')
        return `${e.status} ${e.key}${where}`;
    return `stale ${e.key}${where}: differs at ${describeDifferences(e.differences, e.truncated)}`;
}
/** Objects per read of the verify stage: a read that fails for good leaves only its chunk and those after it. */
const VERIFY_CHUNK = 2000;
/**
 * Reads of one chunk before its objects are left unverified, and the pauses between them (5, 10, 20 s): with the
 * client's own retries of each request, an outage of about a minute is ridden out.
 */
const VERIFY_RETRY = { maxAttempts: 4, backoff: { baseMs: 5000, factor: 2, jitter: 'none' } };
/** Errors that end the verify stage at once: the user's configuration, the run's cancellation. */
const stops = (err) => err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1 || err instanceof _cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc;
/**
 * Verifies `keys` with `verifier` chunk by chunk, each read retried (VERIFY_RETRY). Returns the keys that could
 * not be read (the failed chunk and every one after it: the catalog is not asked again once it failed that long)
 * and why; a ConfigurationError (e.g. credentials refused) or the run's cancellation is thrown.
 */
async function verifyInChunks(verifier, keys, catalog, ctx) {
    // what the catalog client said (the StageError around it only says that the catalog could not be read)
    const why = (err) => {
        const told = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StageError */ .Zu && err.cause !== undefined ? err.cause : err;
        return told instanceof Error ? told.message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(told);
    };
    for (let i = 0; i < keys.length; i += VERIFY_CHUNK) {
        const chunk = keys.slice(i, i + VERIFY_CHUNK);
        try {
            await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(() => verifier.verifyPending(chunk), {
                ...VERIFY_RETRY,
                sleep: ctx.sleep ?? _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .realSleep */ .uk,
                isRetryable: (err) => !stops(err),
                onRetry: (err, n, delay) => ctx.logger.warning(`verify: ${why(err)}; reading ${catalog.name} again in ${Math.round(delay / 1000)} s ` +
                    `(retry ${n} of ${VERIFY_RETRY.maxAttempts - 1})`),
            });
        }
        catch (err) {
            if (stops(err))
                throw err;
            return { unread: keys.slice(i), why: `${why(err)} (read ${VERIFY_RETRY.maxAttempts} times)` };
        }
    }
    return { unread: [] };
}
/**
 * The verify stage over a delivery's objects: each catalog in turn (a later one checks only what
 * the earlier ones verified, e.g. pgstac's database, then its STAC API) sets `verified`, `stale`
 * (with where its copy differs) or `missing`; `unverified` (with why) when the catalog could not be read.
 */
async function verifyStage(objects, catalogs, ctx, options = {}) {
    let checkable = [...objects];
    for (const catalog of catalogs) {
        if (checkable.length === 0)
            return;
        const expected = checkable.map((o) => o.expected);
        const deps = { catalog, logger: ctx.logger, ...(ctx.now ? { now: ctx.now } : {}) };
        const verifier = createVerifier(expected, deps, options);
        const keys = [...new Set(expected.map((e) => e.key))];
        const read = await ctx.stage(`verify in ${catalog.name}`, () => verifyInChunks(verifier, keys, catalog, ctx));
        const unread = new Set(read.unread);
        const byKey = new Map(verifier.report().entries.map((e) => [e.key, e]));
        for (const { status } of checkable) {
            const e = byKey.get(status.key);
            if (e === undefined)
                continue;
            if (unread.has(status.key)) {
                status.state = 'unverified';
                status.reason = `could not verify in ${catalog.name}: ${read.why ?? 'not read'}`;
                continue;
            }
            status.state = e.status;
            if (e.status === 'stale')
                status.reason = (0,_compare_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .differsAt */ .tN)(catalog.copy, e.differences, e.truncated);
            else if (e.status === 'missing' && catalog.absent !== undefined)
                status.reason = catalog.absent;
            else
                delete status.reason;
        }
        checkable = checkable.filter((o) => o.status.state === 'verified');
    }
}


/***/ }),

/***/ 69154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ waitStage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49809);
/**
 * The wait stage, shared by every target and by redrive: polls until every awaited object has
 * landed or settled otherwise (dead-lettered, a failed ingestion), or the deadline passes.
 * Each poll asks the target's watch first (what it knows: dead-letter queues, ingestion status;
 * its errors end the wait), then, when landing is seen in the live catalog, which of the rest the
 * catalog now holds as sent (a catalog briefly unreachable is retried at the next poll, up to
 * three times in a row). Polls back off 1.5x per quiet poll up to `maxPollIntervalMs`, start
 * again from `pollIntervalMs` on progress, and never sleep past the deadline.
 */


const MAX_CHECK_FAILURES = 3;
/** Counts per state: `2 dead-lettered, 1 failed`. */
function describeSettled(settled) {
    const counts = new Map();
    for (const s of settled)
        counts.set(s.state, (counts.get(s.state) ?? 0) + 1);
    return [...counts].map(([state, n]) => `, ${n} ${state}`).join('');
}
async function waitStage(input, deps, options) {
    const sleep = deps.sleep ?? _retry_js__WEBPACK_IMPORTED_MODULE_1__/* .realSleep */ .uk;
    const now = deps.now ?? _retry_js__WEBPACK_IMPORTED_MODULE_1__/* .realClock */ .dQ;
    const started = now();
    const deadline = started + options.timeoutMs;
    const baseInterval = options.pollIntervalMs ?? 5000;
    const maxInterval = Math.max(baseInterval, options.maxPollIntervalMs ?? 30_000);
    const awaited = new Set(input.awaited.map((a) => a.key));
    const landed = new Set();
    const settled = new Map();
    const progress = [];
    const pending = () => [...awaited].filter((k) => !landed.has(k) && !settled.has(k));
    const checker = catalogChecker(input.landed, deps.logger);
    let polls = 0;
    let interval = baseInterval;
    const finish = (state) => ({
        state,
        landed: [...landed],
        settled: [...settled.values()],
        pending: pending(),
        polls,
        elapsedMs: now() - started,
        progress,
    });
    for (;;) {
        polls++;
        const before = landed.size + settled.size;
        // the watch may also settle objects not awaited themselves (a dead-lettered ItemRequest)
        for (const s of input.watch && pending().length > 0 ? await input.watch.poll(pending()) : []) {
            if (landed.has(s.key) || settled.has(s.key))
                continue;
            if (s.state !== 'verified')
                settled.set(s.key, s);
            else if (awaited.has(s.key))
                landed.add(s.key);
        }
        for (const k of await checker(pending()))
            if (awaited.has(k))
                landed.add(k);
        progress.push({ atMs: now() - started, verified: landed.size, expected: awaited.size });
        deps.logger.progress?.('verified', landed.size, awaited.size);
        const extra = input.watch?.describe?.();
        deps.logger.debug(`poll ${polls}: landed ${landed.size}${describeSettled(settled.values())}, ` +
            `pending ${pending().length} of ${awaited.size}${extra ? `; ${extra}` : ''}`);
        if (pending().length === 0) {
            deps.logger.info(`done waiting: ${landed.size} landed${describeSettled(settled.values())}`);
            return finish(settled.size > 0 ? 'settled' : 'complete');
        }
        const t = now();
        if (t >= deadline) {
            const waited = Math.round((t - started) / 1000);
            deps.logger.warning(`gave up waiting after ${waited} s: ${pending().length} object(s) neither landed nor settled`);
            return finish('timeout');
        }
        if (landed.size + settled.size > before) {
            interval = baseInterval;
            deps.logger.info(`landed ${landed.size}${describeSettled(settled.values())}, waiting for ${pending().length}`);
        }
        await sleep(Math.max(0, Math.min(interval, deadline - t)));
        interval = Math.min(maxInterval, interval * 1.5);
    }
}
/**
 * The catalog check of a poll: a catalog briefly unreachable is retried at the next poll; one that
 * stays down ends the wait.
 */
function catalogChecker(landed, logger) {
    let failures = 0;
    return async (pending) => {
        if (landed === undefined || pending.length === 0)
            return [];
        try {
            const got = await landed(pending);
            failures = 0;
            return got;
        }
        catch (err) {
            if (++failures >= MAX_CHECK_FAILURES)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StageError */ .Zu('wait', `cannot check what landed in the catalog (${failures} attempts in a row failed)`, {
                    cause: err,
                });
            const message = err instanceof Error ? err.message : String(err);
            logger.warning(`checking what landed failed (attempt ${failures} of ${MAX_CHECK_FAILURES}): ${message}`);
            return [];
        }
    };
}


/***/ })

};
