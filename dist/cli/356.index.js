export const id = 356;
export const ids = [356];
export const modules = {

/***/ 7768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IY: () => (/* binding */ streamBounded),
/* harmony export */   ws: () => (/* binding */ AdaptiveLimit),
/* harmony export */   yJ: () => (/* binding */ mapBounded)
/* harmony export */ });
/**
 * The one concurrency limiter: at most `limit` calls of `fn` in flight over a list.
 * A rejection stops starting new calls and is rethrown once the running ones settle
 * (nothing is left running behind the caller's back).
 */
function checkLimit(limit) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError(`concurrency must be a positive integer, got ${limit}`);
}
/**
 * Runs `fn` over `items` (an array, any iterable, or an async iterable read only as calls finish,
 * so a slow consumer holds back the reading) with at most `limit` calls in flight, yielding each
 * result as it completes (in completion order). Calls start in input order. An error thrown by the
 * source counts as a rejection. A consumer that stops early leaves the running calls to finish
 * unobserved; no new ones start, and the source is closed.
 */
async function* streamBounded(items, limit, fn) {
    if (typeof limit === 'number')
        checkLimit(limit);
    const capacity = () => (typeof limit === 'number' ? limit : Math.max(1, limit.current()));
    const source = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
    const running = new Map();
    let started = 0;
    let exhausted = false;
    let failure;
    const start = (item) => {
        const index = started++;
        const settled = fn(item, index).then((value) => ({ index, ok: true, value }), (error) => ({ index, ok: false, error }));
        running.set(index, settled);
    };
    try {
        for (;;) {
            while (failure === undefined && !exhausted && running.size < capacity()) {
                try {
                    const next = await source.next();
                    if (next.done === true)
                        exhausted = true;
                    else
                        start(next.value);
                }
                catch (error) {
                    failure = { error };
                    exhausted = true;
                }
            }
            if (running.size === 0)
                break;
            const done = await Promise.race(running.values());
            running.delete(done.index);
            if (!done.ok)
                failure ??= { error: done.error };
            else if (failure === undefined)
                yield { index: done.index, value: done.value };
        }
    }
    finally {
        if (!exhausted)
            await source.return?.();
    }
    if (failure !== undefined)
        throw failure.error;
}
/** Runs `fn` over `items` with at most `limit` calls in flight; results keep the input order. */
async function mapBounded(items, limit, fn) {
    const results = [];
    for await (const { index, value } of streamBounded(items, limit, fn))
        results[index] = value;
    return results;
}
/**
 * AIMD concurrency: halves on congestion (a throttled or timed-out call, or one much slower than the
 * running baseline, a moving average of answered calls), grows by one after a full window of answered
 * calls that were not slow, between `min` and `max`. Calls
 * started before the last decrease do not decrease it again (one congestion event, one halving).
 * `start()` before a call returns its ticket; `done(ticket, ms, signal)` after it.
 */
class AdaptiveLimit {
    options;
    limit;
    min;
    stats;
    epoch = 0;
    fastInWindow = 0;
    baseline;
    constructor(options) {
        this.options = options;
        checkLimit(options.max);
        this.min = Math.min(options.max, Math.max(1, Math.floor(options.min ?? 1)));
        this.limit = options.max;
        this.stats = {
            configured: options.max,
            lowest: options.max,
            highest: options.max,
            final: options.max,
            decreases: 0,
            increases: 0,
            baselineMs: undefined,
        };
    }
    current() {
        return this.limit;
    }
    start() {
        return this.epoch;
    }
    /** Whether a call of `ms` is well above the running baseline. */
    slow(ms) {
        if (this.baseline === undefined)
            return false;
        const factor = this.options.latencyFactor ?? 3;
        const margin = this.options.latencyMarginMs ?? 250;
        return ms > this.baseline * factor && ms > this.baseline + margin;
    }
    done(ticket, ms, signal) {
        const slow = signal === 'answered' && this.slow(ms);
        // every answered call moves the baseline: a slowdown that lasts becomes the new normal, a jump does not
        if (signal === 'answered')
            this.baseline = this.baseline === undefined ? ms : this.baseline + 0.1 * (ms - this.baseline);
        if (signal === 'throttled' || signal === 'timeout' || slow) {
            if (ticket !== this.epoch)
                return;
            this.epoch++;
            this.fastInWindow = 0;
            const next = Math.max(this.min, Math.floor(this.limit / 2));
            if (next < this.limit)
                this.stats.decreases++;
            this.set(next);
            return;
        }
        if (signal !== 'answered')
            return;
        if (++this.fastInWindow < this.limit)
            return;
        this.fastInWindow = 0;
        if (this.limit >= this.options.max)
            return;
        this.set(this.limit + 1);
        this.stats.increases++;
    }
    set(limit) {
        this.limit = limit;
        this.stats.lowest = Math.min(this.stats.lowest, limit);
        this.stats.highest = Math.max(this.stats.highest, limit);
        this.stats.final = limit;
    }
    report() {
        const baselineMs = this.baseline === undefined ? undefined : Math.round(this.baseline);
        return { ...this.stats, baselineMs };
    }
}


/***/ }),

/***/ 1601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ quoteList),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   yL: () => (/* binding */ typeWords)
/* harmony export */ });
/* unused harmony export editDistance */
/** Wording helpers for manifest errors: paths, values, and "did you mean" suggestions. */
/** `sources[0].stactools.options.tile`; the root is `manifest`. */
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else {
            const s = String(seg);
            out += /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s) ? (out === '' ? s : `.${s}`) : `[${JSON.stringify(s)}]`;
        }
    }
    return out === '' ? 'manifest' : out;
}
/** What the user wrote, in words: `number 3`, `string "abc"`, `a list of 2`, `nothing`. */
function describeValue(v) {
    if (v === undefined)
        return 'nothing';
    if (v === null)
        return 'an empty value';
    if (typeof v === 'string')
        return `string ${JSON.stringify(v.length > 60 ? v.slice(0, 57) + '...' : v)}`;
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
        return `${typeof v} ${String(v)}`;
    if (Array.isArray(v))
        return v.length === 0 ? 'an empty list' : `a list of ${v.length}`;
    if (v instanceof Date)
        return `a date ${v.toISOString()}`;
    if (typeof v === 'object')
        return 'a mapping';
    return typeof v;
}
/** A zod type name as the manifest author thinks of it. */
function typeWords(expected) {
    switch (expected) {
        case 'string':
            return 'a string';
        case 'number':
            return 'a number';
        case 'int':
            return 'an integer';
        case 'boolean':
            return 'true or false';
        case 'array':
        case 'tuple':
            return 'a list';
        case 'object':
        case 'record':
        case 'map':
            return 'a mapping';
        case 'null':
            return 'null';
        default:
            return expected;
    }
}
/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
    for (let i = 1; i <= a.length; i++) {
        const row = d[i];
        if (!row)
            continue;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, at(i - 2, j - 2) + 1);
            row[j] = v;
        }
    }
    return at(a.length, b.length);
}
/** The candidate closest to `word` when it is close enough to be a likely typo. */
function closest(word, candidates) {
    const limit = word.length <= 3 ? 1 : word.length <= 6 ? 2 : 3;
    let best;
    for (const c of candidates) {
        const d = c.toLowerCase() === word.toLowerCase() ? 0.5 : editDistance(word.toLowerCase(), c.toLowerCase());
        if (d <= limit && (best === undefined || d < best.d))
            best = { c, d };
    }
    return best?.c;
}
function quoteList(items) {
    return items.map((v) => `\`${String(v)}\``).join(', ');
}


/***/ }),

/***/ 492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ requestCount)
/* harmony export */ });
/** How many ItemRequests a stactools source makes, held or streamed. */
function requestCount(s) {
    return s.stream ? s.stream.count : s.requests.length;
}


/***/ }),

/***/ 7978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ collectionEntryLabel),
/* harmony export */   O: () => (/* binding */ sourceEntryLabel)
/* harmony export */ });
function sourceEntryLabel(index, id) {
    return `sources[${index}] (${id})`;
}
function collectionEntryLabel(index, id) {
    return `collections[${index}] (${id})`;
}


/***/ }),

/***/ 8356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundleDocuments: () => (/* binding */ bundleDocuments),
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
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(833);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8301);
/* harmony import */ var _model_keys_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(517);
/* harmony import */ var _model_key_set_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1463);
/* harmony import */ var _sources_lines_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(249);
/* harmony import */ var _sources_read_passes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1464);
/* harmony import */ var _stages_resolve_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7342);
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
    return (0,_model_keys_js__WEBPACK_IMPORTED_MODULE_10__/* .keyOfDocument */ .KO)(d.doc) ?? `document:${o.file}:${o.line ?? ''}:${o.pointer ?? ''}`;
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
            chunk += (0,_json_js__WEBPACK_IMPORTED_MODULE_5__.stringifyJson)({ origin: d.origin, doc: d.doc }) + '\n';
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
    const prefix = `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(out)}.stac-ingest-new-`;
    await removeKilledWrites(dir, prefix);
    // removed at exit too, should the process end while writing it (renamed away once complete)
    const temp = await _cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .leftovers */ .To.tempDir(prefix, dir);
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
    finally {
        await _cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .leftovers */ .To.removeDir(temp);
    }
}
/**
 * Removes what a run of this shard killed by SIGKILL left in `dir`: its folder being written (`<prefix>XXXXXX`, a
 * partial copy of the documents) and an older bundle renamed aside by a swap cut between its two renames.
 */
async function removeKilledWrites(dir, prefix) {
    const ours = new RegExp(`^${prefix.replaceAll('.', '\\.')}[A-Za-z0-9]{6}(?:-old)?$`);
    for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true }))
        if (e.isDirectory() && ours.test(e.name))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, e.name), { recursive: true, force: true });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} is not a stac-ingest shard bundle (version 1)`);
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, DOCUMENTS_FILE)).catch(() => undefined))?.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${dir} has no ${DOCUMENTS_FILE}`);
    return { bundle, dir };
}
/** The documents of a bundle, one at a time (each line checked against the first read when `pass` is given). */
async function* bundleDocuments({ dir }, pass) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, DOCUMENTS_FILE);
    for await (const { text } of (0,_sources_lines_js__WEBPACK_IMPORTED_MODULE_7__/* .readLines */ .Se)(file, file)) {
        if (text.trim() === '')
            continue;
        pass?.see(Buffer.from(text), file);
        const d = (0,_json_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJson */ .qF)(text);
        yield { origin: d.origin, doc: d.doc };
    }
}
/** Reads every bundle under `dir` (its shard.json; its documents are read by {@link bundleDocuments}). */
async function readShardBundles(dir) {
    const files = await bundleFiles(dir);
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`no shard bundles (shard.json) under ${dir}`, {
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
    return problems;
}
/**
 * What the documents of the bundles break: a bundle holding another number of documents than its shard.json says,
 * a document in two places. `see` takes each document of one read of them, `problems` says what it found; `close`
 * removes the key set's file.
 */
function documentChecks(read) {
    const holders = new _model_key_set_js__WEBPACK_IMPORTED_MODULE_6__/* .SpilledKeySet */ .L();
    const found = [];
    const counts = new Map();
    return {
        see: (d, b) => {
            counts.set(b, (counts.get(b) ?? 0) + 1);
            const key = (0,_model_keys_js__WEBPACK_IMPORTED_MODULE_10__/* .keyOfDocument */ .KO)(d.doc);
            const other = key === undefined ? undefined : holders.addOrGet(key, b.dir);
            if (other !== undefined)
                found.push(`${key} is in ${other === b.dir ? `${b.dir} twice` : `${other} and ${b.dir}`}`);
        },
        close: () => holders.close(),
        problems: () => {
            const wrong = read.filter((b) => (counts.get(b) ?? 0) !== b.bundle.documents);
            return [
                ...wrong.map((b) => `${b.dir}: ${DOCUMENTS_FILE} holds ${counts.get(b) ?? 0} documents, shard.json says ${b.bundle.documents}`),
                ...found,
            ];
        },
    };
}
/** The keys of every planned object of the work ({@link plannedKeys}), its streamed sources read for theirs. */
async function plannedKeysRead(work) {
    const keys = plannedKeys(work);
    for (const s of work.streams ?? []) {
        for (const d of s.held)
            keys.push(docKey(d));
        for await (const d of s.items())
            keys.push(docKey(d));
    }
    return keys;
}
/**
 * `publish-shards`: the documents of the bundles under `dir`, once they account for the whole plan (`work`, the
 * full run's) exactly once, read each time they are used (checked and counted now); plus the DPS outputs uploaded
 * for the DPS generator, which no shard carries, held. Throws every problem found, as configuration errors.
 */
async function readShards(dir, manifestPath, work) {
    const read = await readShardBundles(dir);
    const fail = (problems) => {
        if (problems.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationErrors */ .yb(problems.map((m) => new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(m)));
    };
    fail(checkShards(read, await plannedKeysRead(work), await manifestDigest(manifestPath)));
    const passes = new _sources_read_passes_js__WEBPACK_IMPORTED_MODULE_8__/* .DocumentPasses */ .x('publish-shards', dir);
    let reading;
    const docs = async function* () {
        const pass = passes.begin();
        for (const b of read) {
            reading = b;
            yield* bundleDocuments(b, pass);
        }
        pass.end();
    };
    const checks = documentChecks(read);
    let stream;
    try {
        stream = await (0,_stages_resolve_js__WEBPACK_IMPORTED_MODULE_9__/* .countedStream */ .Rw)(docs, (d) => checks.see(d, reading));
    }
    finally {
        checks.close();
    }
    fail(checks.problems());
    return { stream, held: work.docs.filter((d) => work.uploaded.has(d)) };
}


/***/ }),

/***/ 545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ proxyChecks),
/* harmony export */   o: () => (/* binding */ assetRefusals),
/* harmony export */   qx: () => (/* binding */ assetTarget),
/* harmony export */   z_: () => (/* binding */ refusalError)
/* harmony export */ });
/* unused harmony exports assetRefusal, s3HostAllowed */
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _model_s3_url_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8051);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3214);
/* harmony import */ var _guarded_read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9363);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(850);









const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const REMOTE_VSI = {
    vsicurl: 'http',
    vsicurl_streaming: 'http',
    vsis3: 's3',
    vsis3_streaming: 's3',
};
const ARCHIVE_VSI = ['vsizip', 'vsigzip', 'vsitar', 'vsi7z', 'vsirar'];
const VSI_HINT = 'assets may use /vsicurl/ (http(s) URLs), /vsis3/ and the archives /vsizip/, /vsigzip/, /vsitar/, /vsi7z/, ' +
    '/vsirar/ over an absolute path or one of those; or plain paths, http(s):// and s3:// URLs';
