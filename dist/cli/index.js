#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 833:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   To: () => (/* binding */ leftovers),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   cf: () => (/* binding */ signalExitCode),
/* harmony export */   dJ: () => (/* binding */ cancelOnSignals)
/* harmony export */ });
/* unused harmony export killProcessGroup */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/**
 * What a run started that must not outlive it, and how a SIGINT/SIGTERM cancels it.
 *
 * `leftovers` is the one registry of the process's live child process groups and temp folders: the process
 * runner adds each child's group while the child runs and kills the group when the call ends (so what a child left
 * running in the background goes too); temp folders are made through it and removed when their owner is done.
 * Whatever is still registered when the process exits, by any path (return, throw, process.exit, a second signal),
 * is killed and removed by its exit hook. It is one per process because process groups and exit hooks are.
 *
 * What no hook can do is run after a SIGKILL (the OOM killer, `kill -9`): for that, the first group registered
 * starts a {@link Reaper}, a small detached process that kills the groups still registered when we vanish.
 *
 * `cancelOnSignals` is installed by the entries (src/cli-main.ts, src/action.ts) and gives them the AbortSignal
 * they pass down.
 */





/** The run was cancelled by a signal (or its caller): what is done is reported, nothing new is started. */
class CancelledError extends Error {
    reason;
    name = 'CancelledError';
    constructor(reason) {
        super(`cancelled (${reason})`);
        this.reason = reason;
    }
}
/** Kills a whole process group (its leader's pid); false when there is none left. */
function killProcessGroup(pgid, signal = 'SIGKILL') {
    try {
        process.kill(process.platform === 'win32' ? pgid : -pgid, signal);
        return true;
    }
    catch {
        return false; // already gone
    }
}
/**
 * The reaper's whole program (run by `node -e`): it reads `+<pgid>` and `-<pgid>` lines on stdin and, once stdin
 * ends (our process is gone, however it ended), SIGKILLs the groups it still holds and exits.
 */
const REAPER_PROGRAM = `
const groups = new Set();
let rest = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  const lines = (rest + chunk).split('\\n');
  rest = lines.pop();
  for (const line of lines) (line[0] === '+' ? groups.add(line.slice(1)) : groups.delete(line.slice(1)));
});
process.stdin.on('end', () => {
  for (const pgid of groups) try { process.kill(-Number(pgid), 'SIGKILL'); } catch {}
  process.exit(0);
});
`;
/**
 * A process that outlives a SIGKILL of ours to kill the children's groups we could not: it leads its own process
 * group (a signal to ours does not reach it), gets an empty environment, holds the read end of a pipe from us and
 * is told each group as it is registered and released. It never keeps our process alive; if it cannot start or
 * dies, nothing else changes (the exit hook still works for every other way of ending).
 */
class Reaper {
    child;
    add(pgid) {
        this.tell(`+${pgid}`);
    }
    remove(pgid) {
        this.tell(`-${pgid}`);
    }
    /**
     * Ends it at once (the exit hook, having killed the groups itself): told nothing more, it would kill them again
     * once its input closed, and a pid reused in that instant would be someone else's group.
     */
    stop() {
        this.child?.kill('SIGKILL');
    }
    tell(line) {
        const stdin = this.started().stdin;
        if (stdin?.writable)
            stdin.write(`${line}\n`);
    }
    started() {
        if (this.child)
            return this.child;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, ['-e', REAPER_PROGRAM], {
            detached: true,
            env: {},
            stdio: ['pipe', 'ignore', 'ignore'],
        });
        child.on('error', () => undefined);
        child.stdin?.on('error', () => undefined);
        child.unref();
        child.stdin?.unref?.();
        return (this.child = child);
    }
}
class Leftovers {
    groups = new Set();
    dirs = new Set();
    reaper = process.platform === 'win32' ? undefined : new Reaper();
    hooked = false;
    /** A child that leads its own process group; the returned release kills what is left of the group. */
    group(pgid) {
        this.hook();
        this.groups.add(pgid);
        this.reaper?.add(pgid);
        return () => {
            if (!this.groups.delete(pgid))
                return;
            killProcessGroup(pgid);
            this.reaper?.remove(pgid);
        };
    }
    /** A fresh temp folder `<parent>/<prefix>XXXXXX`, removed at exit unless `removeDir` did it first. */
    async tempDir(prefix, parent = (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)()) {
        this.hook();
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(parent, prefix));
        this.dirs.add(dir);
        return dir;
    }
    tempDirSync(prefix, parent = (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)()) {
        this.hook();
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(parent, prefix));
        this.dirs.add(dir);
        return dir;
    }
    async removeDir(dir) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
        this.dirs.delete(dir);
    }
    removeDirSync(dir) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
        this.dirs.delete(dir);
    }
    /** SIGKILLs every registered process group (they stay registered until their calls end). */
    killGroups() {
        for (const pgid of this.groups)
            killProcessGroup(pgid);
    }
    /** Counts of what is registered now. */
    live() {
        return { groups: this.groups.size, dirs: this.dirs.size };
    }
    hook() {
        if (this.hooked)
            return;
        this.hooked = true;
        process.on('exit', () => {
            this.killGroups();
            this.groups.clear();
            this.reaper?.stop();
            for (const dir of this.dirs)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
            this.dirs.clear();
        });
    }
}
const leftovers = new Leftovers();
const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
/** The conventional exit status of a process ended by `signal` (130 for SIGINT, 143 for SIGTERM). */
function signalExitCode(signal) {
    return 128 + (SIGNAL_NUMBERS[signal] ?? 15);
}
/**
 * The first SIGINT/SIGTERM (a cancelled workflow sends SIGINT, then SIGTERM) aborts the returned signal with a
 * CancelledError and kills the children's process groups at once, so the run stops starting work, winds down and
 * reports `cancelled`. A second signal, or the run still going after `graceMs`, ends the process with 128+signal
 * (the exit hook kills and removes what is left).
 */
