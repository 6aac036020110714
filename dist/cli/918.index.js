export const id = 918;
export const ids = [918,225];
export const modules = {

/***/ 2441:
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

/***/ 2960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ runStatus),
/* harmony export */   w: () => (/* binding */ describeCounts)
/* harmony export */ });
function runStatus(result) {
    return result.cancelled !== undefined ? 'cancelled' : result.ok ? 'success' : 'failure';
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** `3 items, 1 collection and 1 other document` (kinds with none left out; `nothing` when empty). */
function describeCounts(c, of) {
    const parts = [];
    const part = (k, one) => {
        if (c[k] === 0)
            return;
        parts.push(of === undefined ? plural(c[k], one) : `${c[k]} of ${plural(of[k], one)}`);
    };
    part('items', 'item');
    part('collections', 'collection');
    part('other', 'other document');
    if (parts.length === 0)
        return 'nothing';
    return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}


/***/ }),

/***/ 3802:
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

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   emptyCounts: () => (/* binding */ emptyCounts),
/* harmony export */   toJsonReport: () => (/* binding */ toJsonReport)
/* harmony export */ });
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2960);

/**
 * The machine-readable run report (`--report-file`, the Action's `report-file` output), built from a run's
 * result; its zod schema, the documentation, is json-report-schema.ts (not loaded here).
 */
function emptyCounts() {
    return {
        planned: 0,
        checked: 0,
        generated: 0,
        generation_failed: 0,
        invalid: 0,
        written: 0,
        new: 0,
        changed: 0,
        unchanged: 0,
        orphans: 0,
        published: 0,
        verified: 0,
        missing: 0,
        unverified: 0,
        stale: 0,
        dead_lettered: 0,
        failed: 0,
    };
}
function clean(o) {
    for (const k of Object.keys(o))
        if (o[k] === undefined)
            delete o[k];
    return o;
}
/** Builds the report from a run's result (pure). */
function toJsonReport(result) {
    const collections = result.collections.map((c) => ({
        ...emptyCounts(),
        ...c.counts,
        id: c.id,
        collections_checked: c.collectionsChecked,
        collections_invalid: c.collectionsInvalid,
        first_errors: c.firstErrors,
    }));
    const totals = emptyCounts();
    for (const c of collections)
        for (const k of Object.keys(totals))
            totals[k] += c[k];
    const report = {
        report_version: 1,
        ok: result.ok,
        status: (0,_model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .runStatus */ .e)(result),
        ...(result.cancelled !== undefined ? { cancelled: result.cancelled } : {}),
        command: result.command,
        started_at: result.startedAt,
        duration_ms: result.durationMs,
        stages: result.stages,
        totals,
        collections,
        problems: result.problems.map((p) => clean({ severity: p.severity, stage: p.stage, message: p.message, location: p.location, detail: p.detail })),
        findings: result.validation?.findings ?? [],
        ...(result.plan?.skipped.length ? { skipped: result.plan.skipped } : {}),
        objects: (result.delivery?.objects ?? []).map((o) => clean({
            key: o.key,
            kind: o.kind,
            collection: o.collection,
            id: o.id,
            state: o.state,
            reason: o.reason,
            ref: o.ref,
            location: {
                file: o.origin.file,
                ...(o.origin.line !== undefined ? { line: o.origin.line } : {}),
                ...(o.origin.entry ? { entry: o.origin.entry } : {}),
            },
        })),
    };
    if (result.manifest !== undefined)
        report.manifest = result.manifest;
    if (result.target)
        report.target = result.target;
    if (result.generation)
        report.generation = generationReport(result.generation);
    if (result.delivery?.progress)
        report.progress = result.delivery.progress.map((p) => ({
            at_ms: p.atMs,
            verified: p.verified,
            expected: p.expected,
        }));
    if (result.delivery?.details)
        report.details = result.delivery.details;
    return report;
}
function generationReport(g) {
    const packages = (g.packages ?? []).map((p) => {
        const pool = p.pool;
        const workers = pool && {
            started: pool.started,
            replaced: pool.replaced,
            recycled: pool.recycled,
            peak_worker_rss_bytes: pool.peakWorkerRss,
            peak_pool_rss_bytes: pool.peakPoolRss,
            ...(pool.firstReadyMs !== undefined ? { first_ready_ms: pool.firstReadyMs } : {}),
        };
        const msPerItem = p.items > 0 ? Math.round((p.itemMs / p.items) * 100) / 100 : 0;
        return {
            package: p.package,
            engine: p.engine,
            items: p.items,
            failed: p.failed,
            ms_per_item: msPerItem,
            ...(p.setupMs !== undefined ? { setup_ms: p.setupMs } : {}),
            ...(workers ? { workers } : {}),
        };
    });
    return { attempted: g.attempted, succeeded: g.succeeded, failed: g.failed.length, packages };
}


