export const id = 994;
export const ids = [994];
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

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SUMMARY_LIMIT_BYTES: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   progressChart: () => (/* binding */ progressChart),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary),
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2960);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);


/** GitHub rejects job summaries over 1 MiB; stay well below. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
function esc(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function fold(title, lines) {
    return `<details><summary>${esc(title)}</summary>\n\n${lines.join('\n')}\n\n</details>`;
}
/** `4 error(s) in 2 of 3 items`, or `0 error(s)`. */
function validationErrors(v) {
    return v.errors === 0 ? '0 error(s)' : `${v.errors} error(s) in ${(0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCounts */ .w)(v.invalid, v.checked)}`;
}
function seconds(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
const READ_COLUMNS = [
    ['planned', 'Items planned', true],
    ['checked', 'Items checked', true],
    ['generated', 'Generated', false],
    ['generation_failed', 'Generation failed', false],
    ['invalid', 'Invalid', false],
];
const DELIVERY_COLUMNS = [
    ['new', 'New', false],
    ['changed', 'Changed', false],
    ['unchanged', 'Unchanged', false],
    ['orphans', 'Orphans', false],
    ['written', 'Written', false],
    ['published', 'Published', false],
    ['verified', 'Verified', false],
    ['missing', 'Missing', false],
    ['unverified', 'Unverified', false],
    ['stale', 'Stale', false],
    ['dead_lettered', 'Dead-lettered', false],
    ['failed', 'Failed', false],
];
function countsTable(result, columns, first) {
    const cols = columns.filter(([key, , always]) => always || result.collections.some((c) => c.counts[key] > 0));
    if (cols.length === 0)
        return [];
    const titles = [...(first ? [first[0]] : []), ...cols.map(([, title]) => title)];
    const rows = result.collections.map((c) => {
        const values = [...(first ? [first[1](c)] : []), ...cols.map(([key]) => c.counts[key])];
        return `| \`${esc(c.id)}\` | ${values.join(' | ')} |`;
    });
    return [`| Collection | ${titles.join(' | ')} |`, `| --- | ${titles.map(() => '---:').join(' | ')} |`, ...rows, ''];
}
/** A Mermaid line chart of verified items over time during the wait (GitHub renders Mermaid in summaries). */
function progressChart(result, maxPoints = 40) {
    const samples = result.delivery?.progress ?? [];
    if (samples.length < 2)
        return undefined;
    const step = Math.ceil(samples.length / maxPoints);
    const picked = samples.filter((_, i) => i % step === 0 || i === samples.length - 1);
    const expected = Math.max(...picked.map((p) => p.expected), 1);
    return [
        '```mermaid',
        // the default palette draws the line in a pale lavender that is hard to see on GitHub's white
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1f883d"}}}}%%',
        'xychart-beta',
        `    title "Verified items during the wait (of ${expected})"`,
        `    x-axis "seconds" [${picked.map((p) => Math.round(p.atMs / 1000)).join(', ')}]`,
        `    y-axis "items" 0 --> ${expected}`,
        `    line [${picked.map((p) => p.verified).join(', ')}]`,
        '```',
    ].join('\n');
}
/** Title, target and the one-line headline. */
function headerLines(result) {
    const out = [];
    const icon = result.cancelled !== undefined ? '⏹️' : result.ok ? '✅' : '❌';
    out.push(`## ${icon} stac-ingest ${result.command}${result.manifest ? ` — \`${esc(result.manifest)}\`` : ''}`);
    out.push('');
    if (result.cancelled !== undefined)
        out.push(`**Cancelled** by ${esc(result.cancelled)}: what was done until then is below; nothing more was started.`, '');
    if (result.target)
        out.push(`**Target** \`${esc(result.target.name)}\`: ${esc(result.target.description)}`, '');
    const v = result.validation;
    const g = result.generation;
    const headline = [];
    if (result.plan)
        headline.push(`${result.plan.totals.items} item(s) planned in ${result.plan.collections.length} collection(s)`);
    if (g)
        headline.push(`${g.succeeded}/${g.attempted} generated`);
    if (v)
        headline.push(`${(0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCounts */ .w)(v.checked)} validated: ${validationErrors(v)}, ${v.warnings} warning(s)`);
    if (result.output)
        headline.push(`${result.output.items} item(s) written to \`${esc(result.output.root)}\``);
    if (headline.length)
        out.push(headline.join(' · '), '');
    return out;
}
/** The per-collection tables and each collection's first errors. */
function collectionLines(result) {
    if (!result.collections.length)
        return [];
    const out = [];
    out.push(...countsTable(result, READ_COLUMNS, ['Collections checked', (c) => c.collectionsChecked]));
    out.push(...countsTable(result, DELIVERY_COLUMNS));
    const withErrors = result.collections.filter((c) => c.firstErrors.length);
    for (const c of withErrors)
        out.push(fold(`First errors in ${c.id}`, c.firstErrors.map((e) => `- ${esc(e)}`)), '');
    return out;
}
function problemLines(result, maxListed) {
    const errors = result.problems.filter((p) => p.severity === 'error');
    if (!errors.length)
        return [];
    const lines = errors.slice(0, maxListed).map((p) => {
        const where = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(p.location);
        const detail = p.detail
            ? `<br><sub><code>${esc(p.detail.trim().split('\n').slice(-3).join(' ⏎ ').slice(0, 400))}</code></sub>`
            : '';
        return `- **${esc(p.stage)}** ${where ? `\`${esc(where)}\`: ` : ''}${esc(p.message)}${detail}`;
    });
    if (errors.length > maxListed)
        lines.push(`- … and ${errors.length - maxListed} more`);
    return [
        `### Problems (${errors.length})`,
        '',
        errors.length > 10 ? fold(`${errors.length} problems`, lines) : lines.join('\n'),
        '',
    ];
}
function findingLines(result, maxListed) {
    const v = result.validation;
    if (!v || !v.findings.length)
        return [];
    const lines = v.findings
        .slice(0, maxListed)
        .map((f) => `- ${f.severity === 'error' ? '❌' : '⚠️'} \`${esc((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(f.location))}\` ` +
        `**${esc(f.rule)}**: ${esc(f.message)}`);
    if (v.findings.length > maxListed)
        lines.push(`- … and ${v.findings.length - maxListed} more`);
    return [fold(`Validation findings (${v.errors} errors, ${v.warnings} warnings)`, lines), ''];
}
/** Plan notes, generation time per package, entries not run on this event, time per stage. */
function detailLines(result) {
    const out = [];
    if (result.plan?.notes.length)
        out.push(fold('Plan notes', result.plan.notes.map((n) => `- ${esc(n)}`)), '');
    const packages = result.generation?.packages ?? [];
    if (packages.length)
        out.push(fold('Generation time per package', packages.map((p) => `- ${esc(packageTime(p))}`)), '');
    if (result.plan?.skipped.length)
        out.push('### Not run on this event', '', ...result.plan.skipped.map((s) => `- ${esc(s.entry)}: ${esc(s.what)} (${esc(s.reason)})`), '');
    if (result.stages.length) {
        out.push(fold('Time per stage', [
            '| Stage | Time | Result |',
            '| --- | ---: | --- |',
            ...result.stages.map((s) => `| ${s.name} | ${seconds(s.ms)} | ${s.ok ? 'ok' : 'failed'} |`),
            '',
            `Total: ${seconds(result.durationMs)}`,
        ]));
    }
    return out;
}
/** Cuts the text to maxBytes (on a character boundary) with a note saying where the rest is. */
function truncateSummary(text, maxBytes) {
    if (Buffer.byteLength(text) <= maxBytes)
        return text;
    const note = '\n\n_Summary truncated to stay under GitHub’s 1 MiB limit; see the JSON report for everything._\n';
    const buf = Buffer.from(text).subarray(0, maxBytes - Buffer.byteLength(note));
    return buf.toString('utf8').replace(/\uFFFD$/, '') + note;
}
/** Renders the job summary (GitHub-flavoured Markdown) from the run's result data. */
function renderSummary(result, options = {}) {
    const maxListed = options.maxListed ?? 50;
    const chart = progressChart(result);
    const out = [
        ...headerLines(result),
        ...collectionLines(result),
        ...(chart ? [chart, ''] : []),
        ...problemLines(result, maxListed),
        ...findingLines(result, maxListed),
        ...detailLines(result),
    ];
    return truncateSummary(out.join('\n') + '\n', options.maxBytes ?? SUMMARY_LIMIT_BYTES);
}
/** `stactools-foo (worker): 200 items, 1.4 ms per item, environment 2.1 s, 2 workers (1 replaced)`. */
function packageTime(p) {
    const per = p.items > 0 ? p.itemMs / p.items : 0;
    const parts = [
        `${p.items} item(s)${p.failed ? ` (${p.failed} failed)` : ''}`,
        `${per < 100 ? per.toFixed(1) : Math.round(per)} ms per item`,
    ];
    if (p.setupMs !== undefined)
        parts.push(`environment ${seconds(p.setupMs)}`);
    if (p.pool)
        parts.push(`${p.pool.started} worker(s)${p.pool.replaced ? ` (${p.pool.replaced} replaced)` : ''}`);
    return `${p.package} (${p.engine}): ${parts.join(', ')}`;
}
/** A short plain-text report for terminals and logs. */
const TEXT_STATUS = { success: 'OK', failure: 'FAILED', cancelled: 'CANCELLED' };
function renderText(result) {
    const lines = [];
    const manifest = result.manifest ? ` (${result.manifest})` : '';
    const by = result.cancelled !== undefined ? ` by ${result.cancelled}` : '';
    lines.push(`stac-ingest ${result.command}: ${TEXT_STATUS[(0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .runStatus */ .e)(result)]}${manifest}${by}`);
    for (const c of result.collections) {
        const counts = [...READ_COLUMNS, ...DELIVERY_COLUMNS]
            .filter(([key, , always]) => always || c.counts[key] > 0)
            .map(([key, title]) => `${title.toLowerCase()} ${c.counts[key]}`);
        lines.push(`  ${c.id}: ${c.collectionsChecked} collection(s); ${counts.join(', ')}`);
    }
    const v = result.validation;
    if (v)
        lines.push(`  validation: ${(0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCounts */ .w)(v.checked)} checked: ${validationErrors(v)}, ${v.warnings} warning(s)`);
    for (const p of result.generation?.packages ?? [])
        lines.push(`  generation: ${packageTime(p)}`);
    if (result.output)
        lines.push(`  output: ${result.output.root} (${result.output.files.length} files)`);
    if (result.delivery)
        lines.push(`  ${result.delivery.summary}`);
    const errors = result.problems.filter((p) => p.severity === 'error');
    for (const p of errors.slice(0, 50)) {
        const where = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(p.location);
        lines.push(`  error [${p.stage}] ${where ? where + ': ' : ''}${p.message}`);
        if (p.detail)
            for (const l of p.detail.trim().split('\n').slice(-5))
                lines.push(`      | ${l}`);
    }
    if (errors.length > 50)
        lines.push(`  ... and ${errors.length - 50} more errors`);
    lines.push(`  took ${seconds(result.durationMs)}`);
    return lines.join('\n');
}


/***/ })

};
