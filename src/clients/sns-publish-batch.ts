import { request as httpRequest, Agent as HttpAgent, type IncomingMessage } from 'node:http';
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https';
import { PublishBatchCommand, type SNSClient } from '@aws-sdk/client-sns';
import { SignatureV4 } from '@smithy/signature-v4';
import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';

/**
 * SNS PublishBatch, the one call that carries every message. Two implementations of one interface:
 * the SDK's command (the reference), and a direct one that signs with the SDK's own SigV4 signer,
 * credentials, region and endpoint, but skips the SDK's generic middleware stack, which costs more
 * CPU per call than the publish itself: bench/publish compares the two at the same concurrency.
 */
export interface BatchEntry {
  Id: string;
  Message: string;
}
export interface BatchOutput {
  Successful: Array<{ Id?: string | undefined; MessageId?: string | undefined }>;
  Failed: Array<{
    Id?: string | undefined;
    Code?: string | undefined;
    Message?: string | undefined;
    SenderFault?: boolean | undefined;
  }>;
}
export interface PublishBatchSender {
  publishBatch(topicArn: string, entries: BatchEntry[]): Promise<BatchOutput>;
}

export function sdkPublishBatchSender(sns: SNSClient): PublishBatchSender {
  return {
    async publishBatch(topicArn, entries) {
      const out = await sns.send(new PublishBatchCommand({ TopicArn: topicArn, PublishBatchRequestEntries: entries }));
      return { Successful: out.Successful ?? [], Failed: out.Failed ?? [] };
    },
  };
}

/** An SNS error answer, shaped like the SDK's service exceptions (name/Code, $metadata, $fault) for the retry rules. */
export class SnsServiceError extends Error {
  readonly Code: string;
  readonly $metadata: { httpStatusCode: number };
  readonly $fault: 'client' | 'server';
  constructor(code: string, message: string, status: number, type: string | undefined) {
    super(message);
    this.name = code;
    this.Code = code;
    this.$metadata = { httpStatusCode: status };
    this.$fault = type === 'Sender' || (status >= 400 && status < 500) ? 'client' : 'server';
  }
}

/** SNS answers in the Query protocol's XML; `member` elements are always read as lists, values as text. */
const xmlParser = new XMLParser({
  isArray: (name) => name === 'member',
  parseTagValue: false,
  ignoreAttributes: true,
  processEntities: true,
  htmlEntities: true,
});

const text = z.string().optional();
const memberList = <T extends z.ZodType>(member: T) =>
  z.union([z.object({ member: z.array(member) }), z.literal('')]).optional();
const PublishBatchAnswer = z.object({
  PublishBatchResponse: z.object({
    PublishBatchResult: z.object({
      Successful: memberList(z.object({ Id: text, MessageId: text })),
      Failed: memberList(z.object({ Id: text, Code: text, Message: text, SenderFault: text })),
    }),
  }),
});
const ErrorAnswer = z.object({
  ErrorResponse: z.object({ Error: z.object({ Type: text, Code: text, Message: text }) }),
});

const membersOf = <T>(list: { member: T[] } | '' | undefined): T[] => (list ? list.member : []);

/** Parses a PublishBatch answer; throws when it is not one. */
export function parsePublishBatchResponse(xml: string): BatchOutput {
  const parsed = PublishBatchAnswer.safeParse(xmlParser.parse(xml));
  if (!parsed.success) {
    const why = parsed.error.issues[0]?.message ?? 'unexpected shape';
    throw new Error(`SNS answered PublishBatch with XML that is not a PublishBatchResponse (${why})`);
  }
  const result = parsed.data.PublishBatchResponse.PublishBatchResult;
  return {
    Successful: membersOf(result.Successful),
    Failed: membersOf(result.Failed).map((f) => ({ ...f, SenderFault: f.SenderFault === 'true' })),
  };
}