function cancelOnSignals(options = {}) {
    const controller = new AbortController();
    const log = options.log ?? ((m) => process.stderr.write(`stac-ingest: ${m}\n`));
    let first;
    let timer;
    const forcedExit = (sig) => {
        try {
            options.onForcedExit?.(sig);
        }
        catch (err) {
            log(`could not write the report before exiting: ${err instanceof Error ? err.message : String(err)}`);
        }
        process.exit(signalExitCode(sig));
    };
    const onSignal = (sig) => {
        if (first !== undefined) {
            log(`${sig} again: stopping now`);
            forcedExit(first);
        }
        first = sig;
        log(`${sig}: cancelling (stopping the running steps, killing their processes, writing the report)`);
        controller.abort(new CancelledError(sig));
        leftovers.killGroups();
        timer = setTimeout(() => {
            log(`the run did not stop within ${(options.graceMs ?? 8_000) / 1000} s of ${sig}: exiting`);
            forcedExit(sig);
        }, options.graceMs ?? 8_000);
        timer.unref();
    };
    const signals = ['SIGINT', 'SIGTERM'];
    for (const s of signals)
        process.on(s, onSignal);
    return {
        signal: controller.signal,
        received: () => first,
        // once a signal came, the handlers and the deadline stay: the process is on its way out
        dispose: () => {
            if (first === undefined)
                for (const s of signals)
                    process.off(s, onSignal);
        },
    };
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Zu: () => (/* binding */ StageError),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   qo: () => (/* binding */ clipLongLines),
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
const LONG_LINE = 16_384;
const KEPT = 512;
/**
 * Cuts the middle out of lines over 16 KiB, keeping 512 characters at each end (where a message names the place and
 * says what is wrong): no message, log line or report echoes a huge user value whole. Nothing stac-ingest writes
 * itself has lines that long.
 */
function clipLongLines(text) {
    if (text.length <= LONG_LINE)
        return text;
    const clip = (l) => `${l.slice(0, KEPT)} …[${l.length - 2 * KEPT} characters cut]… ${l.slice(-KEPT)}`;
    return text
        .split('\n')
        .map((l) => (l.length <= LONG_LINE ? l : clip(l)))
        .join('\n');
}
/** The user's input is wrong (manifest, STAC JSON, options). Fix the input, not the tool. */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    location;
    hint;
    constructor(message, options = {}) {
        super(clipLongLines(message), options.cause === undefined ? undefined : { cause: options.cause });
        this.location = options.location;
        this.hint = options.hint === undefined ? undefined : clipLongLines(options.hint);
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

/***/ 1338:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ConsoleLogger: () => (/* binding */ ConsoleLogger),
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   inertLines: () => (/* binding */ inertLines)
/* harmony export */ });
/* unused harmony exports oneLevelGroups, formatDuration, ProgressTracker, RecordingLogger */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);


/**
 * GitHub Actions does not nest log groups (a `::group::` inside another ends the outer one), so a
 * run shows one group per stage: the outermost `group` call opens a group with `open`; a call made
 * while one is open (nested, or running alongside) writes its name as a plain `line` and runs inside
 * the open group.
 */
function oneLevelGroups(open, line) {
    let depth = 0;
    return async (name, fn) => {
        const outermost = depth === 0;
        depth++;
        try {
            if (outermost)
                return await open(name, fn);
            line(`-- ${name}`);
            return await fn();
        }
        finally {
            depth--;
        }
    };
}
/** `45 s`, `12 min`, `2 h 05 min`. */
function formatDuration(ms) {
    const s = Math.round(ms / 1000);
    if (s < 90)
        return `${s} s`;
    if (s < 90 * 60)
        return `${Math.round(s / 60)} min`;
    return `${Math.floor(s / 3600)} h ${String(Math.round((s % 3600) / 60)).padStart(2, '0')} min`;
}
function formatRate(perSecond) {
    return perSecond >= 100 ? perSecond.toFixed(0) : perSecond >= 10 ? perSecond.toFixed(1) : perSecond.toFixed(2);
}
/**
 * Progress of long stages: the rate since a label's first update and the time left at that rate, and which updates
 * become plain log lines (CI): the first, one per quarter, one at least every `everyMs` in between, and the last.
 */
class ProgressTracker {
    now;
    everyMs;
    labels = new Map();
    constructor(now = Date.now, everyMs = 60_000) {
        this.now = now;
        this.everyMs = everyMs;
    }
    /** `done/total (250/s, ETA 38 s)`; the rate appears from the second update on. */
    describe(label, done, total) {
        const first = this.labels.get(label);
        const elapsed = first ? this.now() - first.at : 0;
        if (!first || elapsed <= 0 || done <= first.done)
            return `${done}/${total}`;
        const rate = ((done - first.done) * 1000) / elapsed;
        const eta = done < total ? `, ETA ${formatDuration(((total - done) / rate) * 1000)}` : '';
        return `${done}/${total} (${formatRate(rate)}/s${eta})`;
    }
    /** Records an update; true when it should be a log line. Call `describe` first: it reads the state before. */
    shouldLog(label, done, total) {
        const now = this.now();
        const quarter = total > 0 ? Math.floor((done / total) * 4) : 4;
        const state = this.labels.get(label);
        if (!state) {
            this.labels.set(label, { at: now, done, quarter, lineAt: now });
            if (done >= total)
                this.labels.delete(label);
            return true;
        }
        if (done >= total) {
            this.labels.delete(label);
            return true;
        }
        if (quarter === state.quarter && now - state.lineAt < this.everyMs)
            return false;
        state.quarter = quarter;
        state.lineAt = now;
        return true;
    }
    /** `describe` then `shouldLog`: the line to print, or undefined. */
    line(label, done, total) {
        const text = `${label}: ${this.describe(label, done, total)}`;
        return this.shouldLog(label, done, total) ? text : undefined;
    }
}
/**
 * The one redaction point of a run: every secret value the run knows is registered here once (the entries register
 * the secret inputs and credential variables; targets and clients register what they read through
 * `Logger.setSecret`), and every output passes through `mask`: log lines, stdout, the JSON report, the job summary,
 * the PR comment and annotations. A value is also masked as it appears URL-encoded and inside a JSON string. Lines
 * too long to be anything but an echoed user value are cut (see `clipLongLines`).
 */
class SecretMasker {
    secrets = new Set();
    add(value) {
        if (value.length < 3)
            return;
        for (const form of [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)])
            this.secrets.add(form);
    }
    mask(text) {
        let out = text;
        // longest first: a DSN is masked whole before the password inside it
        for (const s of [...this.secrets].sort((a, b) => b.length - a.length))
            out = out.split(s).join('***');
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .clipLongLines */ .qo)(out);
    }
}
/** A line the Actions runner would read as a workflow command (`::cmd::`, leading space ignored, or `##[cmd]`). */
const COMMAND_LINE = /^\s*::|##\[/m;
/**
 * The lines to print for `text` so that nothing in it runs as a workflow command: a text with a line the runner
 * would take as a command (a package name holding `\n::warning::…`, a subprocess's output) is printed between
 * `::stop-commands::<token>` and `::<token>::`, GitHub's way to print untrusted text as it is.
 */
