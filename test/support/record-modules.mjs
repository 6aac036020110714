// Loaded with `node --import`: appends the URL of every module the process loads to $RECORD_MODULES,
// so a test can see what a command loads (start-up stays cheap when a command loads only what it uses).
import { register } from 'node:module';
import process from 'node:process';
import { URL } from 'node:url';

register(new URL('./record-modules-hooks.mjs', import.meta.url), {
  data: { file: process.env.RECORD_MODULES },
});
