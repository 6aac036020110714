import { describe, expect, it } from 'vitest';
import { itemRequestSchema, toItemRequestMessage, type ItemRequest } from '../src/model/item-request.js';
import { createCollectionCommand, createItemCommand, formatCommand } from '../src/stages/generate/uvx-command.js';

const request: ItemRequest = {
  package_name: 'stactools-glad-glclu2020==0.1.1',
  group_name: 'gladglclu2020',
  create_item_args: ['s3://bucket/2020/50N_010E.tif', 'a b'],
  create_item_options: { 'href-format': 's3://bucket/{year}/{loc}.tif', asset: 'x' },
  collection_id: 'glad-glclu2020-v2',
};

describe('createItemCommand', () => {
  it('builds exactly the StactoolsItemGenerator argument list (protocol.md §2.3)', () => {
    expect(createItemCommand(request, '/tmp/tmpab12cd.json')).toEqual({
      command: 'uvx',
      args: [
        '--with',
        'requests,numpy<2.3.0,stactools-glad-glclu2020==0.1.1',
        '--from',
        'stactools',
        'stac',
        'gladglclu2020',
        'create-item',
        's3://bucket/2020/50N_010E.tif',
        'a b',
        '--href-format',
        's3://bucket/{year}/{loc}.tif',
        '--asset',
        'x',
        '/tmp/tmpab12cd.json',
      ],
    });
  });

  it('passes a local package path to --with as given, and works without args or options', () => {
    const cmd = createItemCommand(
      {
        package_name: './stactools-demo',
        group_name: 'demo',
        create_item_args: [],
        create_item_options: {},
        collection_id: null,
      },
      'out.json',
    );
    expect(cmd.args).toEqual([
      '--with',
      'requests,numpy<2.3.0,./stactools-demo',
      '--from',
      'stactools',
      'stac',
      'demo',
      'create-item',
      'out.json',
    ]);
  });

  it('builds create-collection with the same mechanics', () => {
    const cmd = createCollectionCommand(
      { package: 'git+https://github.com/org/pkg@v1', group: 'g', args: ['in.txt'], options: { type: 'annual' } },
      '/o.json',
    );
    expect(cmd).toEqual({
      command: 'uvx',
      args: [
        '--with',
        'requests,numpy<2.3.0,git+https://github.com/org/pkg@v1',
        '--from',
        'stactools',
        'stac',
        'g',
        'create-collection',
        'in.txt',
        '--type',
        'annual',
        '/o.json',
      ],
    });
  });

  it('renders a copy-pasteable shell line for reports', () => {
    expect(formatCommand(createItemCommand(request, '/tmp/o.json'))).toBe(
      "uvx --with 'requests,numpy<2.3.0,stactools-glad-glclu2020==0.1.1' --from stactools stac " +
        "gladglclu2020 create-item s3://bucket/2020/50N_010E.tif 'a b' --href-format " +
        "'s3://bucket/{year}/{loc}.tif' --asset x /tmp/o.json",
    );
    expect(formatCommand({ command: 'echo', args: ["it's"] })).toBe(`echo 'it'\\''s'`);
  });
});

describe('ItemRequest', () => {
  it('serializes exactly the five fields, in the model order', () => {
    const shuffled = {
      collection_id: null,
      create_item_options: { b: '2', a: '1' },
      group_name: 'demo',
      create_item_args: ['x'],
      package_name: 'p',
      extra: 1,
    };
    expect(toItemRequestMessage(shuffled as ItemRequest)).toBe(
      '{"package_name":"p","group_name":"demo","create_item_args":["x"],"create_item_options":{"b":"2",' +
        '"a":"1"},"collection_id":null}',
    );
  });

  it('round-trips through the schema', () => {
    expect(itemRequestSchema.parse(JSON.parse(toItemRequestMessage(request)))).toEqual(request);
  });

  it("applies pydantic's defaults", () => {
    expect(itemRequestSchema.parse({ package_name: 'p', group_name: 'g', create_item_args: [] })).toEqual({
      package_name: 'p',
      group_name: 'g',
      create_item_args: [],
      create_item_options: {},
      collection_id: null,
    });
  });

  it('accepts extra requirements after a comma, as the generator joins them into --with', () => {
    expect(
      itemRequestSchema.safeParse({ ...request, package_name: 'stactools-glad-glclu2020==0.1.1,affine<3' }).success,
    ).toBe(true);
  });

  it.each([
    ['an unknown key', { ...request, item_id: 'x' }, 'item_id'],
    ['a number argument', { ...request, create_item_args: [1] }, 'create_item_args'],
    ['a boolean option', { ...request, create_item_options: { flag: true } }, 'create_item_options'],
    ['an empty package', { ...request, package_name: '' }, 'Missing required parameter'],
    ['a comma inside extras', { ...request, package_name: 'pkg[a,b]' }, "must not contain ','"],
  ])('rejects %s', (_what, input, needle) => {
    const r = itemRequestSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain(needle);
  });
});
