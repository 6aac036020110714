import Migrate from '@radiantearth/stac-migrate';
import { describeDifferences, diffValues, type Difference } from '../compare/compare.js';
import type { StacObject } from '../model/stac.js';
import { cloneJson } from '../json.js';

/** What `migrate: true` did to one document. */
export interface Migration {
  from: string;
  to: string;
  /** JSON pointers that changed (the first 20), e.g. `/stac_extensions/0`, `/assets/a/eo:bands`. */
  changed: string[];
}

const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:-(.+))?$/;

/** STAC before 1.0.0 (0.x, 1.0.0-beta, 1.0.0-rc): what the 1.x schemas and the loader do not take. */
export function isPre1Stac(version: unknown): version is string {
  if (typeof version !== 'string') return false;
  const m = VERSION.exec(version);
  if (!m) return false;
  return m[1] === '0' || (m[1] === '1' && m[2] === '0' && m[3] === '0' && m[4] !== undefined);
}

/**
 * Upgrades an older STAC document with @radiantearth/stac-migrate (the STAC community's migration
 * library) and says what changed; a document already at 1.0.0 or later is returned as it is.
 */
export function migrateDocument(doc: StacObject): { doc: StacObject; migration?: Migration } {
  const from = doc['stac_version'];
  if (!isPre1Stac(from)) return { doc };
  // cloneJson, not structuredClone: numbers keep the text they were written with (src/json.ts)
  const upgraded = Migrate.stac(cloneJson(doc), true) as StacObject;
  const changed = diffValues(doc, upgraded, 20).differences.map((d) => d.path);
  return { doc: upgraded, migration: { from, to: String(upgraded['stac_version']), changed } };
}

/** One plan line for a source's migrations: versions, count, and the first changed places. */
export function describeMigrations(label: string, migrations: readonly Migration[]): string | undefined {
  if (migrations.length === 0) return undefined;
  const versions = [...new Set(migrations.map((m) => `${m.from} -> ${m.to}`))].join(', ');
  const places: Difference[] = [...new Set(migrations.flatMap((m) => m.changed))].map((path) => ({
    path,
    expected: undefined,
    actual: undefined,
  }));
  return (
    `${label}: migrated ${migrations.length} document(s) with stac-migrate (${versions}); ` +
    `${describeDifferences(places)}`
  );
}
