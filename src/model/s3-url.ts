/**
 * `s3://bucket/key/parts` -> bucket and key (the key is not URL-decoded, as the DPS generator does not decode it).
 * Pure string parsing, apart from src/clients/s3.ts so that its users do not load the AWS SDK.
 */
export function parseS3Url(url: string): { bucket: string; key: string } | undefined {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/i.exec(url);
  if (!m) return undefined;
  return { bucket: m[1] as string, key: m[2] as string };
}
