/**
 * The AWS SDK clients (src/clients/aws.ts) against an endpoint that takes requests and never answers (a
 * black-holed endpoint, on loopback): each call fails with a timeout instead of hanging the run.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { PublishBatchCommand } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { createAwsClients } from '../src/clients/aws.js';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' };
let server: Server;
let endpoint: string;
let held = 0;

beforeAll(async () => {
  server = createServer(() => void held++);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('AWS clients against an endpoint that never answers', () => {
  it('CloudFormation, SNS and SQS calls fail with a TimeoutError after the request timeout', async () => {
    const aws = createAwsClients({ endpoint, region: 'us-west-2', credentials, requestTimeoutMs: 500 });
    try {
      const calls = [
        aws.cfn.send(new DescribeStacksCommand({ StackName: 'S' })),
        aws.sns.send(
          new PublishBatchCommand({ TopicArn: 'arn:aws:sns:us-west-2:1:t', PublishBatchRequestEntries: [] }),
        ),
        aws.sqs.send(new GetQueueAttributesCommand({ QueueUrl: `${endpoint}/1/q`, AttributeNames: ['All'] })),
      ];
      const errors = await Promise.all(
        calls.map((c) =>
          c.then(
            () => undefined,
            (e: unknown) => e,
          ),
        ),
      );
      expect(errors.map((e) => (e as Error | undefined)?.name)).toEqual([
        'TimeoutError',
        'TimeoutError',
        'TimeoutError',
      ]);
      expect(held).toBeGreaterThanOrEqual(3);
    } finally {
      aws.destroy();
    }
  }, 15_000);
});
