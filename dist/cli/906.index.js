export const id = 906;
export const ids = [906];
export const modules = {

/***/ 2906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   useRunTempRoot: () => (/* binding */ useRunTempRoot)
/* harmony export */ });
/* unused harmony export sweepDeadRoots */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * One temp folder per stac-ingest process, `<tmp>/stac-ingest-run-<host>-<pid>-<random>`, made the process's TMPDIR:
 * every temp folder of the run (its own, and its children's: uv, the Python workers) lands in it. It is removed when
 * the process exits. A process killed with SIGKILL cannot remove it, so each run first removes the roots that
 * processes of this host left behind when they are gone (the pid is not alive) and belong to this user.
 */




const PREFIX = 'stac-ingest-run-';
/** The host part of a root's name: a process on another host (or container) sharing /tmp is never judged here. */
function hostTag() {
    return (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)().replace(/[^A-Za-z0-9.]/g, '_') || 'host';
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/** Removes the run roots in `base` that processes of this host and user left behind; returns their paths. */
async function sweepDeadRoots(base) {
    const mine = `${PREFIX}${hostTag()}-`;
    const removed = [];
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(base).catch(() => [])) {
        if (!name.startsWith(mine))
            continue;
        const pid = Number(/^(\d+)-/.exec(name.slice(mine.length))?.[1]);
        if (!Number.isInteger(pid) || pid <= 0 || isAlive(pid))
            continue;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, name);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir).catch(() => undefined);
        if (!info?.isDirectory() || (process.getuid !== undefined && info.uid !== process.getuid()))
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        removed.push(dir);
    }
    return removed;
}
/**
 * Sweeps the roots dead processes left, makes this process's root and points `env.TMPDIR` (what `os.tmpdir()`
 * and the children read) at it; the root is removed at exit.
 */
async function useRunTempRoot(env = process.env) {
    const base = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    const swept = await sweepDeadRoots(base);
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, `${PREFIX}${hostTag()}-${process.pid}-`));
    for (const name of process.platform === 'win32' ? ['TEMP', 'TMP'] : ['TMPDIR'])
        env[name] = dir;
    process.once('exit', () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true }));
    return { dir, swept };
}


/***/ })

};
