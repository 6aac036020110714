import type { ItemRequest } from './item-request.js';

/** A program and its argument list; run without a shell. */
export interface UvxCommand {
  command: 'uvx';
  args: string[];
}

/** What `stac <group> create-collection` needs (the manifest's `collections[].stactools`). */
export interface CollectionCommandSpec {
  package: string;
  group: string;
  args: string[];
  options: Record<string, string>;
}

/** The requirements the StactoolsItemGenerator puts before the package (since eoapi-cdk v8.3.3). */
export const GENERATOR_EXTRA_REQUIREMENTS = ['requests', 'numpy<2.3.0'] as const;

/** `requests,numpy<2.3.0,<package>`: the `--with` value, as the generator joins it. */
export function withRequirements(packageSpec: string): string {
  return [...GENERATOR_EXTRA_REQUIREMENTS, packageSpec].join(',');
}

function optionArgs(options: Record<string, string>): string[] {
  return Object.entries(options).flatMap(([key, value]) => [`--${key}`, value]);
}

function stacCommand(
  packageSpec: string,
  group: string,
  sub: string,
  args: string[],
  options: Record<string, string>,
  outputPath: string,
): UvxCommand {
  return {
    command: 'uvx',
    args: [
      '--with',
      withRequirements(packageSpec),
      '--from',
      'stactools',
      'stac',
      group,
      sub,
      ...args,
      ...optionArgs(options),
      outputPath,
    ],
  };
}

/**
 * Exactly the generator's command (protocol.md §2.3):
 * `uvx --with "requests,numpy<2.3.0,<package_name>" --from stactools stac <group_name> create-item <args...> [--<key> <value>...] <output>`.
 * A local package path (`./pkg`) is passed as given: uv resolves it against the working directory.
 */
export function createItemCommand(req: ItemRequest, outputPath: string): UvxCommand {
  return stacCommand(
    req.package_name,
    req.group_name,
    'create-item',
    req.create_item_args,
    req.create_item_options,
    outputPath,
  );
}

/** The same mechanics for `stac <group> create-collection <args...> [--<key> <value>...] <output>`. */
export function createCollectionCommand(spec: CollectionCommandSpec, outputPath: string): UvxCommand {
  return stacCommand(spec.package, spec.group, 'create-collection', spec.args, spec.options, outputPath);
}

const SAFE_ARG = /^[A-Za-z0-9_./:=@+,-]+$/;

/** A copy-pasteable POSIX-shell rendering, for logs and reports only (never executed). */
export function formatCommand(cmd: { command: string; args: string[] }): string {
  return [cmd.command, ...cmd.args].map((a) => (SAFE_ARG.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