function inertLines(text, token) {
    if (!COMMAND_LINE.test(text))
        return [text];
    const t = token();
    return [`::stop-commands::${t}`, text, `::${t}::`];
}
/** Plain-text logger for the CLI. */
class ConsoleLogger {
    options;
    masker;
    write;
    indent = '';
    tracker;
    live;
    constructor(options = {}) {
        this.options = options;
        this.masker = options.masker ?? new SecretMasker();
        this.write = options.write ?? ((line) => process.stderr.write(line + '\n'));
        this.live = options.live ?? (options.write === undefined && process.stderr.isTTY === true);
        this.tracker = new ProgressTracker(options.now);
    }
    progress(label, done, total) {
        if (this.live) {
            const width = 24;
            const filled = total > 0 ? Math.round((done / total) * width) : width;
            const text = this.tracker.describe(label, done, total);
            this.tracker.shouldLog(label, done, total);
            process.stderr.write(`\r${this.indent}${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` +
                `${text}\x1b[K${done >= total ? '\n' : ''}`);
        }
        else {
            const line = this.tracker.line(label, done, total);
            if (line !== undefined)
                this.emit(line);
        }
    }
    emit(line) {
        const text = this.masker.mask(this.indent + line);
        if (!this.options.workflowLog)
            this.write(text);
        else
            for (const l of inertLines(text, () => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')))
                this.write(l);
    }
    debug(message) {
        if (this.options.verbose)
            this.emit(`debug: ${message}`);
    }
    info(message) {
        this.emit(message);
    }
    warning(message, location) {
        const where = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocation */ .j$)(location);
        this.emit(`warning: ${where ? where + ': ' : ''}${message}`);
    }
    error(message, location) {
        const where = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocation */ .j$)(location);
        this.emit(`error: ${where ? where + ': ' : ''}${message}`);
    }
    group = oneLevelGroups(async (name, fn) => {
        this.emit(`== ${name}`);
        this.indent = '  ';
        try {
            return await fn();
        }
        finally {
            this.indent = '';
        }
    }, (line) => this.emit(line));
    setSecret(value) {
        this.masker.add(value);
    }
}
/** Keeps every record, for tests. Masks secrets and keeps groups one level deep like the Actions logger. */
class RecordingLogger {
    records = [];
    masker = new SecretMasker();
    push(level, message, location) {
        this.records.push({ level, message: this.masker.mask(message), location });
    }
    debug(message) {
        this.push('debug', message);
    }
    info(message) {
        this.push('info', message);
    }
    warning(message, location) {
        this.push('warning', message, location);
    }
    error(message, location) {
        this.push('error', message, location);
    }
    group = oneLevelGroups(async (name, fn) => {
        this.push('group', name);
        try {
            return await fn();
        }
        finally {
            this.push('endgroup', name);
        }
    }, (line) => this.push('info', line));
    setSecret(value) {
        this.masker.add(value);
    }
    text() {
        return this.records.map((r) => `${r.level}: ${r.message}`).join('\n');
    }
}


/***/ }),

/***/ 3497:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QQ: () => (/* binding */ registerEnvironmentSecrets),
/* harmony export */   lx: () => (/* binding */ subprocessEnvironment)
/* harmony export */ });
/* unused harmony exports passesToSubprocess, secretForms */
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2646);

/**
 * The environment of every subprocess we start (uvx running stactools packages or rio-stac): an allow-list,
 * never the job's environment. A package named by a manifest is code from the pull request; it gets what a
 * Python tool needs to run (PATH, HOME, locale, temp, uv and proxy settings) and what the workflow names
 * explicitly (the `subprocess-env` input), and none of the job's secrets.
 */
/** Variables every subprocess gets when set. */
const BASE_NAMES = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TMPDIR',
    'TEMP',
    'TMP',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    // Windows needs these to start any process
    'SYSTEMROOT',
    'WINDIR',
    'COMSPEC',
    'PATHEXT',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
];
const BASE_PREFIXES = ['LC_', 'UV_', 'XDG_'];
/** Never passed, even when named: the runner's own credentials and the Action's inputs (which hold secrets). */
const NEVER = [/^INPUT_/i, /^ACTIONS_/i, /^UV_PUBLISH_/i];
/** Whether a variable of the job may be passed to a subprocess, given the extra names (globs) the workflow set. */
function passesToSubprocess(name, extra) {
    if (NEVER.some((re) => re.test(name)))
        return false;
    const upper = name.toUpperCase();
    if (BASE_NAMES.includes(upper) || BASE_PREFIXES.some((p) => upper.startsWith(p)))
        return true;
    return (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesAny */ ._I)(name, extra);
}
/** The subprocess environment built from `env` (the job's): the allow-listed variables only. */
function subprocessEnvironment(env, extra = []) {
    const out = {};
    for (const [name, value] of Object.entries(env))
        if (value !== undefined && passesToSubprocess(name, extra))
            out[name] = value;
    return out;
}
/** Credentials the run (or the AWS SDK, or the runner) reads from the environment, besides the policy's names. */
const CREDENTIAL_NAMES = [
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'GITHUB_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
];
/** The secret parts of a credential value: itself, a URL's password, the token of `Bearer <token>`. */
function secretForms(value) {
    const forms = [value.trim()];
    const scheme = /^(?:bearer|basic|token)\s+(\S+)$/i.exec(value.trim());
    if (scheme?.[1] !== undefined)
        forms.push(scheme[1]);
    try {
        const password = new URL(value.trim()).password;
        if (password)
            forms.push(password, decodeURIComponent(password));
    }
    catch {
        // not a URL
    }
    return forms;
}
/**
 * Registers, before anything runs, the value of every credential variable in `env`: those a manifest may name
 * (`credentialEnv`, e.g. STAC_INGEST_*, PGSTAC_DSN), AWS keys, the runner's tokens. Targets register again what
 * they read; registering early masks a value echoed before that (or by another part).
 */
function registerEnvironmentSecrets(env, credentialEnv, sink) {
    for (const [name, value] of Object.entries(env)) {
        if (!value || !(CREDENTIAL_NAMES.includes(name) || (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesAny */ ._I)(name, credentialEnv)))
            continue;
        for (const form of secretForms(value))
            sink.setSecret(form);
    }
}


/***/ }),

/***/ 3214:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QX: () => (/* binding */ settingName),
/* harmony export */   U3: () => (/* binding */ DEFAULT_FETCH_POLICY),
/* harmony export */   V4: () => (/* binding */ addressRefusal),
/* harmony export */   Vs: () => (/* binding */ addressClasses),
/* harmony export */   _y: () => (/* binding */ hostMatches),
/* harmony export */   fZ: () => (/* binding */ FetchRefusedError),
/* harmony export */   iU: () => (/* binding */ FETCH_LIST_SETTINGS),
/* harmony export */   pZ: () => (/* binding */ FETCH_NUMBER_SETTINGS),
/* harmony export */   sw: () => (/* binding */ fetchSettingName)
/* harmony export */ });
/* unused harmony exports ADDRESS_CLASSES, DEFAULT_SCHEMA_HOSTS, embeddedIpv4, addressClass */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2646);