/***/ }),

/***/ 9077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ RunRecord),
  P: () => (/* binding */ problemsFrom)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model/keys.ts
var keys = __webpack_require__(517);
// EXTERNAL MODULE: ./src/model/delivery.ts
var model_delivery = __webpack_require__(2441);
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
            map.set(id, (c = { id, collectionsChecked: 0, collectionsInvalid: 0, counts: (0,json_report.emptyCounts)(), firstErrors: [] }));
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
var cancel = __webpack_require__(833);
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

/***/ 7918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   schemaResolver: () => (/* binding */ schemaResolver),
/* harmony export */   validatePaths: () => (/* binding */ validatePaths),
/* harmony export */   validatePathsRun: () => (/* binding */ validatePathsRun)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _sources_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6109);
/* harmony import */ var _stages_validate_bundled_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2058);
/* harmony import */ var _stages_validate_schema_resolver_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6734);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9077);
/* harmony import */ var _validate_step_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2486);








/** `stac-ingest validate <paths...>`: the run, from start to result. */
async function validatePathsRun(paths, options, deps) {
    const run = new _record_js__WEBPACK_IMPORTED_MODULE_6__/* .RunRecord */ .d('validate', deps.logger, deps.now ?? Date.now, deps.signal);
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
    const units = (0,_sources_files_js__WEBPACK_IMPORTED_MODULE_3__/* .stacPathsUnits */ .nR)(paths, process.cwd(), report);
    return run.finish(await (0,_validate_step_js__WEBPACK_IMPORTED_MODULE_7__/* .validateStep */ .X)(run, units, {
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
            for (const p of (0,_record_js__WEBPACK_IMPORTED_MODULE_6__/* .problemsFrom */ .P)(err, 'read')) {
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
            dir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir, m),
            given: `validation.schema_mirrors '${m}'`,
            ...(loaded ? { location: loaded.locationOf(['validation', 'schema_mirrors', i]) } : {}),
        })),
        ...options.schemaMirrors.map((m) => ({ dir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(m), given: `schema mirror '${m}'` })),
    ];
    const missing = [];
    for (const m of mirrors) {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(m.dir).catch(() => undefined);
        if (st?.isDirectory())
            continue;
        missing.push(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${m.given} ${st ? 'is not a folder' : 'does not exist'} (${m.dir})`, {
            ...(m.location ? { location: m.location } : {}),
            hint: 'a schema mirror is a folder laid out as <host>/<path> of the schema URLs; create it or drop the option',
        }));
    }
    if (missing.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationErrors */ .yb(missing);
    const cacheDir = options.schemaCache ??
        (settings?.schema_cache !== undefined ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir, settings.schema_cache) : undefined);
    const bundled = (0,_stages_validate_bundled_js__WEBPACK_IMPORTED_MODULE_4__/* .bundledSchemaMirror */ .Tu)();
    return (0,_stages_validate_schema_resolver_js__WEBPACK_IMPORTED_MODULE_5__/* .createSchemaResolver */ .O2)({
        mirrors: mirrors.map((m) => m.dir),
        ...(bundled !== undefined ? { bundled } : {}),
        ...(cacheDir !== undefined ? { cacheDir } : {}),
        network: (options.network ?? true) && (settings?.network ?? true),
        ...(options.policy ? { fetchPolicy: options.policy.fetch } : {}),
        logger: deps.logger,
    });
}


/***/ }),

/***/ 2486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ validateStep)
});

// EXTERNAL MODULE: ./src/model/result.ts
var result = __webpack_require__(2960);
// EXTERNAL MODULE: ./src/model/stac.ts
var stac = __webpack_require__(3802);
// EXTERNAL MODULE: ./src/model/keys.ts
var keys = __webpack_require__(517);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model/key-set.ts
var key_set = __webpack_require__(1463);
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
var loader_model = __webpack_require__(5956);
// EXTERNAL MODULE: ./src/compare/loads-plainly.ts
var loads_plainly = __webpack_require__(4028);
// EXTERNAL MODULE: ./src/compare/stored-form.ts
var stored_form = __webpack_require__(2599);
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

// EXTERNAL MODULE: ./src/json.ts
var json = __webpack_require__(8301);
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
        ? (0,json/* withMembers */.gn)(doc, { collection: options.overrideCollection })
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
    const text = (0,json.stringifyJson)(doc);
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

// EXTERNAL MODULE: ./src/sources/json-text.ts
var json_text = __webpack_require__(4460);
// EXTERNAL MODULE: ./src/sources/units.ts
var sources_units = __webpack_require__(9913);
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

// EXTERNAL MODULE: ./src/stages/validate/threads.ts
var validate_threads = __webpack_require__(1775);
// EXTERNAL MODULE: ./src/sources/block-memory.ts
var block_memory = __webpack_require__(1667);
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

// EXTERNAL MODULE: ./src/stages/validate/schema-resolver.ts
var schema_resolver = __webpack_require__(6734);
// EXTERNAL MODULE: ./src/sources/migrate.ts
var migrate = __webpack_require__(4683);
// EXTERNAL MODULE: ./src/stages/validate/drafts.ts
var drafts = __webpack_require__(6932);
// EXTERNAL MODULE: ./src/stages/validate/precompiled.ts
var precompiled = __webpack_require__(7488);
// EXTERNAL MODULE: ./src/stages/validate/bundled.ts
var bundled = __webpack_require__(2058);
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
    const dir = (0,bundled/* bundledValidatorsDir */.xd)();
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
            const loadSchema = async (uri) => (0,drafts/* prepareSchema */.u)(await this.resolve(uri), uri, draft);
            // the fast validators keep their code, for worker threads; ajv loads only when a schema is compiled here
            const setup = { draft, mode, loadSchema, logger: this.logger, source: mode === 'fast' };
            ajv = Promise.all(/* import() */[__webpack_require__.e(196), __webpack_require__.e(217)]).then(__webpack_require__.bind(__webpack_require__, 1217)).then(({ createAjv }) => createAjv(setup));
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
        const draft = (0,drafts/* draftOf */.b)(raw);
        if (typeof draft !== 'string')
            throw new Error(`schema ${url} uses ${draft.unsupported}, which is not supported (draft-07, 2019-09 and 2020-12 are)`);
        const ajv = await this.instance(draft, mode);
        if (mode === 'fast')
            this.fastInstance.set(url, ajv);
        const existing = ajv.getSchema(url);
        if (existing !== undefined)
            return existing;
        return await ajv.compileAsync((0,drafts/* prepareSchema */.u)(raw, url, draft));
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
            const { validatorCode } = await Promise.all(/* import() */[__webpack_require__.e(196), __webpack_require__.e(801)]).then(__webpack_require__.bind(__webpack_require__, 2801));
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
                message: err instanceof schema_resolver/* SchemaUnavailableError */.EQ
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
    const workers = options.threads ?? (0,validate_threads.defaultThreadCount)();
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
        return this.adopt(new validate_threads.ValidationThreads(count));
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

// EXTERNAL MODULE: ./src/run/record.ts + 1 modules
var record = __webpack_require__(9077);
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


/***/ }),

/***/ 2058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ bundledSchemaMirror),
/* harmony export */   x2: () => (/* binding */ PRECOMPILED_NAME),
/* harmony export */   xd: () => (/* binding */ bundledValidatorsDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
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

/***/ 6932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ draftOf),
/* harmony export */   u: () => (/* binding */ prepareSchema)
/* harmony export */ });
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


/***/ }),

/***/ 7488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ PrecompiledValidators)
/* harmony export */ });
/* unused harmony export schemaHash */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _bundled_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2058);
/* harmony import */ var _validator_runtime_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1606);






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

/***/ 6734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ SchemaUnavailableError),
/* harmony export */   O2: () => (/* binding */ createSchemaResolver)
/* harmony export */ });
/* unused harmony exports urlToRelativePath, documentUrl, notASchema */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3214);
/* harmony import */ var _sources_guarded_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9363);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2204);
/* harmony import */ var _drafts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6932);







/** A schema could not be found anywhere; the message names the URL and every place looked. */
class SchemaUnavailableError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1 {
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
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(parsed.host, ...segments);
}
/** Drops the fragment: `a.json#/definitions/x` and `a.json` are the same document. */
function documentUrl(url) {
    const hash = url.indexOf('#');
    return hash === -1 ? url : url.slice(0, hash);
}
async function readJsonIfExists(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
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
        throw new SchemaUnavailableError(url, [file], `the ${where} copy is unreadable or not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(err)})`, `fix or delete ${file}`, { cause: err });
    }
}
const SCHEMA_KEYWORDS = ['$schema', '$ref', 'type', 'properties', 'allOf', 'anyOf', 'oneOf', 'definitions', '$defs'];
/** Why a fetched document is not a JSON Schema (undefined when it is one): it must pass its draft's meta-schema. */
async function notASchema(doc, logger) {
    if (!SCHEMA_KEYWORDS.some((k) => k in doc))
        return `it has none of ${SCHEMA_KEYWORDS.join(', ')}`;
    const draft = (0,_drafts_js__WEBPACK_IMPORTED_MODULE_6__/* .draftOf */ .b)(doc);
    if (typeof draft !== 'string')
        return `its $schema ${draft.unsupported} is not a draft we know`;
    const { createAjv } = await Promise.all(/* import() */[__webpack_require__.e(196), __webpack_require__.e(217)]).then(__webpack_require__.bind(__webpack_require__, 1217));
    const ajv = await createAjv({ draft, mode: 'fast', logger, loadSchema: () => Promise.reject(new Error('no')) });
    if (ajv.validateSchema(doc) === true)
        return undefined;
    return `it fails the ${draft} meta-schema: ${ajv.errorsText(ajv.errors)}`;
}
/** Refuses a URL whose host is not a schema host. */
function checkSchemaHost(url, policy) {
    if ((0,_security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .hostMatches */ ._y)(url.hostname, policy.schemaHosts))
        return;
    throw new _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .FetchRefusedError */ .fZ(`${url.hostname} is not a schema host`, 'schema-host', `${(0,_security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchSettingName */ .sw)('schemaHosts')} lists more hosts schemas may be fetched from ` +
        `(now: ${policy.schemaHosts.join(', ')}), or put a copy in a schema mirror`);
}
/** A schema from a schema host, under the fetch policy; a document that is not a JSON Schema is refused. */
async function fetchSchema(policy, url, logger) {
    const headers = { accept: 'application/schema+json, application/json' };
    const body = await (0,_sources_guarded_read_js__WEBPACK_IMPORTED_MODULE_4__/* .guardedHttpGet */ .H$)(url, policy, (u) => checkSchemaHost(u, policy), { headers });
    const parsed = JSON.parse((0,_utf8_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeUtf8 */ ._6)(body, { file: url }));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('the response is not a JSON object');
    const why = await notASchema(parsed, logger);
    if (why !== undefined)
        throw new Error(`the response is not a JSON Schema (${why}); it is not cached`);
    return parsed;
}
async function store(file, schema, logger) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, JSON.stringify(schema, null, 2) + '\n');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
    }
    catch (err) {
        logger.warning(`could not write schema cache ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(err)}`);
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
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(mirror, rel);
        looked.push(file);
        const where = i < options.mirrors.length ? 'mirrored' : 'bundled';
        const found = await fromFile(file, url, where);
        if (found) {
            logger.debug(`schema ${url} <- ${where} ${file}`);
            return found;
        }
    }
    if (options.cacheDir === undefined || !(0,_security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .hostMatches */ ._y)(new URL(url).hostname, policyOf(options).schemaHosts))
        return undefined;
    const cacheFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cacheDir, rel);
    looked.push(cacheFile);
    const found = await fromFile(cacheFile, url, 'cached');
    if (found)
        logger.debug(`schema ${url} <- cache ${cacheFile}`);
    return found;
}
const policyOf = (options) => options.fetchPolicy ?? _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_FETCH_POLICY */ .U3;
/** Fetches a schema found nowhere locally (when the network is allowed) and keeps it in the cache. */
async function fetchAndCache(options, url, rel, looked) {
    const hint = [
        `put a copy at ${node_path__WEBPACK_IMPORTED_MODULE_1___default().join('<mirror>', rel)} in a schema mirror directory (\`--schema-mirror ` +
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
        if (err instanceof _security_fetch_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .FetchRefusedError */ .fZ)
            throw refused(err);
        throw new SchemaUnavailableError(url, looked, `fetching it failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(err)})`, hint, { cause: err });
    }
    options.logger.debug(`schema ${url} <- network`);
    if (options.cacheDir !== undefined)
        await store(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cacheDir, rel), schema, options.logger);
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


