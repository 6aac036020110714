export const id = 775;
export const ids = [775];
export const modules = {

/***/ 1667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S2: () => (/* binding */ blockMemoryOf),
/* harmony export */   hx: () => (/* binding */ giveBackBlockMemory),
/* harmony export */   nh: () => (/* binding */ blockMemory)
/* harmony export */ });
/** Room in a reused memory for the carried start of a block's first line (longer carries get memory of their own). */
const CARRY_ROOM = 256 << 10;
/** Memories kept for reuse (the blocks in flight between the reader and the validation threads come back). */
const KEPT = 8;
const kept = [];
/**
 * A buffer of `bytes` bytes (uninitialized) that nothing else views: a given-back memory when one is large enough,
 * else new memory (of the reusable size when `bytes` fits it, so that it can come back).
 */
function blockMemory(bytes, chunkBytes) {
    const reusable = chunkBytes + CARRY_ROOM;
    if (bytes > reusable)
        return Buffer.allocUnsafeSlow(bytes);
    const last = kept.at(-1);
    const memory = last !== undefined && last.byteLength >= bytes ? kept.pop() : undefined;
    return Buffer.from(memory ?? Buffer.allocUnsafeSlow(reusable).buffer, 0, bytes);
}
/**
 * Gives back the memory of a consumed block for reuse: it moves to a new owner (every view of it here, the block's
 * bytes included, is left empty, as when a block moves to a worker thread).
 */
function giveBackBlockMemory(memory) {
    if (kept.length >= KEPT || memory.byteLength === 0)
        return;
    kept.push(structuredClone(memory, { transfer: [memory] }));
}
/** The memory of the blocks among `units` (it moves between threads with them). */
function blockMemoryOf(units) {
    return units.flatMap((u) => (u.block ? [u.block.bytes.buffer] : []));
}


/***/ }),

/***/ 7798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OE: () => (/* binding */ YOUNG_GENERATION_MB),
/* harmony export */   eX: () => (/* binding */ RUN_YOUNG_GENERATION_MB),
/* harmony export */   i: () => (/* binding */ capYoungGenerations)
/* harmony export */ });
/* unused harmony export MAIN_YOUNG_GENERATION_MB */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);

/** The young generation (both semi-spaces) of each validation worker thread, in MB. */
const YOUNG_GENERATION_MB = 32;
/** The main thread's, once large inputs are validated (it reads, hands out and tallies; workers parse and check). */
const MAIN_YOUNG_GENERATION_MB = 16;
/**
 * The main thread's in a run reading a streamed source: it parses every document there (counting) and writes or
 * sends them; at 16 MB, a run of 1M items to a directory took 212 CPU-s instead of 166.
 */
const RUN_YOUNG_GENERATION_MB = 32;
const POLL_MS = 10;
let capping = false;
/**
 * Holds the young generations of this process's threads at their sizes above (the main thread's: `mainMb`).
 * V8 doubles a thread's young generation each time what survived its collections since the last growth adds up
 * to its size, so any long run grows the main thread's to the maximum V8 derives from the machine's memory
 * (128 MB on 24 GB, Node 24), all of it touched, and never shrinks it while busy: a third of the peak RSS of
 * validating 1M NDJSON items. That maximum is fixed when a thread starts (`--max-semi-space-size`, which neither
 * the Action's `node24` nor a user's `node` passes); the growth factor is read at each growth, so growth stops
 * (`--semi-space-growth-factor=1`, for every thread) once the main thread's next growth would pass its size
 * (looked at every POLL_MS: one more doubling between two looks stays possible). Worker threads started from
 * the first call on begin at their size (`--min-semi-space-size`; their `resourceLimits` cap it). V8 flags are
 * the process's, so the first call decides and it stays; a no-op where V8 names its spaces otherwise.
 */
function capYoungGenerations(mainMb = MAIN_YOUNG_GENERATION_MB) {
    if (capping)
        return;
    capping = true;
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)(`--min-semi-space-size=${YOUNG_GENERATION_MB / 2}`);
    const timer = setInterval(() => {
        const young = (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.getHeapSpaceStatistics)().find((s) => s.space_name === 'new_space');
        if (young !== undefined && young.space_size * 2 <= mainMb << 20)
            return;
        if (young !== undefined)
            (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--semi-space-growth-factor=1');
        clearInterval(timer);
    }, POLL_MS);
    timer.unref();
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


/***/ })

};
