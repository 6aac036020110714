#!/usr/bin/env node
import { cliMasker, main } from './cli-main.js';

// every line printed, a crash's stack included, passes the one masker
const masker = cliMasker();
const crash = (err: unknown): void => {
  const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(masker.mask(`stac-ingest: internal error: ${text}`) + '\n');
};
// an error thrown outside main's promise (a callback, an unhandled rejection) would otherwise be printed by Node
process.on('uncaughtException', (err) => {
  crash(err);
  process.exit(70);
});

main(process.argv.slice(2), masker).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    crash(err);
    process.exitCode = 70;
  },
);
