export const id = 656;
export const ids = [656];
export const modules = {

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

/***/ 3656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   predictPaths: () => (/* binding */ predictPaths),
/* harmony export */   renderPredictions: () => (/* binding */ renderPredictions)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _compare_normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9456);
/* harmony import */ var _compare_py_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1320);
/* harmony import */ var _compare_stored_form_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2599);
/* harmony import */ var _model_keys_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(517);
/* harmony import */ var _model_stac_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3802);
/* harmony import */ var _sources_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6109);
/* harmony import */ var _sources_units_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9913);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8301);
/**
 * `stac-ingest predict <paths>`: each STAC object as the catalog will store it (src/compare/stored-form.ts;
 * minus the links the STAC API makes itself), what changed on the way, and why the loader would refuse it.
 * Items are dehydrated against the `item_assets` of a collection given among the same paths.
 */









async function predictPaths(paths, baseDir) {
    const problems = [];
    const docs = [];
    const report = { error: (e) => problems.push(e), skipped: () => undefined };
    for await (const unit of (0,_sources_units_js__WEBPACK_IMPORTED_MODULE_5__/* .eachUnit */ .sq)((0,_sources_files_js__WEBPACK_IMPORTED_MODULE_4__/* .stacPathsUnits */ .nR)(paths, baseDir, report))) {
        try {
            docs.push((0,_sources_units_js__WEBPACK_IMPORTED_MODULE_5__/* .parseUnit */ .E8)(unit));
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1))
                throw err;
            problems.push(err);
        }
    }
    const itemAssets = new Map();
    for (const d of docs)
        if (d.doc['type'] === 'Collection' && typeof d.doc['id'] === 'string' && d.doc['item_assets'] !== undefined)
            itemAssets.set(d.doc['id'], (0,_compare_py_value_js__WEBPACK_IMPORTED_MODULE_2__/* .toPy */ .XI)(d.doc['item_assets']));
    const predictions = docs.map((d) => {
        const collection = typeof d.doc['collection'] === 'string' ? itemAssets.get(d.doc['collection']) : undefined;
        const form = (0,_compare_stored_form_js__WEBPACK_IMPORTED_MODULE_3__/* .storedForm */ .K2)(d.doc, collection === undefined ? {} : { itemAssets: collection });
        const p = {
            location: (0,_model_stac_js__WEBPACK_IMPORTED_MODULE_7__/* .originToLocation */ .J)(d.origin),
            stored: (0,_compare_py_value_js__WEBPACK_IMPORTED_MODULE_2__/* .fromPy */ .cw)(withoutApiLinks(form.stored)),
            changes: form.changes,
            errors: form.errors,
        };
        const key = (0,_model_keys_js__WEBPACK_IMPORTED_MODULE_8__/* .keyOfDocument */ .KO)(d.doc);
        if (key !== undefined)
            p.key = key;
        return p;
    });
    return { predictions, problems };
}
/** The stored links the STAC API replaces with its own (self, root, parent, collection, ...) left out. */
function withoutApiLinks(stored) {
    if (!(0,_compare_py_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyObject */ .zt)(stored) || !Array.isArray(stored['links']))
        return stored;
    const links = stored['links'].filter((l) => !((0,_compare_py_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyObject */ .zt)(l) && typeof l['rel'] === 'string' && _compare_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .API_GENERATED_LINK_RELS */ .xn.has(l['rel'])));
    return { ...stored, links };
}
/** The predictions as text for people. */
function renderPredictions(result) {
    const out = [];
    for (const p of result.predictions) {
        const where = `${p.location.file}${p.location.line !== undefined ? `:${p.location.line}` : ''}`;
        out.push(`== ${where}${p.location.pointer ? ` at ${p.location.pointer}` : ''}${p.key ? ` (${p.key})` : ''}`);
        if (p.errors.length > 0) {
            out.push('the loader refuses it:');
            for (const e of p.errors)
                out.push(`  ${e.pointer || '/'}: ${e.rule}: ${e.message}`);
        }
        else {
            out.push('stored as:', (0,_json_js__WEBPACK_IMPORTED_MODULE_6__.stringifyJson)(p.stored, 2));
        }
        out.push(p.changes.length > 0 ? 'changed on the way:' : 'stored as sent (but for the links the API makes)');
        for (const c of p.changes)
            out.push(`  ${c.pointer || '/'}: ${c.message}`);
        out.push('');
    }
    for (const e of result.problems)
        out.push(`error: ${e.message}`);
    return out.join('\n');
}


/***/ })

};
