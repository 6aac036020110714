import { CreateTopicCommand, SubscribeCommand, type SNSClient } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { randomUUID } from 'node:crypto';

/** A topic -> queue (non-raw subscription) -> DLQ chain in moto, shaped like an eoapi-cdk pipeline. */
export interface MotoPipeline {
  topicArn: string;
  queueUrl: string;
  dlqUrl: string;
}

export async function queueArn(sqs: SQSClient, url: string): Promise<string> {
  const a = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }));
  const arn = a.Attributes?.QueueArn;
  if (arn === undefined) throw new Error(`no QueueArn for ${url}`);
  return arn;
}

export async function createPipeline(
  sns: SNSClient,
  sqs: SQSClient,
  name: string,
  maxReceiveCount: number,
): Promise<MotoPipeline> {
  const topic = await sns.send(new CreateTopicCommand({ Name: `${name}-topic` }));
  const dlq = await sqs.send(new CreateQueueCommand({ QueueName: `${name}-dlq` }));
  const dlqUrl = dlq.QueueUrl ?? '';
  const queue = await sqs.send(
    new CreateQueueCommand({
      QueueName: `${name}-queue`,
      Attributes: {
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: await queueArn(sqs, dlqUrl), maxReceiveCount }),
      },
    }),
  );
  const queueUrl = queue.QueueUrl ?? '';
  await sns.send(
    new SubscribeCommand({ TopicArn: topic.TopicArn, Protocol: 'sqs', Endpoint: await queueArn(sqs, queueUrl) }),
  );
  return { topicArn: topic.TopicArn ?? '', queueUrl, dlqUrl };
}

export async function queueDepth(sqs: SQSClient, url: string): Promise<number> {
  const a = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(a.Attributes?.ApproximateNumberOfMessages ?? 0) +
    Number(a.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0)
  );
}

/** Puts another publisher's dead letter into a DLQ: an SNS envelope with a MessageId we never saw. */
export async function sendForeignEnvelope(
  sqs: SQSClient,
  url: string,
  message: string,
  topicArn = 'arn:aws:sns:us-west-2:999999999999:someone-else',
): Promise<string> {
  const messageId = randomUUID();
  const body = JSON.stringify({
    Type: 'Notification',
    MessageId: messageId,
    TopicArn: topicArn,
    Message: message,
    Timestamp: new Date().toISOString(),
  });
  await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: body }));
  return messageId;
}

/**
 * One pass of a stand-in consumer, like the Lambda service driving a handler: receives up to
 * 10 messages, deletes those `accept` returns true for and makes the others visible again
 * at once (so the queue's redrive policy moves them to the DLQ after maxReceiveCount receives).
 */
export async function consumeOnce(sqs: SQSClient, url: string, accept: (message: string) => boolean): Promise<number> {
  const out = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, VisibilityTimeout: 0, WaitTimeSeconds: 0 }),
  );
  let handled = 0;
  for (const m of out.Messages ?? []) {
    handled++;
    const env = JSON.parse(m.Body ?? '{}') as { Message?: string };
    if (accept(env.Message ?? ''))
      await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: m.ReceiptHandle }));
  }
  return handled;
}
