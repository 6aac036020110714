export const id = 497;
export const ids = [497];
export const modules = {

/***/ 3497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lx: () => (/* binding */ subprocessEnvironment),
/* harmony export */   registerEnvironmentSecrets: () => (/* binding */ registerEnvironmentSecrets)
/* harmony export */ });
/* unused harmony exports passesToSubprocess, secretForms */
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2646);

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


/***/ })

};
