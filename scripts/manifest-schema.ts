/** Writes schema/manifest.schema.json and schema/report.schema.json from their zod schemas (`npm run schema`). */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderManifestJsonSchema } from '../src/manifest/json-schema.js';
import { renderReportJsonSchema } from '../src/report/json-report-schema.js';

for (const [name, text] of [
  ['manifest.schema.json', renderManifestJsonSchema()],
  ['report.schema.json', renderReportJsonSchema()],
] as const) {
  const target = fileURLToPath(new URL(`../schema/${name}`, import.meta.url));
  await writeFile(target, text);
  console.log(`wrote ${target}`);
}
