export const id = 225;
export const ids = [225];
export const modules = {

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

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   emptyCounts: () => (/* binding */ emptyCounts),
/* harmony export */   renderReportJsonSchema: () => (/* binding */ renderReportJsonSchema),
/* harmony export */   reportSchema: () => (/* binding */ reportSchema),
/* harmony export */   toJsonReport: () => (/* binding */ toJsonReport)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8439);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2960);


/**
 * The machine-readable run report (`--report-file`, the Action's `report-file` output).
 * This zod schema is its documentation: `schema/report.schema.json` is generated from it.
 */
const location = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    line: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().optional(),
    column: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().optional(),
    pointer: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('JSON pointer inside the file'),
    entry: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('manifest entry, e.g. `sources[0] (scenes) row 3`'),
})
    .describe('Where a problem is');
const counts = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    planned: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    checked: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    generated: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    generation_failed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    invalid: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    written: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    new: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    changed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    unchanged: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    orphans: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    published: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    verified: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    missing: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    unverified: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    stale: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    dead_lettered: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    failed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
});
const reportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    report_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    ok: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().describe('true when everything expected passed; the exit status follows it'),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['success', 'failure', 'cancelled'])
        .describe('cancelled: a SIGINT/SIGTERM stopped the run; the report holds what was done until then'),
    cancelled: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('what cancelled the run (the signal)'),
    command: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['validate', 'plan', 'run', 'verify', 'redrive', 'publish-shards', 'status']),
    manifest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    target: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).optional(),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('ISO 8601'),
    duration_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    stages: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), ok: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY() })),
    totals: counts.describe('sums over collections'),
    collections: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(counts.extend({
        id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        collections_checked: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
        collections_invalid: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().describe('collection documents with a validation error'),
        first_errors: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    })),
    problems: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        severity: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['error', 'warning']),
        stage: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        location: location.optional(),
        detail: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    })),
    findings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ severity: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['error', 'warning']), rule: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), location })),
    skipped: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ entry: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), what: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }))
        .optional()
        .describe('what was not run on this event and why (code from an untrusted pull request)'),
    objects: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('collection:<id>, item:<collection>/<id> or request:<source>#<n>'),
        kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['collection', 'item', 'request']),
        collection: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        state: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
            .describe('new, changed, unchanged, orphan, written, published, verified, stale, missing, unverified, ' +
            'dead-lettered, failed'),
        reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('SNS MessageId, ingestion id, ...'),
        location: location.optional(),
    }))
        .describe('every collection, item and request the run handled, with where it ended up'),
    generation: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        attempted: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
        succeeded: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
        failed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
        packages: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
            package: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('package_name as sent to the generator (with `with:` after commas)'),
            engine: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['worker', 'uvx']),
            items: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().describe('create-item (and create-collection) calls run'),
            failed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
            ms_per_item: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
                .describe('mean duration of one call; with N in parallel the wall time per item is about this / N'),
            setup_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
                .optional()
                .describe('worker engine: resolving and (when new) installing the environment'),
            workers: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
                started: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
                replaced: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().describe('lost on an item (timeout, crash, cancel)'),
                recycled: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().describe('retired by the item or memory limit'),
                peak_worker_rss_bytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
                peak_pool_rss_bytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
                first_ready_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
                    .optional()
                    .describe('from the pool start to its first worker having imported stactools'),
            })
                .optional(),
        })),
    })
        .optional()
        .describe('local generation: counts, and the time per item per package'),
    progress: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ at_ms: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), verified: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(), expected: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int() }))
        .optional(),
    details: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J())
        .optional()
        .describe('target-specific facts (output directory, ledger path, topics)'),
})
    .describe('stac-ingest run report');
// the schema and the model's type must stay the same shape
const countsMatch = {};
void countsMatch;
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
        status: (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .runStatus */ .e)(result),
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
function renderReportJsonSchema() {
    const { $schema, ...rest } = zod__WEBPACK_IMPORTED_MODULE_2__/* .toJSONSchema */ .bl(reportSchema, { io: 'output' });
    return (JSON.stringify({
        $schema,
        $id: 'https://raw.githubusercontent.com/maap/stac-ingest/v1/schema/report.schema.json',
        title: 'stac-ingest run report',
        ...rest,
    }, null, 2) + '\n');
}


/***/ })

};