/***/ }),

/***/ 1775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PRESTART_BYTES: () => (/* binding */ PRESTART_BYTES),
/* harmony export */   ValidationThreads: () => (/* binding */ ValidationThreads),
/* harmony export */   defaultThreadCount: () => (/* binding */ defaultThreadCount),
/* harmony export */   prestartThreads: () => (/* binding */ prestartThreads)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _sources_block_memory_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1667);
/* harmony import */ var _heap_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7798);







/** Batches a worker holds (the one it checks, the next) before the main thread checks one itself. */
const WORKER_DEPTH = 2;
const WORKER_BUNDLE = node_path__WEBPACK_IMPORTED_MODULE_2___default().join('validate-worker', 'index.js');
/**
 * A worker keeps nothing between batches but its validators; a small old generation makes V8 collect
 * early instead of growing the heap (and the process's memory) towards the main thread's limit. The young
 * generation holds a few documents' worth of garbage (parsed, read as Python, through the models): at 4 MB,
 * scavenges took ~20% of a worker; 1M items take 14% less CPU at 16 MB (~10 MB more peak RSS) and 16% less
 * again at 32 MB (~25 MB more).
 */
const WORKER_OPTIONS = {
    resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: _heap_js__WEBPACK_IMPORTED_MODULE_5__/* .YOUNG_GENERATION_MB */ .OE },
};
/**
 * How to start a worker: the bundle scripts/build.mjs makes (dist/validate-worker, found by walking up
 * from this module), or, running from src/ (tsx, vitest), worker-main.ts through tsx's loader.
 */
