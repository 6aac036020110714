import { readdir, readFile } from 'node:fs/promises';

/** Pids of live processes whose `/proc/<pid>/<file>` (cmdline, environ) contains `needle` (Linux). */
async function processesWith(file: 'cmdline' | 'environ', needle: string): Promise<number[]> {
  const pids: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    const text = await readFile(`/proc/${name}/${file}`, 'utf8').catch(() => '');
    if (text.includes(needle)) pids.push(Number(name));
  }
  return pids;
}

/** Live processes whose command line mentions `needle`. */
export function processesMentioning(needle: string): Promise<number[]> {
  return processesWith('cmdline', needle);
}

/**
 * Live processes that inherited an environment holding `token` (give it to a run as `TOKEN=<uuid>`): whatever the
 * run started, and whatever those started, even when re-parented after their parent died.
 */
export function processesInheriting(token: string): Promise<number[]> {
  return processesWith('environ', token);
}
