export const id = 953;
export const ids = [953];
export const modules = {

/***/ 9953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CommandNotFoundError: () => (/* binding */ CommandNotFoundError),
/* harmony export */   createProcessRunner: () => (/* binding */ createProcessRunner)
/* harmony export */ });
/* harmony import */ var execa__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6993);
/* harmony import */ var _security_env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3497);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(833);




/** Raised when the program itself cannot be started (not found, not executable). */
class CommandNotFoundError extends Error {
    command;
    name = 'CommandNotFoundError';
    constructor(command, options = {}) {
        super(`cannot run '${command}': not found on PATH`, options.cause === undefined ? undefined : { cause: options.cause });
        this.command = command;
    }
}
function tailAppend(buf, chunk, max) {
    const next = buf + chunk;
    return next.length > max ? next.slice(next.length - max) : next;
}
function createProcessRunner(runnerOptions = {}) {
    const allowed = (more = []) => (0,_security_env_js__WEBPACK_IMPORTED_MODULE_2__/* .subprocessEnvironment */ .lx)(process.env, [...(runnerOptions.passEnv ?? []), ...more]);
    return {
        start(command, args, options) {
            if (runnerOptions.signal?.aborted)
                throw cancelledBy(runnerOptions.signal);
            const base = options.env ?? allowed();
            return startLineProcess(command, args, {
                ...options,
                env: options.environment ? options.environment(base) : base,
            });
        },
        run: (command, args, options = {}) => {
            const signal = anySignal(runnerOptions.signal, options.signal);
            const base = options.env ?? allowed(options.passEnv);
            return runProcess(command, args, {
                ...options,
                env: options.environment ? options.environment(base) : base,
                ...(signal ? { signal } : {}),
            });
        },
    };
}
function anySignal(...signals) {
    const given = signals.filter((s) => s !== undefined);
    return given.length > 1 ? AbortSignal.any(given) : given[0];
}
function cancelledBy(signal) {
    return signal.reason instanceof Error ? signal.reason : new _cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .CancelledError */ .cc(String(signal.reason ?? 'aborted'));
}
/** Own process groups where there are groups: a kill then also ends what the child started. */
const GROUPS = process.platform !== 'win32';
/**
 * Starts `command args` with execa (no shell, its own process group) and registers the group with `leftovers`
 * until the child exits; then whatever the child left running in the group is killed, so a package that starts a
 * background process cannot leave it behind (and cannot hold our pipes open). execa's own clean-up on exit does
 * not apply to detached children: the `leftovers` exit hook does that.
 */
function spawnGrouped(command, args, options, extra = {}) {
    const execOptions = {
        ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
        env: options.env,
        extendEnv: false,
        stdin: options.stdin,
        stdout: 'pipe',
        stderr: 'pipe',
        buffer: false,
        reject: false,
        detached: GROUPS,
        killSignal: 'SIGKILL',
        ...extra,
    };
    const child = (0,execa__WEBPACK_IMPORTED_MODULE_3__/* .execa */ .Ho)(command, args, execOptions);
    const release = GROUPS && child.pid !== undefined ? _cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .leftovers */ .To.group(child.pid) : () => child.kill('SIGKILL');
    child.on('exit', release);
    return { child, release };
}
async function runProcess(command, args, options) {
    if (options.signal?.aborted)
        throw cancelledBy(options.signal);
    const max = options.maxOutput ?? 1_000_000;
    const started = Date.now();
    const { child, release } = spawnGrouped(command, args, { cwd: options.cwd, env: options.env, stdin: 'ignore' }, {
        ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
        ...(options.signal !== undefined ? { cancelSignal: options.signal } : {}),
    });
    let stdout = '';
    let stderr = '';
    // the tails are kept (execa's maxBuffer would kill a chatty package instead)
    child.stdout?.setEncoding('utf8').on('data', (d) => (stdout = tailAppend(stdout, d, max)));
    child.stderr?.setEncoding('utf8').on('data', (d) => (stderr = tailAppend(stderr, d, max)));
    const r = await child;
    release();
    const spawnError = r.failed && r.exitCode === undefined && r.signal === undefined && !r.timedOut;
    if (spawnError && r.code === 'ENOENT')
        throw new CommandNotFoundError(command, { cause: r.cause });
    if (spawnError)
        throw r.cause instanceof Error ? r.cause : new Error(r.message);
    return {
        command,
        args,
        exitCode: r.exitCode ?? null,
        signal: r.signal ?? null,
        stdout,
        stderr,
        timedOut: r.timedOut,
        durationMs: Date.now() - started,
    };
}
/**
 * Starts `command args` (no shell) as a line-protocol child in its own process group, so a kill also ends what
 * it started. The caller must `kill()` or `closeInput()` it: it keeps the event loop alive while it runs.
 */
function startLineProcess(command, args, options) {
    const { child, release } = spawnGrouped(command, args, { cwd: options.cwd, env: options.env, stdin: 'pipe' });
    const max = options.maxStderr ?? 16_384;
    let stderr = '';
    let alive = true;
    const { stdin, stdout } = child;
    child.stderr?.setEncoding('utf8').on('data', (d) => (stderr = tailAppend(stderr, d, max)));
    stdin.on('error', () => undefined); // EPIPE after the child died: its exit reports it
    (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.createInterface)({ input: stdout, crlfDelay: Infinity }).on('line', options.onLine);
    const exited = child.then((r) => {
        alive = false;
        release();
        const exit = { exitCode: r.exitCode ?? null, signal: r.signal ?? null };
        const spawnError = r.failed && r.exitCode === undefined && r.signal === undefined;
        return spawnError ? { ...exit, error: r.cause instanceof Error ? r.cause : new Error(r.message) } : exit;
    });
    return {
        pid: child.pid,
        send: (line) => {
            if (alive && stdin.writable)
                stdin.write(line + '\n');
        },
        closeInput: () => stdin.end(),
        /** Also after it exited: what it started may still run in its group. */
        kill: release,
        stderrTail: () => stderr,
        exited,
    };
}


/***/ })

};
