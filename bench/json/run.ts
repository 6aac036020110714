/**
 * What lossless JSON costs: `parseJsonText` / `stringifyJson` (src/json.ts) against `JSON.parse` /
 * `JSON.stringify` on a realistic Sentinel-2-style item (17 assets with bands and projection
 * fields, a 40-vertex footprint, ~40 properties; ~11 KB), and against the other way to keep number
 * text: `JSON.parse` with a reviver reading each number's source text (V8's JSON source-text
 * access, on by default from Node 22; on Node 20 this script runs it in a child with the V8 flag).
 *
 *   npx tsx bench/json/run.ts [--n 20000]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stringifyJson } from '../../src/json.js';
import { parseJsonText } from '../../src/sources/json-text.js';

function realisticItem(): Record<string, unknown> {
  const bands = ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B8A', 'B09', 'B11', 'B12'];
  const assets: Record<string, unknown> = {};
  bands.forEach((b, i) => {
    assets[b] = {
      href: `s3://sentinel-cogs/sentinel-s2-l2a-cogs/33/U/UP/2023/7/S2B_33UUP_20230712_0_L2A/${b}.tif`,
      type: 'image/tiff; application=geotiff; profile=cloud-optimized',
      title: `Band ${i + 1} (${b})`,
      roles: ['data', 'reflectance'],
      gsd: i % 3 === 0 ? 10.0 : 20.0,
      'eo:bands': [{ name: b, common_name: 'red', center_wavelength: 0.665 + i / 100, full_width_half_max: 0.038 }],
      'proj:shape': [10980, 10980],
      'proj:transform': [10.0, 0.0, 399960.0, 0.0, -10.0, 5800020.0],
      'raster:bands': [
        { nodata: 0, data_type: 'uint16', bits_per_sample: 15, spatial_resolution: 10.0, scale: 0.0001, offset: -0.1 },
      ],
      'file:checksum': '1220' + 'ab'.repeat(32),
    };
  });
  for (const extra of ['thumbnail', 'granule_metadata', 'tileinfo_metadata', 'visual', 'SCL']) {
    assets[extra] = { href: `https://example.com/${extra}`, type: 'application/json', roles: ['metadata'] };
  }
  const ring: number[][] = [];
  for (let k = 0; k < 40; k++)
    ring.push([12.123456 + Math.cos(k / 6.4) * 0.731234, 52.234567 + Math.sin(k / 6.4) * 0.481234]);
  ring.push(ring[0] as number[]);
  const properties: Record<string, unknown> = {
    datetime: '2023-07-12T10:26:13.218000Z',
    created: '2023-07-12T16:02:11.123Z',
    platform: 'sentinel-2b',
    constellation: 'sentinel-2',
    instruments: ['msi'],
    'eo:cloud_cover': 12.345678,
    'proj:epsg': 32633,
    'view:sun_azimuth': 152.1234567,
    'view:sun_elevation': 58.7654321,
  };
  for (let k = 0; k < 30; k++) properties[`s2:field_${k}`] = k % 2 === 0 ? k * 1.25 : `value-${k}`;
  return {
    type: 'Feature',
    stac_version: '1.0.0',
    stac_extensions: ['https://stac-extensions.github.io/eo/v1.1.0/schema.json'],
    id: 'S2B_33UUP_20230712_0_L2A',
    collection: 'sentinel-2-l2a',
    geometry: { type: 'Polygon', coordinates: [ring] },
    bbox: [11.391, 51.753, 12.855, 52.716],
    properties,
    links: [{ rel: 'license', href: 'https://sentinel.esa.int/documents/247904/690755/Sentinel_Data_Legal_Notice' }],
    assets,
  };
}

/** The item's text as written by hand or by Python: floats that are whole keep `.0`. */
function writtenText(): string {
  return JSON.stringify(realisticItem()).replace(/([:,[])(-?\d+)(?=[,\]}])/g, (m, p: string, d: string) =>
    /(shape|epsg|nodata|bits)/.test(m) ? m : `${p}${d}.0`,
  );
}

function time(label: string, n: number, fn: () => void): number {
  for (let i = 0; i < Math.min(n, 2000); i++) fn();
  const t = performance.now();
  for (let i = 0; i < n; i++) fn();
  const us = ((performance.now() - t) * 1000) / n;
  console.log(`${label.padEnd(46)} ${us.toFixed(1).padStart(7)} us/item`);
  return us;
}

type SourceReviver = (key: string, value: unknown, context?: { source?: string }) => unknown;

/** JSON.parse with a reviver that collects the source text of numbers; null when the engine does not offer it. */
function sourceTextParse(): ((text: string) => unknown) | null {
  let seen: string | undefined;
  const probe: SourceReviver = (_k, v, c) => ((seen = c?.source), v);
  JSON.parse('1.0', probe as (k: string, v: unknown) => unknown);
  if (seen !== '1.0') return null;
  const texts: string[] = [];
  const keep: SourceReviver = (_k, v, c) => {
    if (typeof v === 'number' && c?.source !== undefined && String(v) !== c.source) texts.push(c.source);
    return v;
  };
  return (text) => {
    texts.length = 0;
    return JSON.parse(text, keep as (k: string, v: unknown) => unknown);
  };
}

function measure(n: number): Record<string, number> {
  const text = writtenText();
  const value = parseJsonText(text);
  if (!value.ok) throw new Error(value.message);
  if (stringifyJson(value.value) !== text) throw new Error('the item does not round-trip');
  console.log(`item: ${text.length} characters, Node ${process.version}`);
  const out: Record<string, number> = {
    parse: time('JSON.parse', n, () => JSON.parse(text)),
    lossless: time('parseJsonText (src/json.ts, lossless)', n, () => parseJsonText(text)),
    stringify: time('JSON.stringify', n, () => JSON.stringify(value.value)),
    losslessOut: time('stringifyJson (lossless)', n, () => stringifyJson(value.value)),
  };
  const native = sourceTextParse();
  if (native) out['native'] = time('JSON.parse + source-text reviver', n, () => native(text));
  return out;
}

function main(): void {
  const argv = process.argv.slice(2);
  const n = argv[0] === '--n' ? Number(argv[1]) : 20_000;
  const r = measure(n);
  console.log(`parse ratio lossless / JSON.parse: ${(r['lossless']! / r['parse']!).toFixed(2)}x`);
  console.log(`stringify ratio lossless / JSON.stringify: ${(r['losslessOut']! / r['stringify']!).toFixed(2)}x`);
  if (r['native'] !== undefined) {
    console.log(`parse ratio source-text reviver / JSON.parse: ${(r['native'] / r['parse']!).toFixed(2)}x`);
  } else if (!argv.includes('--child')) {
    console.log('\nthe same with V8 JSON source-text access on (Node >= 22 has it by default):');
    const self = fileURLToPath(import.meta.url);
    const out = execFileSync(
      process.execPath,
      ['--harmony-json-parse-with-source', '--import', 'tsx', self, '--n', String(n), '--child'],
      { encoding: 'utf8' },
    );
    process.stdout.write(out);
  }
}

main();