/** S3 bucket names as AWS allows them (so a name cannot carry `@host` or a path into the URL GDAL builds). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const refuse = (message, rule, hint) => {
    throw new _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .FetchRefusedError */ .fZ(message, rule, hint);
};
function s3Target(bucket, key, open) {
    if (!BUCKET.test(bucket))
        refuse(`'${bucket}' is not an S3 bucket name`, 'scheme', 'give s3://bucket/key');
    if (key === '' || key.split('/').some((s) => s === '.' || s === '..'))
        refuse(`s3://${bucket}/${key} is not an object key (empty, or with . or .. segments)`, 'scheme', VSI_HINT);
    return { kind: 's3', bucket, key, open };
}
function urlTarget(text, open) {
    const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
    if (scheme === 'http' || scheme === 'https') {
        if (!URL.canParse(text))
            refuse(`${text} is not a valid URL`, 'scheme', 'give a URL such as https://host/path.tif');
        return { kind: 'http', url: new URL(text), open };
    }
    if (scheme === 's3') {
        const { bucket, key } = (0,_model_s3_url_js__WEBPACK_IMPORTED_MODULE_8__/* .parseS3Url */ .F)(text) ?? { bucket: '', key: '' };
        return s3Target(bucket, key, open);
    }
    return refuse(`${text} uses the scheme '${scheme ?? ''}:'`, 'scheme', VSI_HINT);
}
/** `/vsi<name>/<rest>` as the target it reads; `open` is the whole href. */
function vsiTarget(href, open) {
    const m = /^\/(vsi[a-z0-9_]*)\/(.*)$/i.exec(href);
    const name = m?.[1]?.toLowerCase() ?? href.slice(1).split(/[/?]/)[0] ?? '';
    const rest = m?.[2] ?? '';
    const remote = m === null ? undefined : REMOTE_VSI[name];
    if (remote === 'http') {
        if (!/^https?:\/\//i.test(rest))
            refuse(`/${name}/ takes an http(s):// URL here, not '${rest}'`, 'scheme', VSI_HINT);
        return urlTarget(rest, open);
    }
    if (remote === 's3') {
        const slash = rest.indexOf('/');
        return s3Target(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? '' : rest.slice(slash + 1), open);
    }
    if (m === null || !ARCHIVE_VSI.includes(name))
        return refuse(`/${name}/ is not allowed`, 'gdal-vsi', VSI_HINT);
    if (!rest.startsWith('/') || /[{}]/.test(rest))
        refuse(`/${name}/ must wrap an absolute path or /vsi…/ path without {…} here`, 'gdal-vsi', VSI_HINT);
    // GDAL opens the href as written: a `..` after the archive's name, or after a symlink, is not where it leads
    if (rest.split('/').some((s) => s === '.' || s === '..'))
        refuse(`/${name}/${rest} has . or .. segments`, 'gdal-vsi', 'give the archive path without . or .. segments');
    return rest.startsWith('/vsi') ? vsiTarget(rest, open) : { kind: 'local', path: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(rest), open };
}
/** Where an asset href (as the manifest or a payload file gives it) takes GDAL; throws FetchRefusedError. */
function assetTarget(href, baseDir) {
    if (/^\/vsi/i.test(href))
        return vsiTarget(href, href);
    if (/^file:\/\//i.test(href)) {
        let file = '';
        try {
            file = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(href);
        }
        catch (err) {
            refuse(`${href} is not a local file URL: ${err.message}`, 'scheme', VSI_HINT);
        }
        return { kind: 'local', path: file, open: file };
    }
    if (SCHEME.test(href))
        return urlTarget(href, href);
    const file = (0,_locations_js__WEBPACK_IMPORTED_MODULE_7__/* .toLocation */ .nc)(href, baseDir);
    return { kind: 'local', path: file, open: file };
}
/** Refuses a host any of whose addresses the policy does not allow (resolved now; GDAL resolves it again). */
async function checkAddresses(url, reads) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses = [host];
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host) === 0) {
        try {
            addresses = (await (0,node_dns_promises__WEBPACK_IMPORTED_MODULE_0__.lookup)(host, { all: true })).map((a) => a.address);
        }
        catch (err) {
            const code = err.code ?? String(err);
            refuse(`${host} cannot be resolved (${code})`, 'address', 'check the host name of the asset URL');
        }
    }
    for (const address of addresses) {
        const refusal = (0,_security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .addressRefusal */ .V4)(host, address, reads.policy.allowAddresses);
        if (refusal)
            throw refusal;
    }
}
/** Checks one asset href; resolves to why it may not be read ({@link FetchRefusedError}), or undefined. */
async function assetRefusal(href, baseDir, reads, 
/** Hosts already checked, by name: thousands of hrefs on one host are resolved once. */
checked = new Map()) {
    try {
        const target = assetTarget(href, baseDir);
        if (target.kind === 'http') {
            const host = target.url.hostname;
            if (!checked.has(host))
                checked.set(host, checkAddresses(target.url, reads));
            await checked.get(host);
        }
        else if (target.kind === 's3')
            (0,_guarded_read_js__WEBPACK_IMPORTED_MODULE_6__/* .checkS3 */ .fR)(target.bucket, target.key, reads);
        else {
            const outside = reads.guard ? await reads.guard(target.path) : undefined;
            if (outside !== undefined)
                refuse(outside, 'workspace', '');
        }
        return undefined;
    }
    catch (err) {
        if (err instanceof _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .FetchRefusedError */ .fZ)
            return err;
        throw err;
    }
}
/** A virtual-hosted S3 name on AWS, `<bucket>.s3[.-]<region…>.amazonaws.com` (greedy: the longest bucket). */
const AWS_S3_HOST = /^(.+)\.s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$/;
/** AWS STS, which GDAL asks for web-identity or assumed-role credentials. */
const AWS_STS_HOST = /^sts(?:\.[a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/;
/**
 * Whether GDAL's /vsis3/ may connect to `host` (lower case) for one of `buckets`. On AWS: the buckets'
 * virtual-hosted names (GDAL's default) and STS; path-style `s3.<region>.amazonaws.com` is refused, since the bucket
 * travels inside a TLS tunnel the proxy cannot see. On a custom endpoint (`endpoint`, its host name):
 * `<bucket>.<endpoint>`, or the endpoint itself with the bucket as the first path segment (plain http, `path`
 * given); a tunnel to the endpoint (https, `path` undefined) cannot be checked by bucket and is allowed.
 */
function s3HostAllowed(host, path, buckets, endpoint) {
    if (endpoint === undefined) {
        const bucket = AWS_S3_HOST.exec(host)?.[1];
        return (bucket !== undefined && buckets.has(bucket)) || AWS_STS_HOST.test(host);
    }
    if (host.endsWith(`.${endpoint}`))
        return buckets.has(host.slice(0, -endpoint.length - 1));
    if (host !== endpoint)
        return false;
    if (path === undefined)
        return true;
    try {
        return buckets.has(decodeURIComponent(path.split('/')[1] ?? ''));
    }
    catch {
        return false; // not percent-encoded text
    }
}
/**
 * What GDAL may connect to once started, for the policy proxy: the hosts the source's http(s) hrefs name,
 * `fetch-hosts`, and for S3 assets only the buckets the hrefs name ({@link s3HostAllowed}, on AWS or on the job's
 * AWS_S3_ENDPOINT); every address as for our reads.
 */
function proxyChecks(source, baseDir, deps, s3Endpoint) {
    const reads = (0,_guarded_read_js__WEBPACK_IMPORTED_MODULE_6__/* .openReads */ .go)(deps, []);
    const hosts = new Set();
    const buckets = new Set();
    const endpoint = s3Endpoint
        ? new URL(/^https?:\/\//i.test(s3Endpoint) ? s3Endpoint : `http://${s3Endpoint}`).hostname.toLowerCase()
        : undefined;
    for (const href of source.requests.flatMap((r) => r.asset_paths)) {
        let t;
        try {
            t = assetTarget(href, baseDir);
        }
        catch {
            continue; // refused before any tool starts
        }
        if (t.kind === 'http')
            hosts.add(t.url.hostname.replace(/^\[|\]$/g, '').toLowerCase());
        else if (t.kind === 's3')
            buckets.add(t.bucket);
    }
    const allowed = [...hosts, ...reads.policy.hosts];
    return {
        checkHost: (host, path) => {
            const name = host.toLowerCase();
            if ((0,_security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .hostMatches */ ._y)(name, allowed) || (buckets.size > 0 && s3HostAllowed(name, path, buckets, endpoint)))
                return undefined;
            const what = name === endpoint && path !== undefined ? `${host}${path} is not in an S3 bucket` : `${host} is not a host`;
            return new _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .FetchRefusedError */ .fZ(`${what} the source's assets name`, 'host', '');
        },
        checkAddress: (host, address) => (0,_security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .addressRefusal */ .V4)(host, address, reads.policy.allowAddresses),
    };
}
/**
 * Every refused asset href of a source, found before any tool runs. The S3 folders a source may read are those of
 * its `collection` and `fetch-hosts`; http(s) hosts are those the hrefs name (addresses checked).
 */
async function assetRefusals(source, baseDir, deps) {
    const reads = (0,_guarded_read_js__WEBPACK_IMPORTED_MODULE_6__/* .openReads */ .go)(deps, [(0,_locations_js__WEBPACK_IMPORTED_MODULE_7__/* .toLocation */ .nc)(source.collection, baseDir)]);
    const checked = new Map();
    const out = [];
    for (const [request, r] of source.requests.entries())
        for (const [asset, href] of r.asset_paths.entries()) {
            const error = await assetRefusal(href, baseDir, reads, checked);
            if (error instanceof _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .FetchRefusedError */ .fZ)
                out.push({ request, asset, href, error });
        }
    return out;
}
/** `asset <href> refused (<rule>): <why>` at `location`, with the input that would allow it. */
function refusalError(r, location) {
    const { rule, message, hint } = r.error;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`asset ${r.href} refused (${rule}): ${message}`, {
        location,
        ...(hint !== '' ? { hint } : {}),
        cause: r.error,
    });
}


/***/ }),

/***/ 5108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ag: () => (/* binding */ assetLocation),
  DG: () => (/* binding */ buildAssetItems),
  wt: () => (/* binding */ planAssetRequests),
  gj: () => (/* binding */ readAssetsCollection)
});

// UNUSED EXPORTS: assetNames, combineAssetItems

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/sources/locations.ts
var locations = __webpack_require__(850);
// EXTERNAL MODULE: ./src/sources/guarded-read.ts
var guarded_read = __webpack_require__(9363);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/limit.ts
var limit = __webpack_require__(7768);
;// CONCATENATED MODULE: ./src/sources/assets/extensions.ts
/**
 * Short names for STAC extensions in metadata files (`"stac_extensions": ["view", "eo"]`), expanded to
 * the schema URL of the newest version mirrored in stac-schemas (so items validate offline):
 *
 * | short name | schema |
 * | --- | --- |
 * | classification | classification v2.0.0 |
 * | datacube | datacube v2.2.0 |
 * | eo | eo v2.0.0 |
 * | file | file v2.1.0 |
 * | grid | grid v1.1.0 |
 * | label | label v1.0.1 |
 * | mgrs | mgrs v1.0.0 |
 * | mlm | mlm v1.4.0 |
 * | pointcloud | pointcloud v1.0.0 |
 * | processing | processing v1.2.0 |
 * | product | product v1.0.0 |
 * | projection, proj | projection v2.0.0 |
 * | raster | raster v2.0.0 |
 * | remote-data | remote-data v1.0.0 |
 * | render | render v2.0.0 |
 * | sar | sar v1.3.0 |
 * | sat | sat v1.2.0 |
 * | scientific, sci | scientific v1.0.0 |
 * | storage | storage v2.0.0 |
 * | table | table v1.2.0 |
 * | timestamps | timestamps v1.1.0 |
 * | version | version v1.2.0 |
 * | view | view v1.1.0 |
 * | xarray-assets, xarray | xarray-assets v1.0.0 |
 *
 * A short name whose extension the item already declares (in any version, e.g. the projection v1.1.0
 * that rio-stac writes) adds nothing; URLs are kept as written.
 */
const EXTENSION_VERSIONS = {
    classification: 'v2.0.0',
    datacube: 'v2.2.0',
    eo: 'v2.0.0',
    file: 'v2.1.0',
    grid: 'v1.1.0',
    label: 'v1.0.1',
    mgrs: 'v1.0.0',
    mlm: 'v1.4.0',
    pointcloud: 'v1.0.0',
    processing: 'v1.2.0',
    product: 'v1.0.0',
    projection: 'v2.0.0',
    raster: 'v2.0.0',
    'remote-data': 'v1.0.0',
    render: 'v2.0.0',
    sar: 'v1.3.0',
    sat: 'v1.2.0',
    scientific: 'v1.0.0',
    storage: 'v2.0.0',
    table: 'v1.2.0',
    timestamps: 'v1.1.0',
    version: 'v1.2.0',
    view: 'v1.1.0',
    'xarray-assets': 'v1.0.0',
};
const ALIASES = { proj: 'projection', sci: 'scientific', xarray: 'xarray-assets' };
const EXTENSION_URL_RE = /^https:\/\/stac-extensions\.github\.io\/([^/]+)\/v[^/]+\/schema\.json$/;
function extensionUrl(name, version) {
    return `https://stac-extensions.github.io/${name}/${version}/schema.json`;
}
/**
 * The extension a schema URL belongs to (`projection` for .../projection/v1.1.0/schema.json);
 * undefined for other URLs.
 */
