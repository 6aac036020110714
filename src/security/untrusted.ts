import { ConfigurationError, ConfigurationErrors } from '../errors.js';
import { requestCount, type ResolvedInputs } from '../model/inputs.js';
import { collectionEntryLabel, sourceEntryLabel, type PlanSkip } from '../model/plan.js';
import type { Command } from '../model/result.js';
import { inputName, type TrustedPolicy } from './policy.js';

/**
 * On an untrusted event (pull_request_target, a fork's pull request) nothing the pull request names is executed:
 * no create-collection or create-item (local packages or any other), no rio-stac. They are listed as skipped with
 * the reason; `run` refuses instead, since publishing without them would publish part of the manifest.
 */
export function gatePullRequestCode(
  inputs: ResolvedInputs,
  policy: TrustedPolicy,
  command: Command,
): { inputs: ResolvedInputs; skipped: PlanSkip[] } {
  const reason = policy.untrusted;
  if (reason === undefined) return { inputs, skipped: [] };
  const skipped: PlanSkip[] = [];
  const collections = inputs.collections.filter((c) => {
    if (c.kind !== 'stactools') return true;
    const what = `create-collection with ${c.request.request.package_name}`;
    skipped.push({ entry: collectionEntryLabel(c.index, c.entry.id), what, reason });
    return false;
  });
  const sources = inputs.sources.filter((s) => {
    const entry = sourceEntryLabel(s.index, s.entry.id);
    if (s.kind === 'stactools')
      skipped.push({
        entry,
        what: `${requestCount(s)} create-item call(s) with ${s.entry.stactools?.package}`,
        reason,
      });
    else if (s.kind === 'assets')
      skipped.push({ entry, what: `${s.requests.length} item(s) built with ${s.entry.assets?.tool}`, reason });
    else return true;
    return false;
  });
  if (command === 'run' && skipped.length > 0)
    throw new ConfigurationErrors(
      skipped.map(
        (s) =>
          new ConfigurationError(`\`run\` would execute code from the pull request: ${s.what}`, {
            location: { entry: s.entry },
            hint: `${s.reason}; publish after merging (on push), or set ${inputName('allowPrCode')} to run it anyway`,
          }),
      ),
    );
  return { inputs: { collections, sources }, skipped };
}
