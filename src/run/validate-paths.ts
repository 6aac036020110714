import path from 'node:path';
import { stat } from 'node:fs/promises';
import type { Logger } from '../logging.js';
import { ConfigurationError, ConfigurationErrors, type SourceLocation } from '../errors.js';
import type { LoadedManifest } from '../manifest/load.js';
import type { IngestResult } from '../model/result.js';
import type { TrustedPolicy } from '../security/policy.js';
import { stacPathsUnits, type PathsReport } from '../sources/files.js';
import { bundledSchemaMirror } from '../stages/validate/bundled.js';
import { createSchemaResolver, type SchemaResolver } from '../stages/validate/schema-resolver.js';
import type { ValidationThreads } from '../stages/validate/threads.js';
import { problemsFrom, RunRecord } from './record.js';
import { validateStep } from './validate-step.js';

/**
 * `validate` of STAC files named on the command line, without a manifest: the schemas, the files, the
 * validate stage and nothing else (no manifest, plan, generator or target is loaded for it).
 */

/** Where schemas come from (see {@link schemaResolver}). */
export interface ResolverOptions {
  schemaMirrors: string[];
  schemaCache?: string | undefined;
  network?: boolean | undefined;
  policy?: TrustedPolicy | undefined;
}

export interface PathsOptions extends ResolverOptions {
  maxWarnings?: number | undefined;
  threads?: number | undefined;
}

export interface PathsDeps {
  logger: Logger;
  now?: (() => number) | undefined;
  signal?: AbortSignal | undefined;
  /** Worker threads the entry started (see ValidateOptions.started). */
  validationThreads?: ValidationThreads | undefined;
}

/** `stac-ingest validate <paths...>`: the run, from start to result. */
export async function validatePathsRun(paths: string[], options: PathsOptions, deps: PathsDeps): Promise<IngestResult> {
  const run = new RunRecord('validate', deps.logger, deps.now ?? Date.now, deps.signal);
  return validatePaths(run, paths, options, deps);
}

/** `validate` of STAC files without a manifest: read → validate. */
export async function validatePaths(
  run: RunRecord,
  paths: string[],
  options: PathsOptions,
  deps: PathsDeps,
): Promise<IngestResult> {
  let resolver: SchemaResolver;
  try {
    resolver = await schemaResolver(options, deps);
  } catch (err) {
    return run.fail(err, 'validate');
  }
  // documents stream from the files into validation, none is kept
  const report = pathsReport(run, deps.logger);
  const units = stacPathsUnits(paths, process.cwd(), report);
  return run.finish(
    await validateStep(run, units, {
      resolver,
      logger: deps.logger,
      maxWarnings: options.maxWarnings,
      threads: options.threads,
      started: deps.validationThreads,
      onUnreadable: report.error,
    }),
  );
}

/** What reading STAC paths reports: unreadable files as errors, skipped non-STAC JSON as warnings. */
function pathsReport(run: RunRecord, logger: Logger): PathsReport {
  return {
    error: (err) => {
      for (const p of problemsFrom(err, 'read')) {
        run.result.problems.push(p);
        logger.error(p.message, p.location);
      }
    },
    skipped: (file) => {
      run.result.problems.push({
        severity: 'warning',
        stage: 'read',
        message: `${file} is not STAC (no type or stac_version): skipped`,
        location: { file },
      });
      logger.info(`skipped ${file}: not STAC (no type or stac_version)`);
    },
  };
}

/**
 * Where schemas come from, in this order: the manifest's mirrors, the command line's (or the Action's),
 * the schemas bundled with stac-ingest, the cache (the command line's, else the manifest's), then the
 * network unless either turns it off. A mirror folder that does not exist is an error.
 */
export async function schemaResolver(
  options: ResolverOptions,
  deps: { logger: Logger },
  loaded?: LoadedManifest,
): Promise<SchemaResolver> {
  const settings = loaded?.manifest.validation;
  const dir = loaded?.dir ?? process.cwd();
  const mirrors: { dir: string; given: string; location?: SourceLocation }[] = [
    ...(settings?.schema_mirrors ?? []).map((m, i) => ({
      dir: path.resolve(dir, m),
      given: `validation.schema_mirrors '${m}'`,
      ...(loaded ? { location: loaded.locationOf(['validation', 'schema_mirrors', i]) } : {}),
    })),
    ...options.schemaMirrors.map((m) => ({ dir: path.resolve(m), given: `schema mirror '${m}'` })),
  ];
  const missing: ConfigurationError[] = [];
  for (const m of mirrors) {
    const st = await stat(m.dir).catch(() => undefined);
    if (st?.isDirectory()) continue;
    missing.push(
      new ConfigurationError(`${m.given} ${st ? 'is not a folder' : 'does not exist'} (${m.dir})`, {
        ...(m.location ? { location: m.location } : {}),
        hint: 'a schema mirror is a folder laid out as <host>/<path> of the schema URLs; create it or drop the option',
      }),
    );
  }
  if (missing.length > 0) throw new ConfigurationErrors(missing);
  const cacheDir =
    options.schemaCache ??
    (settings?.schema_cache !== undefined ? path.resolve(dir, settings.schema_cache) : undefined);
  const bundled = bundledSchemaMirror();
  return createSchemaResolver({
    mirrors: mirrors.map((m) => m.dir),
    ...(bundled !== undefined ? { bundled } : {}),
    ...(cacheDir !== undefined ? { cacheDir } : {}),
    network: (options.network ?? true) && (settings?.network ?? true),
    ...(options.policy ? { fetchPolicy: options.policy.fetch } : {}),
    logger: deps.logger,
  });
}
