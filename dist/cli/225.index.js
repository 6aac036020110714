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


/***/ })

};
