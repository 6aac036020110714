export const id = 648;
export const ids = [648];
export const modules = {

/***/ 1648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  redriveRun: () => (/* binding */ redriveRun)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/manifest/load.ts + 3 modules
var load = __webpack_require__(8568);
// EXTERNAL MODULE: ./src/clients/aws.ts
var clients_aws = __webpack_require__(5705);
// EXTERNAL MODULE: ./src/clients/stac-api.ts
var stac_api = __webpack_require__(6320);
// EXTERNAL MODULE: ./src/targets/discover.ts
var discover = __webpack_require__(1007);
// EXTERNAL MODULE: ./src/targets/stac-api-catalog.ts
var stac_api_catalog = __webpack_require__(8792);
// EXTERNAL MODULE: ./src/targets/maap/ledger.ts + 2 modules
var maap_ledger = __webpack_require__(189);
// EXTERNAL MODULE: ./src/targets/maap/pipeline.ts
var pipeline = __webpack_require__(7208);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sqs/dist-cjs/index.js
var dist_cjs = __webpack_require__(8868);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
// EXTERNAL MODULE: ./src/targets/maap/dead-letters.ts
var dead_letters = __webpack_require__(516);
// EXTERNAL MODULE: ./src/targets/maap/publisher.ts + 2 modules
var publisher = __webpack_require__(891);
;// CONCATENATED MODULE: ./src/stages/redrive-dead-letters.ts




/**
 * This run's messages among those read from a DLQ, one per entry: an SNS message may sit there in
 * several copies, and an entry under several MessageIds (an earlier redrive failed again).
 */
function groupOurs(messages, queue, input, dlqUrl) {
    const expectedByIdOnly = new Set([...(input.generatedKeys ?? [])].filter((k) => input.ledger.get(k) === undefined));
    const notBefore = Date.parse(input.ledger.createdAt) - 60_000;
    const others = [];
    const ours = new Map();
    const seen = new Set();
    for (const msg of messages) {
        const match = (0,dead_letters/* matchDeadLetter */.QF)(msg, queue, { ledger: input.ledger, expectedByIdOnly, notBefore });
        if (match === undefined || msg.envelope === undefined) {
            others.push(msg);
            continue;
        }
        const id = msg.envelope.MessageId;
        const prev = ours.get(match.key);
        if (prev !== undefined) {
            prev.copies.push(msg);
            if (!seen.has(id))
                prev.oldIds.push(id);
        }
        else {
            const record = match.matchedBy === 'message-id' ? input.ledger.byMessageId(id) : undefined;
            const origin = match.origin ?? record?.origin ?? { file: dlqUrl };
            const { Message: message } = msg.envelope;
            ours.set(match.key, {
                key: match.key,
                message,
                origin,
                oldIds: [id],
                copies: [msg],
                redrives: record?.redrives ?? 0,
            });
        }
        seen.add(id);
    }
    return { ours, others };
}
/** Publishes each entry once more, recording the new MessageIds in the ledger; returns them, or why not. */
async function republish(ours, topicArn, input, deps, options) {
    const newIds = new Map();
    const errors = new Map();
    const ledger = {
        record: (r) => {
            const e = ours.get(r.key);
            const rec = { ...r, redrives: (e?.redrives ?? 0) + 1 };
            if (e !== undefined)
                rec.previousMessageIds = e.oldIds;
            input.ledger.record(rec);
            if (r.status === 'published' && r.messageId !== undefined)
                newIds.set(r.key, r.messageId);
            else
                errors.set(r.key, r.error ? `${r.error.code}: ${r.error.message}` : 'failed');
        },
    };
    const entries = [...ours.values()].map((e) => ({ key: e.key, message: e.message, origin: e.origin }));
    const sleep = deps.sleep ?? retry/* realSleep */.uk;
    const now = deps.now ?? retry/* realClock */.dQ;
    await (0,publisher/* publishDocuments */.sq)(entries, { sns: deps.sns, logger: deps.logger, ledger, sleep, now }, {
        topicArn,
        ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    });
    return { newIds, errors };
}
/** Redrives one queue's DLQ into `result`. */
async function redriveQueue(queue, q, input, deps, options, result) {
    const sleep = deps.sleep ?? retry/* realSleep */.uk;
    // hold what we read until it is re-published and deleted
    const messages = await (0,dead_letters/* peekDeadLetterQueue */.Jn)(deps.sqs, q.dlqUrl, {
        sleep,
        release: false,
        visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 120,
        ...(options.waitTimeSeconds !== undefined ? { waitTimeSeconds: options.waitTimeSeconds } : {}),
    });
    const { ours, others } = groupOurs(messages, queue, input, q.dlqUrl);
    result.ignored += others.length;
    // other publishers' messages go back at once
    await (0,dead_letters/* releaseMessages */.kw)(deps.sqs, q.dlqUrl, others);
    if (ours.size === 0) {
        deps.logger.info(`${queue} DLQ: none of this run's messages found (${messages.length} other message(s) left alone)`);
        return;
    }
    deps.logger.info(`${queue} DLQ: ${ours.size} of this run's message(s) to re-publish to ${q.topicArn}; ` +
        `${others.length} other message(s) left alone`);
    const row = (e) => ({ key: e.key, queue, topicArn: q.topicArn, oldMessageId: e.oldIds[0] ?? '' });
    if (options.dryRun === true) {
        for (const e of ours.values())
            result.redriven.push({ ...row(e), deleted: 0 });
        await (0,dead_letters/* releaseMessages */.kw)(deps.sqs, q.dlqUrl, [...ours.values()].flatMap((e) => e.copies));
        return;
    }
    const { newIds, errors } = await republish(ours, q.topicArn, input, deps, options);
    for (const e of ours.values()) {
        const newMessageId = newIds.get(e.key);
        if (newMessageId === undefined) {
            result.failed.push({ key: e.key, queue, error: errors.get(e.key) ?? 'not re-published' });
            await (0,dead_letters/* releaseMessages */.kw)(deps.sqs, q.dlqUrl, e.copies);
            continue;
        }
        const deleted = await deleteCopies(deps.sqs, q.dlqUrl, e.copies, sleep);
        result.deleteFailures += e.copies.length - deleted;
        result.redriven.push({ ...row(e), newMessageId, deleted });
    }
}
/**
 * Sends this run's dead-lettered messages (only those: matched through the ledger's SNS
 * MessageIds, or by id for items the generator made) back to their source topic, deletes
 * their DLQ copies once SNS accepted them, and updates the ledger with the new MessageIds.
 * Afterwards, wait again.
 */
async function redriveDeadLettered(input, deps, options = {}) {
    const result = { redriven: [], failed: [], ignored: 0, deleteFailures: 0 };
    for (const queue of ['generator', 'loader']) {
        const q = input.queues[queue];
        if (q !== undefined)
            await redriveQueue(queue, q, input, deps, options, result);
    }
    if (result.deleteFailures > 0)
        deps.logger.warning(`${result.deleteFailures} dead-letter copies could not be deleted after re-publishing; they will be seen again`);
    return result;
}
async function deleteCopies(sqs, url, copies, sleep) {
    let deleted = 0;
    for (let i = 0; i < copies.length; i += 10) {
        const chunk = copies.slice(i, i + 10);
        try {
            const out = await (0,retry/* withRetry */.bD)(() => sqs.send(new dist_cjs/* DeleteMessageBatchCommand */.QB({
                QueueUrl: url,
                Entries: chunk.map((c, j) => ({ Id: String(j), ReceiptHandle: c.receiptHandle })),
            })), { maxAttempts: 4, sleep });
            deleted += out.Successful?.length ?? 0;
        }
        catch {
            /* counted as failures by the caller */
        }
    }
    return deleted;
}

// EXTERNAL MODULE: ./src/stages/wait.ts
var stages_wait = __webpack_require__(9154);
// EXTERNAL MODULE: ./src/stages/verify.ts
var verify = __webpack_require__(9790);
// EXTERNAL MODULE: ./src/model/expected.ts
var model_expected = __webpack_require__(1329);
// EXTERNAL MODULE: ./src/run/ingest.ts + 18 modules
var ingest = __webpack_require__(2630);
// EXTERNAL MODULE: ./src/run/record.ts + 1 modules
var record = __webpack_require__(9077);
// EXTERNAL MODULE: ./src/security/policy.ts
var policy = __webpack_require__(2634);
// EXTERNAL MODULE: ./src/security/manifest-policy.ts + 1 modules
var manifest_policy = __webpack_require__(8312);
;// CONCATENATED MODULE: ./src/run/redrive.ts



















async function newestLedger(dir) {
    const names = (await (0,promises_.readdir)(dir).catch(() => [])).filter((n) => /^ledger-.+\.jsonl$/.test(n)).sort();
    const last = names.at(-1);
    if (!last)
        throw new errors/* ConfigurationError */.j1(`no run ledger in ${dir}`, {
            hint: 'redrive works on the ledger a `run` wrote; pass --ledger FILE to name one',
        });
    return external_node_path_default().join(dir, last);
}
/** The objects a redrive re-published (or failed to), and the items it waits for again. */
function redrivenObjects(redriven, ledger, dryRun) {
    const objects = [];
    const expected = [];
    for (const r of redriven.redriven) {
        const rec = ledger.get(r.key, r.topicArn);
        const m = /^item:([^/]*)\/(.+)$/.exec(r.key);
        objects.push({
            key: r.key,
            kind: m ? 'item' : r.key.startsWith('request:') ? 'request' : 'collection',
            collection: m?.[1] ?? null,
            id: m?.[2] ?? null,
            origin: rec?.origin ?? { file: '' },
            ...(dryRun
                ? { state: 'planned', reason: 'would be re-published (dry run)' }
                : { state: 'published', sent: true }),
            ...(r.newMessageId ? { ref: r.newMessageId } : {}),
        });
        if (m)
            expected.push((0,model_expected/* expectedItem */.mN)(m[1], m[2], rec?.origin));
    }
    for (const f of redriven.failed) {
        const { key, error: reason } = f;
        objects.push({ key, kind: 'item', collection: null, id: null, origin: { file: '' }, state: 'failed', reason });
    }
    return { objects, expected };
}
/** The wait stage again, over the MAAP queues, for what was re-published; then where each object stands. */
async function waitAgain(run, r, stac, found, deps) {
    const { logger } = deps;
    const now = deps.now ?? Date.now;
    const verifier = (0,verify/* createVerifier */.$A)(found.expected, { catalog: (0,stac_api_catalog/* stacApiCatalog */.t)(stac), logger, now });
    const awaited = found.expected.map((e) => ({ key: e.key, ...(e.origin ? { origin: e.origin } : {}) }));
    const { loaderQueueUrl: queueUrl, loaderDlqUrl: dlqUrl } = r.endpoints;
    const loader = { ...(queueUrl ? { queueUrl } : {}), ...(dlqUrl ? { dlqUrl } : {}) };
    const sleep = deps.sleep ? { sleep: deps.sleep } : {};
    const watch = (0,pipeline/* createPipelineWatch */.A)({ ledger: r.ledger, awaited, queues: { loader } }, { sqs: r.clients.sqs, ...sleep });
    const wait = await run.stage('wait', () => (0,stages_wait/* waitStage */.g)({ awaited, watch, landed: (keys) => verifier.checkLanded(keys) }, { logger, ...sleep, now }, { timeoutMs: r.target.wait_minutes * 60_000, pollIntervalMs: r.target.poll_seconds * 1000 }));
    const landed = new Set(wait.landed);
    const settled = new Map(wait.settled.map((d) => [d.key, d]));
    for (const o of found.objects) {
        const s = settled.get(o.key);
        if (landed.has(o.key))
            o.state = 'verified';
        else if (s)
            Object.assign(o, { state: s.state, ...(s.reason ? { reason: s.reason } : {}) });
        else if (o.kind === 'item' && o.state === 'published')
            o.state = 'missing';
    }
}
/** The MAAP target of the manifest, its run ledger, and the endpoints to redrive through. */
async function openRedrive(run, options, aws) {
    const loaded = await (0,load/* loadManifest */.eY)(options.manifestPath);
    const violations = await (0,manifest_policy/* policyViolations */.B)(loaded, options.policy ?? (0,policy/* defaultPolicy */.G4)(process.cwd()), 'redrive');
    if (violations.length > 0)
        throw new errors/* ConfigurationErrors */.yb(violations);
    const { name, target } = (0,ingest.selectTarget)(loaded.manifest, options.target, undefined);
    if (target.type !== 'maap')
        throw new errors/* ConfigurationError */.j1(`redrive works on a MAAP target; '${name}' is ${target.type}`);
    const description = `redrive dead-lettered messages (${target.stack ?? target.loader_topic_arn ?? ''})`;
    run.result.target = { name, type: target.type, description };
    const file = options.ledgerFile ?? (await newestLedger(external_node_path_default().join(loaded.dir, '.stac-ingest')));
    const ledger = await maap_ledger/* RunLedger */.z0.read(file);
    const clients = aws(target);
    const endpoints = await (0,discover/* resolveTargetEndpoints */.cz)(target, { cfn: clients.cfn });
    return { target, file, ledger, endpoints, clients };
}
/** Re-publishes this run's dead letters through the ledger, recording the new MessageIds in it. */
async function redriveStep(run, r, options, deps) {
    const { logger } = deps;
    const { sns, sqs } = r.clients;
    const e = r.endpoints;
    const queues = {};
    if (e.loaderDlqUrl && e.loaderTopicArn)
        queues.loader = { dlqUrl: e.loaderDlqUrl, topicArn: e.loaderTopicArn };
    if (e.generatorDlqUrl && e.generatorTopicArn)
        queues.generator = { dlqUrl: e.generatorDlqUrl, topicArn: e.generatorTopicArn };
    // new MessageIds go to the same write-ahead journal; in-doubt items' dead letters are matched by id
    if (!options.dryRun)
        await r.ledger.journalTo(external_node_path_default().dirname(r.file));
    const redriven = await run
        .stage('redrive', () => redriveDeadLettered({ ledger: r.ledger, queues, generatedKeys: new Set(r.ledger.inDoubt()) }, { sns, sqs, logger, ...(deps.sleep ? { sleep: deps.sleep } : {}), now: deps.now ?? Date.now }, { dryRun: options.dryRun ?? false }))
        .finally(() => r.ledger.close());
    if (options.dryRun) {
        logger.info(`dry run: would re-publish ${redriven.redriven.length} message(s); nothing was sent and the DLQ is as it was; ` +
            `${redriven.ignored} other publishers' message(s) left alone`);
        return redriven;
    }
    logger.info(`re-published ${redriven.redriven.length} message(s); ${redriven.failed.length} failed; ` +
        `${redriven.ignored} other publishers' message(s) left alone`);
    return redriven;
}
/**
 * Sends this run's dead-lettered messages (only those, found through the run ledger) back to
 * their topic, then waits until they are in the STAC API (or dead-lettered again).
 * The stage list: manifest and ledger → redrive → wait.
 */
async function redriveRun(options, given) {
    const { signal } = given;
    const deps = signal ? { ...given, sleep: (0,retry/* abortableSleep */.Mf)(signal, given.sleep) } : given;
    const { logger } = deps;
    const run = new record/* RunRecord */.d('redrive', logger, deps.now ?? Date.now, signal);
    run.result.manifest = options.manifestPath;
    let aws = deps.aws;
    if (aws === undefined)
        run.onFinish(() => aws?.destroy());
    const clients = (target) => (aws ??= (0,clients_aws/* createAwsClients */.Gv)({
        ...(target.region ? { region: target.region } : {}),
        ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    }));
    try {
        const r = await openRedrive(run, options, clients);
        logger.info(`ledger ${r.file} (run ${r.ledger.runId})`);
        const redriven = await redriveStep(run, r, options, deps);
        const found = redrivenObjects(redriven, r.ledger, options.dryRun ?? false);
        const stac = deps.stacApi ?? (r.target.stac_api ? (0,stac_api.createStacApiClient)({ baseUrl: r.target.stac_api, logger }) : undefined);
        if (stac && found.expected.length && !options.dryRun)
            await waitAgain(run, r, stac, found, deps);
        const bad = found.objects.filter((o) => o.state === 'failed' || o.state === 'missing' || o.state === 'dead-lettered');
        for (const o of bad) {
            const message = `${o.key} is ${o.state}${o.reason ? `: ${o.reason}` : ''}`;
            run.result.problems.push({ severity: 'error', stage: 'redrive', message });
        }
        const summary = options.dryRun
            ? `dry run: would redrive ${redriven.redriven.length} message(s)`
            : `redrove ${redriven.redriven.length} message(s)`;
        run.result.delivery = { ok: bad.length === 0, summary, objects: found.objects, details: { ledger: r.file } };
        return run.finish(bad.length === 0);
    }
    catch (err) {
        return run.fail(err, 'redrive');
    }
}


/***/ })

};
