import type { Logger } from '../logging.js';
import type { ConfigurationError } from '../errors.js';
import type { SourceDoc } from '../model/stac.js';
import { describeCounts } from '../model/result.js';
import { validateDocuments } from '../stages/validate/index.js';
import type { SchemaResolver } from '../stages/validate/schema-resolver.js';
import type { ValidationThreads } from '../stages/validate/threads.js';
import { problemsFrom, type RunRecord } from './record.js';

/** What validating the run's documents takes. */
export interface ValidateStepOptions {
  resolver: SchemaResolver;
  logger: Logger;
  maxWarnings: number | undefined;
  threads?: number | undefined;
  /** Worker threads the entry started (see ValidateOptions.started). */
  started?: ValidationThreads | undefined;
  onUnreadable?: (err: ConfigurationError) => void;
}

/** Validates every document of the run; `false` when any is invalid (or too many warnings). */
export async function validateStep(
  run: RunRecord,
  docs: Iterable<SourceDoc> | AsyncIterable<SourceDoc>,
  options: ValidateStepOptions,
): Promise<boolean> {
  const { resolver, logger, maxWarnings, threads, started, onUnreadable } = options;
  try {
    const report = await run.stage('validate', () =>
      validateDocuments(docs, {
        resolver,
        ...(maxWarnings !== undefined ? { maxWarnings } : {}),
        ...(threads !== undefined ? { threads } : {}),
        ...(started ? { started } : {}),
        ...(onUnreadable ? { onUnreadable } : {}),
      }),
    );
    const { checked, invalid, byCollection, errors, warnings, findings } = report;
    run.result.validation = {
      checked,
      invalid,
      byCollection,
      errors,
      warnings,
      findings,
      ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    };
    for (const f of findings) {
      if (f.severity === 'error') logger.error(`${f.rule}: ${f.message}`, f.location);
      else logger.warning(`${f.rule}: ${f.message}`, f.location);
    }
    const problem = (message: string) => run.result.problems.push({ severity: 'error', stage: 'validate', message });
    if (maxWarnings !== undefined && warnings > maxWarnings)
      problem(`${warnings} warnings exceed --max-warnings ${maxWarnings}`);
    if (errors > 0) problem(`${errors} validation error(s) in ${describeCounts(invalid, checked)}`);
    return report.ok;
  } catch (err) {
    run.result.problems.push(...problemsFrom(err, 'validate'));
    return false;
  }
}
