#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Zu: () => (/* binding */ StageError),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   yb: () => (/* binding */ ConfigurationErrors)
/* harmony export */ });
function formatLocation(loc) {
    if (!loc)
        return '';
    const parts = [];
    if (loc.file !== undefined) {
        let f = loc.file;
        if (loc.line !== undefined)
            f += `:${loc.line}`;
        if (loc.line !== undefined && loc.column !== undefined)
            f += `:${loc.column}`;
        parts.push(f);
    }
    if (loc.entry)
        parts.push(loc.entry);
    if (loc.pointer !== undefined)
        parts.push(`at ${loc.pointer === '' ? '/' : loc.pointer}`);
    return parts.join(' ');
}
/** The user's input is wrong (manifest, STAC JSON, options). Fix the input, not the tool. */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    location;
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.location = options.location;
        this.hint = options.hint;
    }
}
/** Several configuration problems found at once (e.g. every manifest error). */
class ConfigurationErrors extends Error {
    errors;
    name = 'ConfigurationErrors';
    constructor(errors, summary) {
        super(summary ??
            `${errors.length} configuration error${errors.length === 1 ? '' : 's'}:\n` +
                errors.map((e) => '  ' + describeError(e)).join('\n'));
        this.errors = errors;
    }
}
/** A stage failed for a reason outside the user's input (network, subprocess, service). */
class StageError extends Error {
    stage;
    name = 'StageError';
    constructor(stage, message, options = {}) {
        super(`${stage}: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
        this.stage = stage;
    }
}
/** One line: location, message, hint. */
function describeError(err) {
    if (err instanceof ConfigurationError) {
        const where = formatLocation(err.location);
        return `${where ? where + ': ' : ''}${err.message}${err.hint ? ` (${err.hint})` : ''}`;
    }
    if (err instanceof Error) {
        let msg = err.message;
        let cause = err.cause;
        while (cause instanceof Error) {
            msg += `: ${cause.message}`;
            cause = cause.cause;
        }
        return msg;
    }
    return String(err);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/cli-main.ts




const USAGE = `stac-ingest: validate, generate and publish STAC into MAAP / eoapi-cdk catalogs

Usage:
  stac-ingest validate [paths...] [options]  validate the manifest, its collections and items
                                             (or, given paths, STAC files/directories without a manifest)
  stac-ingest plan [options]                 show what would be generated and published
  stac-ingest run [options]                  generate, validate and deliver to the target
                                             (MAAP: publish new/changed, wait, verify through the STAC API)
  stac-ingest verify [options]               check that everything the manifest describes is in the
                                             catalog, as sent (needs the target's stac_api)
  stac-ingest redrive [options]              re-publish this run's dead-lettered messages, then wait again
  stac-ingest status [request-id] [options]  status of asset requests (queued, generating, published,
                                             verified, failed) from .stac-ingest/report.requests.json

Options:
  -m, --manifest <file>      manifest path (default: stac-ingest.yaml)
  -t, --target <name>        manifest target (default: default_target, else 'local')
  -o, --output <dir>         output directory for a directory target
      --allow-outside-workspace
                             let a directory target write outside the repository holding
                             the manifest (the manifest's folder when there is no repository)
  -j, --concurrency <n>      items generated at once (default: one per core) and parallel asset reads (default: 4)
      --engine <worker|uvx>  local generation: persistent Python workers (default) or one uvx process per item,
                             exactly as the StactoolsItemGenerator Lambda (overrides the manifest's engine)
      --generate             validate: also generate stactools items locally and validate them
      --force                run: publish unchanged items too
      --ledger <file>        redrive: the run ledger (default: the newest in .stac-ingest/)
      --dry-run              redrive: only list what would be re-published
      --max-warnings <n>     fail when there are more warnings than this
      --schema-mirror <dir>  directory mirroring schema URLs (host/path), looked up before the
                             bundled schemas, the cache and the network; repeatable
      --schema-cache <dir>   schema cache directory (default: .stac-ingest/schema-cache)
      --offline              never fetch schemas from the network
      --summary-file <file>  write the Markdown job summary here
      --report-file <file>   write the JSON result here
      --json                 print the JSON result on stdout instead of text
      --warn-only            report failures but exit 0 (for teams starting non-blocking)
      --subprocess-env <glob> also pass these environment variables to uvx / rio-stac (repeatable;
                             by default they get PATH, HOME, locale, temp, UV_* and proxy settings only)
  -v, --verbose              debug logging
  -h, --help                 this help
`;
const COMMANDS = ['validate', 'plan', 'run', 'verify', 'redrive'];
function parse(argv) {
    return (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            manifest: { type: 'string', short: 'm' },
            target: { type: 'string', short: 't' },
            output: { type: 'string', short: 'o' },
            'allow-outside-workspace': { type: 'boolean' },
            concurrency: { type: 'string', short: 'j' },
            engine: { type: 'string' },
            generate: { type: 'boolean' },
            force: { type: 'boolean' },
            ledger: { type: 'string' },
            'dry-run': { type: 'boolean' },
            'max-warnings': { type: 'string' },
            'schema-mirror': { type: 'string', multiple: true },
            'schema-cache': { type: 'string' },
            offline: { type: 'boolean' },
            'summary-file': { type: 'string' },
            'report-file': { type: 'string' },
            json: { type: 'boolean' },
            'warn-only': { type: 'boolean' },
            'subprocess-env': { type: 'string', multiple: true },
            verbose: { type: 'boolean', short: 'v' },
            help: { type: 'boolean', short: 'h' },
        },
    });
}
async function main(argv) {
    let parsed;
    try {
        parsed = parse(argv);
    }
    catch (err) {
        process.stderr.write(`stac-ingest: ${err.message}\n\n${USAGE}`);
        return 2;
    }
    const { values, positionals } = parsed;
    const [command, ...rest] = positionals;
    if (values.help || command === undefined) {
        process.stdout.write(USAGE);
        return command === undefined && !values.help ? 2 : 0;
    }
    if (command === 'status')
        return await printStatus(values.manifest ?? 'stac-ingest.yaml', rest[0], values.json ?? false);
    if (!COMMANDS.includes(command)) {
        process.stderr.write(`stac-ingest: unknown command '${command}'\n\n${USAGE}`);
        return 2;
    }
    const int = (name, v, fallback) => {
        if (v === undefined)
            return fallback;
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0)
            throw new Error(`--${name} takes a whole number, got '${v}'`);
        return n;
    };
    const options = {
        command: command,
        manifestPath: values.manifest ?? 'stac-ingest.yaml',
        schemaMirrors: values['schema-mirror'] ?? [],
        schemaCache: values['schema-cache'] ?? '.stac-ingest/schema-cache',
        network: !values.offline,
    };
    try {
        const concurrency = int('concurrency', values.concurrency);
        if (concurrency !== undefined)
            options.concurrency = Math.max(1, concurrency);
        if (values.engine !== undefined)
            options.engine = (await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(671)]).then(__nccwpck_require__.bind(__nccwpck_require__, 671))).engineName(values.engine, '--engine');
        const mw = int('max-warnings', values['max-warnings']);
        if (mw !== undefined)
            options.maxWarnings = mw;
    }
    catch (err) {
        process.stderr.write(`stac-ingest: ${err.message}\n`);
        return 2;
    }
    if (values.target !== undefined)
        options.target = values.target;
    if (values.output !== undefined)
        options.output = values.output;
    if (values['allow-outside-workspace'])
        options.allowOutsideWorkspace = true;
    if (values.generate)
        options.generate = true;
    if (values.force)
        options.force = true;
    if (rest.length) {
        if (command !== 'validate') {
            process.stderr.write(`stac-ingest: '${command}' takes no paths (got ${rest.join(' ')})\n`);
            return 2;
        }
        options.paths = rest;
    }
    return await runCommand(command, options, values);
}
/**
 * Runs a command and writes its report. Modules load here, on demand: `--help` and a usage error
 * never load the core, and each command loads only what it uses (targets load their SDKs themselves).
 */
async function runCommand(command, options, values) {
    const { ConsoleLogger } = await __nccwpck_require__.e(/* import() */ 338).then(__nccwpck_require__.bind(__nccwpck_require__, 1338));
    const logger = new ConsoleLogger({ verbose: values.verbose ?? false });
    const result = await execute(command, options, values, logger);
    const { renderSummary, renderText } = await __nccwpck_require__.e(/* import() */ 994).then(__nccwpck_require__.bind(__nccwpck_require__, 7994));
    const { toJsonReport } = await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(225)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4225));
    try {
        if (values['summary-file'])
            await (0,promises_.writeFile)(values['summary-file'], renderSummary(result));
        if (values['report-file'])
            await (0,promises_.writeFile)(values['report-file'], JSON.stringify(toJsonReport(result), null, 2) + '\n');
    }
    catch (err) {
        logger.error(`cannot write report: ${(0,errors/* describeError */.Uc)(err)}`);
    }
    if (values.json)
        process.stdout.write(JSON.stringify(toJsonReport(result), null, 2) + '\n');
    else {
        if (result.plan && command === 'plan')
            process.stdout.write((await __nccwpck_require__.e(/* import() */ 495).then(__nccwpck_require__.bind(__nccwpck_require__, 8495))).renderPlanText(result.plan) + '\n\n');
        process.stdout.write(renderText(result) + '\n');
    }
    if (!result.ok && values['warn-only']) {
        logger.warning('the run failed, but --warn-only keeps the exit status 0');
        return 0;
    }
    return result.ok ? 0 : 1;
}
async function execute(command, options, values, logger) {
    if (command === 'redrive') {
        const { redriveRun } = await Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(547), __nccwpck_require__.e(79), __nccwpck_require__.e(671), __nccwpck_require__.e(41), __nccwpck_require__.e(924), __nccwpck_require__.e(648)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1648));
        return await redriveRun({
            manifestPath: options.manifestPath,
            ...(options.target ? { target: options.target } : {}),
            ...(values.ledger ? { ledgerFile: values.ledger } : {}),
            dryRun: values['dry-run'] ?? false,
        }, { logger });
    }
    const [{ ingest }, { createProcessRunner }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(311), __nccwpck_require__.e(547), __nccwpck_require__.e(79), __nccwpck_require__.e(671), __nccwpck_require__.e(41), __nccwpck_require__.e(924)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4924)),
        __nccwpck_require__.e(/* import() */ 438).then(__nccwpck_require__.bind(__nccwpck_require__, 438)),
    ]);
    return await ingest(options, { logger, runner: createProcessRunner({ passEnv: values['subprocess-env'] ?? [] }) });
}
/** `status`: the asset requests' status records kept next to the manifest. */
async function printStatus(manifestPath, requestId, json) {
    const file = external_node_path_default().join(external_node_path_default().dirname(external_node_path_default().resolve(manifestPath)), '.stac-ingest', 'report.json');
    try {
        const { formatStatus, statusOf } = await Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(41), __nccwpck_require__.e(301)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8041));
        const records = await statusOf(file, requestId);
        process.stdout.write(json ? JSON.stringify(records, null, 2) + '\n' : formatStatus(records) + '\n');
        return records.some((r) => r.status === 'failed') ? 1 : 0;
    }
    catch (err) {
        process.stderr.write(`stac-ingest: ${(0,errors/* describeError */.Uc)(err)}\n`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/cli.ts

main(process.argv.slice(2)).then((code) => (process.exitCode = code), (err) => {
    process.stderr.write(`stac-ingest: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 70;
});

