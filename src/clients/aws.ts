import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { SNSClient, type SNSClientConfig } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { ConfigurationError, type SourceLocation } from '../errors.js';
import { errorCode } from '../retry.js';

/** Static keys or a provider, as the SDK takes them. */
export type AwsCredentials = NonNullable<SNSClientConfig['credentials']>;

export interface AwsClientOptions {
  /** e.g. `us-west-2`; when absent the SDK's own chain (AWS_REGION, profile) decides. */
  region?: string;
  /** A local endpoint such as the twin's moto (`http://127.0.0.1:5000`). */
  endpoint?: string;
  /** When absent the SDK's default chain (env, profile, web identity from OIDC) decides. */
  credentials?: AwsCredentials;
  /**
   * Attempts the SDK itself makes per call. Default 1: our own retry code decides
   * (it knows which batch entries to resend), so the SDK must not silently resend.
   */
  sdkMaxAttempts?: number;
  /** A call without an answer after this long fails (a `TimeoutError`; default 120 000 ms). */
  requestTimeoutMs?: number;
}

interface CommonConfig {
  region?: string;
  endpoint?: string;
  credentials?: AwsCredentials;
  maxAttempts: number;
  requestHandler: { connectionTimeout: number; requestTimeout: number; throwOnRequestTimeout: true };
}

/**
 * The SDK's HTTP handler waits forever by default (no connection or request timeout; an exceeded `requestTimeout`
 * is only a warning unless `throwOnRequestTimeout`): a black-holed endpoint would hang the run until the job's own
 * timeout. A call that times out is one without an answer, which the publisher and the retries already handle.
 */
function commonConfig(options: AwsClientOptions): CommonConfig {
  const config: CommonConfig = {
    maxAttempts: options.sdkMaxAttempts ?? 1,
    requestHandler: {
      connectionTimeout: 10_000,
      requestTimeout: options.requestTimeoutMs ?? 120_000,
      throwOnRequestTimeout: true,
    },
  };
  if (options.region !== undefined) config.region = options.region;
  if (options.endpoint !== undefined) config.endpoint = options.endpoint;
  if (options.credentials !== undefined) config.credentials = options.credentials;
  return config;
}

export function createSnsClient(options: AwsClientOptions = {}): SNSClient {
  return new SNSClient(commonConfig(options));
}

/**
 * Queue URLs come from the manifest: with `useQueueUrlAsEndpoint` (the SDK's default) a request for a queue URL on
 * another host was sent there, signed, with the session token in it. Requests go to the configured endpoint or
 * AWS's regional one; the URL only names the queue.
 */
export function createSqsClient(options: AwsClientOptions = {}): SQSClient {
  return new SQSClient({ ...commonConfig(options), useQueueUrlAsEndpoint: false });
}

export function createCloudFormationClient(options: AwsClientOptions = {}): CloudFormationClient {
  return new CloudFormationClient(commonConfig({ ...options, sdkMaxAttempts: options.sdkMaxAttempts ?? 3 }));
}

export interface AwsClients {
  sns: SNSClient;
  sqs: SQSClient;
  cfn: CloudFormationClient;
  /** Closes every client's sockets; call in `finally` or Node keeps running. */
  destroy(): void;
}

export function createAwsClients(options: AwsClientOptions = {}): AwsClients {
  const sns = createSnsClient(options);
  const sqs = createSqsClient(options);
  const cfn = createCloudFormationClient(options);
  return {
    sns,
    sqs,
    cfn,
    destroy() {
      sns.destroy();
      sqs.destroy();
      cfn.destroy();
    },
  };
}

export const CREDENTIALS_HINT =
  'in a GitHub workflow, add aws-actions/configure-aws-credentials with an OIDC role ' +
  '(role-to-assume) before this step; ' +
  'locally, set AWS_PROFILE (after `aws sso login`) or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY';

const NOT_FOUND_CODES = new Set([
  'NotFound',
  'NotFoundException',
  'QueueDoesNotExist',
  'AWS.SimpleQueueService.NonExistentQueue',
]);
const ACCESS_CODES = new Set([
  'AuthorizationError',
  'AuthorizationErrorException',
  'AccessDenied',
  'AccessDeniedException',
  'KMSAccessDenied',
  'KMSAccessDeniedException',
]);
const BAD_CREDENTIAL_CODES = new Set([
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'ExpiredToken',
  'ExpiredTokenException',
  'SignatureDoesNotMatch',
  'InvalidSignatureException',
  'IncompleteSignature',
]);

export interface AwsErrorContext {
  /** The API call, e.g. `sns:PublishBatch` (also the IAM action it needs). */
  action: string;
  /** What it was called on: a topic ARN, a queue URL, a stack name. */
  resource: string;
  /** Where that resource came from (the manifest target), if known. */
  location?: SourceLocation;
}

/**
 * Turns the AWS errors that are the user's to fix (no credentials, no region, a topic or
 * queue that does not exist, a missing permission) into a ConfigurationError that says what
 * to do. Returns undefined for anything else. Never includes credential values.
 */
export function awsConfigurationError(err: unknown, context: AwsErrorContext): ConfigurationError | undefined {
  const code = errorCode(err);
  const message = err instanceof Error ? err.message : String(err);
  const base = context.location === undefined ? {} : { location: context.location };
  if (code === 'CredentialsProviderError' || /could not load credentials/i.test(message)) {
    return new ConfigurationError(`no AWS credentials for ${context.action} on ${context.resource}`, {
      ...base,
      hint: CREDENTIALS_HINT,
      cause: err,
    });
  }
  if (/region is missing/i.test(message)) {
    return new ConfigurationError(`no AWS region for ${context.action} on ${context.resource}`, {
      ...base,
      hint:
        'set `region` in the manifest target, or AWS_REGION ' +
        '(aws-actions/configure-aws-credentials sets it from `aws-region`)',
      cause: err,
    });
  }
  if (code !== undefined && NOT_FOUND_CODES.has(code)) {
    return new ConfigurationError(`${context.resource} does not exist (${code} from ${context.action})`, {
      ...base,
      hint:
        'check the ARN/URL in the manifest target, the region, and the account of the ' +
        'credentials; or resolve it from the stack exports with `stack:`',
      cause: err,
    });
  }
  if (code === 'InvalidParameter' && /TopicArn|QueueUrl/i.test(message)) {
    return new ConfigurationError(
      `${context.resource} is not a valid ${/QueueUrl/i.test(message) ? 'queue URL' : 'topic ARN'} ` +
        `for ${context.action}: ${message}`,
      {
        ...base,
        hint: 'check the ARN/URL in the manifest target (and that it is in the same region as the client)',
        cause: err,
      },
    );
  }
  if (code !== undefined && ACCESS_CODES.has(code)) {
    return new ConfigurationError(`not allowed to call ${context.action} on ${context.resource} (${code})`, {
      ...base,
      hint: `grant the role ${context.action} on that resource (see the README's IAM section)`,
      cause: err,
    });
  }
  if (code !== undefined && BAD_CREDENTIAL_CODES.has(code)) {
    return new ConfigurationError(
      `the AWS credentials were rejected for ${context.action} on ${context.resource} (${code})`,
      {
        ...base,
        hint: `they are invalid or expired; ${CREDENTIALS_HINT}`,
        cause: err,
      },
    );
  }
  return undefined;
}
