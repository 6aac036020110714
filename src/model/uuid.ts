/** SNS MessageIds (and other UUIDs) kept as 16 bytes instead of 36-character strings. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Writes `text` as 16 bytes at `at` of `into` when it is a lower-case UUID; false (nothing written) otherwise. */
export function packUuid(text: string, into: Buffer, at: number): boolean {
  if (!UUID.test(text)) return false;
  into.write(text.replaceAll('-', ''), at, 'hex');
  return true;
}

/** The UUID whose 16 bytes are at `at` of `from`, as text. */
export function uuidAt(from: Buffer, at: number): string {
  const hex = from.toString('hex', at, at + 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