function extensionNameOf(url) {
    return EXTENSION_URL_RE.exec(url)?.[1];
}
/** A `stac_extensions` entry from a metadata file: a URL (kept) or a short name (expanded). */
function expandExtension(value) {
    if (/^https?:\/\//i.test(value))
        return { ok: true, name: extensionNameOf(value), url: value };
    const key = value.trim().toLowerCase();
    const name = ALIASES[key] ?? key;
    const version = EXTENSION_VERSIONS[name];
    if (version === undefined)
        return { ok: false, reason: `'${value}' is neither a schema URL nor a known extension short name` };
    return { ok: true, name, url: extensionUrl(name, version) };
}
function knownShortNames() {
    return [...Object.keys(EXTENSION_VERSIONS), ...Object.keys(ALIASES)].sort();
}
/**
 * Adds `additions` (already expanded) to `current`: exact duplicates are dropped, and an expanded short name
 * is dropped when `current` already declares that extension in another version.
 */
function mergeExtensions(current, additions) {
    const out = [...current];
    for (const { url, fromShortName } of additions) {
        if (out.includes(url))
            continue;
        const name = extensionNameOf(url);
        if (fromShortName && name !== undefined && out.some((u) => extensionNameOf(u) === name))
            continue;
        out.push(url);
    }
    return out;
}
/** The extensions rio-stac can fill from an asset. */
const TOOL_EXTENSIONS = ['projection', 'raster', 'eo'];
/**
 * Which extensions the tool fills: `all` it can; `named` (the STAC Generator's rule): those the metadata files name
 * (by URL in any version, or short name), and all it can when they name no extension at all.
 */
function toolFill(mode, named) {
    if (mode === 'all' || named.length === 0)
        return [...TOOL_EXTENSIONS];
    return TOOL_EXTENSIONS.filter((e) => named.some((n) => extensionNameOf(n.url) === e));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/sources/assets/item-id.ts


/**
 * Deterministic ids for asset requests, so re-running a manifest updates the same items instead of
 * adding new ones. Inputs are the values as written in the manifest (asset paths relative to the
 * manifest, not absolute), so the ids are the same on every machine.
 */
const sha256 = (parts) => (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(parts)).digest('hex');
/** `./a/../b.tif` -> `b.tif`; URLs are kept as written. */
function normalizeAssetPath(p) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(p) ? p : external_node_path_default().posix.normalize(p.split('\\').join('/'));
}
function stem(p) {
    const base = external_node_path_default().posix.basename(p.replace(/[?#].*$/, ''));
    const dot = base.indexOf('.');
    return (dot > 0 ? base.slice(0, dot) : base).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
}
/**
 * `<stem of the first asset path in sorted order>-<12 hex chars of sha256(provider, collection id,
 * sorted normalized asset paths)>`,
 * e.g. `scene_042-3f9a1c0b7d2e`. The order of `asset_paths` does not matter.
 */
function deriveItemId(provider, collectionId, assetPaths) {
    const sorted = assetPaths.map(normalizeAssetPath).sort();
    const hash = sha256(['item', provider, collectionId, sorted]).slice(0, 12);
    const first = stem(sorted[0] ?? '');
    return first ? `${first}-${hash}` : hash;
}
/** `req-<16 hex chars>` of provider, collection id, item id, sorted asset and metadata paths. */
function deriveRequestId(provider, collectionId, itemId, assetPaths, metadataPaths) {
    const parts = [
        'request',
        provider,
        collectionId,
        itemId,
        assetPaths.map(normalizeAssetPath).sort(),
        metadataPaths.map(normalizeAssetPath).sort(),
    ];
    return `req-${sha256(parts).slice(0, 16)}`;
}

// EXTERNAL MODULE: ./src/sources/assets/asset-hrefs.ts
var asset_hrefs = __webpack_require__(545);
// EXTERNAL MODULE: ./src/json.ts
var json = __webpack_require__(8301);
;// CONCATENATED MODULE: ./src/sources/assets/rio-stac.ts


/** The flag that turns off each extension rio-stac fills. */
const WITHOUT = {
    projection: '--without-proj',
    raster: '--without-raster',
    eo: '--without-eo',
};
/**
 * The path GDAL opens for an asset: `s3://bucket/key` -> `/vsis3/bucket/key` (credentials, region and endpoint from
 * the AWS_* variables the tool was given), `http(s)://...` -> `/vsicurl/http(s)://...` (ranged reads); local paths
 * as they are.
 */
function gdalPath(asset) {
    const s3 = /^s3:\/\/(.+)$/i.exec(asset);
    if (s3)
        return `/vsis3/${s3[1]}`;
    return /^https?:\/\//i.test(asset) ? `/vsicurl/${asset}` : asset;
}
/**
 * The GDAL drivers an asset may be opened with: raster formats whose files name no other file or URL (GeoTIFF/COG,
 * JPEG 2000, PNG, JPEG, WebP, GIF). Every other driver of the tool's GDAL is skipped: VRT, GTI, KML super-overlays,
 * RPF/ECRG tables of contents, DIMAP, RS2/RCM/TSX, ISIS2/PDS, Zarr (kerchunk references), and HDF5 and netCDF,
 * whose library follows external links and external raw storage to any path, with no option to stop it.
 */
const ALLOWED_GDAL_DRIVERS = [
    'GTiff',
    'COG',
    'JP2OpenJPEG',
    'JP2KAK',
    'JP2ECW',
    'JP2MrSID',
    'JPEG2000',
    'PNG',
    'JPEG',
    'WEBP',
    'GIF',
    'BIGGIF',
];
const LIST_DRIVERS = 'import json, rasterio\nwith rasterio.Env() as env:\n    print(json.dumps(sorted(env.drivers())))';
/**
 * The drivers of the tool's own GDAL that are not in {@link ALLOWED_GDAL_DRIVERS}, read from that GDAL
 * (`uvx --from <tool> python`, rasterio's driver list). GDAL (3.10 in rasterio's wheels) has no allow-list option,
 * only the deny-list GDAL_SKIP: computed from the child's own list, a driver a newer GDAL adds is skipped too.
 * Throws when the list cannot be read, so that no asset is opened with every driver registered.
 */
async function gdalSkipList(runner, tool, timeoutMs) {
    const res = await runner.run('uvx', ['--from', tool, 'python', '-c', LIST_DRIVERS], { timeoutMs });
    let names;
    try {
        names = res.exitCode === 0 ? JSON.parse(res.stdout.trim().split('\n').at(-1) ?? '') : undefined;
    }
    catch {
        names = undefined;
    }
    // GDAL_SKIP is split at commas (at spaces when it has none): a name with a comma could not be skipped
    if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string' && !n.includes(',')))
        throw new Error(`cannot list the GDAL drivers of ${tool} (exit ${res.exitCode ?? res.signal}` +
            `${res.timedOut ? ', timed out' : ''}): ${stderrSummary(res.stderr) || res.stdout.slice(0, 200)}`);
    return names.filter((n) => !ALLOWED_GDAL_DRIVERS.includes(n));
}
/**
 * GDAL configuration set over whatever the tool was given, so that GDAL reads the asset and nothing else:
 * - `GDAL_DISABLE_READDIR_ON_OPEN=EMPTY_DIR`: no directory listing and no probing of sidecar files next to the
 *   asset (.aux.xml, .msk, .ovr, RPC/IMD/metadata files): one asset read by /vsicurl/ made 38 requests, now 2;
 * - `GDAL_PAM_ENABLED=NO`: no .aux.xml read or written beside the asset;
 * - `GDAL_SKIP`: `skip`, every driver but {@link ALLOWED_GDAL_DRIVERS} (see gdalSkipList);
 * - `GDAL_HTTP_NETRC=NO`: no credentials from ~/.netrc (HOME is passed);
 * - `CPL_VSIL_CURL_AUTHORIZATION_HEADER_ALLOWED_IF_REDIRECT=NO`: no auth header carried over a redirect;
 * - `AWS_NO_SIGN_REQUEST=YES` unless the tool was given AWS credentials: then GDAL neither reads ~/.aws nor asks
 *   the EC2 metadata endpoint (169.254.169.254) for the runner's credentials.
 * GDAL has no option that stops it following redirects: with `proxy`, every connection it makes (redirects,
 * S3 endpoints) goes through our policy proxy (GDAL_HTTP_PROXY / GDAL_HTTPS_PROXY; NO_PROXY dropped).
 */
function gdalEnvironment(base, skip, proxy) {
    const credentials = ['AWS_ACCESS_KEY_ID', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN'];
    const { NO_PROXY: _n, no_proxy: _m, ...rest } = base;
    return {
        ...(proxy !== undefined ? { ...rest, GDAL_HTTP_PROXY: proxy, GDAL_HTTPS_PROXY: proxy } : base),
        GDAL_DISABLE_READDIR_ON_OPEN: 'EMPTY_DIR',
        GDAL_PAM_ENABLED: 'NO',
        GDAL_SKIP: skip.join(','),
        GDAL_HTTP_NETRC: 'NO',
        CPL_VSIL_CURL_AUTHORIZATION_HEADER_ALLOWED_IF_REDIRECT: 'NO',
        ...(credentials.some((n) => base[n] !== undefined) ? {} : { AWS_NO_SIGN_REQUEST: 'YES' }),
    };
}
function rioStacArgs(run) {
    const opened = gdalPath(run.asset);
    const fill = run.fill ?? TOOL_EXTENSIONS;
    return [
        '--from',
        run.tool,
        'rio',
        'stac',
        '--id',
        run.itemId,
        '-n',
        run.assetName,
        '--asset-mediatype',
        'auto',
        ...(run.datetime !== undefined ? ['-d', run.datetime] : []),
        ...TOOL_EXTENSIONS.filter((e) => !fill.includes(e)).map((e) => WITHOUT[e]),
        // the item keeps the URL the user gave, not GDAL's /vsi path
        ...(opened !== run.asset ? ['--asset-href', run.asset] : []),
        '--',
        opened,
    ];
}
/** The last meaningful stderr line (the Python exception), without uv's own warnings. */
function stderrSummary(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('warning: An executable named'));
    return lines.at(-1) ?? '';
}
const UNSUPPORTED_HINT = ' (assets are read only as GeoTIFF/COG, JPEG 2000, PNG, JPEG, WebP or GIF: formats whose files name other files, ' +
    'such as VRT, KML, HDF5 or netCDF, are not opened; convert the asset to a COG)';
async function runRioStac(runner, run) {
    const res = await runner.run('uvx', rioStacArgs(run), {
        timeoutMs: run.timeoutMs,
        environment: (base) => gdalEnvironment(base, run.skipDrivers, run.proxy),
        ...(run.passEnv !== undefined ? { passEnv: run.passEnv } : {}),
    });
    if (res.timedOut)
        return {
            ok: false,
            message: `rio stac timed out after ${run.timeoutMs} ms on ${run.asset}`,
            stderr: res.stderr,
            durationMs: res.durationMs,
        };
    if (res.exitCode !== 0) {
        const why = stderrSummary(res.stderr);
        const formats = why.includes('not recognized as being in a supported file format') ? UNSUPPORTED_HINT : '';
        return {
            ok: false,
            message: `rio stac failed on ${run.asset} (exit ${res.exitCode ?? res.signal})${why ? `: ${why}` : ''}${formats}`,
            stderr: res.stderr,
            durationMs: res.durationMs,
        };
    }
    try {
        const item = (0,json/* parseJson */.qF)(res.stdout);
        if (typeof item !== 'object' || item === null || Array.isArray(item))
            throw new Error('not a JSON object');
        return { ok: true, item: upgradeProjection(item), durationMs: res.durationMs };
    }
    catch (err) {
        return {
            ok: false,
            message: `rio stac printed no item JSON for ${run.asset}: ${err instanceof Error ? err.message : String(err)}`,
            stderr: res.stderr,
            durationMs: res.durationMs,
        };
    }
}
const PROJ_V1 = /^https:\/\/stac-extensions\.github\.io\/projection\/v1\.[0-9.]+\/schema\.json$/;
const PROJECTION_V2 = 'https://stac-extensions.github.io/projection/v2.0.0/schema.json';
function epsgToCode(fields) {
    if (!('proj:epsg' in fields))
        return fields;
    const { ['proj:epsg']: epsg, ...rest } = fields;
    return { ...rest, 'proj:code': typeof epsg === 'number' ? `EPSG:${epsg}` : null };
}
/**
 * rio-stac (0.12) writes projection v1.1 (`proj:epsg`) into STAC 1.1 items; projection v2.0.0 replaced it with
 * `proj:code` ("EPSG:4326"). We move to v2.0.0, whose schema (and its PROJJSON v0.7 schema) the offline mirror
 * holds; everything else rio-stac wrote is kept.
 */
function upgradeProjection(item) {
    const exts = item['stac_extensions'];
    if (!Array.isArray(exts) || !exts.some((u) => typeof u === 'string' && PROJ_V1.test(u)))
        return item;
    const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
    const assets = isObj(item['assets'])
        ? Object.fromEntries(Object.entries(item['assets']).map(([k, a]) => [k, isObj(a) ? epsgToCode(a) : a]))
        : item['assets'];
    return (0,json/* withMembers */.gn)(item, {
        stac_extensions: [...new Set(exts.map((u) => (typeof u === 'string' && PROJ_V1.test(u) ? PROJECTION_V2 : u)))],
        properties: isObj(item['properties']) ? epsgToCode(item['properties']) : item['properties'],
        assets,
    });
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/clients/http-get.ts
var http_get = __webpack_require__(4583);
;// CONCATENATED MODULE: ./src/clients/policy-proxy.ts



/** The first refusal of `host` (name, then a literal address); checked names are resolved by `checkedLookup`. */
function refusalOf(host, checks, path) {
    const bare = host.replace(/^\[|\]$/g, '');
    return checks.checkHost(bare, path) ?? ((0,external_node_net_.isIP)(bare) ? checks.checkAddress(bare, bare) : undefined);
}
/** Keeps `socket` in the context's set until it closes, and ends it after the idle timeout. */
function track(socket, ctx, onIdle) {
    ctx.sockets.add(socket);
    socket.on('close', () => ctx.sockets.delete(socket));
    socket.setTimeout(ctx.idleTimeoutMs, onIdle);
}
function forward(req, res, ctx) {
    const { checks, refuse } = ctx;
    let url;
    try {
        url = new URL(req.url ?? '');
    }
    catch {
        return void res.writeHead(400).end();
    }
    if (url.protocol !== 'http:')
        return void res.writeHead(400).end();
    const early = refusalOf(url.hostname, checks, url.pathname);
    if (early)
        return refuse(url.hostname, early, () => res.writeHead(403).end(early.message));
    let refusal;
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !k.startsWith('proxy-')));
    const upstream = (0,external_node_http_.request)(url, {
        method: req.method ?? 'GET',
        headers,
        agent: false,
        lookup: (0,http_get/* checkedLookup */.yG)(checks.checkAddress, (e) => (refusal = e)),
    });
    upstream.on('socket', (socket) => track(socket, ctx, () => upstream.destroy(new Error('upstream idle'))));
    upstream.on('response', (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('error', () => res.destroy());
        answer.pipe(res);
    });
    // the tool hung up (or the answer is complete): nothing more is read from upstream
    res.on('close', () => upstream.destroy());
    req.on('error', () => upstream.destroy());
    upstream.on('error', (err) => {
        if (refusal)
            refuse(url.hostname, refusal, () => res.writeHead(403).end(refusal?.message));
        else if (!res.headersSent)
            res.writeHead(502).end(err.message);
        else
            res.destroy();
    });
    req.pipe(upstream);
}
function tunnel(req, client, head, ctx) {
    const { checks, refuse } = ctx;
    track(client, ctx, () => client.destroy());
    client.on('error', () => undefined); // a client hanging up early; once tunnelled, both sides end together
    const at = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(req.url ?? '');
    if (!at)
        return void client.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    const [host, port] = [at[1], Number(at[2])];
    const forbidden = (e) => refuse(host, e, () => client.end(`HTTP/1.1 403 Forbidden\r\n\r\n${e.message}`));
    const early = refusalOf(host, checks);
    if (early)
        return forbidden(early);
    let refusal;
    const lookup = (0,http_get/* checkedLookup */.yG)(checks.checkAddress, (e) => (refusal = e));
    const up = (0,external_node_net_.connect)({ host: host.replace(/^\[|\]$/g, ''), port, lookup }, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        up.write(head);
        up.pipe(client).pipe(up);
        // from here on, neither side outlives the other
        up.on('close', () => client.destroy());
    });
    track(up, ctx, () => (up.destroy(), client.destroy()));
    client.on('close', () => up.destroy());
    up.on('error', () => (refusal ? forbidden(refusal) : client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')));
}
async function startPolicyProxy(checks, opts = {}) {
    const refused = [];
    const ctx = {
        checks,
        refuse: (host, err, answer) => {
            refused.push(`${host}: ${err.message}`);
            answer();
        },
        idleTimeoutMs: opts.idleTimeoutMs ?? 60_000,
        // tunnels leave the server's connections once CONNECT succeeds, and upstream sockets never were: closed by hand
        sockets: new Set(),
    };
    const server = (0,external_node_http_.createServer)((req, res) => forward(req, res, ctx));
    server.on('connection', (socket) => socket.setTimeout(ctx.idleTimeoutMs, () => socket.destroy()));
    server.on('connect', (req, client, head) => tunnel(req, client, head, ctx));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        address: `127.0.0.1:${server.address().port}`,
        refused,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            for (const socket of ctx.sockets)
                socket.destroy();
            server.close(() => resolve());
        }),
    };
}

;// CONCATENATED MODULE: ./src/sources/assets/asset-item.ts











const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Pure: the ids of each request of a source (for plans and dry runs), given the collection id. */
function planAssetRequests(source, collectionId, entry) {
    return source.requests.map((request, index) => {
        const itemId = request.item_id ?? deriveItemId(source.provider, collectionId, request.asset_paths);
        const payload = source.payloadFiles?.[index];
        return {
            index,
            itemId,
            requestId: deriveRequestId(source.provider, collectionId, itemId, request.asset_paths, request.metadata_paths),
            entry: payload !== undefined ? `${entry} ${payload}` : `${entry} requests[${index}]`,
            request,
            ...(payload !== undefined ? { payload } : {}),
        };
    });
}
async function readJsonAt(value, baseDir, entry, what, deps) {
    // each file is named by the manifest itself (no links are followed): its own host or folder is declared
    const loc = (0,locations/* toLocation */.nc)(value, baseDir);
    const { value: json, file } = await (0,guarded_read/* readJsonLocation */.O2)(loc, baseDir, entry, (0,guarded_read/* openReads */.go)(deps, [loc]), what);
    return { json, file };
}
/** The collection.json the items belong to: its `id`, and the href the items' collection link points at. */
async function readAssetsCollection(source, baseDir, entry, deps) {
    const { json, file } = await readJsonAt(source.collection, baseDir, entry, 'collection', deps);
    if (!isObject(json) || json['type'] !== 'Collection' || typeof json['id'] !== 'string' || json['id'] === '') {
        throw new errors/* ConfigurationError */.j1(`${file} is not a STAC Collection with an id`, {
            location: { file, pointer: isObject(json) && json['type'] === 'Collection' ? '/id' : '/type', entry },
            hint: '`assets.collection` points at the collection.json the items belong to',
        });
    }
    const loc = (0,locations/* toLocation */.nc)(source.collection, baseDir);
    return { id: json['id'], href: (0,locations/* locationKind */.QD)(loc) === 'local' ? '../collection.json' : loc, file };
}
async function readMetadata(paths, baseDir, entry, deps) {
    const out = { properties: {}, extensions: [] };
    for (const p of paths) {
        const { json, file } = await readJsonAt(p, baseDir, entry, 'metadata file', deps);
        if (!isObject(json))
            throw new errors/* ConfigurationError */.j1(`metadata file ${file} is not a JSON object`, {
                location: { file, entry },
                hint: 'a metadata file holds `properties` and `stac_extensions`',
            });
        for (const key of Object.keys(json)) {
            if (key !== 'properties' && key !== 'stac_extensions')
                deps.logger.warning(`metadata file ${file}: \`${key}\` is ignored (only \`properties\` and \`stac_extensions\` are merged)`, { file, pointer: `/${key}`, entry });
        }
        const props = json['properties'];
        if (props !== undefined) {
            if (!isObject(props))
                throw new errors/* ConfigurationError */.j1(`metadata file ${file}: \`properties\` is not an object`, {
                    location: { file, pointer: '/properties', entry },
                });
            Object.assign(out.properties, props);
        }
        const exts = json['stac_extensions'];
        if (exts !== undefined) {
            if (!Array.isArray(exts))
                throw new errors/* ConfigurationError */.j1(`metadata file ${file}: \`stac_extensions\` is not a list`, {
                    location: { file, pointer: '/stac_extensions', entry },
                });
            exts.forEach((e, k) => {
                const expanded = typeof e === 'string'
                    ? expandExtension(e)
                    : { ok: false, reason: `${JSON.stringify(e)} is not a string` };
                if (!expanded.ok) {
                    throw new errors/* ConfigurationError */.j1(`metadata file ${file}: ${expanded.reason}`, {
                        location: { file, pointer: `/stac_extensions/${k}`, entry },
                        hint: `give a schema URL or one of: ${knownShortNames().join(', ')}`,
                    });
                }
                out.extensions.push({ url: expanded.url, fromShortName: !/^https?:\/\//i.test(e) });
            });
        }
    }
    return out;
}
/** Asset keys from file names: `B04.tif` -> `B04`; repeated names get `-2`, `-3`. */
function assetNames(paths) {
    const used = new Set();
    return paths.map((p) => {
        const base = external_node_path_default().posix.basename(p
            .replace(/[?#].*$/, '')
            .split('\\')
            .join('/'));
        const stem = base.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9._-]+/g, '_') || 'asset';
        let name = stem;
        for (let n = 2; used.has(name); n++)
            name = `${stem}-${n}`;
        used.add(name);
        return name;
    });
}
function bboxOf(item) {
    const b = item['bbox'];
    return Array.isArray(b) && b.length === 4 && b.every((x) => typeof x === 'number') ? b : undefined;
}
const bboxPolygon = ([w, s, e, n]) => ({
    type: 'Polygon',
    coordinates: [
        [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
            [w, s],
        ],
    ],
});
function projFields(props) {
    return Object.fromEntries(Object.entries(props).filter(([k]) => k.startsWith('proj:')));
}
/**
 * One item from the rio-stac items of its assets: bbox is the union; geometry is the assets' geometry when they
 * all agree, else the union bbox as a polygon; the first asset's `proj:*` are item properties and any other asset
 * whose projection differs carries its own `proj:*` on the asset.
 */
function combineAssetItems(facts) {
    const first = facts[0];
    if (first === undefined)
        throw new RangeError('no asset facts');
    const firstProps = isObject(first.item['properties']) ? first.item['properties'] : {};
    const firstProj = projFields(firstProps);
    const boxes = facts.map((f) => bboxOf(f.item));
    const union = boxes.every((b) => b !== undefined)
        ? boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])], boxes[0])
        : undefined;
    const geometries = facts.map((f) => JSON.stringify(f.item['geometry']));
    const geometry = geometries.every((g) => g === geometries[0])
        ? first.item['geometry']
        : union !== undefined
            ? bboxPolygon(union)
            : first.item['geometry'];
    const assets = {};
    let extensions = [];
    for (const f of facts) {
        const a = isObject(f.item['assets']) ? f.item['assets'][f.name] : undefined;
        const asset = isObject(a) ? { ...a } : {};
        if (!Array.isArray(asset['roles']) || asset['roles'].length === 0)
            asset['roles'] = ['data'];
        const proj = projFields(isObject(f.item['properties']) ? f.item['properties'] : {});
        if (f !== first && JSON.stringify(proj) !== JSON.stringify(firstProj))
            Object.assign(asset, proj);
        assets[f.name] = asset;
        const ext = f.item['stac_extensions'];
        if (Array.isArray(ext))
            extensions = mergeExtensions(extensions, ext.filter((u) => typeof u === 'string').map((url) => ({ url, fromShortName: false })));
    }
    return {
        type: 'Feature',
        stac_version: first.item['stac_version'] ?? '1.1.0',
        stac_extensions: extensions,
        id: first.item['id'],
        geometry,
        ...(union !== undefined ? { bbox: union } : {}),
        properties: { ...firstProps },
        links: [],
        assets,
    };
}
/** The datetime rio-stac is given, and whether the item ends with `datetime: null` (a start/end range only). */
function chooseDatetime(request, props) {
    const dt = 'datetime' in props ? props['datetime'] : request.datetime;
    if (typeof dt === 'string' && dt !== '')
        return { rio: dt, rangeOnly: false };
    const start = props['start_datetime'];
    if (typeof start === 'string' && typeof props['end_datetime'] === 'string')
        return { rio: start, rangeOnly: true };
    return undefined;
}
/** Where asset `k` of a request is named: its payload file's `assetPaths`, or the manifest request's `asset_paths`. */
function assetLocation(planned, k) {
    const { entry, payload } = planned;
    return payload !== undefined
        ? { file: payload, entry, pointer: `/assetPaths/${k}` }
        : { entry, pointer: `/asset_paths/${k}` };
}
/**
 * The facts rio-stac reads from asset `k` (`href`, checked before any tool started). Each run has its own policy
 * proxy, so that a refusal named in the error is this run's, whatever ran beside it; closed (both sides of every
 * connection) when the tool ends.
 */