const ADDRESS_CLASSES = ['loopback', 'private', 'link-local'];
const DEFAULT_SCHEMA_HOSTS = ['schemas.stacspec.org', 'stac-extensions.github.io', 'geojson.org', 'proj.org'];
const DEFAULT_FETCH_POLICY = {
    hosts: [],
    schemaHosts: DEFAULT_SCHEMA_HOSTS,
    allowAddresses: [],
    maxDocumentBytes: 32 * 1024 * 1024,
    maxCatalogs: 10_000,
    maxItems: 1_000_000,
    requestTimeoutMs: 60_000,
    totalTimeoutMs: 30 * 60_000,
};
/** The Action input and CLI flag (without `--`) of each fetch setting. */
const FETCH_LIST_SETTINGS = {
    fetchHosts: { input: 'fetch-hosts', flag: 'fetch-host' },
    schemaHosts: { input: 'schema-hosts', flag: 'schema-host' },
    allowAddresses: { input: 'allow-addresses', flag: 'allow-address' },
};
const FETCH_NUMBER_SETTINGS = {
    maxDocumentBytes: { input: 'max-document-bytes', flag: 'max-document-bytes' },
    maxCatalogs: { input: 'max-catalogs', flag: 'max-catalogs' },
    maxItems: { input: 'max-items', flag: 'max-items' },
    requestTimeoutSeconds: { input: 'request-timeout', flag: 'request-timeout' },
    totalTimeoutSeconds: { input: 'total-timeout', flag: 'total-timeout' },
};
/** `the Action input \`x\` (CLI --y)`. */
function settingName(setting) {
    return `the Action input \`${setting.input}\` (CLI --${setting.flag})`;
}
function fetchSettingName(setting) {
    return settingName(setting in FETCH_LIST_SETTINGS
        ? FETCH_LIST_SETTINGS[setting]
        : FETCH_NUMBER_SETTINGS[setting]);
}
/**
 * A read the policy refuses (or stopped at a cap). `rule` says which rule, `hint` which input would allow it; the
 * readers turn it into a located error naming the link.
 */
class FetchRefusedError extends Error {
    rule;
    hint;
    name = 'FetchRefusedError';
    constructor(message, rule, hint) {
        super(message);
        this.rule = rule;
        this.hint = hint;
    }
}
/** Always refused, whatever is allowed: multicast, broadcast and reserved ranges. */
const RESERVED = [
    ['224.0.0.0', 4, 'ipv4'],
    ['240.0.0.0', 4, 'ipv4'],
    ['ff00::', 8, 'ipv6'],
];
const RANGES = {
    // 0.0.0.0 and :: reach the local host on Linux
    loopback: [
        ['127.0.0.0', 8, 'ipv4'],
        ['0.0.0.0', 8, 'ipv4'],
        ['::1', 128, 'ipv6'],
        ['::', 128, 'ipv6'],
    ],
    'link-local': [
        ['169.254.0.0', 16, 'ipv4'],
        ['fe80::', 10, 'ipv6'],
    ],
    private: [
        ['10.0.0.0', 8, 'ipv4'],
        ['172.16.0.0', 12, 'ipv4'],
        ['192.168.0.0', 16, 'ipv4'],
        ['100.64.0.0', 10, 'ipv4'],
        ['198.18.0.0', 15, 'ipv4'],
        ['fc00::', 7, 'ipv6'],
        ['fec0::', 10, 'ipv6'],
    ],
};
function blockList(ranges) {
    const list = new node_net__WEBPACK_IMPORTED_MODULE_0__.BlockList();
    for (const [net, prefix, family] of ranges)
        list.addSubnet(net, prefix, family);
    return list;
}
const RESERVED_LIST = blockList(RESERVED);
const CLASS_LISTS = ADDRESS_CLASSES.map((c) => [c, blockList(RANGES[c])]);
/** The eight 16-bit groups of an IPv6 address (with a dotted IPv4 tail), or undefined when it is not one. */
function ipv6Groups(address) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(address) !== 6)
        return undefined;
    let text = address.toLowerCase().replace(/%.*$/, '');
    const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
    if (v4) {
        const [a, b, c, d] = v4.slice(1).map(Number);
        text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
    }
    const [head = '', tail] = text.split('::');
    const parse = (s) => (s === '' ? [] : s.split(':').map((h) => parseInt(h, 16)));
    const left = parse(head);
    const right = tail === undefined ? [] : parse(tail);
    return [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
}
const v4From = (hi, lo) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
/**
 * The IPv4 address an IPv6 address carries (IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible `::a.b.c.d`, NAT64
 * `64:ff9b::a.b.c.d`, 6to4 `2002:AABB:CCDD::`), which is where a connection to it ends up.
 */
function embeddedIpv4(address) {
    const g = ipv6Groups(address);
    if (g === undefined)
        return undefined;
    const [g0, g1, g2, g3, g4, g5, g6, g7] = g;
    const zeroTo = (n) => g.slice(0, n).every((x) => x === 0);
    if (zeroTo(5) && g5 === 0xffff)
        return v4From(g6, g7);
    if (zeroTo(6) && (g6 !== 0 || g7 > 1))
        return v4From(g6, g7);
    if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
        return v4From(g6, g7);
    if (g0 === 0x2002)
        return v4From(g1, g2);
    return undefined;
}
/** `public`, `reserved` or the non-public class of an IP address (IPv4-in-IPv6 forms classed as their IPv4). */
function addressClass(address) {
    const bare = address.replace(/^\[|\]$/g, '');
    const v4 = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(bare) === 4 ? bare : embeddedIpv4(bare);
    const [addr, family] = v4 !== undefined ? [v4, 'ipv4'] : [bare, 'ipv6'];
    if (RESERVED_LIST.check(addr, family))
        return 'reserved';
    for (const [cls, list] of CLASS_LISTS)
        if (list.check(addr, family))
            return cls;
    return 'public';
}
/** Why `address` (of `host`) may not be contacted, or undefined when it may. */
function addressRefusal(host, address, allowed) {
    const cls = addressClass(address);
    if (cls === 'public' || allowed.includes(cls))
        return undefined;
    const shown = host === address ? address : `${host} (${address})`;
    if (cls === 'reserved')
        return new FetchRefusedError(`${shown} is a multicast or reserved address`, 'address', 'nothing allows it');
    return new FetchRefusedError(`${shown} is a ${cls} address`, 'address', `${fetchSettingName('allowAddresses')} with \`${cls}\` allows ${cls} addresses ` +
        `(now: ${allowed.join(', ') || 'none'})`);
}
/** Whether `host` is one of the hosts (globs) given. */
function hostMatches(host, patterns) {
    return (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(host.replace(/^\[|\]$/g, '').toLowerCase(), patterns, { caseInsensitive: true });
}
/** Validates the `allow-addresses` values. */
function addressClasses(values) {
    return values.map((v) => {
        if (ADDRESS_CLASSES.includes(v))
            return v;
        throw new Error(`${fetchSettingName('allowAddresses')} takes ${ADDRESS_CLASSES.join(', ')}; got '${v}'`);
    });
}


/***/ }),

/***/ 2646:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _I: () => (/* binding */ matchesAny)
/* harmony export */ });
/* unused harmony exports globToRegExp, patternList */
/**
 * Name patterns of the trusted policy (package names, hosts, environment variable names, paths):
 * `*` matches any run of characters except `/`, `**` any run including `/`, `?` one character.
 * Everything else is literal.
 */