function workerSource() {
    const here = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url);
    if (here.endsWith('.ts')) {
        const tsx = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(here), '..', '..', '..', 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs'));
        const entry = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(here), 'worker-main.ts'));
        return {
            code: `import(${JSON.stringify(tsx.href)})` +
                `.then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`,
        };
    }
    let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(here);
    for (let i = 0; i < 4; i++) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, WORKER_BUNDLE);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return { file: (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(candidate) };
        dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir);
    }
    throw new Error(`${WORKER_BUNDLE} is missing from the stac-ingest installation (looked upwards from ${here})`);
}
/**
 * Worker threads by default: one per core but one, for the main thread checks documents too whenever every
 * worker has its next batch waiting (see {@link ValidationThreads.wantsWork}); one on a single core. On 2 cores,
 * 10k items took 0.2 CPU-s less than with a second worker (its start and warm-up), and 1M items less memory.
 */
function defaultThreadCount() {
    return Math.max(1, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)() - 1);
}
/** Named files of this many bytes in all start the worker threads first thing (see {@link prestartThreads}). */
const PRESTART_BYTES = 4 << 20;
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
            const s = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p, { throwIfNoEntry: false });
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
        (0,_heap_js__WEBPACK_IMPORTED_MODULE_5__/* .capYoungGenerations */ .i)();
        const source = workerSource();
        for (let i = 0; i < count; i++) {
            const worker = 'file' in source
                ? new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(source.file, WORKER_OPTIONS)
                : new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(source.code, { ...WORKER_OPTIONS, eval: true });
            const entry = { worker, busy: 0 };
            worker.on('message', (m) => {
                entry.busy--;
                for (const memory of m.memory)
                    (0,_sources_block_memory_js__WEBPACK_IMPORTED_MODULE_6__/* .giveBackBlockMemory */ .hx)(memory);
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
            target.worker.postMessage({ kind: 'batch', seq, units }, (0,_sources_block_memory_js__WEBPACK_IMPORTED_MODULE_6__/* .blockMemoryOf */ .S2)(units));
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


/***/ }),

/***/ 1606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ ajvFingerprint),
/* harmony export */   Vi: () => (/* binding */ evaluateValidatorCode),
/* harmony export */   dj: () => (/* binding */ MODE_OPTIONS),
/* harmony export */   zq: () => (/* binding */ AJV_VERSION)
/* harmony export */ });
/* harmony import */ var ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4951);
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6214);
/* harmony import */ var ajv_dist_runtime_uri_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6285);
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(779);
/* harmony import */ var ajv_package_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8039);





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


/***/ })

};
