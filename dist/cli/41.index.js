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




/**
 * Where an asset request is: built (`generating`), sent (`published`), seen in the catalog
 * (`verified`), or not (`failed`).
 */
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


/***/ })

};
