import { request as httpRequest, Agent as HttpAgent, type IncomingMessage } from 'node:http';
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https';
import { PublishBatchCommand, type SNSClient } from '@aws-sdk/client-sns';
import { SignatureV4 } from '@smithy/signature-v4';

/**
 * SNS PublishBatch, the one call that carries every message. Two implementations of one interface:
 * the SDK's command (the reference), and a direct one that signs with the SDK's own SigV4 signer,
 * credentials, region and endpoint, but skips the SDK's generic middleware stack, which costs more
 * CPU per call than the publish itself (see bench/publish).
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

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function xmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (XML_ENTITIES[e.toLowerCase()] ?? _),
  );
}
function tag(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? xmlText(m[1] as string) : undefined;
}
function members(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  return [...xml.matchAll(/<member>([\s\S]*?)<\/member>/g)].map((m) => m[1] as string);
}
function section(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? (m[1] as string) : undefined;
}

/** Parses a PublishBatch answer (the Query protocol's XML). */
export function parsePublishBatchResponse(xml: string): BatchOutput {
  return {
    Successful: members(section(xml, 'Successful')).map((m) => ({ Id: tag(m, 'Id'), MessageId: tag(m, 'MessageId') })),
    Failed: members(section(xml, 'Failed')).map((m) => ({
      Id: tag(m, 'Id'),
      Code: tag(m, 'Code'),
      Message: tag(m, 'Message'),
      SenderFault: tag(m, 'SenderFault') === 'true',
    })),
  };
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

interface ResolvedEndpoint {
  url: URL;
  region: string;
}

type SnsConfig = {
  region: () => Promise<string>;
  credentials: () => Promise<{ accessKeyId: string; secretAccessKey: string; sessionToken?: string }>;
  sha256: ConstructorParameters<typeof SignatureV4>[0]['sha256'];
  endpoint?: () => Promise<{ protocol: string; hostname: string; port?: number; path: string }>;
  endpointProvider: (params: Record<string, unknown>, ctx: Record<string, unknown>) => { url: URL };
  useFipsEndpoint: () => Promise<boolean>;
  useDualstackEndpoint: () => Promise<boolean>;
};

/**
 * PublishBatch over a kept-alive connection pool, signed with SigV4 by the SDK's signer using the
 * SNS client's credentials (so the usual chain: env, OIDC web identity, profiles), region and
 * endpoint (a custom `endpoint`, or the SDK's endpoint rules for the region).
 */
export function directPublishBatchSender(
  sns: SNSClient,
  options: { maxSockets?: number; timeoutMs?: number } = {},
): PublishBatchSender & { destroy(): void } {
  const config = sns.config as unknown as SnsConfig;
  const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 });
  const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 });
  let endpoint: Promise<ResolvedEndpoint> | undefined;
  let signer: Promise<SignatureV4> | undefined;
  const resolveEndpoint = async (): Promise<ResolvedEndpoint> => {
    const region = await config.region();
    if (config.endpoint) {
      const e = await config.endpoint();
      return { region, url: new URL(`${e.protocol}//${e.hostname}${e.port ? `:${e.port}` : ''}${e.path || '/'}`) };
    }
    const resolved = config.endpointProvider(
      { Region: region, UseFIPS: await config.useFipsEndpoint(), UseDualStack: await config.useDualstackEndpoint() },
      {},
    );
    return { region, url: new URL(resolved.url.toString()) };
  };
  const timeoutMs = options.timeoutMs ?? 30_000;

  const post = (url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> =>
    new Promise((resolve, reject) => {
      const isHttps = url.protocol === 'https:';
      const req = (isHttps ? httpsRequest : httpRequest)(
        {
          protocol: url.protocol,
          hostname: url.hostname,
          port: url.port || (isHttps ? 443 : 80),
          path: url.pathname + url.search,
          method: 'POST',
          headers,
          agent: isHttps ? httpsAgent : httpAgent,
        },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.setTimeout(timeoutMs, () =>
        req.destroy(
          Object.assign(new Error(`PublishBatch timed out after ${timeoutMs} ms`), {
            name: 'TimeoutError',
            code: 'TimeoutError',
          }),
        ),
      );
      req.on('error', reject);
      req.end(body);
    });

  return {
    async publishBatch(topicArn, entries) {
      endpoint ??= resolveEndpoint();
      const { url, region } = await endpoint;
      signer ??= Promise.resolve(
        new SignatureV4({ credentials: config.credentials, region, service: 'sns', sha256: config.sha256 }),
      );
      const body = publishBatchBody(topicArn, entries);
      const signed = await (
        await signer
      ).sign({
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname,
        ...(url.port ? { port: Number(url.port) } : {}),
        path: url.pathname,
        query: {},
        headers: {
          host: url.host,
          'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
          'content-length': String(Buffer.byteLength(body)),
        },
        body,
      });
      const res = await post(url, signed.headers as Record<string, string>, body);
      if (res.status !== 200) {
        const code = tag(res.text, 'Code') ?? (res.status === 429 ? 'Throttling' : `Http${res.status}`);
        throw new SnsServiceError(
          code,
          tag(res.text, 'Message') ?? `SNS answered HTTP ${res.status}`,
          res.status,
          tag(res.text, 'Type'),
        );
      }
      return parsePublishBatchResponse(res.text);
    },
    destroy() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