async function readAsset(planned, k, href, run, baseDir, deps, checks) {
    const target = (0,asset_hrefs/* assetTarget */.qx)(href, baseDir);
    const asset = target.open;
    if (target.kind === 'local' && target.path === asset) {
        try {
            await (0,promises_.access)(asset);
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`asset ${(0,locations/* displayLocation */.S5)(asset, baseDir)} does not exist`, {
                location: assetLocation(planned, k),
                hint: `asset paths are relative to the ${planned.payload ? 'payload file' : 'manifest'}`,
                cause: err,
            });
        }
    }
    const proxy = await startPolicyProxy(checks);
    const res = await runRioStac(deps.runner, { ...run, asset, proxy: proxy.address }).finally(() => proxy.close());
    if (!res.ok) {
        const refused = proxy.refused;
        const why = refused.length > 0 ? `; the fetch policy refused GDAL's requests to ${refused.join('; ')}` : '';
        throw Object.assign(new errors/* StageError */.Zu('generate', `${planned.entry}: ${res.message}${why}`), { stderr: res.stderr });
    }
    deps.logger.debug(`${planned.entry}: rio stac read ${(0,locations/* displayLocation */.S5)(asset, baseDir)} in ${res.durationMs} ms`);
    return res.item;
}
async function buildOne(planned, source, collection, baseDir, deps, opts) {
    const { request, entry } = planned;
    const meta = await readMetadata(request.metadata_paths, baseDir, entry, deps);
    const when = chooseDatetime(request, meta.properties);
    if (when === undefined) {
        throw new errors/* ConfigurationError */.j1('the item has no datetime', {
            location: { entry },
            hint: 'give `datetime` in the request, or `properties.datetime` (or start_datetime and ' +
                'end_datetime) in a metadata file',
        });
    }
    const fill = toolFill(source.tool_extensions ?? 'all', meta.extensions);
    const names = assetNames(request.asset_paths);
    const skipDrivers = await opts.skipDrivers().catch((err) => {
        throw new errors/* StageError */.Zu('generate', `${entry}: ${(0,errors/* describeError */.Uc)(err)}`, { cause: err });
    });
    const facts = [];
    for (const [k, p] of request.asset_paths.entries()) {
        const run = { tool: source.tool, assetName: names[k], itemId: planned.itemId, fill, skipDrivers };
        const timing = { ...(when.rio !== undefined ? { datetime: when.rio } : {}), timeoutMs: opts.timeoutMs ?? 120_000 };
        const env = source.env !== undefined && source.env.length > 0 ? { passEnv: source.env } : {};
        const item = await readAsset(planned, k, p, { ...run, ...timing, ...env }, baseDir, deps, opts.checks);
        facts.push({ name: names[k], item });
    }
    const item = combineAssetItems(facts);
    const properties = {
        ...item['properties'],
        ...meta.properties,
    };
    if (when.rangeOnly && !('datetime' in meta.properties) && request.datetime === undefined)
        properties['datetime'] = null;
    const doc = {
        ...item,
        stac_extensions: mergeExtensions(item['stac_extensions'], meta.extensions),
        id: planned.itemId,
        collection: collection.id,
        properties,
        links: [{ rel: 'collection', href: collection.href, type: 'application/json' }],
    };
    return doc;
}
function originOf(planned, sourceId) {
    const r = planned.request;
    return {
        file: planned.payload ?? r.metadata_paths[0] ?? r.asset_paths[0] ?? planned.entry,
        entry: planned.entry,
        ...(sourceId !== undefined ? { sourceId } : {}),
    };
}
/**
 * Builds one item per request of an `assets` source (the STAC Generator request shape): facts read from the assets
 * with rio-stac through uvx, then the metadata files merged in. The collection file is read once; when it cannot
 * be, that ConfigurationError is thrown. Every other failure is that request's `{ ok: false }` result.
 */
async function buildAssetItems(source, baseDir, entry, deps, opts) {
    const collection = await readAssetsCollection(source, baseDir, entry, deps);
    const planned = planAssetRequests(source, collection.id, entry);
    const statusFields = (p) => ({
        itemId: p.itemId,
        collection: collection.id,
        entry: p.entry,
        ...(opts.sourceId !== undefined ? { sourceId: opts.sourceId } : {}),
    });
    for (const p of planned)
        await deps.status?.update(p.requestId, 'queued', statusFields(p));
    const refusals = await (0,asset_hrefs/* assetRefusals */.o)(source, baseDir, deps);
    // every connection GDAL makes goes through a proxy with these checks (redirects, sidecars, S3 endpoints)
    const checks = (0,asset_hrefs/* proxyChecks */.Ct)(source, baseDir, deps, process.env['AWS_S3_ENDPOINT']);
    // read from the tool's GDAL once, when the first asset is read (a source whose hrefs are all refused starts nothing)
    let skip;
    const skipDrivers = () => (skip ??= gdalSkipList(deps.runner, source.tool, opts.timeoutMs ?? 120_000));
    const results = (0,limit/* mapBounded */.yJ)(planned, opts.concurrency, async (p) => {
        const started = Date.now();
        await deps.status?.update(p.requestId, 'generating', statusFields(p));
        const origin = originOf(p, opts.sourceId);
        try {
            const refused = refusals.find((r) => r.request === p.index);
            if (refused !== undefined)
                throw (0,asset_hrefs/* refusalError */.z_)(refused, assetLocation(p, refused.asset));
            const doc = await buildOne(p, source, collection, baseDir, deps, { ...opts, checks, skipDrivers });
            return {
                ok: true,
                requestId: p.requestId,
                itemId: p.itemId,
                doc: { doc, origin },
                durationMs: Date.now() - started,
            };
        }
        catch (err) {
            if (!(err instanceof errors/* ConfigurationError */.j1) && !(err instanceof errors/* StageError */.Zu))
                throw err;
            const message = (0,errors/* describeError */.Uc)(err);
            deps.logger.error(`${p.requestId} (item ${p.itemId}): ${message}`, err instanceof errors/* ConfigurationError */.j1 ? err.location : { entry: p.entry });
            await deps.status?.update(p.requestId, 'failed', { ...statusFields(p), error: message });
            const stderr = err.stderr;
            return {
                ok: false,
                requestId: p.requestId,
                itemId: p.itemId,
                error: err,
                stderr: typeof stderr === 'string' ? stderr : '',
                origin,
            };
        }
    });
    return results;
}


/***/ }),

/***/ 8944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ walkCatalogItems),
/* harmony export */   t: () => (/* binding */ walkCatalog)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _model_key_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1463);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2204);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4460);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(850);
/* harmony import */ var _guarded_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9363);






/**
 * A catalog walker over local paths, http(s):// and s3:// (what pystac's `Catalog.from_file` +
 * `get_all_items()` do for the DPS generator): items reachable through `child` and `item` links,
 * depth first in link order, each once; relative hrefs resolve against the document holding them.
 */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const ITEM_READ_BATCH = 16;
function typeOf(doc) {
    return isObject(doc)
        ? String(doc['type'] ?? 'an object without `type`')
        : Array.isArray(doc)
            ? 'a JSON array'
            : `JSON ${doc === null ? 'null' : typeof doc}`;
}
/** Reads one catalog or item (counted against the source's cap); failures and refusals are located at the link. */
async function readDoc(loc, ref, walk, what) {
    return parseRead(await readBytes(loc, ref, walk, what), (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .displayLocation */ .S5)(loc, walk.baseDir), walk);
}
/** {@link readDoc} before parsing: the bytes (reads run in parallel, documents are parsed in link order). */
async function readBytes(loc, ref, walk, what) {
    const file = (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .displayLocation */ .S5)(loc, walk.baseDir);
    let bytes;
    try {
        (0,_guarded_read_js__WEBPACK_IMPORTED_MODULE_5__/* .countRead */ .kT)(walk.reads, what);
        bytes = await (0,_guarded_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readLocation */ .mb)(loc, walk.reads, ref?.from);
    }
    catch (err) {
        if (ref === undefined)
            throw (0,_guarded_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readFailure */ .f1)(err, `catalog ${file}`, { file, entry: walk.entry }, 'check the `catalog` location');
        const from = (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .displayLocation */ .S5)(ref.from, walk.baseDir);
        throw linkFailure(err, ref, from, file, walk);
    }
    return bytes;
}
/** A document read: checked against the first read of the source (when read again), decoded and parsed. */
function parseRead(bytes, file, walk) {
    walk.pass?.see(bytes, file);
    const parsed = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonText */ .lk)((0,_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)(bytes, { file, entry: walk.entry }));
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file} is not valid JSON: ${parsed.message}`, {
            location: { file, line: parsed.line, column: parsed.column, entry: walk.entry },
        });
    return parsed.value;
}
/** A link that could not be read or was refused, located at its href in the document holding it. */
function linkFailure(err, ref, from, file, walk) {
    const location = { file: from, pointer: ref.pointer, entry: walk.entry };
    const failure = (0,_guarded_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readFailure */ .f1)(err, `${from}: ${ref.rel} link '${ref.href}'`, location);
    if (!(failure instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1) || failure.hint !== undefined)
        return failure;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(failure.message.replace(/ cannot be read: /, ' is broken: '), {
        location,
        hint: `resolved to ${file}; relative hrefs resolve against the document holding the link`,
        cause: err,
    });
}
function expectContainer(doc, loc, ref, walk, catalogOnly) {
    const type = typeOf(doc);
    if (type === 'Catalog' || (!catalogOnly && type === 'Collection'))
        return;
    const file = (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .displayLocation */ .S5)(loc, walk.baseDir);
    const where = ref
        ? { file: (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .displayLocation */ .S5)(ref.from, walk.baseDir), pointer: ref.pointer, entry: walk.entry }
        : { file, pointer: '/type', entry: walk.entry };
    if (catalogOnly && type === 'Collection') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file} is a Collection; the DPS generator reads catalog.json with pystac.Catalog.from_file, ` +
            `which rejects a Collection root (STACTypeError)`, {
            location: where,
            hint: 'write the job output as a Catalog ("type": "Catalog") that links the collection with rel "child"',
        });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${ref ? `child link '${ref.href}' leads to` : 'catalog'} ${file}, which is ${type}, not a STAC ` +
        `Catalog${catalogOnly ? '' : ' or Collection'}`, {
        location: where,
        hint: type === 'Feature' ? 'link items with rel "item"' : 'point `catalog` at the root catalog.json',
    });
}
function target(ref, walk) {
    try {
        return (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveHref */ ._T)(ref.href, ref.from);
    }
    catch (err) {
        if (!(err instanceof _locations_js__WEBPACK_IMPORTED_MODULE_4__/* .UnsupportedLocationError */ .v))
            throw err;
        const file = (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .displayLocation */ .S5)(ref.from, walk.baseDir);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file}: ${ref.rel} link '${ref.href}': ${err.message}`, {
            location: { file, pointer: ref.pointer, entry: walk.entry },
        });
    }
}
/** The child and item links of a container, one at a time (a container may link 100,000 items). */
function* linksOf(loc, links, walk) {
    const file = (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .displayLocation */ .S5)(loc, walk.baseDir);
    for (const [i, link] of links.entries()) {
        if (!isObject(link) || (link['rel'] !== 'child' && link['rel'] !== 'item'))
            continue;
        const href = link['href'];
        const pointer = `/links/${i}/href`;
        if (typeof href !== 'string' || href === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file}: ${String(link['rel'])} link has no href`, {
                location: { file, pointer, entry: walk.entry },
            });
        const ref = { from: loc, pointer, rel: link['rel'], href };
        yield { ref, loc: target(ref, walk) };
    }
}
/** An item a link leads to, as a document of the source; anything but an item is an error located at the link. */
function itemDoc(item, { ref, loc }, walk) {
    const file = (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .displayLocation */ .S5)(ref.from, walk.baseDir);
    if (!isObject(item) || item['type'] !== 'Feature') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file}: item link '${ref.href}' leads to ${typeOf(item)}, not a STAC Item (type "Feature")`, {
            location: { file, pointer: ref.pointer, entry: walk.entry },
            hint: 'link catalogs and collections with rel "child"',
        });
    }
    const shown = (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .displayLocation */ .S5)(loc, walk.baseDir);
    return {
        doc: item,
        origin: { file: shown, ...((0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .locationKind */ .QD)(loc) === 'local' ? { absolutePath: loc } : {}), entry: walk.entry },
    };
}
/** The items a container links, read a batch at a time, in link order, each item once. */
async function* linkedItems(loc, links, walk) {
    let batch = [];
    const flush = async function* () {
        const read = await Promise.all(batch.map(({ ref, loc: l }) => readBytes(l, ref, walk, 'items')));
        const links = batch;
        batch = [];
        for (const [k, bytes] of read.entries()) {
            const link = links[k];
            yield itemDoc(parseRead(bytes, (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .displayLocation */ .S5)(link.loc, walk.baseDir), walk), link, walk);
        }
    };
    for (const link of linksOf(loc, links, walk)) {
        if (link.ref.rel !== 'item' || walk.seenItems.addOrGet(link.loc, '') !== undefined)
            continue;
        batch.push(link);
        if (batch.length === ITEM_READ_BATCH)
            yield* flush();
    }
    if (batch.length > 0)
        yield* flush();
}
/** The items of a container and, depth first in link order, of the catalogs and collections it links as children. */
async function* walkContainer(loc, doc, ancestors, walk) {
    const file = (0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .displayLocation */ .S5)(loc, walk.baseDir);
    const links = doc['links'];
    if (links === undefined)
        return;
    if (!Array.isArray(links))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file}: \`links\` is not a list`, {
            location: { file, pointer: '/links', entry: walk.entry },
        });
    // every link is checked (an href, a location it resolves to) before anything it leads to is read
    for (const _ of linksOf(loc, links, walk))
        ;
    yield* linkedItems(loc, links, walk);
    for (const { ref, loc: l } of linksOf(loc, links, walk)) {
        if (ref.rel !== 'child')
            continue;
        if (ancestors.includes(l)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file}: child link '${ref.href}' leads back to ${(0,_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .displayLocation */ .S5)(l, walk.baseDir)}, which ` +
                `contains this catalog (a cycle)`, {
                location: { file, pointer: ref.pointer, entry: walk.entry },
                hint: 'a child link must point down the tree; link back up with rel "parent" or "root"',
            });
        }
        if (walk.seenCatalogs.has(l))
            continue;
        walk.seenCatalogs.add(l);
        const child = await readDoc(l, ref, walk, 'catalogs');
        expectContainer(child, l, ref, walk, false);
        yield* walkContainer(l, child, [...ancestors, l], walk);
    }
}
/**
 * Every item reachable from the catalog at `root`, one at a time (nothing of an item is kept once it is yielded but
 * where it was read, to read it once); each doc's origin names where it was read. `pass`: the source is read again,
 * each document checked against its first read.
 */
async function* walkCatalogItems(root, baseDir, entry, reads, options) {
    const walk = { baseDir, entry, reads, seenItems: new _model_key_set_js__WEBPACK_IMPORTED_MODULE_1__/* .SpilledKeySet */ .L(), seenCatalogs: new Set([root]) };
    if (options.pass)
        walk.pass = options.pass;
    try {
        const doc = await readDoc(root, undefined, walk, 'catalogs');
        expectContainer(doc, root, undefined, walk, options.rootMustBeCatalog);
        yield* walkContainer(root, doc, [root], walk);
    }
    finally {
        walk.seenItems.close();
    }
    options.pass?.end();
}
/** {@link walkCatalogItems}, collected. */
async function walkCatalog(root, baseDir, entry, reads, options) {
    const items = [];
    for await (const d of walkCatalogItems(root, baseDir, entry, reads, options))
        items.push(d);
    return { items };
}


/***/ }),

/***/ 2622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vs: () => (/* binding */ readMet),
/* harmony export */   ty: () => (/* binding */ findJobPrefix),
/* harmony export */   xD: () => (/* binding */ locateMet)
/* harmony export */ });
/* unused harmony export findMetJson */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_s3_url_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8051);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(850);
/* harmony import */ var _guarded_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9363);





const JOB_PATH_RE = /\d{4}\/\d{2}\/\d{2}\/\d{2}\/\d{2}\/\d{2}\/\d+/;
/**
 * The DPS job prefix of an object key: everything up to the end of the first
 * `YYYY/MM/DD/HH/MM/SS/<n>` match, plus `/` (protocol §3.2 step 2). A leading `/` is ignored.
 * undefined when the key has no such path (the DPS generator fails with "could not identify the DPS output prefix").
 */
function findJobPrefix(key) {
    const p = key.replace(/^\/+/, '');
    const m = JOB_PATH_RE.exec(p);
    return m ? p.slice(0, m.index + m[0].length) + '/' : undefined;
}
/**
 * The first path of a listing that ends with `met.json` (the generator's rule; `x.met.json` and
 * `met.json` both match).
 */
function findMetJson(listing) {
    for (const p of listing)
        if (p.endsWith('met.json'))
            return p;
    return undefined;
}
async function firstMetInS3(bucket, prefix, reads) {
    if (reads.s3 === undefined)
        throw new Error(`listing s3://${bucket}/${prefix} for the met.json needs an S3 client (deps.s3)`);
    for await (const key of reads.s3.list(bucket, prefix))
        if (key.endsWith('met.json'))
            return key;
    return undefined;
}
/**
 * Finds the job's met.json the way the DPS generator does: `explicit` when given (relative to `baseDir`),
 * else the first `*met.json` under the job prefix of the catalog's location. Locally, a catalog whose path has
 * no job prefix falls back to the catalog's own directory; https:// catalogs cannot be listed and need `met`.
 */
