export const id = 495;
export const ids = [495];
export const modules = {

/***/ 8495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderPlanText: () => (/* binding */ renderPlanText)
/* harmony export */ });
const ACTION_TEXT = {
    'generate-local': 'generate locally with uvx',
    'generate-remote': 'send ItemRequests to the generator topic',
    'publish-files': 'publish pre-made STAC files',
    'publish-catalog': 'publish the items of a catalog.json',
    'publish-dps': 'publish the items of a DPS job',
    'upload-dps': "upload a DPS job's outputs for the DPS generator",
    'build-assets': 'build items from asset and metadata files (rio-stac)',
};
/** The plan as text for people. */
function renderPlanText(plan) {
    const lines = [];
    lines.push(`Plan for ${plan.manifest}`);
    lines.push(`Target '${plan.target.name}': ${plan.target.description}`);
    lines.push(`${plan.totals.collections} collection document(s), ${plan.totals.items} item(s) from ` +
        `${plan.totals.sources} source(s)` +
        (plan.totals.requests
            ? `; ${plan.totals.localRequests} local and ${plan.totals.remoteRequests} remote create-item call(s)`
            : ''));
    for (const c of plan.collections) {
        lines.push('');
        const def = c.definedBy === 'file'
            ? 'from a JSON file'
            : c.definedBy === 'stactools'
                ? 'from create-collection'
                : 'not in the manifest';
        lines.push(`collection ${c.id} (${def}${c.entry ? `, ${c.entry}` : ''}): ${c.items} item(s)`);
        for (const s of c.sources) {
            const pkg = s.package ? ` ${s.package} ${s.group}` : '';
            const exp = s.expect
                ? ` expecting ${s.expect.count ?? s.expect.ids?.length ?? `ids like ${s.expect.idTemplate}`}`
                : '';
            const derived = s.derivedCollection
                ? ` (collection id from ${s.derivedCollection.metFile}: '${s.derivedCollection.from}' -> ` +
                    `'${s.derivedCollection.id}')`
                : '';
            lines.push(`  - ${s.entry}: ${ACTION_TEXT[s.action]}${pkg}: ${s.items} ` +
                `item(s)${s.requests ? ` from ${s.requests} call(s)` : ''}${exp}${derived}`);
        }
    }
    if (plan.notes.length) {
        lines.push('');
        for (const n of plan.notes)
            lines.push(`note: ${n}`);
    }
    if (plan.skipped.length) {
        lines.push('', 'Not run on this event:');
        for (const s of plan.skipped)
            lines.push(`  - ${s.entry}: ${s.what} (${s.reason})`);
    }
    return lines.join('\n');
}


/***/ })

};
