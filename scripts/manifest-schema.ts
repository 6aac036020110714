/** Writes schema/manifest.schema.json from the zod manifest schema (`npm run schema`). */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderManifestJsonSchema } from '../src/manifest/json-schema.js';

const target = fileURLToPath(new URL('../schema/manifest.schema.json', import.meta.url));
await writeFile(target, renderManifestJsonSchema());
console.log(`wrote ${target}`);