async function locateMet(catalog, explicit, baseDir, entry, reads) {
    if (explicit !== undefined)
        return (0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .toLocation */ .nc)(explicit, baseDir);
    const kind = (0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .locationKind */ .QD)(catalog);
    const shown = (0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .displayLocation */ .S5)(catalog, baseDir);
    if (kind === 'http') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`cannot look for the job's met.json next to ${shown}: an https:// location cannot be listed`, {
            location: { entry },
            hint: 'give the met.json location in `dps.met`',
        });
    }
    if (kind === 's3') {
        const { bucket, key } = (0,_model_s3_url_js__WEBPACK_IMPORTED_MODULE_4__/* .parseS3Url */ .F)(catalog) ?? { bucket: '', key: '' };
        const prefix = findJobPrefix(key);
        if (prefix === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`could not identify the DPS output prefix in ${shown}`, {
                location: { entry },
                hint: 'a DPS output key holds the job path YYYY/MM/DD/HH/MM/SS/<n>; give `dps.met` to read ' +
                    'another layout (the DPS generator itself would fail on it)',
            });
        }
        const found = await firstMetInS3(bucket, prefix, reads);
        if (found === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`no *met.json under s3://${bucket}/${prefix}`, {
                location: { entry },
                hint: "the DPS generator needs the job's .met.json under the job prefix; give `dps.met` if it is elsewhere",
            });
        }
        return `s3://${bucket}/${found}`;
    }
    const prefix = findJobPrefix(catalog.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/'));
    const root = prefix !== undefined ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve('/', prefix) : node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(catalog);
    const found = findMetJson(await (0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .listLocalFiles */ .P)(root));
    if (found === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`no *met.json under ${(0,_locations_js__WEBPACK_IMPORTED_MODULE_2__/* .displayLocation */ .S5)(root, baseDir)}`, {
            location: { entry },
            hint: "put the DPS job's .met.json in the job directory, or give its path in `dps.met`",
        });
    }
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, found);
}
/** Reads and parses a met.json; unreadable or invalid JSON is a located ConfigurationError. */
async function readMet(loc, baseDir, entry, reads) {
    const { value: met, file, text } = await (0,_guarded_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readJsonLocation */ .O2)(loc, baseDir, entry, reads, 'met.json', 'check `dps.met`');
    if (typeof met !== 'object' || met === null || Array.isArray(met)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file} is not a JSON object`, {
            location: { file, entry },
            hint: 'a DPS met.json is an object with username, algorithm_name, algorithm_version and tag',
        });
    }
    return { met: met, location: loc, file, text };
}


/***/ }),

/***/ 1656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z$: () => (/* binding */ openDpsSource),
  rm: () => (/* binding */ readDpsSource)
});

// UNUSED EXPORTS: makeAssetHrefsAbsolute

// EXTERNAL MODULE: ./src/sources/with-collection.ts
var with_collection = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/sources/dps/html-entities.ts
/**
 * The HTML 4 named character references that python-slugify decodes (Python's
 * `html.entities.name2codepoint`, 252 names), as `name:hex-codepoint` pairs.
 */
const TABLE = 'AElig:c6 Aacute:c1 Acirc:c2 Agrave:c0 Alpha:391 Aring:c5 Atilde:c3 Auml:c4 Beta:392 Ccedil:c7 ' +
    'Chi:3a7 Dagger:2021 Delta:394 ETH:d0 Eacute:c9 Ecirc:ca Egrave:c8 Epsilon:395 Eta:397 Euml:cb ' +
    'Gamma:393 Iacute:cd Icirc:ce Igrave:cc Iota:399 Iuml:cf Kappa:39a Lambda:39b Mu:39c Ntilde:d1 Nu:39d ' +
    'OElig:152 Oacute:d3 Ocirc:d4 Ograve:d2 Omega:3a9 Omicron:39f Oslash:d8 Otilde:d5 Ouml:d6 Phi:3a6 ' +
    'Pi:3a0 Prime:2033 Psi:3a8 Rho:3a1 Scaron:160 Sigma:3a3 THORN:de Tau:3a4 Theta:398 Uacute:da Ucirc:db ' +
    'Ugrave:d9 Upsilon:3a5 Uuml:dc Xi:39e Yacute:dd Yuml:178 Zeta:396 aacute:e1 acirc:e2 acute:b4 ' +
    'aelig:e6 agrave:e0 alefsym:2135 alpha:3b1 amp:26 and:2227 ang:2220 aring:e5 asymp:2248 atilde:e3 ' +
    'auml:e4 bdquo:201e beta:3b2 brvbar:a6 bull:2022 cap:2229 ccedil:e7 cedil:b8 cent:a2 chi:3c7 circ:2c6 ' +
    'clubs:2663 cong:2245 copy:a9 crarr:21b5 cup:222a curren:a4 dArr:21d3 dagger:2020 darr:2193 deg:b0 ' +
    'delta:3b4 diams:2666 divide:f7 eacute:e9 ecirc:ea egrave:e8 empty:2205 emsp:2003 ensp:2002 ' +
    'epsilon:3b5 equiv:2261 eta:3b7 eth:f0 euml:eb euro:20ac exist:2203 fnof:192 forall:2200 frac12:bd ' +
    'frac14:bc frac34:be frasl:2044 gamma:3b3 ge:2265 gt:3e hArr:21d4 harr:2194 hearts:2665 hellip:2026 ' +
    'iacute:ed icirc:ee iexcl:a1 igrave:ec image:2111 infin:221e int:222b iota:3b9 iquest:bf isin:2208 ' +
    'iuml:ef kappa:3ba lArr:21d0 lambda:3bb lang:2329 laquo:ab larr:2190 lceil:2308 ldquo:201c le:2264 ' +
    'lfloor:230a lowast:2217 loz:25ca lrm:200e lsaquo:2039 lsquo:2018 lt:3c macr:af mdash:2014 micro:b5 ' +
    'middot:b7 minus:2212 mu:3bc nabla:2207 nbsp:a0 ndash:2013 ne:2260 ni:220b not:ac notin:2209 ' +
    'nsub:2284 ntilde:f1 nu:3bd oacute:f3 ocirc:f4 oelig:153 ograve:f2 oline:203e omega:3c9 omicron:3bf ' +
    'oplus:2295 or:2228 ordf:aa ordm:ba oslash:f8 otilde:f5 otimes:2297 ouml:f6 para:b6 part:2202 ' +
    'permil:2030 perp:22a5 phi:3c6 pi:3c0 piv:3d6 plusmn:b1 pound:a3 prime:2032 prod:220f prop:221d ' +
    'psi:3c8 quot:22 rArr:21d2 radic:221a rang:232a raquo:bb rarr:2192 rceil:2309 rdquo:201d real:211c ' +
    'reg:ae rfloor:230b rho:3c1 rlm:200f rsaquo:203a rsquo:2019 sbquo:201a scaron:161 sdot:22c5 sect:a7 ' +
    'shy:ad sigma:3c3 sigmaf:3c2 sim:223c spades:2660 sub:2282 sube:2286 sum:2211 sup:2283 sup1:b9 ' +
    'sup2:b2 sup3:b3 supe:2287 szlig:df tau:3c4 there4:2234 theta:3b8 thetasym:3d1 thinsp:2009 thorn:fe ' +
    'tilde:2dc times:d7 trade:2122 uArr:21d1 uacute:fa uarr:2191 ucirc:fb ugrave:f9 uml:a8 upsih:3d2 ' +
    'upsilon:3c5 uuml:fc weierp:2118 xi:3be yacute:fd yen:a5 yuml:ff zeta:3b6 zwj:200d zwnj:200c ';
const HTML_ENTITIES = new Map(TABLE.trim()
    .split(' ')
    .map((pair) => {
    const [name, hex] = pair.split(':');
    return [name, parseInt(hex, 16)];
}));

;// CONCATENATED MODULE: ./src/sources/dps/slugify.ts

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
const TRANSLITERATION = new Map([
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
function transliterateChar(cp) {
    if (cp < 0x80)
        return { text: String.fromCodePoint(cp), known: true };
    if (cp > 0xffff)
        return { text: '', known: true }; // beyond text_unidecode's table: dropped
    if (cp >= 0x80 && cp <= 0x9f)
        return { text: '', known: true }; // C1 controls
    if (cp >= 0x300 && cp <= 0x362)
        return { text: '', known: true }; // combining diacritics
    if (cp >= 0x363 && cp <= 0x36f)
        return { text: COMBINING_LETTERS[cp - 0x363] ?? '', known: true };
    const t = TRANSLITERATION.get(cp);
    return t === undefined ? { text: '', known: false } : { text: t, known: true };
}
/** NFKD, then each character to ASCII (text_unidecode's `unidecode`, within the table above). */
function unidecode(text, gaps) {
    let out = '';
    for (const ch of text.normalize('NFKD')) {
        const r = transliterateChar(ch.codePointAt(0) ?? 0);
        if (!r.known)
            gaps?.add(ch);
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
function decodeRefs(text, pattern, radix) {
    const codes = [...text.matchAll(pattern)].map((m) => parseInt(m[1] ?? '', radix));
    if (codes.some((c) => !(c <= 0x10ffff)))
        return text;
    return text.replace(pattern, (_m, digits) => String.fromCodePoint(parseInt(digits, radix)));
}
function decodeEntities(text) {
    text = text.replace(CHAR_ENTITY, (m, name) => {
        const cp = HTML_ENTITIES.get(name);
        return cp === undefined ? m : String.fromCodePoint(cp);
    });
    text = decodeRefs(text, DECIMAL_REF, 10);
    return decodeRefs(text, HEX_REF, 16);
}
function stripDashes(text) {
    let start = 0;
    let end = text.length;
    while (start < end && text[start] === '-')
        start++;
    while (end > start && text[end - 1] === '-')
        end--;
    return text.slice(start, end);
}
/** The collection-id slug rule of MAAP's DPS generator (python-slugify 8.0.4 with `regex_pattern=r"[/\?#%& ]+"`). */
function slugifyCollectionId(input) {
    return slugifyWith(input);
}
function slugifyWith(input, gaps) {
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
function transliterationGaps(input) {
    const gaps = new Set();
    slugifyWith(input, gaps);
    return [...gaps];
}

;// CONCATENATED MODULE: ./src/sources/dps/collection-id.ts


/** The four met.json keys the DPS generator formats into `{username}__{algorithm_name}__{algorithm_version}__{tag}`. */
const MET_KEYS = ['username', 'algorithm_name', 'algorithm_version', 'tag'];
/**
 * Python's `str()` of a JSON value, as `str.format` renders it. A JSON number written with a fraction
 * or exponent is a Python float (`1.0` -> "1.0"); `rawText` (the met.json text) tells us how it was written.
 */
function pyStr(key, value, rawText) {
    if (typeof value === 'string')
        return value;
    if (value === null)
        return 'None';
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number') {
        if (Number.isInteger(value) && rawText !== undefined) {
            const esc = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            const literal = new RegExp(`"${esc}"\\s*:\\s*(-?\\d[\\d.eE+-]*)`).exec(rawText)?.[1];
            if (literal !== undefined && /[.eE]/.test(literal))
                return `${value}.0`;
        }
        return String(value);
    }
    return JSON.stringify(value);
}
/**
 * The collection id MAAP's DPS generator gives a job's items (protocol §3.2 step 4). A missing key is
 * a ConfigurationError naming the met.json file and the key, as the generator fails with KeyError.
 */
function deriveCollectionId(met, metFile, options = {}) {
    const at = { file: metFile, ...(options.entry !== undefined ? { entry: options.entry } : {}) };
    if (typeof met !== 'object' || met === null || Array.isArray(met)) {
        throw new errors/* ConfigurationError */.j1(`${metFile} is not a JSON object`, {
            location: at,
            hint: 'a DPS met.json is an object with username, algorithm_name, algorithm_version and tag',
        });
    }
    const record = met;
    const parts = MET_KEYS.map((key) => {
        if (!(key in record)) {
            throw new errors/* ConfigurationError */.j1(`${metFile} has no \`${key}\`; the DPS collection id is ` +
                `{username}__{algorithm_name}__{algorithm_version}__{tag}`, {
                location: { ...at, pointer: '' },
                hint: `add "${key}" to the met.json (the DPS generator fails on this job too)`,
            });
        }
        return pyStr(key, record[key], options.rawText);
    });
    const raw = parts.join('__');
    return { id: slugifyCollectionId(raw), raw, gaps: transliterationGaps(raw) };
}

// EXTERNAL MODULE: ./src/model/s3-url.ts
var s3_url = __webpack_require__(8051);
// EXTERNAL MODULE: ./src/sources/locations.ts
var locations = __webpack_require__(850);
// EXTERNAL MODULE: ./src/sources/guarded-read.ts
var guarded_read = __webpack_require__(9363);
// EXTERNAL MODULE: ./src/sources/dps/met.ts
var dps_met = __webpack_require__(2622);
// EXTERNAL MODULE: ./src/sources/json-text.ts
var json_text = __webpack_require__(4460);
;// CONCATENATED MODULE: ./src/sources/dps/registry.ts


/**
 * Python `fnmatch.translate` semantics (case-sensitive, as `fnmatch.fnmatch` is on POSIX): `*`,
 * `?`, `[seq]`, `[!seq]`.
 */
function fnmatchToRegExp(pattern) {
    let re = '';
    let i = 0;
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    while (i < pattern.length) {
        const c = pattern[i++];
        if (c === '*') {
            re += '[\\s\\S]*';
            while (pattern[i] === '*')
                i++;
        }
        else if (c === '?') {
            re += '[\\s\\S]';
        }
        else if (c === '[') {
            let j = i;
            if (pattern[j] === '!')
                j++;
            if (pattern[j] === ']')
                j++;
            while (j < pattern.length && pattern[j] !== ']')
                j++;
            if (j >= pattern.length) {
                re += '\\[';
            }
            else {
                let body = pattern.slice(i, j);
                i = j + 1;
                const negate = body.startsWith('!');
                if (negate)
                    body = body.slice(1);
                const cls = body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]').replace(/\[/g, '\\[').replace(/\^/g, '\\^');
                re += body === '' ? (negate ? '[\\s\\S]' : '(?!)') : `[${negate ? '^' : ''}${cls}]`;
            }
        }
        else {
            re += escape(c);
        }
    }
    return new RegExp(`^${re}$`);
}
/** The DPS generator's `is_authorized`: some pattern matching `collectionId` lists `username`. */
function isAuthorized(username, collectionId, registry) {
    return Object.entries(registry).some(([pattern, users]) => users.includes(username) && fnmatchToRegExp(pattern).test(collectionId));
}
/**
 * Parses the registry JSON (e.g. the `USER_STAC_COLLECTION_ID_REGISTRY` value); `where` names its
 * source for errors.
 */
function parseCollectionRegistry(text, where) {
    const parsed = parseJsonText(text);
    const hint = 'the registry is a JSON object of collection-id patterns to username lists, e.g. {"shared-*": ["jane"]}';
    if (!parsed.ok) {
        throw new ConfigurationError(`collection registry is not valid JSON: ${parsed.message}`, {
            location: { ...where, line: parsed.line, column: parsed.column },
            hint,
        });
    }
    const value = parsed.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new ConfigurationError('collection registry is not a JSON object', { location: where, hint });
    }
    const out = {};
    for (const [pattern, users] of Object.entries(value)) {
        if (!Array.isArray(users) || users.some((u) => typeof u !== 'string')) {
            throw new ConfigurationError(`collection registry entry "${pattern}" is not a list of usernames`, {
                location: { ...where, pointer: `/${pattern.replace(/~/g, '~0').replace(/\//g, '~1')}` },
                hint,
            });
        }
        out[pattern] = users;
    }
    return out;
}

// EXTERNAL MODULE: ./src/sources/catalog-walker.ts
var catalog_walker = __webpack_require__(8944);
// EXTERNAL MODULE: ./src/json.ts
var json = __webpack_require__(8301);
;// CONCATENATED MODULE: ./src/sources/dps/read-dps.ts









const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** pystac `make_all_asset_hrefs_absolute`: relative asset hrefs resolve against the item's own location. */
function makeAssetHrefsAbsolute(item, itemLocation) {
    const assets = item['assets'];
    if (!isObject(assets))
        return item;
    const out = {};
    for (const [key, asset] of Object.entries(assets)) {
        const href = isObject(asset) ? asset['href'] : undefined;
        out[key] =
            typeof href === 'string' && href !== '' && isObject(asset)
                ? (0,json/* withMembers */.gn)(asset, { href: (0,locations/* resolveHref */._T)(href, itemLocation) })
                : asset;
    }
    return (0,json/* withMembers */.gn)(item, { assets: out });
}
function itemLocation(d) {
    return d.origin.absolutePath ?? d.origin.file;
}
/** What a DPS source may read: the catalog's and met.json's hosts and folders, and on S3 the job's prefix. */
function dpsReads(catalog, source, baseDir, deps) {
    const s3 = (0,s3_url/* parseS3Url */.F)(catalog);
    const job = s3 === undefined ? undefined : (0,dps_met/* findJobPrefix */.ty)(s3.key);
    const declared = [catalog, ...(source.met !== undefined ? [(0,locations/* toLocation */.nc)(source.met, baseDir)] : [])];
    return (0,guarded_read/* openReads */.go)(deps, declared, s3 && job !== undefined ? [`${s3.bucket}/${job}`] : []);
}
/**
 * Opens a DPS job's output as MAAP's DPS generator does (protocol §3.2): finds and reads the met.json and derives
 * the collection id; its `catalog.json` (local path, http(s):// or s3://; the root must be a Catalog) is walked by
 * each call of `items`.
 */
