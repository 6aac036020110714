/**
 * The workflow commands the Actions runner would run for `log`: `::name props::data` lines (leading space ignored),
 * not those between `::stop-commands::<token>` and `::<token>::`.
 */
export function runnerCommands(log: string): string[] {
  const commands: string[] = [];
  let stopToken: string | undefined;
  for (const raw of log.split(/\r?\n/)) {
    const line = raw.trimStart();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const m = /^::([A-Za-z-]+)([^:]*)::(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'stop-commands') stopToken = m[3];
    else commands.push(`${m[1]}${m[2]}::${m[3]}`);
  }
  return commands;
}
