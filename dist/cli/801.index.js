export const id = 801;
export const ids = [801,217];
export const modules = {

/***/ 1398:
/***/ ((module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const scope_1 = __webpack_require__(5407);
const code_1 = __webpack_require__(567);
function standaloneCode(ajv, refsOrFunc) {
    if (!ajv.opts.code.source) {
        throw new Error("moduleCode: ajv instance must have code.source option");
    }
    const { _n } = ajv.scope.opts;
    return typeof refsOrFunc == "function"
        ? funcExportCode(refsOrFunc.source)
        : refsOrFunc !== undefined
            ? multiExportsCode(refsOrFunc, getValidate)
            : multiExportsCode(ajv.schemas, (sch) => sch.meta ? undefined : ajv.compile(sch.schema));
    function getValidate(id) {
        const v = ajv.getSchema(id);
        if (!v)
            throw new Error(`moduleCode: no schema with id ${id}`);
        return v;
    }
    function funcExportCode(source) {
        const usedValues = {};
        const n = source === null || source === void 0 ? void 0 : source.validateName;
        const vCode = validateCode(usedValues, source);
        if (ajv.opts.code.esm) {
            // Always do named export as `validate` rather than the variable `n` which is `validateXX` for known export value
            return `"use strict";${_n}export const validate = ${n};${_n}export default ${n};${_n}${vCode}`;
        }
        return `"use strict";${_n}module.exports = ${n};${_n}module.exports.default = ${n};${_n}${vCode}`;
    }
    function multiExportsCode(schemas, getValidateFunc) {
        var _a;
        const usedValues = {};
        let code = (0, code_1._) `"use strict";`;
        for (const name in schemas) {
            const v = getValidateFunc(schemas[name]);
            if (v) {
                const vCode = validateCode(usedValues, v.source);
                const exportSyntax = ajv.opts.code.esm
                    ? (0, code_1._) `export const ${(0, code_1.getEsmExportName)(name)}`
                    : (0, code_1._) `exports${(0, code_1.getProperty)(name)}`;
                code = (0, code_1._) `${code}${_n}${exportSyntax} = ${(_a = v.source) === null || _a === void 0 ? void 0 : _a.validateName};${_n}${vCode}`;
            }
        }
        return `${code}`;
    }
    function validateCode(usedValues, s) {
        if (!s)
            throw new Error('moduleCode: function does not have "source" property');
        if (usedState(s.validateName) === scope_1.UsedValueState.Completed)
            return code_1.nil;
        setUsedState(s.validateName, scope_1.UsedValueState.Started);
        const scopeCode = ajv.scope.scopeCode(s.scopeValues, usedValues, refValidateCode);
        const code = new code_1._Code(`${scopeCode}${_n}${s.validateCode}`);
        return s.evaluated ? (0, code_1._) `${code}${s.validateName}.evaluated = ${s.evaluated};${_n}` : code;
        function refValidateCode(n) {
            var _a;
            const vRef = (_a = n.value) === null || _a === void 0 ? void 0 : _a.ref;
            if (n.prefix === "validate" && typeof vRef == "function") {
                const v = vRef;
                return validateCode(usedValues, v.source);
            }
            else if ((n.prefix === "root" || n.prefix === "wrapper") && typeof vRef == "object") {
                const { validate, validateName } = vRef;
                if (!validateName)
                    throw new Error("ajv internal error");
                const def = ajv.opts.code.es5 ? scope_1.varKinds.var : scope_1.varKinds.const;
                const wrapper = (0, code_1._) `${def} ${n} = {validate: ${validateName}};`;
                if (usedState(validateName) === scope_1.UsedValueState.Started)
                    return wrapper;
                const vCode = validateCode(usedValues, validate === null || validate === void 0 ? void 0 : validate.source);
                return (0, code_1._) `${wrapper}${_n}${vCode}`;
            }
            return undefined;
        }
        function usedState(name) {
            var _a;
            return (_a = usedValues[name.prefix]) === null || _a === void 0 ? void 0 : _a.get(name);
        }
        function setUsedState(name, state) {
            const { prefix } = name;
            const names = (usedValues[prefix] = usedValues[prefix] || new Map());
            names.set(name, state);
        }
    }
}
module.exports = exports = standaloneCode;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = standaloneCode;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAjv: () => (/* binding */ createAjv)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ajv_dist_compile_codegen_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1436);
/* harmony import */ var _validator_runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1606);




// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object's type.
const addFormats = (ajv_formats__WEBPACK_IMPORTED_MODULE_0___default());
/** An ajv instance for one draft and mode, with the formats STAC needs (the 2019/2020 classes load on demand). */
async function createAjv(setup) {
    const options = {
        strict: false,
        validateSchema: false,
        ..._validator_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .MODE_OPTIONS */ .dj[setup.mode],
        loadSchema: setup.loadSchema,
        logger: {
            log: (m) => setup.logger.debug(String(m)),
            warn: (m) => setup.logger.debug(`ajv: ${String(m)}`),
            error: (m) => setup.logger.debug(`ajv: ${String(m)}`),
        },
        ...(setup.source ? { code: { source: true, formats: (0,ajv_dist_compile_codegen_index_js__WEBPACK_IMPORTED_MODULE_2__._) `require("ajv-formats/dist/formats").fullFormats` } } : {}),
    };
    let ajv;
    if (setup.draft === '2020-12')
        ajv = new (await __webpack_require__.e(/* import() */ 210).then(__webpack_require__.t.bind(__webpack_require__, 2210, 23))).Ajv2020(options);
    else if (setup.draft === '2019-09')
        ajv = new (await __webpack_require__.e(/* import() */ 878).then(__webpack_require__.t.bind(__webpack_require__, 878, 23))).Ajv2019(options);
    else
        ajv = new ajv__WEBPACK_IMPORTED_MODULE_3__.Ajv(options);
    addFormats(ajv);
    // STAC uses these for hrefs; any string is accepted, as by stac-validator
    ajv.addFormat('iri', true);
    ajv.addFormat('iri-reference', true);
    return ajv;
}


/***/ }),