async function openDpsSource(source, baseDir, entry, deps, options = {}) {
    const catalog = (0,locations/* toLocation */.nc)(source.catalog, baseDir);
    const reads = dpsReads(catalog, source, baseDir, deps);
    const metLoc = await (0,dps_met/* locateMet */.xD)(catalog, source.met, baseDir, entry, reads);
    const met = await (0,dps_met/* readMet */.Vs)(metLoc, baseDir, entry, reads);
    const derived = deriveCollectionId(met.met, met.file, { entry, rawText: met.text });
    if (derived.gaps.length > 0) {
        options.logger?.warning(`collection id '${derived.id}' from '${derived.raw}': characters ` +
            `${derived.gaps.map((g) => JSON.stringify(g)).join(', ')} are dropped here but ` +
            `transliterated by the DPS generator; its id may differ`, { file: met.file, entry });
    }
    const username = typeof met.met['username'] === 'string' ? met.met['username'] : String(met.met['username']);
    const adopt = { source, entry, username, collectionId: derived.id, registry: options.registry };
    const catalogFile = (0,locations/* displayLocation */.S5)(catalog, baseDir);
    async function* items({ pass, logger, kept: into } = {}) {
        const walkReads = dpsReads(catalog, source, baseDir, deps);
        const walk = { rootMustBeCatalog: true, ...(pass ? { pass } : {}) };
        let n = 0;
        let kept = 0;
        for await (const d of (0,catalog_walker/* walkCatalogItems */.Z)(catalog, baseDir, entry, walkReads, walk)) {
            const item = adoptDpsItem(d, adopt, logger);
            n++;
            if (item.kept) {
                kept++;
                into?.push({ id: String(item.doc.doc['id']), collection: String(item.doc.doc['collection']) });
            }
            yield item.doc;
        }
        logger?.info(`${catalogFile}: ${n} item(s); DPS collection id ${derived.id}${kept ? ` (${kept} kept their own)` : ''}`);
    }
    return {
        collectionId: derived.id,
        rawCollectionId: derived.raw,
        met: met.met,
        metFile: met.file,
        catalogFile,
        items,
    };
}
/** A DPS item as the generator publishes it: absolute asset hrefs, its own collection when kept, else the job's. */
function adoptDpsItem(d, adopt, logger) {
    const { source, entry, username, collectionId, registry } = adopt;
    const doc = makeAssetHrefsAbsolute(d.doc, itemLocation(d));
    const own = doc['collection'];
    const id = String(doc['id']);
    if (source.keep_item_collection && typeof own === 'string' && own !== '') {
        if (registry === undefined || isAuthorized(username, own, registry))
            return { doc: { doc, origin: d.origin }, kept: true };
        logger?.warning(`item ${id} keeps no own collection '${own}': the collection registry does not authorise ` +
            `'${username}' for it; it goes to '${collectionId}'`, { file: d.origin.file, pointer: '/collection', entry });
    }
    return { doc: { doc: (0,with_collection/* withCollection */.h)(doc, collectionId), origin: d.origin }, kept: false };
}
/** {@link openDpsSource}, its items read and held. */
async function readDpsSource(source, baseDir, entry, deps, options = {}) {
    const { items, ...opened } = await openDpsSource(source, baseDir, entry, deps, options);
    const docs = [];
    const kept = [];
    for await (const d of items({ logger: options.logger, kept }))
        docs.push(d);
    return { ...opened, docs, kept };
}


/***/ }),

/***/ 3507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ boundsFirst),
/* harmony export */   aq: () => (/* binding */ loaderWaves),
/* harmony export */   jW: () => (/* binding */ RangeBounds),
/* harmony export */   uo: () => (/* binding */ SecondKinds)
/* harmony export */ });
/* harmony import */ var _compare_datetime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5462);
/**
 * pypgstac (the StacLoader's `load_items`) sets a partition's datetime bounds by comparing datetime
 * *text*: in one loader batch, `…12:00:00.500000Z` sorts before `…12:00:00Z` (`.` < `Z`), so items of
 * one collection at the same second with and without a fraction give a range whose lower bound is
 * after its upper bound, and the whole collection group of the batch fails ("range lower bound must
 * be less than or equal to range upper bound"; twin/STORED_FORM.md). Sending the canonical form does
 * not help: the loader writes it again the same way. What helps is never letting such items meet in
 * one batch: they go in waves, the whole-second ones first (the order that also keeps the stored
 * bounds right for later batches), each wave published once the one before has landed.
 *
 * Before them go the items that hold each collection's datetime bounds (`boundsFirst`). pgstac (with
 * `use_queue`, as MAAP runs it) gives a partition its CHECK constraint later, from pg_cron's queue, set
 * to the range of the rows committed then; a loader invocation that read the partition's bounds before
 * and inserts after gets a CheckViolation, which pypgstac 0.9.9 retries with the batch's item iterator
 * already used up: the retry inserts nothing, the handler logs "successfully loaded" and the messages
 * are deleted. 380 of 2,000 items were lost that way on the twin. Once the earliest and the latest item
 * of a collection are stored, every range pgstac derives from stored rows covers all the others.
 */

/** The two datetimes pypgstac ranges over: `start_datetime`/`end_datetime` when both are set, else `datetime` twice. */
function rangeEnds(doc) {
    const p = doc['properties'];
    if (typeof p !== 'object' || p === null)
        return [undefined, undefined];
    const props = p;
    const canonical = (v) => {
        const r = v === null || v === undefined ? undefined : (0,_compare_datetime_js__WEBPACK_IMPORTED_MODULE_0__/* .pydanticDatetime */ .A)(v);
        return r?.ok ? r.value : undefined;
    };
    const start = canonical(props['start_datetime']);
    const end = canonical(props['end_datetime']);
    if (start !== undefined && end !== undefined)
        return [start, end];
    const dt = canonical(props['datetime']);
    return [dt, dt];
}
/** Canonical UTC text (`YYYY-MM-DDTHH:MM:SS[.ffffff]Z`) as fixed-width text that sorts by time. */
const sortable = (v) => v.slice(0, 19) + (v.length > 20 ? v.slice(20, -1) : '').padEnd(6, '0');
/**
 * The items holding each collection's earliest and latest start and end (pypgstac's `datetime` and
 * `end_datetime`) among those added: at most four per collection are kept, so a stream can be scanned for them.
 */
class RangeBounds {
    extremes = new Map();
    add(item) {
        const slots = this.extremes.get(item.collection) ?? [];
        this.extremes.set(item.collection, slots);
        rangeEnds(item.doc).forEach((v, end) => {
            if (v === undefined)
                return;
            const at = sortable(v);
            for (const [i, earliest] of [[2 * end, true], [2 * end + 1, false]]) {
                const held = slots[i];
                if (held === undefined || (earliest ? at < held.at : at > held.at))
                    slots[i] = { item, at };
            }
        });
    }
    /** The items that hold a bound, each once. */
    items() {
        return new Set([...this.extremes.values()].flatMap((slots) => slots.filter(Boolean).map((s) => s.item)));
    }
}
/** The items holding each collection's bounds ({@link RangeBounds}), to be stored before the others, and the others. */
function boundsFirst(items) {
    const bounds = new RangeBounds();
    for (const item of items)
        bounds.add(item);
    const taken = bounds.items();
    return { bounds: items.filter((item) => taken.has(item)), rest: items.filter((item) => !taken.has(item)) };
}
/** `collection|field|second` -> whether the value has a fraction, for each end of the item's range. */
function keysOf(item) {
    return rangeEnds(item.doc).flatMap((value, field) => value === undefined
        ? []
        : [{ key: `${item.collection}|${field}|${value.slice(0, 19)}`, fraction: value.length > 20 }]);
}
/**
 * Which kinds (whole second, fraction) of datetime each `collection|end|second` of the items added has: items of
 * windows that may meet in one loader batch (published while earlier ones are still being loaded) must not put
 * both kinds of one second there ({@link loaderWaves} keeps them apart within one write).
 */
class SecondKinds {
    kinds = new Map();
    add(items) {
        for (const item of items)
            for (const { key, fraction } of keysOf(item))
                (this.kinds.get(key) ?? this.kinds.set(key, new Set()).get(key)).add(fraction);
        return this;
    }
    /** Whether a second has one kind here and the other in `other`. */
    meets(other) {
        for (const [key, kinds] of other.kinds) {
            const mine = this.kinds.get(key);
            if (mine !== undefined && [...kinds].some((k) => mine.has(!k)))
                return true;
        }
        return false;
    }
    /** Whether the item has a fraction in a second that also has a whole-second item here. */
    fractionMeetsWhole(item) {
        return keysOf(item).some((k) => k.fraction && this.kinds.get(k.key)?.size === 2);
    }
}
/**
 * Splits `items` into waves no two of which put a whole-second and a fractional datetime of the same second
 * (same collection, same end of the range) in one batch. Items with no such conflict all go in the first wave.
 */
function loaderWaves(items) {
    const waves = [];
    let rest = [...items];
    while (rest.length > 0) {
        const kinds = new SecondKinds().add(rest);
        let wave = rest.filter((item) => !kinds.fractionMeetsWhole(item));
        // every item left is fractional somewhere a whole second waits: one at a time breaks the cycle
        if (wave.length === 0)
            wave = rest.slice(0, 1);
        waves.push(wave);
        const taken = new Set(wave);
        rest = rest.filter((item) => !taken.has(item));
    }
    return waves;
}


/***/ }),

/***/ 7342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rw: () => (/* binding */ countedStream),
  eL: () => (/* binding */ resolveInputs),
  p6: () => (/* binding */ schemaFolderErrors),
  hN: () => (/* binding */ tallyInto)
});

// UNUSED EXPORTS: buildRequests

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/manifest/messages.ts
var messages = __webpack_require__(1601);
// EXTERNAL MODULE: ./src/model/plan.ts
var plan = __webpack_require__(7978);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js + 8 modules
var lib = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/utf8.ts
var utf8 = __webpack_require__(2204);
// EXTERNAL MODULE: ./src/sources/json-text.ts
var json_text = __webpack_require__(4460);
// EXTERNAL MODULE: ./src/sources/lines.ts
var lines = __webpack_require__(249);
;// CONCATENATED MODULE: ./src/sources/rows.ts







/**
 * The rows of a CSV (with a header row) or JSONL file, read one at a time (the file is never held whole); `.csv`,
 * `.jsonl` or `.ndjson` decides the format. `displayPath` names the file in errors. Errors are ConfigurationErrors
 * located at file:line, thrown when the reading gets there (the rows before it were yielded).
 */
async function* eachRow(absPath, displayPath) {
    const ext = (0,external_node_path_.extname)(absPath).toLowerCase();
    if (ext !== '.csv' && ext !== '.jsonl' && ext !== '.ndjson')
        throw new src_errors/* ConfigurationError */.j1(`rows file ${displayPath} has an unsupported extension '${ext}'`, {
            location: { file: displayPath },
            hint: 'use a CSV file with a header row (.csv) or one JSON object per line (.jsonl / .ndjson)',
        });
    try {
        yield* ext === '.csv' ? csvRows(absPath, displayPath) : jsonlRows(absPath, displayPath);
    }
    catch (err) {
        if (err instanceof src_errors/* ConfigurationError */.j1)
            throw err;
        throw unreadable(displayPath, err);
    }
}
/** {@link eachRow}, collected. */
async function readRows(absPath, displayPath) {
    const rows = [];
    for await (const row of eachRow(absPath, displayPath))
        rows.push(row);
    return rows;
}
function unreadable(displayPath, err) {
    const code = err.code;
    return new src_errors/* ConfigurationError */.j1(`rows file ${displayPath} cannot be read${code === 'ENOENT' ? ': not found' : `: ${code ?? String(err)}`}`, {
        location: { file: displayPath },
        hint: 'check the `rows` path; it is relative to the manifest',
        cause: err,
    });
}
/**
 * The CSV records of a file, parsed as its blocks of lines are read (checked to be UTF-8, BOM stripped, CRLF made
 * LF: csv-parse counts a quoted CRLF as two lines; with LF only, `info.lines` is the record's last line).
 */
async function* csvRecords(absPath, displayPath) {
    const parser = (0,lib/* parse */.qg)({ info: true, skip_empty_lines: true, relax_column_count: true, record_delimiter: '\n' });
    const stop = new AbortController();
    const feed = async () => {
        let first = true;
        for await (const block of (0,lines/* readLineBlocks */.pM)(absPath, displayPath)) {
            let text = Buffer.from(block.bytes.buffer, block.bytes.byteOffset, block.bytes.byteLength).toString('utf8');
            if (first)
                text = (0,utf8/* stripBom */.F8)(text);
            first = false;
            if (!parser.write(text.replace(/\r\n/g, '\n')))
                await (0,external_node_events_.once)(parser, 'drain', { signal: stop.signal });
        }
        parser.end();
    };
    feed().catch((err) => {
        if (!stop.signal.aborted)
            parser.destroy(err);
    });
    try {
        for await (const r of parser)
            yield r;
    }
    catch (err) {
        if (err instanceof src_errors/* ConfigurationError */.j1)
            throw err;
        const e = err;
        if (typeof e.code !== 'string' || !e.code.startsWith('CSV_'))
            throw err;
        throw new src_errors/* ConfigurationError */.j1(`rows file ${displayPath} is not valid CSV: ${e.message}`, {
            location: { file: displayPath, ...(typeof e.lines === 'number' ? { line: e.lines } : {}) },
            hint: 'quote fields that hold commas, quotes or line breaks, and double quotes inside them ("")',
            cause: err,
        });
    }
    finally {
        stop.abort();
        parser.destroy();
    }
}
/** The line a record starts on. */
const startLine = (r) => r.info.lines - r.record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
function checkHeader(columns, displayPath, headerLine) {
    columns.forEach((c, i) => {
        if (c === '') {
            throw new src_errors/* ConfigurationError */.j1(`rows file ${displayPath}: header column ${i + 1} has no name`, {
                location: { file: displayPath, line: headerLine },
                hint: 'the first line names the columns the templates use',
            });
        }
        if (columns.indexOf(c) !== i) {
            throw new src_errors/* ConfigurationError */.j1(`rows file ${displayPath}: header names column '${c}' twice`, {
                location: { file: displayPath, line: headerLine },
            });
        }
    });
}
async function* csvRows(absPath, displayPath) {
    let columns;
    let index = 0;
    for await (const r of csvRecords(absPath, displayPath)) {
        if (columns === undefined) {
            columns = r.record.map((c) => c.trim());
            checkHeader(columns, displayPath, startLine(r));
            continue;
        }
        const line = startLine(r);
        if (r.record.length !== columns.length) {
            throw new src_errors/* ConfigurationError */.j1(`rows file ${displayPath}: line ${line} has ${r.record.length} ` +
                `field${r.record.length === 1 ? '' : 's'}, the header has ${columns.length} (${columns.join(', ')})`, {
                location: { file: displayPath, line },
                hint: 'every row needs one value per header column; quote values that contain commas',
            });
        }
        const values = {};
        columns.forEach((c, k) => (values[c] = r.record[k] ?? ''));
        yield { values, line, index: ++index };
    }
}
async function* jsonlRows(absPath, displayPath) {
    let index = 0;
    for await (const { text, line: lineNo } of (0,lines/* readLines */.Se)(absPath, displayPath)) {
        if (text.trim() === '')
            continue;
        yield jsonlRow(text, lineNo, ++index, displayPath);
    }
}
function jsonlRow(text, lineNo, index, displayPath) {
    const at = (column) => ({ file: displayPath, line: lineNo, ...(column !== undefined ? { column } : {}) });
    const parsed = (0,json_text/* parseJsonText */.lk)(text);
    if (!parsed.ok) {
        throw new src_errors/* ConfigurationError */.j1(`rows file ${displayPath}: line ${lineNo} is not valid JSON: ${parsed.message}`, {
            location: at(parsed.column),
            hint: 'a JSONL rows file holds one JSON object per line',
        });
    }
    const obj = parsed.value;
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
        throw new src_errors/* ConfigurationError */.j1(`rows file ${displayPath}: line ${lineNo} is not a JSON object`, {
            location: at(1),
            hint: 'each line must be an object such as {"scene": "a", "year": 2020}',
        });
    }
    const values = {};
    for (const [k, v] of Object.entries(obj)) {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            values[k] = String(v);
        else {
            throw new src_errors/* ConfigurationError */.j1(`rows file ${displayPath}: line ${lineNo}: '${k}' is ` +
                `${v === null ? 'null' : Array.isArray(v) ? 'a list' : 'an object'}; row values must be ` +
                `strings, numbers or booleans`, {
                location: at(),
                hint: 'templates insert plain values; flatten nested values into their own columns',
            });
        }
    }
    return { values, line: lineNo, index };
}

;// CONCATENATED MODULE: ./src/sources/template.ts