function globToRegExp(pattern, options = {}) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            source += '.*';
            i++;
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else
            source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`, options.caseInsensitive ? 'i' : '');
}
/** Whether `value` matches one of `patterns`. */
function matchesAny(value, patterns, options = {}) {
    return patterns.some((p) => globToRegExp(p, options).test(value));
}
/** Splits an input holding one pattern per line or comma-separated ones; blanks and `#` comments dropped. */
function patternList(text) {
    return text
        .split(/[\n,]/)
        .map((s) => s.replace(/#.*$/, '').trim())
        .filter((s) => s !== '');
}


/***/ }),

/***/ 2634:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ defaultPolicy),
/* harmony export */   QQ: () => (/* binding */ DEFAULT_CREDENTIAL_ENV),
/* harmony export */   Ti: () => (/* binding */ LIST_SETTINGS),
/* harmony export */   q4: () => (/* binding */ NUMBER_SETTINGS),
/* harmony export */   uZ: () => (/* binding */ PR_CODE_SETTING),
/* harmony export */   vh: () => (/* binding */ buildPolicy),
/* harmony export */   yu: () => (/* binding */ inputName)
/* harmony export */ });
/* unused harmony export DEFAULT_ALLOWED_PACKAGES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fetch_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3214);


const DEFAULT_ALLOWED_PACKAGES = ['stactools-*', 'rio-stac', './**'];
/** `STAC_INGEST_*`, and the variables the Action's own secret inputs are exported to. */
const DEFAULT_CREDENTIAL_ENV = [
    'STAC_INGEST_*',
    'STAC_INGESTOR_TOKEN',
    'COGNITO_CLIENT_SECRET',
    'PGSTAC_DSN',
    'STAC_API_AUTH',
];
/** Least privilege: what a workflow gets without setting any policy input. */
function defaultPolicy(workspace) {
    return {
        workspace,
        outsidePaths: [],
        allowedPackages: DEFAULT_ALLOWED_PACKAGES,
        authHosts: [],
        credentialEnv: DEFAULT_CREDENTIAL_ENV,
        fetch: _fetch_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_FETCH_POLICY */ .U3,
    };
}
/** The Action input and CLI flag (without `--`) of each list setting, for the entries and for errors. */
const LIST_SETTINGS = {
    allowPaths: { input: 'allow-paths', flag: 'allow-path' },
    allowedPackages: { input: 'allowed-packages', flag: 'allow-package' },
    authHosts: { input: 'auth-hosts', flag: 'auth-host' },
    credentialEnv: { input: 'credential-env', flag: 'credential-env' },
    ..._fetch_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .FETCH_LIST_SETTINGS */ .iU,
};
const NUMBER_SETTINGS = _fetch_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .FETCH_NUMBER_SETTINGS */ .pZ;
const PR_CODE_SETTING = { input: 'allow-pr-code', flag: 'allow-pr-code' };
/** `the Action input \`auth-hosts\` (CLI --auth-host)`. */
function inputName(setting) {
    return (0,_fetch_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .settingName */ .QX)(setting === 'allowPrCode' ? PR_CODE_SETTING : LIST_SETTINGS[setting]);
}
/** The policy from the entries' settings, over the defaults. */
function buildPolicy(workspace, s) {
    const base = defaultPolicy(workspace);
    const policy = {
        workspace,
        outsidePaths: (s.allowPaths ?? []).map((p) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, p)),
        allowedPackages: s.allowedPackages && s.allowedPackages.length > 0 ? s.allowedPackages : base.allowedPackages,
        authHosts: s.authHosts ?? [],
        credentialEnv: [...base.credentialEnv, ...(s.credentialEnv ?? [])],
        fetch: fetchPolicy(s),
    };
    if (s.untrusted !== undefined && !s.allowPrCode)
        policy.untrusted = s.untrusted;
    return policy;
}
const seconds = (n, fallback) => (n !== undefined ? n * 1000 : fallback);
function fetchPolicy(s) {
    const d = _fetch_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_FETCH_POLICY */ .U3;
    return {
        hosts: s.fetchHosts ?? [],
        schemaHosts: [...d.schemaHosts, ...(s.schemaHosts ?? [])],
        allowAddresses: (0,_fetch_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .addressClasses */ .Vs)(s.allowAddresses ?? []),
        maxDocumentBytes: s.maxDocumentBytes ?? d.maxDocumentBytes,
        maxCatalogs: s.maxCatalogs ?? d.maxCatalogs,
        maxItems: s.maxItems ?? d.maxItems,
        requestTimeoutMs: seconds(s.requestTimeoutSeconds, d.requestTimeoutMs),
        totalTimeoutMs: seconds(s.totalTimeoutSeconds, d.totalTimeoutMs),
    };
}


/***/ }),

/***/ 6179:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ workspaceOf),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   RJ: () => (/* binding */ workspaceGuard),
/* harmony export */   dN: () => (/* binding */ realPathOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2634);




/**
 * Workspace containment: every local path a manifest (or a catalog it points at) makes us read must lie inside the
 * workspace, or inside a directory the workflow allows (`allow-paths`), after following symlinks. `../outside`,
 * absolute paths, `file:///etc/passwd` and a symlink under `items/` pointing elsewhere are all refused.
 */
function nearestRepositoryRoot(dir) {
    for (let d = dir;; d = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(d)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(d, '.git')))
            return d;
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(d) === d)
            return undefined;
    }
}
/** The workspace of a run: the one given (the Action: GITHUB_WORKSPACE), else the repository holding the manifest,
 * else the manifest's folder. */