/***/ 2801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validatorCode: () => (/* binding */ validatorCode)
/* harmony export */ });
/* unused harmony exports schemaClosure, precompileValidators */
/* harmony import */ var ajv_dist_standalone_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1398);
/* harmony import */ var ajv_dist_standalone_index_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_standalone_index_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _ajv_instance_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1217);
/* harmony import */ var _precompiled_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7488);
/* harmony import */ var _validator_runtime_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1606);





/**
 * Compiled validators as code: ajv's standalone output for a set of schemas, which evaluates in a
 * few milliseconds where compiling the schemas takes a second (validator-runtime.ts runs it). Made at
 * build time for the bundled schemas (scripts/precompile-schemas.ts) and at run time for worker threads;
 * the code is only ever made by stac-ingest itself, from schemas it resolved, never read from the dataset
 * repository.
 */
/** Standalone code exporting the validators of `urls` (compiled in `ajv`, made with `source: true`). */
function validatorCode(ajv, urls) {
    const standaloneCode = (ajv_dist_standalone_index_js__WEBPACK_IMPORTED_MODULE_3___default()["default"]);
    return (standaloneCode ?? (ajv_dist_standalone_index_js__WEBPACK_IMPORTED_MODULE_3___default()))(ajv, Object.fromEntries(urls.map((u) => [u, u])));
}
/** Every schema document `url` reaches through `$ref` (itself included), in discovery order. */
async function schemaClosure(url, resolve) {
    const seen = new Set();
    const visit = async (u) => {
        if (seen.has(u))
            return;
        seen.add(u);
        const refs = [];
        collectRefs(await resolve(u), refs);
        for (const ref of refs) {
            let target;
            try {
                target = new URL(ref, u);
            }
            catch {
                continue;
            }
            target.hash = '';
            if (target.protocol === 'https:' || target.protocol === 'http:')
                await visit(target.href);
        }
    };
    await visit(url);
    return [...seen];
}
function collectRefs(value, out) {
    if (Array.isArray(value))
        for (const v of value)
            collectRefs(v, out);
    else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
            if (k === '$ref' && typeof v === 'string' && !v.startsWith('#'))
                out.push(v);
            else
                collectRefs(v, out);
        }
    }
}
/**
 * Compiles the fast validators of `urls` (draft-07 schemas; others are left out): the standalone code
 * of each (files `0.js`, `1.js`, ... in `urls` order) and the hashes of every schema each reaches.
 */
async function precompileValidators(urls, resolve, logger) {
    const ajv = await createAjv({
        draft: 'draft-07',
        mode: 'fast',
        source: true,
        logger,
        loadSchema: async (u) => prepareSchema(await resolve(u), u, 'draft-07'),
    });
    const meta = { fingerprint: ajvFingerprint('fast', AJV_VERSION), schemas: {} };
    const files = new Map();
    for (const url of urls) {
        const raw = await resolve(url);
        if (draftOf(raw) !== 'draft-07')
            continue;
        if (ajv.getSchema(url) === undefined)
            await ajv.compileAsync(prepareSchema(raw, url, 'draft-07'));
        const deps = {};
        for (const dep of await schemaClosure(url, resolve))
            deps[dep] = schemaHash(await resolve(dep));
        const file = `${files.size}.js`;
        files.set(file, validatorCode(ajv, [url]));
        meta.schemas[url] = { file, deps };
    }
    return { meta, files };
}


/***/ })

};
