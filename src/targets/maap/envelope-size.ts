/**
 * SNS size limits. A message, and the sum of all messages of one PublishBatch request,
 * may hold at most 256 KiB (262,144 bytes) of payload: the message bodies plus any
 * message attributes (we send none). Entry Ids do not count.
 */
export const MAX_SNS_PAYLOAD_BYTES = 262_144;

/** Entries per PublishBatch request. */
export const MAX_BATCH_ENTRIES = 10;

/** The payload bytes a message counts for (UTF-8). */
export function messageBytes(message: string): number {
  return Buffer.byteLength(message, 'utf8');
}

/** Why a message cannot be sent as is, or undefined when it can. */
export function messageProblem(
  message: string,
  bytes = messageBytes(message),
): { code: string; message: string } | undefined {
  if (bytes > MAX_SNS_PAYLOAD_BYTES) {
    return {
      code: 'MessageTooLarge',
      message:
        `message is ${bytes} bytes; SNS accepts at most ${MAX_SNS_PAYLOAD_BYTES} bytes (256 KiB) per message. ` +
        'Validation should have caught this: split large assets/properties out of the document',
    };
  }
  if (bytes === 0) return { code: 'EmptyMessage', message: 'message is empty' };
  if (message.includes('aws:s3')) {
    return {
      code: 'ContainsAwsS3',
      message:
        "message contains the text 'aws:s3', so the StacLoader would treat it as an S3 event notification " +
        'and fail it; remove that text from the document',
    };
  }
  return undefined;
}
