import type { ItemRequest } from '../../model/item-request.js';

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

/** One `stac <group> <sub> <args...> [--<key> <value>...] <output>` call of a package. */
export interface StacCommandSpec extends CollectionCommandSpec {
  sub: 'create-item' | 'create-collection';
}

/**
 * What follows `stac`: `<group> <sub> <args...> [--<key> <value>...] <output>`. The worker engine
 * runs exactly this.
 */
export function stacArgs(spec: StacCommandSpec, outputPath: string): string[] {
  return [spec.group, spec.sub, ...spec.args, ...optionArgs(spec.options), outputPath];
}

/** `uvx --with "requests,numpy<2.3.0,<package>" --from stactools stac <stacArgs...>`. */
export function stacCommand(spec: StacCommandSpec, outputPath: string): UvxCommand {
  return {
    command: 'uvx',
    args: ['--with', withRequirements(spec.package), '--from', 'stactools', 'stac', ...stacArgs(spec, outputPath)],
  };
}

/**
 * Exactly the generator's command (protocol.md §2.3):
 * `uvx --with "requests,numpy<2.3.0,<package_name>" --from stactools stac <group_name> create-item
 * <args...> [--<key> <value>...] <output>`.
 * A local package path (`./pkg`) is passed as given: uv resolves it against the working directory.
 */
export function createItemCommand(req: ItemRequest, outputPath: string): UvxCommand {
  return stacCommand(
    {
      package: req.package_name,
      group: req.group_name,
      sub: 'create-item',
      args: req.create_item_args,
      options: req.create_item_options,
    },
    outputPath,
  );
}

/** The same mechanics for `stac <group> create-collection <args...> [--<key> <value>...] <output>`. */
export function createCollectionCommand(spec: CollectionCommandSpec, outputPath: string): UvxCommand {
  return stacCommand({ ...spec, sub: 'create-collection' }, outputPath);
}

const SAFE_ARG = /^[A-Za-z0-9_./:=@+,-]+$/;

/** A copy-pasteable POSIX-shell rendering, for logs and reports only (never executed). */
export function formatCommand(cmd: { command: string; args: string[] }): string {
  return [cmd.command, ...cmd.args].map((a) => (SAFE_ARG.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
