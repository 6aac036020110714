/** Target discovery against moto CloudFormation: real stacks with real exports. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { startMoto, type MotoServer } from './support/moto.js';
import { createAwsClients, type AwsClients } from '../src/clients/aws.js';
import { ConfigurationError } from '../src/errors.js';
import { resolveTargetEndpoints } from '../src/targets/discover.js';
import type { MaapTarget } from '../src/manifest/schema.js';

let moto: MotoServer;
let aws: AwsClients;

/** A template whose outputs export constant strings under the given names. */
function template(exports: Record<string, string>): string {
  const outputs: Record<string, unknown> = {};
  Object.entries(exports).forEach(([name, value], i) => {
    outputs[`Out${i}`] = { Value: value, Export: { Name: name } };
  });
  return JSON.stringify({ Resources: { Topic: { Type: 'AWS::SNS::Topic' } }, Outputs: outputs });
}
async function stack(name: string, exports: Record<string, string>): Promise<void> {
  await aws.cfn.send(new CreateStackCommand({ StackName: name, TemplateBody: template(exports) }));
}
const target = (extra: Partial<MaapTarget> = {}): MaapTarget => ({
  type: 'maap',
  wait_minutes: 30,
  poll_seconds: 15,
  publish_timeout_seconds: 30,
  owns_collections: false,
  ...extra,
});

beforeAll(async () => {
  moto = await startMoto();
  aws = createAwsClients({ endpoint: moto.endpoint, region: moto.region, credentials: moto.credentials });
  // more than one page of exports (moto pages at 100), so NextToken must be followed
  const filler: Record<string, string> = {};
  for (let i = 0; i < 120; i++) filler[`filler-export-${i}`] = `v${i}`;
  await stack('Filler', filler);
  const s = 'MAAP-STAC-test-pgSTAC';
  await stack(s, {
    [`${s}-stac-loader-topic-arn`]: 'arn:aws:sns:us-west-2:123456789012:loader',
    [`${s}-stac-loader-queue-url`]: 'https://sqs.us-west-2.amazonaws.com/123456789012/loader-q',
    [`${s}-stac-loader-deadletter-queue-url`]: 'https://sqs.us-west-2.amazonaws.com/123456789012/loader-dlq',
    [`${s}-stactools-item-generator-topic-arn`]: 'arn:aws:sns:us-west-2:123456789012:gen',
    [`${s}-stactools-item-generator-queue-url`]: 'https://sqs.us-west-2.amazonaws.com/123456789012/gen-q',
    [`${s}-stactools-item-generator-deadletter-queue-url`]: 'https://sqs.us-west-2.amazonaws.com/123456789012/gen-dlq',
  });
  // an eoapi-cdk v8.2.x deployment: unprefixed export names
  await stack('OldStack', {
    'stac-item-loader-topic-arn': 'arn:aws:sns:us-west-2:123456789012:old-loader',
    'stac-item-loader-queue-url': 'https://sqs.us-west-2.amazonaws.com/123456789012/old-q',
    'stactools-item-generator-topic-arn': 'arn:aws:sns:us-west-2:123456789012:old-gen',
  });
});
afterAll(async () => {
  aws?.destroy();
  await moto?.stop();
});

describe('resolveTargetEndpoints', () => {
  it('resolves every endpoint from the current export names, across pages', async () => {
    const r = await resolveTargetEndpoints(
      target({ stack: 'MAAP-STAC-test-pgSTAC' }),
      { cfn: aws.cfn },
      { require: ['loaderTopicArn', 'loaderQueueUrl', 'loaderDlqUrl', 'generatorTopicArn'] },
    );
    expect(r).toMatchObject({
      loaderTopicArn: 'arn:aws:sns:us-west-2:123456789012:loader',
      loaderQueueUrl: 'https://sqs.us-west-2.amazonaws.com/123456789012/loader-q',
      loaderDlqUrl: 'https://sqs.us-west-2.amazonaws.com/123456789012/loader-dlq',
      generatorTopicArn: 'arn:aws:sns:us-west-2:123456789012:gen',
      generatorDlqUrl: 'https://sqs.us-west-2.amazonaws.com/123456789012/gen-dlq',
    });
    expect(r.sources.loaderTopicArn).toBe('export MAAP-STAC-test-pgSTAC-stac-loader-topic-arn');
  });

  it('explicit ARNs in the manifest win over exports', async () => {
    const r = await resolveTargetEndpoints(
      target({ stack: 'MAAP-STAC-test-pgSTAC', loader_topic_arn: 'arn:aws:sns:us-west-2:1:mine' }),
      { cfn: aws.cfn },
    );
    expect(r.loaderTopicArn).toBe('arn:aws:sns:us-west-2:1:mine');
    expect(r.sources.loaderTopicArn).toBe('manifest');
    expect(r.loaderQueueUrl).toBe('https://sqs.us-west-2.amazonaws.com/123456789012/loader-q');
  });

  it('falls back to pre-v8.3.1 unprefixed names, only when that stack exports them', async () => {
    const r = await resolveTargetEndpoints(
      target({ stack: 'OldStack' }),
      { cfn: aws.cfn },
      { require: ['loaderTopicArn', 'generatorTopicArn'] },
    );
    expect(r.loaderTopicArn).toBe('arn:aws:sns:us-west-2:123456789012:old-loader');
    expect(r.sources.loaderTopicArn).toBe('export stac-item-loader-topic-arn');
    expect(r.generatorTopicArn).toBe('arn:aws:sns:us-west-2:123456789012:old-gen');
    // the unprefixed names belong to OldStack, not to the new stack
    const n = await resolveTargetEndpoints(target({ stack: 'Filler' }), { cfn: aws.cfn });
    expect(n.loaderTopicArn).toBeUndefined();
  });

  it('lists the missing exports in a located ConfigurationError', async () => {
    const err = await resolveTargetEndpoints(
      target({ stack: 'OldStack' }),
      { cfn: aws.cfn },
      { require: ['loaderTopicArn', 'loaderDlqUrl'], location: { file: 'stac-ingest.yaml', pointer: '/targets/maap' } },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    const ce = err as ConfigurationError;
    expect(ce.message).toContain('loader_dlq_url');
    expect(ce.message).toContain('OldStack-stac-loader-deadletter-queue-url');
    expect(ce.message).toContain('stac-item-loader-deadletter-queue-url');
    expect(ce.message).not.toContain('loader_topic_arn');
    expect(ce.hint).toContain('stac-item-loader-topic-arn');
    expect(ce.location).toEqual({ file: 'stac-ingest.yaml', pointer: '/targets/maap' });
  });

  it('an unknown stack says no exports of it were found', async () => {
    const err = await resolveTargetEndpoints(
      target({ stack: 'Nope' }),
      { cfn: aws.cfn },
      { require: ['loaderTopicArn'] },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).hint).toContain('no exports of a stack named Nope');
  });

  it('without stack or ARNs, says what to set', async () => {
    await expect(resolveTargetEndpoints(target(), { cfn: aws.cfn }, { require: ['loaderTopicArn'] })).rejects.toThrow(
      /missing loader_topic_arn/,
    );
  });
});