/** The placeholder that stands for the row's 1-based index. */
const ROW_INDEX_PLACEHOLDER = '_row';
const SYNTAX_HINT = 'write `{column}` for a value of the row, `{_row}` for the row number, `{{` and `}}` for literal braces';
/** Split a template into literal text and `{column}` placeholders. */
function parseTemplate(template, location) {
    const parts = [];
    let text = '';
    const fail = (message) => {
        throw new src_errors/* ConfigurationError */.j1(`template ${JSON.stringify(template)}: ${message}`, {
            ...(location ? { location } : {}),
            hint: SYNTAX_HINT,
        });
    };
    for (let i = 0; i < template.length; i++) {
        const c = template[i];
        if (c === '{' && template[i + 1] === '{') {
            text += '{';
            i++;
        }
        else if (c === '}' && template[i + 1] === '}') {
            text += '}';
            i++;
        }
        else if (c === '{') {
            const end = template.indexOf('}', i + 1);
            if (end < 0)
                fail(`'{' at position ${i + 1} is never closed`);
            const name = template.slice(i + 1, end);
            if (name.trim() === '')
                fail(`empty placeholder '{}' at position ${i + 1}`);
            if (name.includes('{'))
                fail(`'{' inside the placeholder at position ${i + 1}`);
            if (text !== '')
                parts.push({ text });
            text = '';
            parts.push({ column: name });
            i = end;
        }
        else if (c === '}') {
            fail(`unmatched '}' at position ${i + 1}`);
        }
        else {
            text += c;
        }
    }
    if (text !== '')
        parts.push({ text });
    return parts;
}
/** The row columns a template uses, in order of first use (`{_row}` is not a column and is left out). */
function templateColumns(template, location) {
    const names = parseTemplate(template, location).flatMap((p) => 'column' in p && p.column !== ROW_INDEX_PLACEHOLDER ? [p.column] : []);
    return [...new Set(names)];
}
/** Whether a template has any placeholder (including `{_row}`). */
function hasPlaceholders(template, location) {
    return parseTemplate(template, location).some((p) => 'column' in p);
}
/**
 * Fill a template from a row: `{column}` takes the row's value, `{_row}` its 1-based index, `{{`/`}}` are
 * literal braces. Throws a ConfigurationError at `location` for an unknown column, a placeholder without
 * rows, or bad brace syntax.
 */
function renderTemplate(template, row, location) {
    let out = '';
    for (const part of parseTemplate(template, location)) {
        if ('text' in part) {
            out += part.text;
            continue;
        }
        if (row === undefined) {
            throw new src_errors/* ConfigurationError */.j1(`template ${JSON.stringify(template)} uses {${part.column}}, but this entry has no rows`, {
                location,
                hint: 'add `rows:` (a CSV or JSONL file with one row per item), or write `{{` and `}}` for literal braces',
            });
        }
        if (part.column === ROW_INDEX_PLACEHOLDER) {
            out += String(row.index);
            continue;
        }
        const value = row.values[part.column];
        if (value === undefined) {
            const available = Object.keys(row.values);
            throw new src_errors/* ConfigurationError */.j1(`template ${JSON.stringify(template)} uses column '${part.column}', which the row does not have`, {
                location,
                hint: `available columns: ${available.length > 0 ? available.join(', ') : '(none)'}; ` +
                    `\`{_row}\` is the row number`,
            });
        }
        out += value;
    }
    return out;
}

// EXTERNAL MODULE: ./src/sources/files.ts
var sources_files = __webpack_require__(6109);
// EXTERNAL MODULE: ./src/sources/locations.ts
var locations = __webpack_require__(850);
// EXTERNAL MODULE: ./src/sources/guarded-read.ts
var guarded_read = __webpack_require__(9363);
// EXTERNAL MODULE: ./src/sources/catalog-walker.ts
var catalog_walker = __webpack_require__(8944);
;// CONCATENATED MODULE: ./src/sources/catalog.ts



/**
 * All items reachable from a STAC catalog (e.g. a DPS output `catalog.json`) through `child` and `item`
 * links, depth first in link order, each item once. The catalog may be a path (relative to `baseDir`),
 * file://, https:// or s3:// (with `deps.s3`); relative hrefs resolve against the document holding the link.
 * Every read is under the fetch policy (src/sources/guarded-read.ts): the source may read from the host or S3
 * folder of its catalog. Broken or refused links and cycles are ConfigurationErrors naming the link's JSON pointer.
 */
async function readCatalog(catalogPath, baseDir, entry, deps = {}) {
    const root = (0,locations/* toLocation */.nc)(catalogPath, baseDir);
    const { items } = await (0,catalog_walker/* walkCatalog */.t)(root, baseDir, entry, (0,guarded_read/* openReads */.go)(deps, [root]), { rootMustBeCatalog: false });
    return items;
}
/**
 * {@link readCatalog} one item at a time: one read of the catalog (its own caps and timeout), each document checked
 * against the first read of `passes` (a source read each time it is used).
 */
function catalogItems(catalogPath, baseDir, entry, deps, passes) {
    const root = (0,locations/* toLocation */.nc)(catalogPath, baseDir);
    const options = { rootMustBeCatalog: false, pass: passes.begin() };
    return (0,catalog_walker/* walkCatalogItems */.Z)(root, baseDir, entry, (0,guarded_read/* openReads */.go)(deps, [root]), options);
}

// EXTERNAL MODULE: ./src/sources/read-passes.ts
var read_passes = __webpack_require__(1464);
// EXTERNAL MODULE: ./src/sources/with-collection.ts
var with_collection = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/model/keys.ts
var keys = __webpack_require__(517);
// EXTERNAL MODULE: ./src/sources/migrate.ts
var migrate = __webpack_require__(4683);
// EXTERNAL MODULE: ./src/sources/dps/read-dps.ts + 4 modules
var read_dps = __webpack_require__(1656);
// EXTERNAL MODULE: ./src/sources/assets/asset-item.ts + 4 modules
var asset_item = __webpack_require__(5108);
// EXTERNAL MODULE: ./src/sources/assets/asset-hrefs.ts
var asset_hrefs = __webpack_require__(545);
;// CONCATENATED MODULE: ./src/sources/assets/payloads.ts





/**
 * The STAC Generator's own request format, taken verbatim from payload files:
 *
 *     { "source": "manual", "provider": "acme", "collection": "<URL of collection.json>", "itemId": "optional",
 *       "assetPaths": ["s3://bucket/a.tif", ...], "metadataPaths": ["https://host/meta.json", ...] }
 *
 * Each file becomes one request of the source (item_id, asset_paths, metadata_paths); paths that are not URLs are
 * relative to the payload file. The payloads of one source name one provider and one collection, as the manifest
 * form does. Like the service, the tool fills only the extensions the metadata files name (every one it can when
 * they name none): `tool_extensions: named`.
 */
const FIELDS = ['source', 'provider', 'collection', 'itemId', 'assetPaths', 'metadataPaths'];
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v) => typeof v === 'string' && v !== '';
const describe = (v) => (Array.isArray(v) ? 'a list' : v === null ? 'null' : JSON.stringify(v));
/** `value` (a URL, an absolute path or a path relative to the payload file) as the manifest-relative form. */
function rebase(value, payloadDir, baseDir) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || external_node_path_default().isAbsolute(value))
        return value;
    return external_node_path_default().relative(baseDir, external_node_path_default().resolve(payloadDir, value)).split((external_node_path_default()).sep).join('/');
}
function stringList(json, key, required, problems) {
    const value = json[key];
    if (value === undefined && !required)
        return [];
    if (!Array.isArray(value) || (required && value.length === 0)) {
        const what = value === undefined ? 'is missing' : `must be a non-empty list of paths, not ${describe(value)}`;
        problems.push({ pointer: `/${key}`, message: `\`${key}\` ${what}` });
        return [];
    }
    value.forEach((v, k) => {
        if (!nonEmpty(v))
            problems.push({ pointer: `/${key}/${k}`, message: `${key}[${k}] is not a path: ${describe(v)}` });
    });
    return value.filter(nonEmpty);
}
/** The problems of one payload, and its fields when there are none. */
function checkPayload(json) {
    if (!isObject(json))
        return { problems: [{ pointer: '', message: `a payload is a JSON object, not ${describe(json)}` }] };
    const problems = [];
    for (const key of Object.keys(json)) {
        if (FIELDS.includes(key))
            continue;
        const near = (0,messages/* closest */.kp)(key, FIELDS);
        problems.push({
            pointer: `/${key}`,
            message: `\`${key}\` is not a field of a STAC Generator payload${near ? ` (did you mean \`${near}\`?)` : ''}`,
            hint: `a payload holds ${FIELDS.map((f) => `\`${f}\``).join(', ')}`,
        });
    }
    for (const key of ['provider', 'collection'])
        if (!nonEmpty(json[key]))
            problems.push({
                pointer: `/${key}`,
                message: `\`${key}\` must be a non-empty string, not ${describe(json[key])}`,
            });
    for (const key of ['source', 'itemId'])
        if (json[key] !== undefined && !nonEmpty(json[key]))
            problems.push({
                pointer: `/${key}`,
                message: `\`${key}\` must be a non-empty string, not ${describe(json[key])}`,
            });
    const assetPaths = stringList(json, 'assetPaths', true, problems);
    const metadataPaths = stringList(json, 'metadataPaths', false, problems);
    if (problems.length > 0)
        return { problems };
    const itemId = json['itemId'];
    const request = {
        asset_paths: assetPaths,
        metadata_paths: metadataPaths,
        ...(nonEmpty(itemId) ? { item_id: itemId } : {}),
    };
    return {
        problems,
        fields: { provider: json['provider'], collection: json['collection'], request },
    };
}
/** Located errors for a payload file's problems (the line of each pointer read from the file). */
async function locatedErrors(abs, file, entry, problems) {
    const lines = await (0,json_text/* locatePointers */.F8)(abs, problems.map((p) => p.pointer));
    return problems.map((p) => {
        const line = lines.get(p.pointer);
        return new src_errors/* ConfigurationError */.j1(`payload ${file}: ${p.message}`, {
            location: { file, pointer: p.pointer, entry, ...(line !== undefined ? { line } : {}) },
            ...(p.hint !== undefined ? { hint: p.hint } : {}),
        });
    });
}
async function readPayload(abs, baseDir, entry) {
    const file = (0,sources_files/* displayPath */.Gt)(abs, baseDir);
    const { problems, fields } = checkPayload(await (0,sources_files/* readJsonFile */.JE)(abs, file, entry));
    if (fields === undefined)
        return locatedErrors(abs, file, entry, problems);
    const dir = external_node_path_default().dirname(abs);
    const at = (p) => rebase(p, dir, baseDir);
    const { request } = fields;
    return {
        file,
        provider: fields.provider,
        collection: at(fields.collection),
        request: { ...request, asset_paths: request.asset_paths.map(at), metadata_paths: request.metadata_paths.map(at) },
    };
}
/** A payload naming another provider or collection than the source's first payload. */
async function mismatches(payloads, baseDir, entry) {
    const [first] = payloads;
    const errors = [];
    for (const p of payloads.slice(1)) {
        for (const key of ['provider', 'collection']) {
            if (first === undefined || p[key] === first[key])
                continue;
            const problem = {
                pointer: `/${key}`,
                message: `names ${key} '${p[key]}', but ${first.file} (the source's first payload) names '${first[key]}'`,
                hint: `the payloads of one assets source share their ${key}: give each ${key} its own source and glob`,
            };
            errors.push(...(await locatedErrors(external_node_path_default().resolve(baseDir, p.file), p.file, entry, [problem])));
        }
    }
    return errors;
}
/**
 * The request shape of an `assets` source: its own `provider`/`collection`/`requests`, or its payload files read
 * and mapped (every bad payload is a located error: file, line and JSON pointer; all are thrown together). `check`
 * refuses a matched payload file (workspace containment).
 */
async function assetsSourceOf(entry, baseDir, label, check) {
    const common = { tool: entry.tool, env: entry.env };
    if (entry.payloads === undefined) {
        return {
            ...common,
            provider: entry.provider,
            collection: entry.collection,
            requests: entry.requests,
            tool_extensions: entry.tool_extensions ?? 'all',
        };
    }
    const patterns = typeof entry.payloads === 'string' ? [entry.payloads] : entry.payloads;
    const files = await (0,sources_files/* matchFiles */.xo)(patterns, baseDir, label, check, {
        setting: 'payloads',
        example: '`requests/*.json`',
    });
    const payloads = [];
    const errors = [];
    for (const abs of files) {
        try {
            const read = await readPayload(abs, baseDir, label);
            if (Array.isArray(read))
                errors.push(...read);
            else
                payloads.push(read);
        }
        catch (err) {
            if (!(err instanceof src_errors/* ConfigurationError */.j1))
                throw err;
            errors.push(err); // not JSON, unreadable, too large
        }
    }
    errors.push(...(await mismatches(payloads, baseDir, label)));
    const first = payloads[0];
    if (errors.length > 0 || first === undefined)
        throw new src_errors/* ConfigurationErrors */.yb(errors);
    return {
        ...common,
        provider: first.provider,
        collection: first.collection,
        requests: payloads.map((p) => p.request),
        tool_extensions: entry.tool_extensions ?? 'named',
        payloadFiles: payloads.map((p) => p.file),
    };
}

// EXTERNAL MODULE: ./src/model/inputs.ts
var inputs = __webpack_require__(492);
;// CONCATENATED MODULE: ./src/stages/empty-sources.ts



/**
 * Empty is not success: a source that yields nothing (a rows file that became empty, an empty
 * catalog or FeatureCollection) is an error naming it, unless its entry says `allow_empty: true`;
 * a manifest with neither sources nor collections would deliver nothing and is an error too.
 * (A scheduled run with nothing new stays green because its items are unchanged, not because none came.)
 */
function emptinessErrors(loaded, sources) {
    const { manifest } = loaded;
    if (manifest.sources.length === 0 && manifest.collections.length === 0)
        return [
            new src_errors/* ConfigurationError */.j1('the manifest has no sources and no collections: a run would deliver nothing', {
                location: loaded.locationOf(['sources']),
                hint: 'add a source (stactools, files, catalog, dps or assets) or a collection',
            }),
        ];
    const errors = [];
    for (const s of sources) {
        // a source counted by its first use is checked at the end of that read
        if ((s.kind !== 'stactools' && 'stream' in s && s.stream?.countedByFirstUse) || yieldCount(s) > 0)
            continue;
        const error = emptySourceError(loaded, s.entry, s.index, s.kind);
        if (error)
            errors.push(error);
    }
    return errors;
}
/** The error for source `index` that yields nothing, unless its entry says `allow_empty: true`. */
function emptySourceError(loaded, entry, index, kind = 'catalog') {
    if (entry.allow_empty)
        return undefined;
    return new src_errors/* ConfigurationError */.j1(`source '${entry.id}' yields nothing: ${whyEmpty(kind, entry)}`, {
        location: loaded.locationOf(['sources', index], (0,plan/* sourceEntryLabel */.O)(index, entry.id)),
        hint: 'check its input; if an empty source is expected (e.g. a feed with nothing new), set ' +
            '`allow_empty: true` on it',
    });
}
function yieldCount(s) {
    if (s.kind === 'stactools')
        return (0,inputs/* requestCount */.j)(s);
    if ('stream' in s && s.stream)
        return [...s.stream.counts.values()].reduce((a, b) => a + b, s.stream.held.length);
    return 'docs' in s ? s.docs.length : s.requests.length;
}
function whyEmpty(kind, entry) {
    switch (kind) {
        case 'stactools':
            return `its rows file ${entry.stactools?.rows ?? ''} holds no rows`;
        case 'files':
            return 'its files hold no STAC items (an empty FeatureCollection or NDJSON file?)';
        case 'catalog':
        case 'dps':
            return 'its catalog links to no items';
        case 'assets':
            return 'it has no requests';
    }
}

// EXTERNAL MODULE: ./src/stages/loader-waves.ts
var loader_waves = __webpack_require__(3507);
// EXTERNAL MODULE: ./src/stages/validate/heap.ts
var heap = __webpack_require__(7798);
;// CONCATENATED MODULE: ./src/stages/resolve.ts





















/** Paths in findings and reports are relative to the working directory (the workspace in an Action). */
function display(abs) {
    const rel = external_node_path_default().relative(process.cwd(), abs);
    return rel === '' ? '.' : rel.startsWith('..') && external_node_path_default().isAbsolute(abs) ? abs : rel.split((external_node_path_default()).sep).join('/');
}
/** Builds the ItemRequest of one row of a stactools source (or its one request when it has no rows). */
function requestBuilder(st, collectionId, entry, file, line) {
    // extra requirements ride along after a comma: the generator joins package_name into `uvx --with`
    const packageName = 'with' in st && st.with.length > 0 ? [st.package, ...st.with].join(',') : st.package;
    return (row) => {
        const where = { file, entry: row ? `${entry} row ${row.index}` : entry, ...(line !== undefined ? { line } : {}) };
        const args = st.args.map((a) => renderTemplate(a, row, where));
        const options = {};
        for (const [k, v] of Object.entries(st.options))
            options[k] = renderTemplate(v, row, where);
        const planned = {
            request: {
                package_name: packageName,
                group_name: st.group,
                create_item_args: args,
                create_item_options: options,
                collection_id: collectionId,
            },
            origin: row ? { file, line: row.line, entry: where.entry } : { file, entry },
            timeoutMs: Math.round(st.timeout_seconds * 1000),
        };
        const tpl = 'expect' in st ? st.expect?.id_template : undefined;
        if (tpl !== undefined)
            planned.expectedId = renderTemplate(tpl, row, where);
        return planned;
    };
}
/** Builds the ItemRequests of one stactools source: one per row, or one when there are no rows. */
function buildRequests(st, collectionId, rows, entry, file, line) {
    const one = requestBuilder(st, collectionId, entry, file, line);
    return rows ? rows.map(one) : [one(undefined)];
}
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Rewrites error locations given relative to the manifest directory into working-directory paths (not URLs). */
function rebaseError(dir, err) {
    const fix = (e) => {
        const file = e.location?.file;
        if (e.location && file !== undefined && !external_node_path_default().isAbsolute(file) && !HAS_SCHEME.test(file))
            e.location.file = display(external_node_path_default().resolve(dir, file));
    };
    if (err instanceof src_errors/* ConfigurationErrors */.yb)
        err.errors.forEach(fix);
    else if (err instanceof src_errors/* ConfigurationError */.j1)
        fix(err);
    return err;
}
/** {@link rebaseError} for what `fn` throws. */
async function rebased(dir, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw rebaseError(dir, err);
    }
}
/** {@link rebaseError} for what a read of a source throws, at any of its reads. */
async function* rebasedRead(dir, read) {
    try {
        yield* read;
    }
    catch (err) {
        throw rebaseError(dir, err);
    }
}
/**
 * Tags a doc with its source, upgrades pre-1.0 STAC when the source says `migrate: true`, and applies the
 * source's `collection` override (what gets validated is what gets sent).
 */
