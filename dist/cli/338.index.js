export const id = 338;
export const ids = [338];
export const modules = {

/***/ 1338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ConsoleLogger: () => (/* binding */ ConsoleLogger),
/* harmony export */   SecretMasker: () => (/* binding */ SecretMasker),
/* harmony export */   inertLines: () => (/* binding */ inertLines)
/* harmony export */ });
/* unused harmony exports oneLevelGroups, formatDuration, ProgressTracker, RecordingLogger */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


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


/***/ })

};
