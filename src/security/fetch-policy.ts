import { BlockList, isIP } from 'node:net';
import { matchesAny } from './glob.js';

/**
 * The fetch policy: what a remote read (catalog sources, DPS outputs, asset collections, schemas) may reach and how
 * much it may take. It comes from the Action's inputs / CLI flags (the workflow file), never from the manifest or
 * the documents read, which a pull request or a remote server controls. This module holds the rules; the readers
 * in src/sources/remote.ts apply them to every request and every redirect hop.
 */

/** Address ranges a fetch may reach besides public ones (each must be allowed explicitly). */
export type AddressClass = 'loopback' | 'private' | 'link-local';
export const ADDRESS_CLASSES: readonly AddressClass[] = ['loopback', 'private', 'link-local'];

export interface FetchPolicy {
  /** Hosts (globs) any source may reach besides the hosts it names; redirects may go to them too. */
  hosts: string[];
  /** Hosts (globs) JSON Schemas may be fetched from. */
  schemaHosts: string[];
  /** Non-public address ranges that may be contacted. */
  allowAddresses: AddressClass[];
  /** Largest document read (bytes), counted while streaming. */
  maxDocumentBytes: number;
  /** Catalogs and collections walked per source. */
  maxCatalogs: number;
  /** Items read per source. */
  maxItems: number;
  /** One request: connection, headers and body. */
  requestTimeoutMs: number;
  /** Every read of one source together. */
  totalTimeoutMs: number;
}

export const DEFAULT_SCHEMA_HOSTS = ['schemas.stacspec.org', 'stac-extensions.github.io', 'geojson.org', 'proj.org'];

export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  hosts: [],
  schemaHosts: DEFAULT_SCHEMA_HOSTS,
  allowAddresses: [],
  maxDocumentBytes: 32 * 1024 * 1024,
  maxCatalogs: 10_000,
  maxItems: 1_000_000,
  requestTimeoutMs: 60_000,
  totalTimeoutMs: 30 * 60_000,
};

/** The Action input and CLI flag (without `--`) of each fetch setting. */
export const FETCH_LIST_SETTINGS = {
  fetchHosts: { input: 'fetch-hosts', flag: 'fetch-host' },
  schemaHosts: { input: 'schema-hosts', flag: 'schema-host' },
  allowAddresses: { input: 'allow-addresses', flag: 'allow-address' },
} as const;
export const FETCH_NUMBER_SETTINGS = {
  maxDocumentBytes: { input: 'max-document-bytes', flag: 'max-document-bytes' },
  maxCatalogs: { input: 'max-catalogs', flag: 'max-catalogs' },
  maxItems: { input: 'max-items', flag: 'max-items' },
  requestTimeoutSeconds: { input: 'request-timeout', flag: 'request-timeout' },
  totalTimeoutSeconds: { input: 'total-timeout', flag: 'total-timeout' },
} as const;
export type FetchSetting = keyof typeof FETCH_LIST_SETTINGS | keyof typeof FETCH_NUMBER_SETTINGS;

/** `the Action input \`x\` (CLI --y)`. */
export function settingName(setting: { input: string; flag: string }): string {
  return `the Action input \`${setting.input}\` (CLI --${setting.flag})`;
}

export function fetchSettingName(setting: FetchSetting): string {
  return settingName(
    setting in FETCH_LIST_SETTINGS
      ? FETCH_LIST_SETTINGS[setting as keyof typeof FETCH_LIST_SETTINGS]
      : FETCH_NUMBER_SETTINGS[setting as keyof typeof FETCH_NUMBER_SETTINGS],
  );
}

/**
 * A read the policy refuses (or stopped at a cap). `rule` says which rule, `hint` which input would allow it; the
 * readers turn it into a located error naming the link.
 */