/** An error answer (`<ErrorResponse><Error>…`) as an exception the retry rules understand. */
function errorFromAnswer(status: number, body: string): SnsServiceError {
  let error: { Type?: string | undefined; Code?: string | undefined; Message?: string | undefined } = {};
  try {
    const parsed = ErrorAnswer.safeParse(xmlParser.parse(body));
    if (parsed.success) error = parsed.data.ErrorResponse.Error;
  } catch {
    // not XML (e.g. a proxy's plain-text 503): the status says enough
  }
  const code = error.Code ?? (status === 429 ? 'Throttling' : `Http${status}`);
  return new SnsServiceError(code, error.Message ?? `SNS answered HTTP ${status}`, status, error.Type);
}

/** The form body of a PublishBatch request (the Query protocol, as the SDK sends it). */
export function publishBatchBody(topicArn: string, entries: BatchEntry[]): string {
  const parts = ['Action=PublishBatch', 'Version=2010-03-31', `TopicArn=${encodeURIComponent(topicArn)}`];
  entries.forEach((e, i) => {
    const n = i + 1;
    parts.push(
      `PublishBatchRequestEntries.member.${n}.Id=${encodeURIComponent(e.Id)}`,
      `PublishBatchRequestEntries.member.${n}.Message=${encodeURIComponent(e.Message)}`,
    );
  });
  return parts.join('&');
}

/** Where PublishBatch goes and how it is signed, from the SNS client's own resolved configuration. */
interface Target {
  url: URL;
  signer: SignatureV4;
}

/**
 * The SNS client's region, endpoint and credentials: a custom `endpoint` (e.g. a local moto), or
 * the SDK's endpoint rules for the region (FIPS and dual-stack settings included); the credentials
 * provider is the client's (env, OIDC web identity, profiles, …), so they are renewed as it renews them.
 */
async function resolveTarget(sns: SNSClient): Promise<Target> {
  const { config } = sns;
  const region = await config.region();
  let url: URL;
  if (config.endpoint !== undefined) {
    const e = await config.endpoint();
    url = new URL(`${e.protocol}//${e.hostname}${e.port ? `:${e.port}` : ''}${e.path || '/'}`);
  } else {
    const fips = await config.useFipsEndpoint();
    const dualStack = await config.useDualstackEndpoint();
    url = new URL(config.endpointProvider({ Region: region, UseFIPS: fips, UseDualStack: dualStack }).url.href);
  }
  const signer = new SignatureV4({ credentials: config.credentials, region, service: 'sns', sha256: config.sha256 });
  return { url, signer };
}

interface Answer {
  status: number;
  body: string;
}

/** POSTs `body` with `headers` through a kept-alive agent; a timeout is a retryable `TimeoutError`. */
function post(url: URL, headers: Record<string, string>, body: string, agent: HttpAgent, timeoutMs: number) {
  return new Promise<Answer>((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, { method: 'POST', headers, agent }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => {
      const err = Object.assign(new Error(`PublishBatch timed out after ${timeoutMs} ms`), { name: 'TimeoutError' });
      req.destroy(err);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * PublishBatch over a kept-alive connection pool, signed with SigV4 by the SDK's signer, with the
 * SNS client's credentials, region and endpoint; the answer is read with a real XML parser.
 */
export function directPublishBatchSender(
  sns: SNSClient,
  options: { maxSockets?: number; timeoutMs?: number } = {},
): PublishBatchSender & { destroy(): void } {
  const agents = {
    'http:': new HttpAgent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 }),
    'https:': new HttpsAgent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 }),
  };
  const timeoutMs = options.timeoutMs ?? 30_000;
  let target: Promise<Target> | undefined;
  return {
    async publishBatch(topicArn, entries) {
      target ??= resolveTarget(sns).catch((err: unknown) => {
        target = undefined;
        throw err;
      });
      const { url, signer } = await target;
      const body = publishBatchBody(topicArn, entries);
      const headers = {
        host: url.host,
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
        'content-length': String(Buffer.byteLength(body)),
      };
      const request = { method: 'POST', protocol: url.protocol, hostname: url.hostname, path: url.pathname, headers };
      const signed = await signer.sign({
        ...request,
        ...(url.port ? { port: Number(url.port) } : {}),
        query: {},
        body,
      });
      const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
      const answer = await post(url, signed.headers, body, agent, timeoutMs);
      if (answer.status !== 200) throw errorFromAnswer(answer.status, answer.body);
      return parsePublishBatchResponse(answer.body);
    },
    destroy() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
