import { ListExportsCommand, type CloudFormationClient, type Export } from '@aws-sdk/client-cloudformation';
import { ConfigurationError, type SourceLocation } from '../errors.js';
import type { MaapTarget } from '../manifest/schema.js';
import { awsConfigurationError } from '../clients/aws.js';

/** The topic ARNs and queue URLs of a MAAP target, each with where it came from. */
export interface TargetEndpoints {
  loaderTopicArn?: string;
  loaderQueueUrl?: string;
  loaderDlqUrl?: string;
  generatorTopicArn?: string;
  generatorQueueUrl?: string;
  generatorDlqUrl?: string;
  /** For each field: `manifest` or `export <ExportName>`. */
  sources: Partial<Record<EndpointField, string>>;
}

export type EndpointField =
  'loaderTopicArn' | 'loaderQueueUrl' | 'loaderDlqUrl' | 'generatorTopicArn' | 'generatorQueueUrl' | 'generatorDlqUrl';

const MANIFEST_FIELD: Record<EndpointField, keyof MaapTarget> = {
  loaderTopicArn: 'loader_topic_arn',
  loaderQueueUrl: 'loader_queue_url',
  loaderDlqUrl: 'loader_dlq_url',
  generatorTopicArn: 'generator_topic_arn',
  generatorQueueUrl: 'generator_queue_url',
  generatorDlqUrl: 'generator_dlq_url',
};

/**
 * Export names per field, newest first (protocol.md §0 "Discovery"):
 * eoapi-cdk >= v8.3.1 (loader) / v8.3.2 (generator) prefix `{StackName}-`; v8.3.0 used
 * `stac-loader-*` and v8.2.x `stac-item-loader-*` with no prefix; the generator had no prefix before v8.3.2.
 */
export function exportNameCandidates(stack: string): Record<EndpointField, { name: string; legacy: boolean }[]> {
  const loader = (suffix: string) => [
    { name: `${stack}-stac-loader-${suffix}`, legacy: false },
    { name: `stac-loader-${suffix}`, legacy: true },
    { name: `stac-item-loader-${suffix}`, legacy: true },
  ];
  const generator = (suffix: string) => [
    { name: `${stack}-stactools-item-generator-${suffix}`, legacy: false },
    { name: `stactools-item-generator-${suffix}`, legacy: true },
  ];
  return {
    loaderTopicArn: loader('topic-arn'),
    loaderQueueUrl: loader('queue-url'),
    loaderDlqUrl: loader('deadletter-queue-url'),
    generatorTopicArn: generator('topic-arn'),
    generatorQueueUrl: generator('queue-url'),
    generatorDlqUrl: generator('deadletter-queue-url'),
  };
}

/** Every export of the account and region (ListExports, following NextToken). */
export async function listAllExports(cfn: CloudFormationClient): Promise<Export[]> {
  const out: Export[] = [];
  let token: string | undefined;
  do {
    const page = await cfn.send(new ListExportsCommand(token === undefined ? {} : { NextToken: token }));
    out.push(...(page.Exports ?? []));
    token = page.NextToken;
  } while (token !== undefined && token !== '');
  return out;
}

/** `arn:aws:cloudformation:region:acct:stack/<name>/<uuid>` -> `<name>` */
function stackNameOf(exportingStackId: string | undefined): string | undefined {
  return exportingStackId === undefined ? undefined : /:stack\/([^/]+)\//.exec(exportingStackId)?.[1];
}

export interface ResolveOptions {
  /** Fields that must be resolved; a ConfigurationError lists those that are not. */
  require?: EndpointField[];
  /** Where the target sits in the manifest, e.g. `{ file: 'stac-ingest.yaml', pointer: '/targets/maap' }`. */
  location?: SourceLocation;
}

/**
 * Explicit ARNs/URLs in the manifest win; the rest are looked up in the CloudFormation exports
 * of `target.stack` (current export names first, then the pre-v8.3.1 unprefixed ones, which
 * are accepted only when exported by that stack).
 */
export async function resolveTargetEndpoints(
  target: MaapTarget,
  deps: { cfn: CloudFormationClient },
  options: ResolveOptions = {},
): Promise<TargetEndpoints> {
  const result: TargetEndpoints = { sources: {} };
  const fields = Object.keys(MANIFEST_FIELD) as EndpointField[];
  for (const f of fields) {
    const v = target[MANIFEST_FIELD[f]];
    if (typeof v === 'string') {
      result[f] = v;
      result.sources[f] = 'manifest';
    }
  }
  const required = options.require ?? [];
  const unresolved = fields.filter((f) => result[f] === undefined);
  const location = options.location;
  const locOpt = location === undefined ? {} : { location };
  if (unresolved.length === 0) return result;
  if (target.stack === undefined) {
    const missing = required.filter((f) => result[f] === undefined);
    if (missing.length > 0) {
      throw new ConfigurationError(
        `the target does not say where to publish: missing ${missing.map((f) => MANIFEST_FIELD[f]).join(', ')}`,
        {
          ...locOpt,
          hint:
            'set `stack:` (e.g. MAAP-STAC-prod-pgSTAC) to resolve them from its CloudFormation exports, ' +
            'or give the ARNs/URLs explicitly',
        },
      );
    }
    return result;
  }
  const stack = target.stack;
  let exports: Export[];
  try {
    exports = await listAllExports(deps.cfn);
  } catch (err) {
    throw (
      awsConfigurationError(err, {
        action: 'cloudformation:ListExports',
        resource: `the exports of stack ${stack}`,
        ...locOpt,
      }) ?? err
    );
  }
  const byName = new Map(exports.filter((e) => e.Name !== undefined).map((e) => [e.Name as string, e]));
  const candidates = exportNameCandidates(stack);
  for (const f of unresolved) {
    for (const c of candidates[f]) {
      const e = byName.get(c.name);
      if (e?.Value === undefined) continue;
      if (c.legacy && stackNameOf(e.ExportingStackId) !== stack) continue;
      result[f] = e.Value;
      result.sources[f] = `export ${c.name}`;
      break;
    }
  }
  const missing = required.filter((f) => result[f] === undefined);
  if (missing.length > 0) {
    const tried = missing.map(
      (f) => `${MANIFEST_FIELD[f]} (tried exports ${candidates[f].map((c) => c.name).join(', ')})`,
    );
    const stackExports = exports.filter((e) => stackNameOf(e.ExportingStackId) === stack).map((e) => e.Name);
    throw new ConfigurationError(`stack ${stack} does not export ${tried.join('; ')}`, {
      ...locOpt,
      hint:
        stackExports.length === 0
          ? `no exports of a stack named ${stack} were found in this account/region: ` +
            'check the stack name, the region, and the account of the credentials'
          : `it exports: ${stackExports.join(', ')}. ` +
            'Give the missing values explicitly in the target, or deploy the construct that provides them',
    });
  }
  return result;
}