export class FetchRefusedError extends Error {
  override readonly name = 'FetchRefusedError';
  constructor(
    message: string,
    readonly rule: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** Always refused, whatever is allowed: multicast, broadcast and reserved ranges. */
const RESERVED: Array<[string, number, 'ipv4' | 'ipv6']> = [
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['ff00::', 8, 'ipv6'],
];
const RANGES: Record<AddressClass, Array<[string, number, 'ipv4' | 'ipv6']>> = {
  // 0.0.0.0 and :: reach the local host on Linux
  loopback: [
    ['127.0.0.0', 8, 'ipv4'],
    ['0.0.0.0', 8, 'ipv4'],
    ['::1', 128, 'ipv6'],
    ['::', 128, 'ipv6'],
  ],
  'link-local': [
    ['169.254.0.0', 16, 'ipv4'],
    ['fe80::', 10, 'ipv6'],
  ],
  private: [
    ['10.0.0.0', 8, 'ipv4'],
    ['172.16.0.0', 12, 'ipv4'],
    ['192.168.0.0', 16, 'ipv4'],
    ['100.64.0.0', 10, 'ipv4'],
    ['198.18.0.0', 15, 'ipv4'],
    ['fc00::', 7, 'ipv6'],
    ['fec0::', 10, 'ipv6'],
  ],
};

function blockList(ranges: Array<[string, number, 'ipv4' | 'ipv6']>): BlockList {
  const list = new BlockList();
  for (const [net, prefix, family] of ranges) list.addSubnet(net, prefix, family);
  return list;
}
const RESERVED_LIST = blockList(RESERVED);
const CLASS_LISTS = ADDRESS_CLASSES.map((c) => [c, blockList(RANGES[c])] as const);

/** The eight 16-bit groups of an IPv6 address (with a dotted IPv4 tail), or undefined when it is not one. */
function ipv6Groups(address: string): number[] | undefined {
  if (isIP(address) !== 6) return undefined;
  let text = address.toLowerCase().replace(/%.*$/, '');
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (s: string): number[] => (s === '' ? [] : s.split(':').map((h) => parseInt(h, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

const v4From = (hi: number, lo: number): string => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/**
 * The IPv4 address an IPv6 address carries (IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible `::a.b.c.d`, NAT64
 * `64:ff9b::a.b.c.d`, 6to4 `2002:AABB:CCDD::`), which is where a connection to it ends up.
 */
export function embeddedIpv4(address: string): string | undefined {
  const g = ipv6Groups(address);
  if (g === undefined) return undefined;
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  const zeroTo = (n: number): boolean => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(5) && g5 === 0xffff) return v4From(g6, g7);
  if (zeroTo(6) && (g6 !== 0 || g7 > 1)) return v4From(g6, g7);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return v4From(g6, g7);
  if (g0 === 0x2002) return v4From(g1, g2);
  return undefined;
}

/** `public`, `reserved` or the non-public class of an IP address (IPv4-in-IPv6 forms classed as their IPv4). */
export function addressClass(address: string): AddressClass | 'public' | 'reserved' {
  const bare = address.replace(/^\[|\]$/g, '');
  const v4 = isIP(bare) === 4 ? bare : embeddedIpv4(bare);
  const [addr, family] = v4 !== undefined ? [v4, 'ipv4' as const] : [bare, 'ipv6' as const];
  if (RESERVED_LIST.check(addr, family)) return 'reserved';
  for (const [cls, list] of CLASS_LISTS) if (list.check(addr, family)) return cls;
  return 'public';
}

/** Why `address` (of `host`) may not be contacted, or undefined when it may. */
export function addressRefusal(
  host: string,
  address: string,
  allowed: readonly AddressClass[],
): FetchRefusedError | undefined {
  const cls = addressClass(address);
  if (cls === 'public' || allowed.includes(cls as AddressClass)) return undefined;
  const shown = host === address ? address : `${host} (${address})`;
  if (cls === 'reserved')
    return new FetchRefusedError(`${shown} is a multicast or reserved address`, 'address', 'nothing allows it');
  return new FetchRefusedError(
    `${shown} is a ${cls} address`,
    'address',
    `${fetchSettingName('allowAddresses')} with \`${cls}\` allows ${cls} addresses ` +
      `(now: ${allowed.join(', ') || 'none'})`,
  );
}

/** Whether `host` is one of the hosts (globs) given. */
export function hostMatches(host: string, patterns: readonly string[]): boolean {
  return matchesAny(host.replace(/^\[|\]$/g, '').toLowerCase(), patterns, { caseInsensitive: true });
}

/** Validates the `allow-addresses` values. */
export function addressClasses(values: readonly string[]): AddressClass[] {
  return values.map((v) => {
    if ((ADDRESS_CLASSES as readonly string[]).includes(v)) return v as AddressClass;
    throw new Error(`${fetchSettingName('allowAddresses')} takes ${ADDRESS_CLASSES.join(', ')}; got '${v}'`);
  });
}
