import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SignatureV4 } from '@smithy/signature-v4';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import { createAwsClients, createSnsClient, type AwsClients } from '../src/clients/aws.js';
import {
  directPublishBatchSender,
  parsePublishBatchResponse,
  publishBatchBody,
  SnsServiceError,
} from '../src/clients/sns-publish-batch.js';
import { isRetryableError, isThrottlingError } from '../src/retry.js';
import { startMoto, type MotoServer } from './support/moto.js';

const bytes = (d: string | ArrayBuffer | ArrayBufferView): string | Buffer =>
  typeof d === 'string'
    ? d
    : d instanceof ArrayBuffer
      ? Buffer.from(d)
      : Buffer.from(d.buffer, d.byteOffset, d.byteLength);

/** SHA-256 / HMAC-SHA-256 from node:crypto, for recomputing signatures independently of the SDK's hash. */
class NodeSha256 {
  private readonly h: Hash | Hmac;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.h = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.h.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.h.digest());
  }
  reset(): void {}
}

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

describe('the direct PublishBatch sender', () => {
  it('writes the Query-protocol body and reads the XML answer, entities included', () => {
    expect(publishBatchBody('arn:aws:sns:us-west-2:1:t', [{ Id: '0', Message: '{"a":"b & c"}' }])).toBe(
      'Action=PublishBatch&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aus-west-2%3A1%3At' +
        '&PublishBatchRequestEntries.member.1.Id=0' +
        '&PublishBatchRequestEntries.member.1.Message=%7B%22a%22%3A%22b%20%26%20c%22%7D',
    );
    const out = parsePublishBatchResponse(
      '<PublishBatchResponse><PublishBatchResult>' +
        '<Successful><member><Id>0</Id><MessageId>m-1</MessageId></member></Successful>' +
        '<Failed><member><Id>1</Id><Code>InternalError</Code><Message>a &lt;b&gt; &amp; &#39;c&#x27;</Message>' +
        '<SenderFault>false</SenderFault></member></Failed></PublishBatchResult></PublishBatchResponse>',
    );
    expect(out).toEqual({
      Successful: [{ Id: '0', MessageId: 'm-1' }],
      Failed: [{ Id: '1', Code: 'InternalError', Message: "a <b> & 'c'", SenderFault: false }],
    });
  });

  it('reads answers as XML: namespaces, layout, empty lists and CDATA; refuses what is not an answer', () => {
    const answer = [
      '<?xml version="1.0"?>',
      '<PublishBatchResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">',
      '  <PublishBatchResult>',
      '    <Failed>',
      '      <member>',
      '        <Id>3</Id>',
      '        <Code>InvalidParameter</Code>',
      '        <Message><![CDATA[bad </member> <Id>9</Id>]]></Message>',
      '        <SenderFault>true</SenderFault>',
      '      </member>',
      '    </Failed>',
      '    <Successful/>',
      '  </PublishBatchResult>',
      '  <ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata>',
      '</PublishBatchResponse>',
    ].join('\n');
    expect(parsePublishBatchResponse(answer)).toEqual({
      Successful: [],
      Failed: [{ Id: '3', Code: 'InvalidParameter', Message: 'bad </member> <Id>9</Id>', SenderFault: true }],
    });
    expect(() => parsePublishBatchResponse('<PublishResponse><PublishResult/></PublishResponse>')).toThrow(
      /not a PublishBatchResponse/,
    );
  });

  describe('against a server that checks the SigV4 signature of what arrives on the wire', () => {
    let server: Server;
    let endpoint: string;
    const seen: Array<{ ok: boolean; signedHeaders: string }> = [];
    let answer: { status: number; body: string } = { status: 200, body: '' };
    beforeAll(async () => {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', async () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const auth = String(req.headers['authorization'] ?? '');
          const signedHeaders = /SignedHeaders=([^,]+)/.exec(auth)?.[1] ?? '';
          const amzDate = String(req.headers['x-amz-date']);
          const date = new Date(
            `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}` +
              `T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`,
          );
          const headers: Record<string, string> = {};
          for (const h of signedHeaders.split(';')) headers[h] = String(req.headers[h]);
          // recompute the signature independently from the request as received
          const signer = new SignatureV4({ credentials, region: 'us-west-2', service: 'sns', sha256: NodeSha256 });
          const expected = await signer.sign(
            {
              method: 'POST',
              protocol: 'http:',
              hostname: '127.0.0.1',
              path: req.url ?? '/',
              query: {},
              headers,
              body,
            },
            { signingDate: date },
          );
          seen.push({ ok: expected.headers['authorization'] === auth, signedHeaders });
          res.writeHead(answer.status, { 'content-type': 'text/xml' });
          res.end(answer.body);
        });
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('signs exactly what it sends (host, content-type, x-amz-date and the body hash)', async () => {
      answer = {
        status: 200,
        body:
          '<PublishBatchResponse><PublishBatchResult>' +
          '<Successful><member><Id>0</Id><MessageId>x</MessageId></member></Successful>' +
          '<Failed/></PublishBatchResult></PublishBatchResponse>',
      };
      const sender = directPublishBatchSender(createSnsClient({ endpoint, region: 'us-west-2', credentials }));
      try {
        const out = await sender.publishBatch('arn:aws:sns:us-west-2:1:t', [
          { Id: '0', Message: 'ünïcødé & spaces / + = ~' },
        ]);
        expect(out.Successful).toEqual([{ Id: '0', MessageId: 'x' }]);
      } finally {
        sender.destroy();
      }
      expect(seen.at(-1)).toEqual({ ok: true, signedHeaders: expect.stringContaining('host') });
      expect(seen.at(-1)?.signedHeaders).toContain('x-amz-date');
    });

    it('turns error answers into errors the retry rules understand', async () => {
      const sender = directPublishBatchSender(createSnsClient({ endpoint, region: 'us-west-2', credentials }));
      try {
        answer = {
          status: 400,
          body:
            '<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code>' +
            '<Message>Rate exceeded</Message></Error></ErrorResponse>',
        };
        const throttled = await sender
          .publishBatch('arn:aws:sns:us-west-2:1:t', [{ Id: '0', Message: 'x' }])
          .catch((e: unknown) => e);
        expect(throttled).toBeInstanceOf(SnsServiceError);
        expect(isThrottlingError(throttled)).toBe(true);
        answer = {
          status: 404,
          body:
            '<ErrorResponse><Error><Type>Sender</Type><Code>NotFound</Code>' +
            '<Message>Topic does not exist</Message></Error></ErrorResponse>',
        };
        const missing = await sender
          .publishBatch('arn:aws:sns:us-west-2:1:t', [{ Id: '0', Message: 'x' }])
          .catch((e: unknown) => e);
        expect(missing).toMatchObject({ name: 'NotFound', message: 'Topic does not exist' });
        expect(isRetryableError(missing)).toBe(false);
        answer = { status: 503, body: 'Service Unavailable' };
        expect(
          isRetryableError(
            await sender
              .publishBatch('arn:aws:sns:us-west-2:1:t', [{ Id: '0', Message: 'x' }])
              .catch((e: unknown) => e),
          ),
        ).toBe(true);
      } finally {
        sender.destroy();
      }
    });
  });

  describe('against moto', () => {
    let moto: MotoServer;
    let aws: AwsClients;
    beforeAll(async () => {
      moto = await startMoto();
      aws = createAwsClients({ endpoint: moto.endpoint, region: moto.region, credentials: moto.credentials });
    });
    afterAll(async () => {
      aws?.destroy();
      await moto?.stop();
    });

    it('delivers the exact messages through a non-raw SQS subscription', async () => {
      const { TopicArn } = await aws.sns.send(new CreateTopicCommand({ Name: 'direct' }));
      const { QueueUrl } = await aws.sqs.send(new CreateQueueCommand({ QueueName: 'direct-q' }));
      const { Attributes } = await aws.sqs.send(
        new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
      );
      await aws.sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: Attributes?.QueueArn }));
      const sender = directPublishBatchSender(aws.sns);
      const messages = ['{"type":"Feature","id":"a","note":"<&>"}', '{"type":"Feature","id":"b","note":"ü + ~ %"}'];
      try {
        const out = await sender.publishBatch(
          TopicArn!,
          messages.map((m, i) => ({ Id: String(i), Message: m })),
        );
        expect(out.Successful.map((s) => s.Id)).toEqual(['0', '1']);
        expect(out.Successful.every((s) => typeof s.MessageId === 'string' && s.MessageId.length > 0)).toBe(true);
      } finally {
        sender.destroy();
      }
      const got = await aws.sqs.send(
        new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 2 }),
      );
      const bodies = (got.Messages ?? []).map((m) => JSON.parse(m.Body!) as { Message: string; Timestamp: string });
      expect(bodies.map((b) => b.Message).sort()).toEqual([...messages].sort());
      expect(bodies.every((b) => typeof b.Timestamp === 'string')).toBe(true);
    });
  });
});
