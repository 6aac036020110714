export const id = 217;
export const ids = [217];
export const modules = {

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


/***/ })

};
