import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import type { StacObject } from '../src/model/stac.js';
import { RecordingLogger } from '../src/logging.js';
import { createSchemaResolver } from '../src/stages/validate/schema-resolver.js';
import { createSchemaValidator } from '../src/stages/validate/schema-validator.js';

const MIRROR = bundledSchemaMirror()!;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** Every bundled schema as the URL it is served from (top-level folders are hosts). */
const URLS = readdirSync(MIRROR)
  .filter((host) => host.includes('.') && statSync(path.join(MIRROR, host)).isDirectory())
  .flatMap((host) => files(path.join(MIRROR, host)))
  .map((file) => `https://${path.relative(MIRROR, file).split(path.sep).join('/')}`)
  .sort();

function offlineValidator() {
  const logger = new RecordingLogger();
  return createSchemaValidator({
    resolver: createSchemaResolver({ mirrors: [MIRROR], network: false, logger }),
    logger,
  });
}

describe('the bundled schema mirror (stac-schemas/)', () => {
  it('is found from the source tree and lives in the repository', () => {
    expect(MIRROR).toBe(path.resolve(import.meta.dirname, '..', 'stac-schemas'));
  });

  it('compiles every schema with the project validator, with no network', async () => {
    const validator = offlineValidator();
    const unavailable: string[] = [];
    for (const url of URLS) {
      // no `type`: only the schema named in stac_extensions is compiled (and everything it $refs)
      const findings = await validator.validate({ stac_extensions: [url] } as StacObject, { file: 'probe.json' });
      for (const f of findings) if (f.rule === 'schema:unavailable') unavailable.push(`${url}: ${f.message}`);
    }
    expect(unavailable).toEqual([]);
    expect(URLS.length).toBeGreaterThan(90);
  });

  it('holds every version of the extensions real catalogs declare', () => {
    const versions = (name: string) =>
      URLS.filter((u) => u.startsWith(`https://stac-extensions.github.io/${name}/`)).map((u) => u.split('/')[4]);
    const want: Record<string, string[]> = {
      eo: ['v1.0.0', 'v1.1.0', 'v2.0.0'],
      projection: ['v1.0.0', 'v1.1.0', 'v1.2.0', 'v2.0.0'],
      raster: ['v1.0.0', 'v1.1.0', 'v2.0.0'],
      view: ['v1.0.0', 'v1.1.0'],
      sat: ['v1.0.0', 'v1.1.0'],
      sar: ['v1.0.0', 'v1.1.0', 'v1.2.0', 'v1.3.0'],
      file: ['v1.0.0', 'v2.0.0', 'v2.1.0'],
      processing: ['v1.0.0', 'v1.1.0', 'v1.2.0'],
      scientific: ['v1.0.0'],
      timestamps: ['v1.0.0', 'v1.1.0'],
      version: ['v1.0.0', 'v1.1.0', 'v1.2.0'],
      'item-assets': ['v1.0.0'],
      classification: ['v1.0.0', 'v1.1.0', 'v2.0.0'],
      render: ['v1.0.0', 'v2.0.0'],
      product: ['v0.1.0', 'v1.0.0'],
      storage: ['v1.0.0', 'v2.0.0'],
      grid: ['v1.0.0', 'v1.1.0'],
      mgrs: ['v1.0.0'],
      landsat: ['v2.0.0'],
      'alternate-assets': ['v1.1.0', 'v1.2.0'],
    };
    for (const [name, list] of Object.entries(want)) expect(versions(name), name).toEqual(expect.arrayContaining(list));
    expect(URLS).toContain('https://landsat.usgs.gov/stac/landsat-extension/v1.1.1/schema.json');
    for (const v of ['draft-07/schema', 'draft/2019-09/schema', 'draft/2020-12/schema'])
      expect(URLS).toContain(`https://json-schema.org/${v}`);
  });

  it('carries the licence of every source next to the schemas', () => {
    const licences = readdirSync(path.join(MIRROR, 'LICENSES'));
    expect(licences).toEqual(
      expect.arrayContaining(['Apache-2.0.txt', 'MIT-PROJ.txt', 'BSD-3-Clause-json-schema.txt']),
    );
    expect(readdirSync(MIRROR)).toContain('NOTICE.md');
  });

  it('validates a projection v1.1.0 item with PROJJSON (proj.org v0.5) offline', async () => {
    const item = {
      type: 'Feature',
      stac_version: '1.0.0',
      stac_extensions: ['https://stac-extensions.github.io/projection/v1.1.0/schema.json'],
      id: 'projjson-item',
      geometry: { type: 'Point', coordinates: [10, 50] },
      bbox: [10, 50, 10, 50],
      properties: {
        datetime: '2024-01-01T00:00:00Z',
        'proj:epsg': null,
        'proj:projjson': {
          type: 'GeographicCRS',
          name: 'WGS 84',
          datum: {
            type: 'GeodeticReferenceFrame',
            name: 'World Geodetic System 1984',
            ellipsoid: { name: 'WGS 84', semi_major_axis: 6378137, inverse_flattening: 298.257223563 },
          },
          coordinate_system: {
            subtype: 'ellipsoidal',
            axis: [
              { name: 'Geodetic latitude', abbreviation: 'Lat', direction: 'north', unit: 'degree' },
              { name: 'Geodetic longitude', abbreviation: 'Lon', direction: 'east', unit: 'degree' },
            ],
          },
        },
      },
      links: [],
      assets: {},
    };
    const validator = offlineValidator();
    expect(await validator.validate(item, { file: 'item.json' })).toEqual([]);
    const broken = structuredClone(item);
    (broken.properties['proj:projjson'] as Record<string, unknown>)['coordinate_system'] = {
      subtype: 'nonsense',
      axis: [],
    };
    const findings = await validator.validate(broken, { file: 'item.json' });
    expect(findings.map((f) => f.rule)).toContain(
      'schema:https://stac-extensions.github.io/projection/v1.1.0/schema.json',
    );
    expect(findings.some((f) => f.location?.pointer?.startsWith('/properties/proj:projjson'))).toBe(true);
  });
  it('validates an item declaring version v1.1.0 offline', async () => {
    const url = 'https://stac-extensions.github.io/version/v1.1.0/schema.json';
    const item = {
      type: 'Feature',
      stac_version: '1.0.0',
      stac_extensions: [url],
      id: 'versioned',
      geometry: { type: 'Point', coordinates: [10, 50] },
      bbox: [10, 50, 10, 50],
      properties: { datetime: '2024-01-01T00:00:00Z', version: '2', deprecated: false },
      links: [],
      assets: {},
    };
    const validator = offlineValidator();
    expect(await validator.validate(item, { file: 'item.json' })).toEqual([]);
    const broken = { ...item, properties: { ...item.properties, deprecated: 'yes' } };
    const findings = await validator.validate(broken, { file: 'item.json' });
    expect(findings.map((f) => [f.rule, f.location?.pointer])).toContainEqual([
      `schema:${url}`,
      '/properties/deprecated',
    ]);
  });
});
