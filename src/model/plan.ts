import type { Target } from '../manifest/schema.js';

export type SourceAction =
  | 'generate-local'
  | 'generate-remote'
  | 'publish-files'
  | 'publish-catalog'
  | 'publish-dps'
  | 'upload-dps'
  | 'build-assets';

export interface PlanSource {
  id: string;
  entry: string;
  action: SourceAction;
  /** Items this source yields: exact for files/catalog/local, the expectation for remote. */
  items: number;
  /** Item ids known before running (files, catalog, expected ids). */
  knownIds: string[];
  /** For stactools sources: the package and group. */
  package?: string;
  group?: string;
  /** How many create-item calls (rows). */
  requests: number;
  expect?: { count?: number; ids?: string[]; idTemplate?: string };
  /** DPS: the collection id derived from the met.json (`{username}__{algorithm}__{version}__{tag}`, slugified). */
  derivedCollection?: { id: string; from: string; metFile: string };
}

export interface PlanCollection {
  id: string;
  /** How the collection document itself comes: a file, create-collection, or not in the manifest. */
  definedBy: 'file' | 'stactools' | 'none';
  entry?: string;
  sources: PlanSource[];
  items: number;
}

export interface PlanTarget {
  name: string;
  type: Target['type'];
  description: string;
}

/** Something the plan does not do, and why (e.g. code from an untrusted pull request). */
export interface PlanSkip {
  entry: string;
  what: string;
  reason: string;
}

export interface Plan {
  manifest: string;
  target: PlanTarget;
  collections: PlanCollection[];
  totals: {
    collections: number;
    sources: number;
    items: number;
    requests: number;
    localRequests: number;
    remoteRequests: number;
  };
  notes: string[];
  /** What is not run on this event, and why. */
  skipped: PlanSkip[];
}

export function sourceEntryLabel(index: number, id: string): string {
  return `sources[${index}] (${id})`;
}
export function collectionEntryLabel(index: number, id: string): string {
  return `collections[${index}] (${id})`;
}