function adoptDoc(d, dir, entry, collection, into) {
    if (entry.migrate) {
        const upgraded = (0,migrate/* migrateDocument */.Hm)(d.doc);
        d.doc = upgraded.doc;
        if (upgraded.migration)
            into.push(upgraded.migration);
    }
    if (!HAS_SCHEME.test(d.origin.file))
        d.origin.file = display(external_node_path_default().resolve(dir, d.origin.file));
    d.origin.sourceId = entry.id;
    if (collection !== undefined && d.doc['type'] === 'Feature')
        d.doc = (0,with_collection/* withCollection */.h)(d.doc, collection);
}
/** {@link adoptDoc} for every doc; returns the plan note on migrations. */
function applySource(docs, dir, entry, collection) {
    const migrations = [];
    for (const d of docs)
        adoptDoc(d, dir, entry, collection, migrations);
    return (0,migrate/* describeMigrations */.Hb)(entry.label, migrations);
}
/** Refuses a path the manifest names (at `at`) that resolves outside the workspace, located at that manifest line. */
async function contained(abs, loaded, at, deps) {
    const refused = deps.guard ? await deps.guard(abs) : undefined;
    if (refused !== undefined)
        throw new src_errors/* ConfigurationError */.j1(`${(0,messages/* formatPath */.jV)(at)}: ${refused}`, { location: loaded.locationOf(at) });
}
/**
 * The schema folders the manifest names (`validation.schema_mirrors`, read; `schema_cache`, written) outside the
 * workspace.
 */
async function schemaFolderErrors(loaded, guard) {
    const v = loaded.manifest.validation;
    const named = [
        ...(v?.schema_mirrors ?? []).map((m, i) => [m, ['validation', 'schema_mirrors', i]]),
        ...(v?.schema_cache !== undefined
            ? [[v.schema_cache, ['validation', 'schema_cache']]]
            : []),
    ];
    const errors = [];
    for (const [value, at] of named)
        await contained(external_node_path_default().resolve(loaded.dir, value), loaded, at, { guard }).catch((e) => errors.push(e));
    return errors;
}
/** What the first read of a streamed source keeps in `into`: items per collection, non-items, first items, bounds. */
function tallyInto(into) {
    const bounds = new loader_waves/* RangeBounds */.jW();
    return {
        add: (d) => {
            if (d.doc['type'] !== 'Feature')
                return void into.held.push(d);
            const c = d.doc['collection'];
            const cid = typeof c === 'string' ? c : '(no collection)';
            if (!into.counts.has(cid))
                (into.firsts ??= []).push((0,keys/* itemStub */.I6)(d));
            into.counts.set(cid, (into.counts.get(cid) ?? 0) + 1);
            bounds.add({ ...d, collection: typeof c === 'string' ? c : null });
        },
        end: () => {
            for (const { doc, origin } of bounds.items())
                into.bounds.push({ doc, origin });
        },
    };
}
/**
 * A source read each time it is used instead of held: read once here to count its items per collection, find the
 * items holding each collection's datetime bounds (and what cannot be read now, as a held source does), then again
 * by validation and by the writer or publisher; or, with `count.firstUse`, counted by its first use (a validate reads
 * it once). Holds no item but those few. `read`: one read of its documents; `units`: one read as units (NDJSON
 * blocks parsed where they are checked), when the source has them.
 */
async function streamedSource(source, dir, collection, note, read, units, count = {}) {
    const docs = async function* (into = []) {
        for await (const d of read()) {
            adoptDoc(d, dir, source, collection, into);
            yield d;
        }
    };
    const stream = { counts: new Map(), held: [], firsts: [], bounds: [], items, units: () => docs() };
    let counted = false;
    // the counting read: every document tallied, the migrations noted, an empty source refused at its end
    const counting = async function* () {
        for (const kept of [stream.held, stream.firsts ?? [], stream.bounds])
            kept.length = 0;
        stream.counts.clear();
        const tally = tallyInto(stream);
        const migrations = [];
        for await (const d of docs(migrations)) {
            tally.add(d);
            yield d;
        }
        tally.end();
        counted = true;
        note((0,migrate/* describeMigrations */.Hb)(source.label, migrations));
        const empty = stream.counts.size + stream.held.length === 0 ? count.firstUse?.empty() : undefined;
        if (empty)
            throw empty;
    };
    // migrated documents are checked as they are sent: parsed and upgraded here
    async function* items() {
        for await (const d of counted ? docs() : counting())
            if (d.doc['type'] === 'Feature')
                yield d;
    }
    if (count.firstUse) {
        stream.countedByFirstUse = true;
        stream.units = () => (counted ? docs() : counting());
        return stream;
    }
    for await (const _ of counting())
        ;
    if (units && !source.migrate)
        stream.units = units;
    return stream;
}
/**
 * Documents read each time they are used (e.g. the shard bundles publish-shards delivers), counted here by a first
 * read as a streamed source is ({@link streamedSource}); `each` sees every document of that read.
 */
async function countedStream(read, each = () => { }) {
    const items = async function* () {
        for await (const d of read())
            if (d.doc['type'] === 'Feature')
                yield d;
    };
    const stream = { counts: new Map(), held: [], firsts: [], bounds: [], items, units: read };
    const tally = tallyInto(stream);
    for await (const d of read()) {
        each(d);
        tally.add(d);
    }
    tally.end();
    return stream;
}
/** A files source read where it is used ({@link streamedSource}), each file checked to be the same at every read. */
function streamedFiles(patterns, dir, source, collection, note, check) {
    // the counting read below parses every document on this thread: its young generation stops growing at 32 MB
    // (heap.ts) instead of reaching V8's maximum, for the validation and the delivery that follow too
    (0,heap/* capYoungGenerations */.i)(heap/* RUN_YOUNG_GENERATION_MB */.eX);
    const passes = new sources_files/* FilePasses */.IS(display);
    const units = async function* () {
        for await (const u of (0,sources_files/* itemFilesUnits */.Ul)(patterns, dir, source.label, {}, check, passes)) {
            const origin = { ...u.origin, file: display(external_node_path_default().resolve(dir, u.origin.file)), sourceId: source.id };
            yield { ...u, origin, ...(collection !== undefined ? { collection } : {}) };
        }
    };
    const read = () => (0,sources_files/* itemFilesDocs */.IW)(patterns, dir, source.label, {}, check, passes);
    return streamedSource(source, dir, collection, note, read, units);
}
/** A collection file: read, checked to be one JSON object with the manifest's id. */
async function readCollectionFile(loaded, index, entry, note, deps) {
    const label = (0,plan/* collectionEntryLabel */.H)(index, entry.id);
    const abs = external_node_path_default().resolve(loaded.dir, entry.file);
    await contained(abs, loaded, ['collections', index, 'file'], deps);
    try {
        await (0,promises_.access)(abs);
    }
    catch (err) {
        throw new src_errors/* ConfigurationError */.j1(`collection file ${entry.file} cannot be read`, {
            location: loaded.locationOf(['collections', index, 'file'], label),
            hint: 'check the path; it is relative to the manifest',
            cause: err,
        });
    }
    const parsed = await (0,sources_files/* readJsonFile */.JE)(abs, display(abs), label);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new src_errors/* ConfigurationError */.j1(`${entry.file} must hold one JSON object (a STAC Collection)`, {
            location: { file: display(abs), entry: label },
        });
    }
    const doc = parsed;
    if (doc['id'] !== entry.id) {
        throw new src_errors/* ConfigurationError */.j1(`collection file ${entry.file} has id '${String(doc['id'])}', but the manifest says '${entry.id}'`, {
            location: { file: display(abs), pointer: '/id', entry: label },
            hint: 'make the manifest id and the file id the same',
        });
    }
    const loadedDoc = { doc, origin: { file: display(abs), entry: label, sourceId: entry.id } };
    note(applySource([loadedDoc], loaded.dir, { id: entry.id, migrate: entry.migrate, label }, undefined));
    return { kind: 'file', index, entry, doc: loadedDoc };
}
async function resolveCollection(loaded, index, entry, note, deps) {
    if (entry.file !== undefined)
        return readCollectionFile(loaded, index, { ...entry, file: entry.file }, note, deps);
    if (!entry.stactools)
        return undefined;
    const label = (0,plan/* collectionEntryLabel */.H)(index, entry.id);
    const line = loaded.locate(['collections', index])?.line;
    const [request] = buildRequests(entry.stactools, entry.id, undefined, label, display(loaded.path), line);
    return request ? { kind: 'stactools', index, entry, request } : undefined;
}
/** A stactools source: one ItemRequest per row of its rows file, or one; streamed ({@link streamedRequests}). */
async function stactoolsSource(loaded, index, entry, deps) {
    const st = entry.stactools;
    const label = (0,plan/* sourceEntryLabel */.O)(index, entry.id);
    const source = { kind: 'stactools', index, entry, mode: st.generate };
    let abs;
    if (st.rows !== undefined) {
        abs = external_node_path_default().resolve(loaded.dir, st.rows);
        await contained(abs, loaded, ['sources', index, 'stactools', 'rows'], deps);
    }
    const file = abs !== undefined ? display(abs) : display(loaded.path);
    const line = abs !== undefined ? undefined : loaded.locate(['sources', index])?.line;
    const one = requestBuilder(st, entry.collection ?? null, label, file, line);
    if (deps.streamRows)
        return { ...source, requests: [], stream: await streamedRequests(one, abs, label) };
    const rows = abs !== undefined ? await readRows(abs, file) : undefined;
    return { ...source, requests: rows ? rows.map(one) : [one(undefined)] };
}
/**
 * The requests of a stactools source built from its rows file each time they are used, not held: built once here
 * to count them (and to find what cannot be built now, as for held requests), then again by generation or
 * publishing. A rows file that changed between reads is refused.
 */
async function streamedRequests(one, abs, label) {
    const passes = new sources_files/* FilePasses */.IS(display);
    const requests = async function* () {
        if (abs === undefined) {
            yield one(undefined);
            return;
        }
        await passes.check(abs, label);
        for await (const row of eachRow(abs, display(abs)))
            yield one(row);
        await passes.check(abs, label);
    };
    let count = 0;
    for await (const r of requests())
        if (r)
            count++;
    return { count, requests };
}
/** How a streamed catalog or DPS source is counted: by its first use when resolving for a validate. */
function streamCount(loaded, index, entry, deps) {
    return deps.countOnFirstUse ? { firstUse: { empty: () => emptySourceError(loaded, entry, index) } } : {};
}
/**
 * A DPS source: its met.json read, its catalog walked, held or (streamed, unless it is uploaded for the DPS
 * generator to publish) walked again where it is used.
 */
async function dpsSource(loaded, index, entry, deps, note) {
    const { dir } = loaded;
    const label = (0,plan/* sourceEntryLabel */.O)(index, entry.id);
    const dps = entry.dps;
    const tag = { id: entry.id, migrate: entry.migrate, label };
    const opened = await rebased(dir, () => (0,read_dps/* openDpsSource */.Z$)(dps, dir, label, deps, deps.logger ? { logger: deps.logger } : {}));
    const upload = dps.upload_to !== undefined;
    const common = { kind: 'dps', index, entry, upload, metFile: opened.metFile };
    const ids = { collectionId: opened.collectionId, rawCollectionId: opened.rawCollectionId };
    if (deps.streamSources && !upload) {
        const passes = new read_passes/* DocumentPasses */.x(label, opened.catalogFile);
        let walks = 0;
        // what is said of the items (refused own collections, how many) is said at the first walk
        const read = () => rebasedRead(dir, opened.items({ pass: passes.begin(), logger: walks++ === 0 ? deps.logger : undefined }));
        const count = streamCount(loaded, index, entry, deps);
        const stream = await streamedSource(tag, dir, undefined, note, read, undefined, count);
        return { ...common, ...ids, docs: [], stream };
    }
    const docs = [];
    await rebased(dir, async () => {
        for await (const d of opened.items({ logger: deps.logger }))
            docs.push(d);
    });
    note(applySource(docs, dir, tag, undefined));
    return { ...common, ...ids, docs };
}
async function assetsSource(loaded, index, entry, deps) {
    const { dir } = loaded;
    const label = (0,plan/* sourceEntryLabel */.O)(index, entry.id);
    const { payloads } = entry.assets;
    const at = (j) => typeof payloads === 'string'
        ? ['sources', index, 'assets', 'payloads']
        : ['sources', index, 'assets', 'payloads', j];
    const check = (abs, j) => contained(abs, loaded, at(j), deps);
    const assets = await rebased(dir, () => assetsSourceOf(entry.assets, dir, label, check));
    const collection = await rebased(dir, () => (0,asset_item/* readAssetsCollection */.gj)(assets, dir, label, {
        ...deps,
        runner: deps.runner,
        logger: deps.logger,
    }));
    const requests = (0,asset_item/* planAssetRequests */.wt)(assets, collection.id, label);
    const refused = await rebased(dir, () => (0,asset_hrefs/* assetRefusals */.o)(assets, dir, deps));
    if (refused.length > 0)
        throw new src_errors/* ConfigurationErrors */.yb(refused.map((r) => {
            const planned = requests[r.request];
            const inline = ['sources', index, 'assets', 'requests', r.request, 'asset_paths', r.asset];
            return (0,asset_hrefs/* refusalError */.z_)(r, planned.payload ? (0,asset_item/* assetLocation */.ag)(planned, r.asset) : loaded.locationOf(inline, label));
        }));
    return { kind: 'assets', index, entry, source: assets, collectionId: collection.id, requests };
}
async function resolveSource(loaded, index, entry, deps, note) {
    const { dir } = loaded;
    const label = (0,plan/* sourceEntryLabel */.O)(index, entry.id);
    const source = { id: entry.id, migrate: entry.migrate, label };
    if (entry.stactools)
        return stactoolsSource(loaded, index, entry, deps);
    if (entry.files !== undefined) {
        const patterns = typeof entry.files === 'string' ? [entry.files] : entry.files;
        const at = (j) => typeof entry.files === 'string' ? ['sources', index, 'files'] : ['sources', index, 'files', j];
        const check = (abs, j) => contained(abs, loaded, at(j), deps);
        if (deps.streamSources) {
            const stream = await rebased(dir, () => streamedFiles(patterns, dir, source, entry.collection, note, check));
            return { kind: 'files', index, entry, docs: [], stream };
        }
        const docs = await rebased(dir, () => (0,sources_files/* readItemFiles */.Hx)(patterns, dir, label, {}, check));
        note(applySource(docs, dir, source, entry.collection));
        return { kind: 'files', index, entry, docs };
    }
    if (entry.dps !== undefined)
        return dpsSource(loaded, index, entry, deps, note);
    if (entry.assets !== undefined)
        return assetsSource(loaded, index, entry, deps);
    if (entry.catalog !== undefined) {
        const catalog = entry.catalog;
        const root = (0,locations/* toLocation */.nc)(catalog, dir);
        if ((0,locations/* locationKind */.QD)(root) === 'local')
            await contained(root, loaded, ['sources', index, 'catalog'], deps);
        if (deps.streamSources) {
            const passes = new read_passes/* DocumentPasses */.x(label, (0,locations/* displayLocation */.S5)(root, dir));
            const read = () => rebasedRead(dir, catalogItems(catalog, dir, label, deps, passes));
            const count = streamCount(loaded, index, entry, deps);
            const stream = await streamedSource(source, dir, entry.collection, note, read, undefined, count);
            return { kind: 'catalog', index, entry, docs: [], stream };
        }
        const docs = await rebased(dir, () => readCatalog(catalog, dir, label, deps));
        note(applySource(docs, dir, source, entry.collection));
        return { kind: 'catalog', index, entry, docs };
    }
    return undefined;
}
/**
 * Reads everything the manifest points at (collection files, rows, item files, catalogs) and expands
 * stactools sources into ItemRequests. Collects every configuration error before throwing.
 */
async function resolveInputs(loaded, deps = {}) {
    const errors = [];
    const collections = [];
    const sources = [];
    const notes = [];
    const note = (text) => {
        if (text !== undefined)
            notes.push(text);
    };
    const capture = async (fn, into) => {
        try {
            const resolved = await fn();
            if (resolved !== undefined)
                into.push(resolved);
        }
        catch (err) {
            if (err instanceof src_errors/* ConfigurationErrors */.yb)
                errors.push(...err.errors);
            else if (err instanceof src_errors/* ConfigurationError */.j1)
                errors.push(err);
            else
                throw err;
        }
    };
    for (const [index, entry] of loaded.manifest.collections.entries())
        await capture(() => resolveCollection(loaded, index, entry, note, deps), collections);
    for (const [index, entry] of loaded.manifest.sources.entries())
        await capture(() => resolveSource(loaded, index, entry, deps, note), sources);
    errors.push(...emptinessErrors(loaded, sources));
    if (errors.length)
        throw new src_errors/* ConfigurationErrors */.yb(errors);
    return { collections, sources, notes };
}


/***/ })

};