function workspaceOf(manifestPath, given) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(manifestPath));
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(given ?? nearestRepositoryRoot(dir) ?? dir);
}
/** The real path of `p`, following links in the part of it that exists. */
async function realPathOf(p) {
    const rest = [];
    for (let d = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(p);; d = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(d)) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(d), ...rest.reverse());
        }
        catch {
            if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(d) === d)
                return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(p);
            rest.push(node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(d));
        }
    }
}
/** Whether `child` is `parent` or lies under it (both absolute, compared as given). */
function isInside(child, parent) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}
/** The guard of a policy: the workspace and the `allow-paths` directories, each by its real path. */
function workspaceGuard(policy) {
    let roots;
    return async (abs) => {
        roots ??= Promise.all([policy.workspace, ...policy.outsidePaths].map((r) => realPathOf(r)));
        const real = await realPathOf(abs);
        if ((await roots).some((root) => isInside(real, root)))
            return undefined;
        const via = real === node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(abs) ? '' : ` (through a symlink: ${real})`;
        return (`${abs}${via} lies outside the workspace ${policy.workspace}; ` +
            `${(0,_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .inputName */ .yu)('allowPaths')} lists directories outside it that may be read (now: ` +
            `${policy.outsidePaths.join(', ') || 'none'})`);
    };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

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

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

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

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

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

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/logging.ts
var logging = __nccwpck_require__(1338);
// EXTERNAL MODULE: ./src/security/env.ts
var security_env = __nccwpck_require__(3497);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __nccwpck_require__(833);
;// CONCATENATED MODULE: ./src/security/events.ts


const COMMANDS = (/* unused pure expression or super */ null && (['validate', 'plan', 'run', 'verify', 'redrive', 'publish-shards']));
/** Events `auto` publishes on: what is on the default branch (a push or merge), on a schedule, or by hand. */
const RUN_EVENTS = (/* unused pure expression or super */ null && (['push', 'schedule', 'workflow_dispatch']));
/**
 * `auto`: plan on `pull_request`, run on `push`, `schedule` and `workflow_dispatch`. Every other event (reviews,
 * comments, `pull_request_target`, `workflow_run`, `merge_group`, ...) is refused: none of them means "publish
 * what is merged", and several carry unmerged pull-request content.
 */
function resolveCommand(input, eventName) {
    const value = input.trim() || 'auto';
    if (value === 'auto') {
        if (eventName === 'pull_request')
            return 'plan';
        if (eventName !== undefined && RUN_EVENTS.includes(eventName))
            return 'run';
        throw new ConfigurationError(`command 'auto' does not know what to do on the '${eventName ?? 'unknown'}' event`, {
            hint: `auto plans on pull_request and runs on ${RUN_EVENTS.join(', ')}; ` +
                `for this event set the \`command\` input explicitly (${COMMANDS.join(', ')})`,
        });
    }
    if (COMMANDS.includes(value))
        return value;
    throw new ConfigurationError(`input 'command' must be one of auto, ${COMMANDS.join(', ')}; got '${value}'`);
}
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_review', 'pull_request_review_comment'];
/**
 * Why code from the event's pull request must not run here (undefined when it may): `pull_request_target` runs
 * with the base repository's secrets and write token, and a fork's pull request is anyone's code.
 */
function untrustedReason(eventName, payload) {
    if (eventName === 'pull_request_target')
        return ("the pull_request_target event runs with the base repository's secrets; " +
            'code from the pull request is not run there');
    if (eventName === undefined || !PULL_REQUEST_EVENTS.includes(eventName))
        return undefined;
    const p = (payload ?? {});
    const head = p.pull_request?.head?.repo?.full_name;
    const base = p.repository?.full_name;
    if (p.pull_request && (typeof head !== 'string' || head !== base)) {
        const fork = typeof head === 'string' ? head : 'a deleted repository';
        return `the pull request comes from a fork (${fork}); code from it is not run`;
    }
    return undefined;
}
/** The event of the workflow we run in: GITHUB_EVENT_NAME and the payload file GITHUB_EVENT_PATH names. */
function workflowEvent(env = process.env) {
    const file = env['GITHUB_EVENT_PATH'];
    let payload;
    try {
        payload = file ? JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')) : undefined;
    }
    catch {
        payload = undefined;
    }
    return { name: env['GITHUB_EVENT_NAME'], payload };
}

// EXTERNAL MODULE: ./src/security/workspace.ts
var workspace = __nccwpck_require__(6179);
// EXTERNAL MODULE: ./src/security/policy.ts
var policy = __nccwpck_require__(2634);
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
  stac-ingest run --shard k/n [options]      generate and validate shard k of n of the plan (a matrix job)
                                             and write its bundle to --shards-dir instead of delivering
  stac-ingest publish-shards [options]       check that the shards' bundles hold every planned object
                                             exactly once, then validate and deliver them as one run
  stac-ingest status [request-id] [options]  status of asset requests (queued, generating, published,
                                             verified, failed) from .stac-ingest/report.requests.json
  stac-ingest predict <paths...> [--json]    each STAC object as the catalog will store it (minus the
                                             links the STAC API makes), what changes on the way, and
                                             why the loader would refuse it

Options:
  -m, --manifest <file>      manifest path (default: stac-ingest.yaml)
  -t, --target <name>        manifest target (default: default_target, else 'local')
  -o, --output <dir>         output directory for a directory target
      --allow-outside-workspace
                             let a directory target write outside the repository holding
                             the manifest (the manifest's folder when there is no repository)
  -j, --concurrency <n>      items generated at once (default: one per core) and parallel asset reads (default: 4)
      --threads <n>          validation worker threads for large inputs (default: cores - 1; 0: none)
      --engine <worker|uvx>  local generation: persistent Python workers (default) or one uvx process per item,
                             exactly as the StactoolsItemGenerator Lambda (overrides the manifest's engine)
      --shard <k/n>          run: only shard k of n (rows, files and catalog items by a hash of their key)
      --shards-dir <dir>     where shard bundles are written and read (default: .stac-ingest/shards)
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

Trusted policy (what the manifest may ask for; see the README's Security model; all repeatable but the numbers):
      --subprocess-env <glob> also pass these environment variables to uvx / rio-stac
                             (by default they get PATH, HOME, locale, temp, UV_* and proxy settings only)
      --allow-package <glob> packages that may run (default: stactools-*, rio-stac, ./** in the workspace)
      --auth-host <glob>     hosts credentials may be sent to (default: none)
      --credential-env <glob> more variables a manifest may name as credentials (default: STAC_INGEST_*
                             and the variables the Action's secret inputs use)
      --allow-path <dir>     a directory outside the workspace (GITHUB_WORKSPACE, else the repository holding
                             the manifest) that manifest paths, globs, catalog links and symlinks may resolve
                             into (default: none)
      --allow-pr-code        in a workflow on pull_request_target or a fork's pull request, run its code anyway
      --fetch-host <glob>    more hosts (or s3://bucket/prefix/** globs) sources may read from and redirect to,
                             besides the hosts and S3 folders each source names
      --schema-host <glob>   more hosts JSON Schemas may be fetched from (default: schemas.stacspec.org,
                             stac-extensions.github.io, geojson.org, proj.org)
      --allow-address <class> loopback, private or link-local addresses may be fetched from (default: none)
      --max-document-bytes <n>, --max-catalogs <n>, --max-items <n>, --request-timeout <s>, --total-timeout <s>
                             caps on remote reads (defaults: 33554432 bytes, 10000 catalogs and 1000000 items
                             per source, 60 s per request, 1800 s per source)
  -v, --verbose              debug logging
  -h, --help                 this help
`;
const cli_main_COMMANDS = ['validate', 'plan', 'run', 'verify', 'redrive', 'publish-shards'];
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
            threads: { type: 'string' },
            engine: { type: 'string' },
            shard: { type: 'string' },
            'shards-dir': { type: 'string' },
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
            'allow-package': { type: 'string', multiple: true },
            'allow-path': { type: 'string', multiple: true },
            'auth-host': { type: 'string', multiple: true },
            'credential-env': { type: 'string', multiple: true },
            'allow-pr-code': { type: 'boolean' },
            'fetch-host': { type: 'string', multiple: true },
            'schema-host': { type: 'string', multiple: true },
            'allow-address': { type: 'string', multiple: true },
            'max-document-bytes': { type: 'string' },
            'max-catalogs': { type: 'string' },
            'max-items': { type: 'string' },
            'request-timeout': { type: 'string' },
            'total-timeout': { type: 'string' },
            verbose: { type: 'boolean', short: 'v' },
            help: { type: 'boolean', short: 'h' },
        },
    });
}
/**
 * The CLI's one redaction point, made before anything can print (usage errors and crashes included): the job's
 * credential variables are registered at once; the run registers what else it learns.
 */
function cliMasker(env = process.env) {
    const masker = new logging/* SecretMasker */.M2();
    (0,security_env/* registerEnvironmentSecrets */.QQ)(env, policy/* DEFAULT_CREDENTIAL_ENV */.QQ, { setSecret: (v) => masker.add(v) });
    return masker;
}
const maskedOutput = (masker) => ({
    out: (text) => process.stdout.write(masker.mask(text)),
    err: (text) => process.stderr.write(masker.mask(text)),
});
async function main(argv, masker = cliMasker()) {
    const io = maskedOutput(masker);
    let parsed;
    try {
        parsed = parse(argv);
    }
    catch (err) {
        io.err(`stac-ingest: ${err.message}\n\n${USAGE}`);
        return 2;
    }
    const { values, positionals } = parsed;
    (0,security_env/* registerEnvironmentSecrets */.QQ)(process.env, values['credential-env'] ?? [], { setSecret: (v) => masker.add(v) });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined) {
        io.out(USAGE);
        return command === undefined && !values.help ? 2 : 0;
    }
    if (command === 'status')
        return await printStatus(values.manifest ?? 'stac-ingest.yaml', rest[0], values.json ?? false, io);
    if (command === 'predict')
        return await printPredictions(rest, values.json ?? false, io);
    if (!cli_main_COMMANDS.includes(command)) {
        io.err(`stac-ingest: unknown command '${command}'\n\n${USAGE}`);
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
        const threads = int('threads', values.threads);
        if (threads !== undefined)
            options.threads = threads;
        if (values.engine !== undefined)
            options.engine = (await Promise.all(/* import() */[__nccwpck_require__.e(993), __nccwpck_require__.e(311), __nccwpck_require__.e(671), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 671))).engineName(values.engine, '--engine');
        if (values.shard !== undefined)
            options.shard = (await Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(382), __nccwpck_require__.e(968), __nccwpck_require__.e(377), __nccwpck_require__.e(460), __nccwpck_require__.e(682), __nccwpck_require__.e(692), __nccwpck_require__.e(356)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8356))).parseShard(values.shard, '--shard');
        if (values['shards-dir'] !== undefined)
            options.shardsDir = values['shards-dir'];
        const mw = int('max-warnings', values['max-warnings']);
        if (mw !== undefined)
            options.maxWarnings = mw;
        options.policy = cliPolicy(values, options.manifestPath, int);
    }
    catch (err) {
        io.err(`stac-ingest: ${err.message}\n`);
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
            io.err(`stac-ingest: '${command}' takes no paths (got ${rest.join(' ')})\n`);
            return 2;
        }
        options.paths = rest;
    }
    // large files to validate: the worker threads boot while the rest of the command loads
    const threads = options.paths
        ? (await __nccwpck_require__.e(/* import() */ 775).then(__nccwpck_require__.bind(__nccwpck_require__, 1775))).prestartThreads(options.paths, options.threads)
        : undefined;
    try {
        return await runCommand(command, options, values, masker, threads);
    }
    finally {
        await threads?.close();
    }
}
/**
 * The trusted policy from the flags, over the defaults. The workspace is GITHUB_WORKSPACE in a workflow, else the
 * repository holding the manifest, else the manifest's folder (as for the directory target's output).
 */
function cliPolicy(values, manifestPath, int) {
    const flags = values;
    const settings = { allowPrCode: flags[policy/* PR_CODE_SETTING */.uZ.flag] === true };
    for (const [key, { flag }] of Object.entries(policy/* LIST_SETTINGS */.Ti)) {
        const v = flags[flag];
        settings[key] = Array.isArray(v) ? v : [];
    }
    for (const [key, { flag }] of Object.entries(policy/* NUMBER_SETTINGS */.q4)) {
        const v = flags[flag];
        const n = int(flag, typeof v === 'string' ? v : undefined);
        if (n !== undefined)
            settings[key] = n;
    }
    const event = workflowEvent();
    const untrusted = untrustedReason(event.name, event.payload);
    if (untrusted !== undefined)
        settings.untrusted = untrusted;
    const manifest = (0,external_node_fs_.statSync)(manifestPath, { throwIfNoEntry: false })?.isDirectory()
        ? external_node_path_default().join(manifestPath, 'stac-ingest.yaml')
        : manifestPath;
    return (0,policy/* buildPolicy */.vh)((0,workspace/* workspaceOf */.B3)(manifest, process.env['GITHUB_WORKSPACE'] || undefined), settings);
}
/** The result of a run the watchdog ended (it did not stop in time after a signal): cancelled, and nothing more. */
function forcedExitResult(command, manifest, sig, startedAt) {
    return {
        ok: false,
        cancelled: sig,
        command,
        manifest,
        collections: [],
        stages: [],
        problems: [
            {
                severity: 'error',
                stage: 'cancel',
                message: `cancelled by ${sig}: the run did not stop in time and was ended; what it had done is not in this ` +
                    "report (a maap run's ledger holds what SNS accepted)",
            },
        ],
        startedAt: new Date(startedAt).toISOString(),
        durationMs: Date.now() - startedAt,
    };
}
/**
 * Runs a command and writes its report. Modules load here, on demand: `--help` and a usage error
 * never load the core, and each command loads only what it uses (targets load their SDKs themselves).
 */
async function runCommand(command, options, values, masker, validationThreads) {
    const { ConsoleLogger, inertLines } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1338));
    // the one redaction point: the log, stdout and the report files all pass it
    const workflowLog = process.env['GITHUB_ACTIONS'] === 'true';
    const logger = new ConsoleLogger({ verbose: values.verbose ?? false, masker, workflowLog });
    (0,security_env/* registerEnvironmentSecrets */.QQ)(process.env, options.policy?.credentialEnv ?? [], logger);
    const [{ renderSummary, renderText }, { toJsonReport }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 994).then(__nccwpck_require__.bind(__nccwpck_require__, 7994)),
        __nccwpck_require__.e(/* import() */ 225).then(__nccwpck_require__.bind(__nccwpck_require__, 4225)),
    ]);
    const json = (r) => masker.mask(JSON.stringify(toJsonReport(r), null, 2)) + '\n';
    const startedAt = Date.now();
    const cancellation = (0,cancel/* cancelOnSignals */.dJ)({
        log: (m) => logger.warning(m),
        // the watchdog ends a run that does not stop in time: its report still says it was cancelled
        onForcedExit: (sig) => {
            const forced = forcedExitResult(command, options.manifestPath, sig, startedAt);
            if (values['summary-file'])
                (0,external_node_fs_.writeFileSync)(values['summary-file'], masker.mask(renderSummary(forced)));
            if (values['report-file'])
                (0,external_node_fs_.writeFileSync)(values['report-file'], json(forced));
        },
    });
    const { useRunTempRoot } = await __nccwpck_require__.e(/* import() */ 906).then(__nccwpck_require__.bind(__nccwpck_require__, 2906));
    const { swept } = await useRunTempRoot();
    if (swept.length > 0)
        logger.info(`removed ${swept.length} temp folder(s) that killed runs left behind`);
    let result;
    try {
        result = await execute(command, options, values, { logger, signal: cancellation.signal, validationThreads });
    }
    finally {
        cancellation.dispose();
    }
    try {
        if (values['summary-file'])
            await (0,promises_.writeFile)(values['summary-file'], masker.mask(renderSummary(result)));
        if (values['report-file'])
            await (0,promises_.writeFile)(values['report-file'], json(result));
    }
    catch (err) {
        logger.error(`cannot write report: ${(0,errors/* describeError */.Uc)(err)}`);
    }
    const print = (text) => {
        const lines = workflowLog
            ? inertLines(masker.mask(text), () => (0,external_node_crypto_.randomBytes)(16).toString('hex'))
            : [masker.mask(text)];
        process.stdout.write(lines.join('\n') + '\n');
    };
    if (values.json)
        process.stdout.write(json(result));
    else {
        if (result.plan && command === 'plan')
            print((await __nccwpck_require__.e(/* import() */ 495).then(__nccwpck_require__.bind(__nccwpck_require__, 8495))).renderPlanText(result.plan) + '\n');
        print(renderText(result));
    }
    if (result.cancelled !== undefined)
        return (0,cancel/* signalExitCode */.cf)(cancellation.received() ?? 'SIGTERM');
    if (!result.ok && values['warn-only']) {
        logger.warning('the run failed, but --warn-only keeps the exit status 0');
        return 0;
    }
    return result.ok ? 0 : 1;
}
async function execute(command, options, values, deps) {
    const { logger, signal } = deps;
    if (command === 'redrive') {
        const { redriveRun } = await Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(382), __nccwpck_require__.e(993), __nccwpck_require__.e(968), __nccwpck_require__.e(861), __nccwpck_require__.e(311), __nccwpck_require__.e(102), __nccwpck_require__.e(377), __nccwpck_require__.e(336), __nccwpck_require__.e(815), __nccwpck_require__.e(460), __nccwpck_require__.e(682), __nccwpck_require__.e(692), __nccwpck_require__.e(356), __nccwpck_require__.e(918), __nccwpck_require__.e(671), __nccwpck_require__.e(630), __nccwpck_require__.e(976), __nccwpck_require__.e(648)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1648));
        return await redriveRun({
            manifestPath: options.manifestPath,
            ...(options.target ? { target: options.target } : {}),
            ...(options.policy ? { policy: options.policy } : {}),
            ...(values.ledger ? { ledgerFile: values.ledger } : {}),
            dryRun: values['dry-run'] ?? false,
        }, { logger, signal });
    }
    // validate of named files loads no manifest, generator or target
    if (command === 'validate' && options.paths !== undefined && options.paths.length > 0)
        return (await Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(382), __nccwpck_require__.e(968), __nccwpck_require__.e(102), __nccwpck_require__.e(460), __nccwpck_require__.e(682), __nccwpck_require__.e(692), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7918))).validatePathsRun(options.paths, options, deps);
    const [{ ingest }, { createProcessRunner }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(382), __nccwpck_require__.e(993), __nccwpck_require__.e(968), __nccwpck_require__.e(311), __nccwpck_require__.e(102), __nccwpck_require__.e(377), __nccwpck_require__.e(815), __nccwpck_require__.e(460), __nccwpck_require__.e(682), __nccwpck_require__.e(692), __nccwpck_require__.e(356), __nccwpck_require__.e(918), __nccwpck_require__.e(671), __nccwpck_require__.e(630)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2630)),
        Promise.all(/* import() */[__nccwpck_require__.e(993), __nccwpck_require__.e(953)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9953)),
    ]);
    const runner = createProcessRunner({ passEnv: values['subprocess-env'] ?? [], signal });
    return await ingest(options, { ...deps, runner });
}
/** `predict`: what the catalog will store for each document under `paths`; exit 1 when the loader refuses one. */
async function printPredictions(paths, json, io) {
    if (paths.length === 0) {
        io.err('stac-ingest: predict takes STAC files or directories\n');
        return 2;
    }
    const { predictPaths, renderPredictions } = await Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(382), __nccwpck_require__.e(460), __nccwpck_require__.e(682), __nccwpck_require__.e(656)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3656));
    const { stringifyJson } = await __nccwpck_require__.e(/* import() */ 301).then(__nccwpck_require__.bind(__nccwpck_require__, 8301));
    const result = await predictPaths(paths, process.cwd());
    const report = {
        predictions: result.predictions,
        problems: result.problems.map((e) => ({ message: e.message, location: e.location })),
    };
    io.out(json ? stringifyJson(report, 2) + '\n' : renderPredictions(result) + '\n');
    return result.problems.length > 0 || result.predictions.some((p) => p.errors.length > 0) ? 1 : 0;
}
/** `status`: the asset requests' status records kept next to the manifest. */
async function printStatus(manifestPath, requestId, json, io) {
    const file = external_node_path_default().join(external_node_path_default().dirname(external_node_path_default().resolve(manifestPath)), '.stac-ingest', 'report.json');
    try {
        const { formatStatus, statusOf } = await Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(460), __nccwpck_require__.e(41)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8041));
        const records = await statusOf(file, requestId);
        io.out(json ? JSON.stringify(records, null, 2) + '\n' : formatStatus(records) + '\n');
        return records.some((r) => r.status === 'failed') ? 1 : 0;
    }
    catch (err) {
        io.err(`stac-ingest: ${(0,errors/* describeError */.Uc)(err)}\n`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/cli.ts

// every line printed, a crash's stack included, passes the one masker
const masker = cliMasker();
const crash = (err) => {
    const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(masker.mask(`stac-ingest: internal error: ${text}`) + '\n');
};
// an error thrown outside main's promise (a callback, an unhandled rejection) would otherwise be printed by Node
process.on('uncaughtException', (err) => {
    crash(err);
    process.exit(70);
});
main(process.argv.slice(2), masker).then((code) => (process.exitCode = code), (err) => {
    crash(err);
    process.exitCode = 70;
});

