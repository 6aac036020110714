import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1968:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// Migration rules partly based on PySTAC and @openeo/js-commons,
// see https://github.com/stac-utils/pystac/tree/v0.5.4/pystac/serialization/migrate.py
// and https://github.com/Open-EO/openeo-js-commons/tree/v1.2.0/src/migrate/collections.js

var compareVersions = __nccwpck_require__(8595);

const LATEST_VERSION = '1.1.0';
const DONE = true; // This is used to verify in code coverage whether something has been used or not
const SCHEMAS = {
  cf: 'https://stac-extensions.github.io/cf/v1.0.0/schema.json',
  classification: 'https://stac-extensions.github.io/classification/v2.0.0/schema.json',
  datacube: 'https://stac-extensions.github.io/datacube/v2.3.0/schema.json',
  eo: 'https://stac-extensions.github.io/eo/v2.0.0/schema.json',
  file: 'https://stac-extensions.github.io/file/v2.1.0/schema.json',
  instruments: 'https://stac-extensions.github.io/instruments/v0.1.0/schema.json',
  'item-assets': 'https://stac-extensions.github.io/item-assets/v1.0.0/schema.json',
  label: 'https://stac-extensions.github.io/label/v1.0.1/schema.json',
  order: 'https://stac-extensions.github.io/order/v1.1.0/schema.json',
  pointcloud: 'https://stac-extensions.github.io/pointcloud/v2.0.0/schema.json',
  processing: 'https://stac-extensions.github.io/processing/v1.2.0/schema.json',
  product: 'https://stac-extensions.github.io/product/v1.0.0/schema.json',
  projection: 'https://stac-extensions.github.io/projection/v2.0.0/schema.json',
  raster: 'https://stac-extensions.github.io/raster/v2.0.0/schema.json',
  sar: 'https://stac-extensions.github.io/sar/v1.3.2/schema.json',
  sat: 'https://stac-extensions.github.io/sat/v1.2.0/schema.json',
  scientific: 'https://stac-extensions.github.io/scientific/v1.0.0/schema.json',
  table: 'https://stac-extensions.github.io/table/v1.2.0/schema.json',
  timestamps: 'https://stac-extensions.github.io/timestamps/v1.1.0/schema.json',
  version: 'https://stac-extensions.github.io/version/v1.2.0/schema.json',
  view: 'https://stac-extensions.github.io/view/v1.1.0/schema.json',
};
const EXTENSIONS = {
  // Add a : at the end to indicate it has a prefix, otherwise list all fields separately (see version extension for example).
  itemAndCollection: {
    // with prefix
    'classification:': SCHEMAS.classification,
    'cube:': SCHEMAS.datacube,
    'eo:': SCHEMAS.eo,
    'file:': SCHEMAS.file,
    'label:': SCHEMAS.label,
    'pc:': SCHEMAS.pointcloud,
    'processing:': SCHEMAS.processing,
    'proj:': SCHEMAS.projection,
    'raster:': SCHEMAS.raster,
    'sar:': SCHEMAS.sar,
    'sat:': SCHEMAS.sat,
    'sci:': SCHEMAS.scientific,
    'view:': SCHEMAS.view,
    // without prefix
    version: SCHEMAS.version,
    deprecated: SCHEMAS.version,
    published: SCHEMAS.timestamps,
    expires: SCHEMAS.timestamps,
    unpublished: SCHEMAS.timestamps,
  },
  catalog: {
    // None yet
  },
  collection: {
    // None yet
  },
  item: {
    // None yet
  },
};
EXTENSIONS.collection = Object.assign(EXTENSIONS.collection, EXTENSIONS.itemAndCollection);
EXTENSIONS.item = Object.assign(EXTENSIONS.item, EXTENSIONS.itemAndCollection);

var Ext = {
  parseExtension(url) {
    // Try to match name and version from official extensions
    let match = url.match(/^https?:\/\/stac-extensions.github.io\/([^/]+)\/v([^/]+)\/[^.]+.json$/i);
    if (match) {
      return {
        id: match[1],
        version: match[2],
      };
    }
    // Try to match version from URIs
    let match2 = url.match(/(\d+\.\d+(\.\d+)([a-z_.-][\w.-]+)?)/i);
    if (match2) {
      return {
        id: url,
        version: match2[1],
      };
    }
    // Handle schortnames
    if (url in SCHEMAS) {
      return {
        id: url,
        version: '0.0.0',
      };
    }
  },
};

var V = {
  version: LATEST_VERSION,
  extensions: {},

  set(stac) {
    if (typeof stac.stac_version !== 'string') {
      V.version = '0.6.0'; // Assume the worst case, it doesn't seem there's a clear indicator for 0.7.0
    } else {
      V.version = stac.stac_version;
    }

    if (Array.isArray(stac.stac_extensions)) {
      for (let ext of stac.stac_extensions) {
        let e = Ext.parseExtension(ext);
        if (e) {
          V.extensions[e.id] = e.version;
        }
      }
    }
  },

  before(version, ext = null) {
    return V.compare('<', version, ext);
  },

  compare(comparator, version, ext = null) {
    let compareTo = ext ? V.extensions[ext] : V.version;
    if (typeof compareTo === 'undefined') {
      return false;
    } else {
      return compareVersions.compare(compareTo, version, comparator);
    }
  },
};

var _ = {
  type(val) {
    let type = typeof val;
    if (type === 'object') {
      if (val === null) {
        return 'null';
      } else if (Array.isArray(val)) {
        return 'array';
      }
    }
    return type;
  },

  is(val, type) {
    if (Array.isArray(type)) {
      return type.includes(_.type(val));
    } else {
      return _.type(val) === type;
    }
  },

  isDefined(val) {
    return typeof val !== 'undefined';
  },

  isObject(obj) {
    return typeof obj === 'object' && obj === Object(obj) && !Array.isArray(obj);
  },

  rename(obj, oldKey, newKey) {
    if (typeof obj[oldKey] !== 'undefined' && typeof obj[newKey] === 'undefined') {
      obj[newKey] = obj[oldKey];
      delete obj[oldKey];
      return true;
    }
    return false;
  },

  copy(obj, oldKey, newKey) {
    if (typeof obj[oldKey] !== 'undefined' && typeof obj[newKey] === 'undefined') {
      obj[newKey] = obj[oldKey];
      return true;
    }
    return false;
  },

  forAll(obj, key, fn) {
    if (obj[key] && typeof obj[key] === 'object') {
      for (let i in obj[key]) {
        fn(obj[key][i]);
      }
    }
  },

  toArray(obj, key) {
    if (typeof obj[key] !== 'undefined' && !Array.isArray(obj[key])) {
      obj[key] = [obj[key]];
      return true;
    }
    return false;
  },

  flattenArray(obj, key, newKeys, summary = false) {
    if (Array.isArray(obj[key])) {
      for (let i in obj[key]) {
        if (typeof newKeys[i] === 'string') {
          let value = obj[key][i];
          obj[newKeys[i]] = summary ? [value] : value;
        }
      }
      delete obj[key];
      return true;
    }
    return false;
  },

  flattenOneElementArray(obj, key, summary = false) {
    if (!summary && Array.isArray(obj[key])) {
      if (obj[key].length === 1) {
        obj[key] = obj[key][0];
        return true;
      } else {
        return false; // It's still an array and we don't know which element to choose
      }
    }
    return true; // It's already a single element
  },

  removeFromArray(obj, key, valueToRemove) {
    if (Array.isArray(obj[key])) {
      let index = obj[key].indexOf(valueToRemove);
      if (index > -1) {
        obj[key].splice(index, 1);
      }
      return true;
    }
    return false;
  },

  pickFirst(obj, key) {
    if (Array.isArray(obj[key]) && obj[key].length > 0) {
      obj[key] = obj[key][0];
      return true;
    } else {
      delete obj[key];
      return false;
    }
  },

  ensure(obj, key, defaultValue) {
    if (_.type(defaultValue) !== _.type(obj[key])) {
      obj[key] = defaultValue;
    }
    return true;
  },

  upgradeExtension(context, extension) {
    let { id, version } = Ext.parseExtension(extension);
    let index = context.stac_extensions.findIndex((url) => {
      let old = Ext.parseExtension(url);
      return old && old.id === id && compareVersions.compare(old.version, version, '<');
    });
    if (index !== -1) {
      context.stac_extensions[index] = extension;
      return true;
    } else {
      return false;
    }
  },

  addExtension(context, newExtension) {
    let { id, version } = Ext.parseExtension(newExtension);
    let index = context.stac_extensions.findIndex((url) => {
      if (url === newExtension) {
        return true;
      }
      let old = Ext.parseExtension(url);
      if (old && old.id === id && compareVersions.compare(old.version, version, '<')) {
        return true;
      }
      return false;
    });
    if (index === -1) {
      context.stac_extensions.push(newExtension);
    } else {
      context.stac_extensions[index] = newExtension;
    }

    context.stac_extensions.sort();
    return true;
  },

  removeExtension(context, oldExtension) {
    return _.removeFromArray(context, 'stac_extensions', oldExtension);
  },

  migrateExtensionShortnames(context) {
    let oldShortnames = Object.keys(SCHEMAS);
    let newSchemas = Object.values(SCHEMAS);
    return _.mapValues(context, 'stac_extensions', oldShortnames, newSchemas);
  },

  populateExtensions(context, type) {
    let objectsToCheck = [];
    if (type == 'catalog' || type == 'collection') {
      objectsToCheck.push(context);
    }
    if ((type == 'item' || type == 'collection') && _.isObject(context.assets)) {
      objectsToCheck = objectsToCheck.concat(Object.values(context.assets));
    }
    if (type == 'collection' && _.isObject(context.item_assets)) {
      objectsToCheck = objectsToCheck.concat(Object.values(context.item_assets));
    }
    if (type == 'collection' && _.isObject(context.summaries)) {
      objectsToCheck.push(context.summaries);
    }
    if (type == 'item' && _.isObject(context.properties)) {
      objectsToCheck.push(context.properties);
    }
    objectsToCheck.push(context.links);

    let obj;
    while ((obj = objectsToCheck.pop())) {
      Object.keys(obj).forEach((key) => {
        // Add additional objects to check
        if (Array.isArray(obj.bands)) {
          objectsToCheck = objectsToCheck.concat(obj.bands);
        }

        // Check for fields with extension prefixes
        let prefix = key.match(/^(\w+:|[^:]+$)/i);
        if (Array.isArray(prefix)) {
          let ext = EXTENSIONS[type][prefix[0]];
          _.is(ext, 'string') && _.addExtension(context, ext) && DONE;
        }
      });
    }
  },

  mapValues(obj, key, oldValues, newValues) {
    let fn = (value) => {
      let index = oldValues.indexOf(value);
      if (index >= 0) {
        return newValues[index];
      }
      return value;
    };
    if (Array.isArray(obj[key])) {
      obj[key] = obj[key].map(fn);
    } else if (typeof obj[key] !== 'undefined') {
      obj[key] = fn(obj[key]);
    }
    return true;
  },

  mapObject(obj, fn) {
    for (let key in obj) {
      obj[key] = fn(obj[key], key);
    }
  },

  moveTo(obj, key, context, fromSummary = false, mergedSummary = false) {
    let condition;
    if (fromSummary) {
      if (mergedSummary) {
        condition = (val) => Array.isArray(val);
      } else {
        condition = (val) => Array.isArray(val) && val.length === 1;
      }
    } else {
      condition = _.isDefined;
    }
    if (condition(obj[key])) {
      context[key] = fromSummary && !mergedSummary ? obj[key][0] : obj[key];
      delete obj[key];
      return true;
    }
    return false;
  },

  runAll(migrations, obj, context, summaries) {
    for (let fn in migrations) {
      if (!fn.startsWith('migrate')) {
        migrations[fn](obj, context, summaries);
      }
    }
  },

  toUTC(obj, key) {
    if (_.is(obj[key], 'string')) {
      try {
        obj[key] = this.toISOString(obj[key]);
        return true;
      } catch (error) {}
    }
    delete obj[key];
    return false;
  },

  toISOString(date) {
    if (!(date instanceof Date)) {
      date = new Date(date);
    }
    return date.toISOString().replace(/\.0+(?=[-+Z])/, ''); // Don't export milliseconds if not needed
  },

  formatString(obj, key, format) {
    const formatter = (value) => {
      if (_.is(value, ['string', 'number'])) {
        return format.replaceAll('{}', value);
      }
      return value;
    };
    if (Array.isArray(obj[key])) {
      obj[key] = obj[key].map(formatter);
    } else {
      obj[key] = formatter(obj[key]);
    }
  },
};

var Checksum = {
  // Multicodec codes, see https://github.com/multiformats/multicodec/
  codes: {
    md5: 0xd5,
    sha1: 0x11,
    'sha2-256': 0x12,
    'sha3-256': 0x16,
  },

  // Unsigned varint as a hex string.
  encodeVarint(value) {
    let hex = '';
    while (value >= 0x80) {
      hex += ((value & 0x7f) | 0x80).toString(16).padStart(2, '0');
      value >>>= 7;
    }
    hex += value.toString(16).padStart(2, '0');
    return hex;
  },

  // Prefix a hex digest with its varint-encoded multicodec code and length.
  encodeMultihash(digest, algo) {
    if (!(algo in Checksum.codes)) {
      throw new Error(`Unsupported hash function: ${algo}`);
    }
    if (digest.length === 0 || !/^[0-9a-f]+$/i.test(digest) || digest.length % 2 !== 0) {
      throw new Error(`The string "${digest}" is not valid hex.`);
    }
    const code = Checksum.encodeVarint(Checksum.codes[algo]);
    // Hex string, so byte length is half the string length.
    const length = Checksum.encodeVarint(digest.length / 2);
    return code + length + digest;
  },

  toMultihash(obj, key, algo) {
    if (!_.is(obj[key], 'string')) {
      return false;
    }
    try {
      obj[key] = Checksum.encodeMultihash(obj[key], algo);
      return true;
    } catch (error) {
      console.warn(error);
      return false;
    }
  },
};

var Catalog = {
  migrate(catalog, updateVersionNumber = true) {
    V.set(catalog);
    if (updateVersionNumber) {
      catalog.stac_version = LATEST_VERSION;
    }
    catalog.type = 'Catalog';

    _.ensure(catalog, 'stac_extensions', []) && DONE;
    V.before('1.0.0-rc.1') && _.migrateExtensionShortnames(catalog) && DONE;

    _.ensure(catalog, 'id', '') && DONE;
    _.ensure(catalog, 'description', '') && DONE;
    _.ensure(catalog, 'links', []) && DONE;

    _.runAll(Catalog, catalog, catalog);

    // Migrate extension fields that live directly on the Catalog/Collection root
    // (e.g. order, timestamps, version). Assets, Item properties, bands and Collection
    // summaries are migrated through their own Fields.migrate calls.
    Fields.migrate(catalog, catalog);

    V.before('0.8.0') && _.populateExtensions(catalog, 'catalog') && DONE;

    return catalog;
  },
};

var Collection = {
  migrate(collection, updateVersionNumber = true) {
    Catalog.migrate(collection, updateVersionNumber); // Migrates stac_version, stac_extensions, id, title, description, links
    collection.type = 'Collection';

    V.before('1.0.0-rc.1') && _.migrateExtensionShortnames(collection) && DONE;

    _.ensure(collection, 'license', 'other') && DONE;
    _.ensure(collection, 'extent', {
      spatial: {
        bbox: [],
      },
      temporal: {
        interval: [],
      },
    }) && DONE;

    _.runAll(Collection, collection, collection);

    // Migrate Commons extension - part 3
    if (_.isObject(collection.properties)) {
      _.removeFromArray(collection, 'stac_extensions', 'commons') && DONE;
      delete collection.properties;
    }

    V.before('0.8.0') && _.populateExtensions(collection, 'collection') && DONE;
    V.before('1.0.0-beta.1') && _.mapValues(collection, 'stac_extensions', ['assets'], ['item-assets']) && DONE;

    return collection;
  },

  extent(collection) {
    _.ensure(collection, 'extent', {});

    if (V.before('0.8.0')) {
      // Restructure spatial extent
      if (Array.isArray(collection.extent.spatial)) {
        collection.extent.spatial = {
          bbox: [collection.extent.spatial],
        };
      }
      // Restructure temporal extent
      if (Array.isArray(collection.extent.temporal)) {
        collection.extent.temporal = {
          interval: [collection.extent.temporal],
        };
      }
    }

    _.ensure(collection.extent, 'spatial', {});
    _.ensure(collection.extent.spatial, 'bbox', []);
    _.ensure(collection.extent, 'temporal', {});
    _.ensure(collection.extent.temporal, 'interval', []);

    if (V.before('1.0.0-rc.3')) {
      // The first extent in a Collection is always the overall extent, followed by more specific extents.
      if (collection.extent.temporal.interval.length > 1) {
        let min, max;
        for (let interval of collection.extent.temporal.interval) {
          if (interval[0] === null) {
            min = null;
          } else if (typeof interval[0] === 'string' && min !== null) {
            try {
              let start = new Date(interval[0]);
              if (typeof min === 'undefined' || start < min) {
                min = start;
              }
            } catch (error) {}
          }

          if (interval[1] === null) {
            max = null;
          } else if (typeof interval[1] === 'string' && max !== null) {
            try {
              let end = new Date(interval[1]);
              if (typeof max === 'undefined' || end > max) {
                max = end;
              }
            } catch (error) {}
          }
        }
        collection.extent.temporal.interval.unshift([min ? _.toISOString(min) : null, max ? _.toISOString(max) : null]);
      }
      if (collection.extent.spatial.bbox.length > 1) {
        let count = collection.extent.spatial.bbox.reduce(
          (val, bbox) => (Array.isArray(bbox) ? Math.max(bbox.length, val) : val),
          4,
        );
        if (count >= 4) {
          let union = Array.from({ length: count }).fill(null);
          let middle = count / 2;
          for (let bbox of collection.extent.spatial.bbox) {
            if (!Array.isArray(bbox) || bbox.length < 4) {
              break;
            }
            for (let i in bbox) {
              let c = bbox[i];
              if (union[i] === null) {
                union[i] = c;
              } else if (i < middle) {
                union[i] = Math.min(c, union[i]);
              } else {
                union[i] = Math.max(c, union[i]);
              }
            }
          }
          if (union.findIndex((c) => c === null) === -1) {
            collection.extent.spatial.bbox.unshift(union);
          }
        }
      }
    }
  },

  collectionAssets(collection) {
    V.before('1.0.0-rc.1') && _.removeExtension(collection, 'collection-assets') && DONE;

    Asset.migrateAll(collection);
  },

  itemAsset(collection) {
    V.before('1.0.0-beta.2') && _.rename(collection, 'item_assets', 'assets');

    _.removeExtension(collection, SCHEMAS['item-assets']) && DONE;

    Asset.migrateAll(collection, 'item_assets');
  },

  summaries(collection) {
    _.ensure(collection, 'summaries', {});

    // other_properties: An early version of the Collection summaries with a similar structure
    // Was mostly used in standalone collections from openEO and GEE. Move other_properties to summaries.
    if (V.before('0.8.0') && _.isObject(collection.other_properties)) {
      for (let key in collection.other_properties) {
        let prop = collection.other_properties[key];
        if (Array.isArray(prop.extent) && prop.extent.length === 2) {
          collection.summaries[key] = {
            minimum: prop.extent[0],
            maximum: prop.extent[1],
          };
        } else if (Array.isArray(prop.values)) {
          if (prop.values.filter((v) => Array.isArray(v)).length === prop.values.length) {
            // If it is an array of arrays, merge the arrays
            collection.summaries[key] = prop.values.reduce((a, b) => a.concat(b), []);
          } else {
            collection.summaries[key] = prop.values;
          }
        }
      }
      delete collection.other_properties;
    }

    // Migrate Commons extension - part 2
    // Move properties to (single element) summaries if the Collection is standalone
    // see also https://github.com/stac-utils/stac-migrate/issues/3
    if (
      V.before('1.0.0-beta.1') &&
      _.isObject(collection.properties) &&
      !collection.links.find((link) => ['child', 'item'].includes(link.rel))
    ) {
      for (let key in collection.properties) {
        let value = collection.properties[key];
        if (!Array.isArray(value)) {
          value = [value];
        }
        collection.summaries[key] = value;
      }
    }

    if (V.before('1.0.0-rc.1')) {
      _.mapObject(collection.summaries, (val) => {
        _.rename(val, 'min', 'minimum') && DONE;
        _.rename(val, 'max', 'maximum') && DONE;
        return val;
      });
    }

    // now we can work on all summaries and migrate them
    Fields.migrate(collection.summaries, collection, true);

    // Some fields should usually be on root-level if there's only one element
    _.moveTo(collection.summaries, 'sci:doi', collection, true) &&
      _.addExtension(collection, SCHEMAS.scientific) &&
      DONE;
    _.moveTo(collection.summaries, 'sci:publications', collection, true, true) &&
      _.addExtension(collection, SCHEMAS.scientific) &&
      DONE;
    _.moveTo(collection.summaries, 'sci:citation', collection, true) &&
      _.addExtension(collection, SCHEMAS.scientific) &&
      DONE;
    _.moveTo(collection.summaries, 'cube:dimensions', collection, true) &&
      _.addExtension(collection, SCHEMAS.datacube) &&
      DONE;

    // Remove summary field if empty
    if (Object.keys(collection.summaries).length === 0) {
      delete collection.summaries;
    }
  },
};

var Item = {
  migrate(item, collection = null, updateVersionNumber = true) {
    V.set(item);
    if (updateVersionNumber) {
      item.stac_version = LATEST_VERSION;
    }

    _.ensure(item, 'stac_extensions', []) && DONE;
    V.before('1.0.0-rc.1') && _.migrateExtensionShortnames(item) && DONE;

    _.ensure(item, 'id', '') && DONE;
    _.ensure(item, 'type', 'Feature') && DONE;
    if (!_.isObject(item.geometry)) {
      item.geometry = null;
    }
    if (item.geometry !== null) {
      _.ensure(item, 'bbox', []) && DONE;
    }
    _.ensure(item, 'properties', {}) && DONE;
    _.ensure(item, 'links', []) && DONE;
    _.ensure(item, 'assets', {}) && DONE;

    // Migrate Commons extension - part 1
    let commons = false;
    if (_.isObject(collection) && _.isObject(collection.properties)) {
      _.removeFromArray(item, 'stac_extensions', 'commons');
      item.properties = Object.assign({}, collection.properties, item.properties);
      commons = true;
    }

    _.runAll(Item, item, item);

    Fields.migrate(item.properties, item);

    Asset.migrateAll(item);

    // Also populate extensions if commons has been implemented
    (V.before('0.8.0') || commons) && _.populateExtensions(item, 'item') && DONE;

    return item;
  },
};

var CollectionCollection = {
  migrate(object, updateVersionNumber = true) {
    _.ensure(object, 'collections', []) && DONE;
    _.ensure(object, 'links', []) && DONE;

    _.runAll(CollectionCollection, object, object);

    object.collections = object.collections.map((collection) => Collection.migrate(collection, updateVersionNumber));

    return object;
  },
};

var ItemCollection = {
  migrate(itemCollection, updateVersionNumber = true) {
    _.ensure(itemCollection, 'type', 'FeatureCollection') && DONE;
    _.ensure(itemCollection, 'features', []) && DONE;
    _.ensure(itemCollection, 'links', []) && DONE;

    _.runAll(ItemCollection, itemCollection, itemCollection);

    itemCollection.features = itemCollection.features.map((feature) =>
      Item.migrate(feature, null, updateVersionNumber),
    );

    return itemCollection;
  },
};

var Asset = {
  migrateAll(context, field = 'assets') {
    for (let key in context[field]) {
      Asset.migrate(context[field][key], context);
    }
  },

  migrate(asset, context) {
    _.runAll(Asset, asset, context);

    Fields.migrate(asset, context);

    return asset;
  },

  mediaTypes(asset) {
    _.is(asset.type, 'string') &&
      _.mapValues(
        asset,
        'type',
        ['image/vnd.stac.geotiff', 'image/vnd.stac.geotiff; cloud-optimized=true'],
        ['image/tiff; application=geotiff', 'image/tiff; application=geotiff; profile=cloud-optimized'],
      );
  },
};

var Band = {
  migrateAll(obj, context) {
    if (V.before('1.0.0')) {
      // Not sure when the index-based bands were removed
      const bands =
        _.isObject(context.properties) && Array.isArray(context.properties.bands) ? context.properties.bands : [];
      if (Array.isArray(obj['eo:bands'])) {
        for (let i in obj['eo:bands']) {
          let band = obj['eo:bands'][i];
          if (_.is(band, 'number') && _.isObject(bands[band])) {
            band = bands[band];
          }
          if (!_.isObject(band)) {
            band = {}; // "Fix" invalid band index
          }
          obj['eo:bands'][i] = band;
        }
      }
    }

    if (V.before('1.1.0-beta.1') && (Array.isArray(obj['raster:bands']) || Array.isArray(obj['eo:bands']))) {
      _.ensure(obj, 'bands', []);

      const raster = obj['raster:bands'] || [];
      const eo = obj['eo:bands'] || [];
      const length = Math.max(raster.length, eo.length);
      for (let i = 0; i < length; i++) {
        _.ensure(obj.bands, i, {});
        Object.assign(obj.bands[i], raster[i], eo[i]);
        obj.bands[i] = Band.migrate(obj.bands[i], context);
      }

      delete obj['raster:bands'];
      delete obj['eo:bands'];
    }
  },

  migrate(band, context) {
    _.runAll(Band, band, context);

    Fields.migrate(band, context);

    return band;
  },

  eo(band) {
    if (V.before('2.0.0-beta.1', 'eo')) {
      _.rename(band, 'common_name', 'eo:common_name') && DONE;
      _.rename(band, 'center_wavelength', 'eo:center_wavelength') && DONE;
      _.rename(band, 'full_width_half_max', 'eo:full_width_half_max') && DONE;
      _.rename(band, 'solar_illumination', 'eo:solar_illumination') && DONE;
    }
  },

  raster(band) {
    if (V.before('2.0.0-beta.1', 'raster')) {
      _.rename(band, 'sampling', 'raster:sampling') && DONE;
      _.rename(band, 'bits_per_sample', 'raster:bits_per_sample') && DONE;
      _.rename(band, 'spatial_resolution', 'raster:spatial_resolution') && DONE;
      _.rename(band, 'scale', 'raster:scale') && DONE;
      _.rename(band, 'offset', 'raster:offset') && DONE;
      _.rename(band, 'histogram', 'raster:histogram') && DONE;
    }
  },
};

var Fields = {
  migrate(obj, context, summaries = false) {
    _.runAll(Fields, obj, context, summaries);

    return obj;
  },

  _commonMetadata(obj, context) {
    // Timestamps must be always in UTC
    // datetime, start_datetime and end_datetime already required UTC before
    if (V.before('1.0.0-rc.3')) {
      _.toUTC(obj, 'created') && DONE;
      _.toUTC(obj, 'updated') && DONE;
    }

    Band.migrateAll(obj, context);
  },

  _timestamps(obj, context) {
    // Timestamps must be always in UTC
    _.toUTC(obj, 'published') && DONE;
    _.toUTC(obj, 'expires') && DONE;
    _.toUTC(obj, 'unpublished') && DONE;

    _.upgradeExtension(context, SCHEMAS.timestamps);
  },

  _versioningIndicator(obj, context) {
    // Nothing to do

    _.upgradeExtension(context, SCHEMAS.version);
  },

  checksum(obj, context) {
    if (V.before('0.9.0')) {
      _.rename(obj, 'checksum:md5', 'checksum:multihash') &&
        Checksum.toMultihash(obj, 'checksum:multihash', 'md5') &&
        DONE;
      _.rename(obj, 'checksum:sha1', 'checksum:multihash') &&
        Checksum.toMultihash(obj, 'checksum:multihash', 'sha1') &&
        DONE;
      // We assume sha2/3-256 although that may fail in some cases and other lengths are chosen
      // Never seen this implemtned in the wild, so let's try this until another use case comes up
      _.rename(obj, 'checksum:sha2', 'checksum:multihash') &&
        Checksum.toMultihash(obj, 'checksum:multihash', 'sha2-256') &&
        DONE;
      _.rename(obj, 'checksum:sha3', 'checksum:multihash') &&
        Checksum.toMultihash(obj, 'checksum:multihash', 'sha3-256') &&
        DONE;
    }

    V.before('1.0.0-rc.1') &&
      _.rename(obj, 'checksum:multihash', 'file:checksum') &&
      _.addExtension(context, SCHEMAS.file) &&
      DONE;

    _.removeExtension(context, 'checksum');
  },

  classification(obj, context) {
    if (V.before('1.1.0', 'classification')) {
      _.forAll(obj, 'classification:classes', (o) => _.rename(o, 'color-hint', 'color_hint')) && DONE;
    }
    if (V.before('2.0.0', 'classification')) {
      _.forAll(obj, 'classification:classes', (o) => _.ensure(o, 'name', o.description)) && DONE;
    }

    _.upgradeExtension(context, SCHEMAS.classification);
  },

  cf(obj, context) {
    _.rename(obj, 'cf:parameter', 'cf:standard_name') && DONE;

    _.upgradeExtension(context, SCHEMAS.cf);
  },

  cube(obj, context) {
    // We'd need to convert proj strings to something else for v1.0 -> v2.0, but that's unfeasible here.
    // Nothing else to do here.

    _.upgradeExtension(context, SCHEMAS.datacube);
  },

  dtr(obj, context) {
    if (V.before('0.9.0')) {
      _.rename(obj, 'dtr:start_datetime', 'start_datetime') && DONE;
      _.rename(obj, 'dtr:end_datetime', 'end_datetime') && DONE;
      _.removeExtension(context, 'datetime-range') && DONE;
    }
  },

  eo(obj, context) {
    if (V.before('0.9.0')) {
      _.rename(obj, 'eo:epsg', 'proj:epsg') && _.addExtension(context, SCHEMAS.projection) && DONE;
      _.rename(obj, 'eo:platform', 'platform') && DONE;
      _.rename(obj, 'eo:instrument', 'instruments') && _.toArray(obj, 'instruments') && DONE;
      _.rename(obj, 'eo:constellation', 'constellation') && DONE;
      _.rename(obj, 'eo:off_nadir', 'view:off_nadir') && _.addExtension(context, SCHEMAS.view) && DONE;
      _.rename(obj, 'eo:azimuth', 'view:azimuth') && _.addExtension(context, SCHEMAS.view) && DONE;
      _.rename(obj, 'eo:incidence_angle', 'view:incidence_angle') && _.addExtension(context, SCHEMAS.view) && DONE;
      _.rename(obj, 'eo:sun_azimuth', 'view:sun_azimuth') && _.addExtension(context, SCHEMAS.view) && DONE;
      _.rename(obj, 'eo:sun_elevation', 'view:sun_elevation') && _.addExtension(context, SCHEMAS.view) && DONE;
    }

    V.before('1.0.0-beta.1') && _.rename(obj, 'eo:gsd', 'gsd') && DONE;

    _.upgradeExtension(context, SCHEMAS.eo);
  },

  file(obj, context, summaries) {
    _.rename(obj, 'file:bits_per_sample', 'raster:bits_per_sample') && _.addExtension(context, SCHEMAS.raster) && DONE;
    _.rename(obj, 'file:data_type', 'data_type') && DONE;
    _.rename(obj, 'file:unit', 'unit') && DONE;

    if (Array.isArray(obj['file:nodata']) && obj['file:nodata'].length > 1) {
      // In case of more than one no-data value we need to create a custom property
      // as there's no alternative for multiple no-data values yet
      _.copy(obj, 'file:nodata', 'nodata:values') && DONE;
    }
    _.rename(obj, 'file:nodata', 'nodata') && !summaries && _.pickFirst(obj, 'nodata') && DONE;
    _.upgradeExtension(context, SCHEMAS.file);
  },

  label(obj, context) {
    // Migrate 0.8.0-rc1 non-pluralized forms
    if (V.before('0.8.0')) {
      _.rename(obj, 'label:property', 'label:properties') && DONE;
      _.rename(obj, 'label:task', 'label:tasks') && DONE;
      _.rename(obj, 'label:overview', 'label:overviews') && _.toArray(obj, 'label:overviews') && DONE;
      _.rename(obj, 'label:method', 'label:methods') && DONE;
      _.toArray(obj, 'label:classes') && DONE;
    }

    _.upgradeExtension(context, SCHEMAS.label);
  },

  order(obj, context) {
    if (_.rename(obj, 'order:expiration_date', 'expires')) {
      _.toUTC(obj, 'expires');
      _.addExtension(context, SCHEMAS.timestamps) && DONE;
    }

    _.upgradeExtension(context, SCHEMAS.order);
  },

  pc(obj, context) {
    V.before('0.8.0') && _.rename(obj, 'pc:schema', 'pc:schemas') && DONE;

    // pc:encoding was removed in Point Cloud 2.0.0 (superseded by the asset's media type),
    // but it cannot be reliably reconstructed, so it is left untouched.

    _.upgradeExtension(context, SCHEMAS.pointcloud);
  },

  processing(obj, context) {
    // Nothing to do

    _.upgradeExtension(context, SCHEMAS.processing);
  },

  product(obj, context) {
    // Nothing to do

    _.upgradeExtension(context, SCHEMAS.product);
  },

  proj(obj, context) {
    _.rename(obj, 'proj:epsg', 'proj:code') && _.formatString(obj, 'proj:code', 'EPSG:{}') && DONE;

    _.upgradeExtension(context, SCHEMAS.projection);
  },

  raster(obj, context) {
    _.upgradeExtension(context, SCHEMAS.raster);
  },

  sar(obj, context, summary) {
    // Which version have they been (re)moved?
    _.rename(obj, 'sar:incidence_angle', 'view:incidence_angle') && _.addExtension(context, SCHEMAS.view) && DONE;
    _.rename(obj, 'sar:pass_direction', 'sat:orbit_state') &&
      _.mapValues(obj, 'sat:orbit_state', [null], ['geostationary']) &&
      _.addExtension(context, SCHEMAS.sat) &&
      DONE;

    if (V.before('0.7.0')) {
      _.flattenArray(obj, 'sar:resolution', ['sar:resolution_range', 'sar:resolution_azimuth'], summary) && DONE;
      _.flattenArray(obj, 'sar:pixel_spacing', ['sar:pixel_spacing_range', 'sar:pixel_spacing_azimuth'], summary) &&
        DONE;
      _.flattenArray(
        obj,
        'sar:looks',
        ['sar:looks_range', 'sar:looks_azimuth', 'sar:looks_equivalent_number'],
        summary,
      ) && DONE;
      _.rename(obj, 'sar:off_nadir', 'view:off_nadir') && _.addExtension(context, SCHEMAS.view) && DONE;
    }

    if (V.before('0.9.0')) {
      _.rename(obj, 'sar:platform', 'platform') && DONE;
      _.rename(obj, 'sar:instrument', 'instruments') && _.toArray(obj, 'instruments') && DONE;
      _.rename(obj, 'sar:constellation', 'constellation') && DONE;
      _.rename(obj, 'sar:type', 'sar:product_type') && DONE;
      _.rename(obj, 'sar:polarization', 'sar:polarizations') && DONE;
      _.flattenOneElementArray(obj, 'sar:absolute_orbit', summary) &&
        _.rename(obj, 'sar:absolute_orbit', 'sat:absolute_orbit') &&
        _.addExtension(context, SCHEMAS.sat) &&
        DONE;
      _.flattenOneElementArray(obj, 'sar:relative_orbit', summary) &&
        _.rename(obj, 'sar:relative_orbit', 'sat:relative_orbit') &&
        _.addExtension(context, SCHEMAS.sat) &&
        DONE;
    }

    _.rename(obj, 'sar:product_type', 'product:type') && _.addExtension(context, SCHEMAS.product) && DONE;

    if (_.rename(obj, 'sar:instrument_mode', 'instrument_modes')) {
      !summary && _.toArray(obj, 'instrument_modes');
      _.addExtension(context, SCHEMAS.instruments) && DONE;
    }

    _.upgradeExtension(context, SCHEMAS.sar);
  },

  sat(obj, context) {
    // Migrate 0.9.0-rc _angle suffixes
    if (V.before('0.9.0')) {
      _.rename(obj, 'sat:off_nadir_angle', 'sat:off_nadir') && DONE;
      _.rename(obj, 'sat:azimuth_angle', 'sat:azimuth') && DONE;
      _.rename(obj, 'sat:sun_azimuth_angle', 'sat:sun_azimuth') && DONE;
      _.rename(obj, 'sat:sun_elevation_angle', 'sat:sun_elevation') && DONE;
    }

    _.upgradeExtension(context, SCHEMAS.sat);
  },

  sci(obj, context) {
    // Nothing to do

    _.upgradeExtension(context, SCHEMAS.scientific);
  },

  item(obj) {
    // Single Item
    if (V.before('0.8.0')) {
      _.rename(obj, 'item:license', 'license') && DONE;
      _.rename(obj, 'item:providers', 'providers') && DONE;
      // No need to remove the extension from stac_extensions as it was not available before 0.8.0
    }
  },

  table(obj, context) {
    // Nothing to do

    _.upgradeExtension(context, SCHEMAS.table);
  },

  view(obj, context) {
    // Nothing to do

    _.upgradeExtension(context, SCHEMAS.view);
  },
};

var Migrate = {
  item(item, collection = null, updateVersionNumber = true) {
    return Item.migrate(item, collection, updateVersionNumber);
  },

  catalog(catalog, updateVersionNumber = true) {
    return Catalog.migrate(catalog, updateVersionNumber);
  },

  collection(collection, updateVersionNumber = true) {
    return Collection.migrate(collection, updateVersionNumber);
  },

  collectionCollection(collections, updateVersionNumber = true) {
    return CollectionCollection.migrate(collections, updateVersionNumber);
  },

  itemCollection(itemCollection, updateVersionNumber = true) {
    return ItemCollection.migrate(itemCollection, updateVersionNumber);
  },

  stac(object, updateVersionNumber = true) {
    if (object.type === 'Feature') {
      return Migrate.item(object, null, updateVersionNumber);
    } else if (object.type === 'FeatureCollection') {
      return Migrate.itemCollection(object, updateVersionNumber);
    } else if (
      object.type === 'Collection' ||
      (!object.type && _.isDefined(object.extent) && _.isDefined(object.license))
    ) {
      return Migrate.collection(object, updateVersionNumber);
    } else if (!object.type && Array.isArray(object.collections)) {
      return Migrate.collectionCollection(object, updateVersionNumber);
    } else {
      return Migrate.catalog(object, updateVersionNumber);
    }
  },

  // Deprecated no-op; multihash conversion is always on.
  enableMultihash() {},
};

module.exports = Migrate;


/***/ }),

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 2815:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const formats_1 = __nccwpck_require__(779);
const limit_1 = __nccwpck_require__(1284);
const codegen_1 = __nccwpck_require__(1436);
const fullName = new codegen_1.Name("fullFormats");
const fastName = new codegen_1.Name("fastFormats");
const formatsPlugin = (ajv, opts = { keywords: true }) => {
    if (Array.isArray(opts)) {
        addFormats(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
    }
    const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
    const list = opts.formats || formats_1.formatNames;
    addFormats(ajv, list, formats, exportName);
    if (opts.keywords)
        (0, limit_1.default)(ajv);
    return ajv;
};
formatsPlugin.get = (name, mode = "full") => {
    const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
    const f = formats[name];
    if (!f)
        throw new Error(`Unknown format "${name}"`);
    return f;
};
function addFormats(ajv, list, fs, exportName) {
    var _a;
    var _b;
    (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : (_b.formats = (0, codegen_1._) `require("ajv-formats/dist/formats").${exportName}`);
    for (const f of list)
        ajv.addFormat(f, fs[f]);
}
module.exports = exports = formatsPlugin;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = formatsPlugin;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1284:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatLimitDefinition = void 0;
const ajv_1 = __nccwpck_require__(2463);
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `should be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
exports.formatLimitDefinition = {
    keyword: Object.keys(KWDs),
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
            return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fmt = gen.const("fmt", (0, codegen_1._) `${fmts}[${fCxt.schemaCode}]`);
            cxt.fail$data((0, codegen_1.or)((0, codegen_1._) `typeof ${fmt} != "object"`, (0, codegen_1._) `${fmt} instanceof RegExp`, (0, codegen_1._) `typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
            const format = fCxt.schema;
            const fmtDef = self.formats[format];
            if (!fmtDef || fmtDef === true)
                return;
            if (typeof fmtDef != "object" ||
                fmtDef instanceof RegExp ||
                typeof fmtDef.compare != "function") {
                throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
            }
            const fmt = gen.scopeValue("formats", {
                key: format,
                ref: fmtDef,
                code: opts.code.formats ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : undefined,
            });
            cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
            return (0, codegen_1._) `${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
    },
    dependencies: ["format"],
};
const formatLimitPlugin = (ajv) => {
    ajv.addKeyword(exports.formatLimitDefinition);
    return ajv;
};
exports["default"] = formatLimitPlugin;
//# sourceMappingURL=limit.js.map

/***/ }),

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 8595:
/***/ (function(module) {

/* global define */
(function (root, factory) {
  /* istanbul ignore next */
  if (typeof define === 'function' && define.amd) {
    define([], factory);
  } else if (true) {
    module.exports = factory();
  } else {}
}(this, function () {

  var semver = /^v?(?:\d+)(\.(?:[x*]|\d+)(\.(?:[x*]|\d+)(\.(?:[x*]|\d+))?(?:-[\da-z\-]+(?:\.[\da-z\-]+)*)?(?:\+[\da-z\-]+(?:\.[\da-z\-]+)*)?)?)?$/i;

  function indexOrEnd(str, q) {
    return str.indexOf(q) === -1 ? str.length : str.indexOf(q);
  }

  function split(v) {
    var c = v.replace(/^v/, '').replace(/\+.*$/, '');
    var patchIndex = indexOrEnd(c, '-');
    var arr = c.substring(0, patchIndex).split('.');
    arr.push(c.substring(patchIndex + 1));
    return arr;
  }

  function tryParse(v) {
    return isNaN(Number(v)) ? v : Number(v);
  }

  function validate(version) {
    if (typeof version !== 'string') {
      throw new TypeError('Invalid argument expected string');
    }
    if (!semver.test(version)) {
      throw new Error('Invalid argument not valid semver (\''+version+'\' received)');
    }
  }

  function compareVersions(v1, v2) {
    [v1, v2].forEach(validate);

    var s1 = split(v1);
    var s2 = split(v2);

    for (var i = 0; i < Math.max(s1.length - 1, s2.length - 1); i++) {
      var n1 = parseInt(s1[i] || 0, 10);
      var n2 = parseInt(s2[i] || 0, 10);

      if (n1 > n2) return 1;
      if (n2 > n1) return -1;
    }

    var sp1 = s1[s1.length - 1];
    var sp2 = s2[s2.length - 1];

    if (sp1 && sp2) {
      var p1 = sp1.split('.').map(tryParse);
      var p2 = sp2.split('.').map(tryParse);

      for (i = 0; i < Math.max(p1.length, p2.length); i++) {
        if (p1[i] === undefined || typeof p2[i] === 'string' && typeof p1[i] === 'number') return -1;
        if (p2[i] === undefined || typeof p1[i] === 'string' && typeof p2[i] === 'number') return 1;

        if (p1[i] > p2[i]) return 1;
        if (p2[i] > p1[i]) return -1;
      }
    } else if (sp1 || sp2) {
      return sp1 ? -1 : 1;
    }

    return 0;
  };

  var allowedOperators = [
    '>',
    '>=',
    '=',
    '<',
    '<='
  ];

  var operatorResMap = {
    '>': [1],
    '>=': [0, 1],
    '=': [0],
    '<=': [-1, 0],
    '<': [-1]
  };

  function validateOperator(op) {
    if (typeof op !== 'string') {
      throw new TypeError('Invalid operator type, expected string but got ' + typeof op);
    }
    if (allowedOperators.indexOf(op) === -1) {
      throw new TypeError('Invalid operator, expected one of ' + allowedOperators.join('|'));
    }
  }

  compareVersions.validate = function(version) {
    return typeof version === 'string' && semver.test(version);
  }

  compareVersions.compare = function (v1, v2, operator) {
    // Validate operator
    validateOperator(operator);

    // since result of compareVersions can only be -1 or 0 or 1
    // a simple map can be used to replace switch
    var res = compareVersions(v1, v2);
    return operatorResMap[operator].indexOf(res) > -1;
  }

  return compareVersions;
}));


/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/errors.ts
function errors_formatLocation(loc) {
    if (!loc)
        return '';
    const parts = [];
    if (loc.file !== undefined) {
        let f = loc.file;
        if (loc.line !== undefined)
            f += `:${loc.line}`;
        if (loc.line !== undefined && loc.column !== undefined)
            f += `:${loc.column}`;
        parts.push(f);
    }
    if (loc.entry)
        parts.push(loc.entry);
    if (loc.pointer !== undefined)
        parts.push(`at ${loc.pointer === '' ? '/' : loc.pointer}`);
    return parts.join(' ');
}
const LONG_LINE = 16_384;
const KEPT = 512;
/**
 * Cuts the middle out of lines over 16 KiB, keeping 512 characters at each end (where a message names the place and
 * says what is wrong): no message, log line or report echoes a huge user value whole. Nothing stac-ingest writes
 * itself has lines that long.
 */
function clipLongLines(text) {
    if (text.length <= LONG_LINE)
        return text;
    const clip = (l) => `${l.slice(0, KEPT)} …[${l.length - 2 * KEPT} characters cut]… ${l.slice(-KEPT)}`;
    return text
        .split('\n')
        .map((l) => (l.length <= LONG_LINE ? l : clip(l)))
        .join('\n');
}
/** The user's input is wrong (manifest, STAC JSON, options). Fix the input, not the tool. */
class errors_ConfigurationError extends Error {
    name = 'ConfigurationError';
    location;
    hint;
    constructor(message, options = {}) {
        super(clipLongLines(message), options.cause === undefined ? undefined : { cause: options.cause });
        this.location = options.location;
        this.hint = options.hint === undefined ? undefined : clipLongLines(options.hint);
    }
}
/** Several configuration problems found at once (e.g. every manifest error). */
class ConfigurationErrors extends Error {
    errors;
    name = 'ConfigurationErrors';
    constructor(errors, summary) {
        super(summary ??
            `${errors.length} configuration error${errors.length === 1 ? '' : 's'}:\n` +
                errors.map((e) => '  ' + errors_describeError(e)).join('\n'));
        this.errors = errors;
    }
}
/** A stage failed for a reason outside the user's input (network, subprocess, service). */
class StageError extends Error {
    stage;
    name = 'StageError';
    constructor(stage, message, options = {}) {
        super(`${stage}: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
        this.stage = stage;
    }
}
/** One line: location, message, hint. */
function errors_describeError(err) {
    if (err instanceof errors_ConfigurationError) {
        const where = errors_formatLocation(err.location);
        return `${where ? where + ': ' : ''}${err.message}${err.hint ? ` (${err.hint})` : ''}`;
    }
    if (err instanceof Error) {
        let msg = err.message;
        let cause = err.cause;
        while (cause instanceof Error) {
            msg += `: ${cause.message}`;
            cause = cause.cause;
        }
        return msg;
    }
    return String(err);
}

;// CONCATENATED MODULE: ./src/logging.ts


/**
 * GitHub Actions does not nest log groups (a `::group::` inside another ends the outer one), so a
 * run shows one group per stage: the outermost `group` call opens a group with `open`; a call made
 * while one is open (nested, or running alongside) writes its name as a plain `line` and runs inside
 * the open group.
 */
function oneLevelGroups(open, line) {
    let depth = 0;
    return async (name, fn) => {
        const outermost = depth === 0;
        depth++;
        try {
            if (outermost)
                return await open(name, fn);
            line(`-- ${name}`);
            return await fn();
        }
        finally {
            depth--;
        }
    };
}
/** `45 s`, `12 min`, `2 h 05 min`. */
function formatDuration(ms) {
    const s = Math.round(ms / 1000);
    if (s < 90)
        return `${s} s`;
    if (s < 90 * 60)
        return `${Math.round(s / 60)} min`;
    return `${Math.floor(s / 3600)} h ${String(Math.round((s % 3600) / 60)).padStart(2, '0')} min`;
}
function formatRate(perSecond) {
    return perSecond >= 100 ? perSecond.toFixed(0) : perSecond >= 10 ? perSecond.toFixed(1) : perSecond.toFixed(2);
}
/**
 * Progress of long stages: the rate since a label's first update and the time left at that rate, and which updates
 * become plain log lines (CI): the first, one per quarter, one at least every `everyMs` in between, and the last.
 */
class ProgressTracker {
    now;
    everyMs;
    labels = new Map();
    constructor(now = Date.now, everyMs = 60_000) {
        this.now = now;
        this.everyMs = everyMs;
    }
    /** `done/total (250/s, ETA 38 s)`; the rate appears from the second update on. */
    describe(label, done, total) {
        const first = this.labels.get(label);
        const elapsed = first ? this.now() - first.at : 0;
        if (!first || elapsed <= 0 || done <= first.done)
            return `${done}/${total}`;
        const rate = ((done - first.done) * 1000) / elapsed;
        const eta = done < total ? `, ETA ${formatDuration(((total - done) / rate) * 1000)}` : '';
        return `${done}/${total} (${formatRate(rate)}/s${eta})`;
    }
    /** Records an update; true when it should be a log line. Call `describe` first: it reads the state before. */
    shouldLog(label, done, total) {
        const now = this.now();
        const quarter = total > 0 ? Math.floor((done / total) * 4) : 4;
        const state = this.labels.get(label);
        if (!state) {
            this.labels.set(label, { at: now, done, quarter, lineAt: now });
            if (done >= total)
                this.labels.delete(label);
            return true;
        }
        if (done >= total) {
            this.labels.delete(label);
            return true;
        }
        if (quarter === state.quarter && now - state.lineAt < this.everyMs)
            return false;
        state.quarter = quarter;
        state.lineAt = now;
        return true;
    }
    /** `describe` then `shouldLog`: the line to print, or undefined. */
    line(label, done, total) {
        const text = `${label}: ${this.describe(label, done, total)}`;
        return this.shouldLog(label, done, total) ? text : undefined;
    }
}
/**
 * The one redaction point of a run: every secret value the run knows is registered here once (the entries register
 * the secret inputs and credential variables; targets and clients register what they read through
 * `Logger.setSecret`), and every output passes through `mask`: log lines, stdout, the JSON report, the job summary,
 * the PR comment and annotations. A value is also masked as it appears URL-encoded and inside a JSON string. Lines
 * too long to be anything but an echoed user value are cut (see `clipLongLines`).
 */
class SecretMasker {
    secrets = new Set();
    add(value) {
        if (value.length < 3)
            return;
        for (const form of [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)])
            this.secrets.add(form);
    }
    mask(text) {
        let out = text;
        // longest first: a DSN is masked whole before the password inside it
        for (const s of [...this.secrets].sort((a, b) => b.length - a.length))
            out = out.split(s).join('***');
        return clipLongLines(out);
    }
}
/** A line the Actions runner would read as a workflow command (`::cmd::`, leading space ignored, or `##[cmd]`). */
const COMMAND_LINE = /^\s*::|##\[/m;
/**
 * The lines to print for `text` so that nothing in it runs as a workflow command: a text with a line the runner
 * would take as a command (a package name holding `\n::warning::…`, a subprocess's output) is printed between
 * `::stop-commands::<token>` and `::<token>::`, GitHub's way to print untrusted text as it is.
 */
function inertLines(text, token) {
    if (!COMMAND_LINE.test(text))
        return [text];
    const t = token();
    return [`::stop-commands::${t}`, text, `::${t}::`];
}
/** Plain-text logger for the CLI. */
class ConsoleLogger {
    options;
    masker;
    write;
    indent = '';
    tracker;
    live;
    constructor(options = {}) {
        this.options = options;
        this.masker = options.masker ?? new SecretMasker();
        this.write = options.write ?? ((line) => process.stderr.write(line + '\n'));
        this.live = options.live ?? (options.write === undefined && process.stderr.isTTY === true);
        this.tracker = new ProgressTracker(options.now);
    }
    progress(label, done, total) {
        if (this.live) {
            const width = 24;
            const filled = total > 0 ? Math.round((done / total) * width) : width;
            const text = this.tracker.describe(label, done, total);
            this.tracker.shouldLog(label, done, total);
            process.stderr.write(`\r${this.indent}${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` +
                `${text}\x1b[K${done >= total ? '\n' : ''}`);
        }
        else {
            const line = this.tracker.line(label, done, total);
            if (line !== undefined)
                this.emit(line);
        }
    }
    emit(line) {
        const text = this.masker.mask(this.indent + line);
        if (!this.options.workflowLog)
            this.write(text);
        else
            for (const l of inertLines(text, () => randomBytes(16).toString('hex')))
                this.write(l);
    }
    debug(message) {
        if (this.options.verbose)
            this.emit(`debug: ${message}`);
    }
    info(message) {
        this.emit(message);
    }
    warning(message, location) {
        const where = formatLocation(location);
        this.emit(`warning: ${where ? where + ': ' : ''}${message}`);
    }
    error(message, location) {
        const where = formatLocation(location);
        this.emit(`error: ${where ? where + ': ' : ''}${message}`);
    }
    group = oneLevelGroups(async (name, fn) => {
        this.emit(`== ${name}`);
        this.indent = '  ';
        try {
            return await fn();
        }
        finally {
            this.indent = '';
        }
    }, (line) => this.emit(line));
    setSecret(value) {
        this.masker.add(value);
    }
}
/** Keeps every record, for tests. Masks secrets and keeps groups one level deep like the Actions logger. */
class RecordingLogger {
    records = [];
    masker = new SecretMasker();
    push(level, message, location) {
        this.records.push({ level, message: this.masker.mask(message), location });
    }
    debug(message) {
        this.push('debug', message);
    }
    info(message) {
        this.push('info', message);
    }
    warning(message, location) {
        this.push('warning', message, location);
    }
    error(message, location) {
        this.push('error', message, location);
    }
    group = oneLevelGroups(async (name, fn) => {
        this.push('group', name);
        try {
            return await fn();
        }
        finally {
            this.push('endgroup', name);
        }
    }, (line) => this.push('info', line));
    setSecret(value) {
        this.masker.add(value);
    }
    text() {
        return this.records.map((r) => `${r.level}: ${r.message}`).join('\n');
    }
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(9547);
;// CONCATENATED MODULE: ./src/json.ts
/**
 * Lossless JSON, from reading to sending to comparing. `JSON.parse` reads `1e20` as the number
 * that `JSON.stringify` writes `100000000000000000000`, `10.0` as `10` and `9007199254740993` as
 * `…992`; the StacLoader reads the text as written (Python: `1e20` is a float, `10` an int and
 * `10.0` a float, integers exact). So every number whose text is not what `JSON.stringify` would
 * write keeps its text, attached to the object or array holding it (a WeakMap: other readers of
 * the document see plain numbers), and `stringifyJson` writes that text back.
 *
 * The parser below does the reading (src/sources/json-text.ts words its syntax errors for STAC
 * authors). It takes about 5x the time of
 * `JSON.parse` on a realistic 11 KB item (bench/json/run.ts), half the time of `JSON.parse` with a
 * reviver reading each number's source text (Node >= 22's source-text access: about 10x), so it is
 * used on every Node version. Most documents have no number whose text differs: a scan that skips
 * strings finds that out, and `JSON.parse` then reads them (the same values, nothing to keep).
 */
const numberTexts = new WeakMap();
/** Attaches `text` as the written form of the number at `holder[key]`. */
function setNumberText(holder, key, text) {
    let texts = numberTexts.get(holder);
    if (texts === undefined)
        numberTexts.set(holder, (texts = new Map()));
    texts.set(String(key), text);
}
/** Whether any member of `holder` keeps its number text (none: {@link numberText} answers undefined for all). */
function hasNumberTexts(holder) {
    return numberTexts.has(holder);
}
/**
 * The text the number at `holder[key]` was written as, when it differs from `JSON.stringify`'s and still
 * denotes the value there (a member replaced by another number loses its text).
 */
function numberText(holder, key) {
    const text = numberTexts.get(holder)?.get(String(key));
    if (text === undefined)
        return undefined;
    const value = holder[key];
    return typeof value === 'number' && Number(text) === value ? text : undefined;
}
/** Whether `text` is what `JSON.stringify` writes for the number it denotes. */
function isPlainNumberText(text, value) {
    return String(value) === text;
}
/** A JSON syntax error at a character offset of the text. */
class JsonSyntaxError extends SyntaxError {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** Valid JSON nested deeper than MAX_JSON_DEPTH, refused where the nesting goes too deep. */
class JsonDepthError extends JsonSyntaxError {
}
/** Parse JSON text keeping number text; throws a `JsonSyntaxError` at the first syntax error. */
function parseJson(text) {
    if (plainNumbers(text)) {
        try {
            return JSON.parse(text);
        }
        catch {
            // not JSON: the parser says where
        }
    }
    return parseJsonLossless(text);
}
/** {@link parseJson} by the parser alone, never through `JSON.parse`. */
function parseJsonLossless(text) {
    return new Parser(text).document();
}
/**
 * Whether the parser would keep no number's text, and `JSON.parse` reads `s` as it would: every number outside
 * strings writes as `JSON.stringify` writes it, nesting stays within MAX_JSON_DEPTH. Strings are skipped
 * whole (`indexOf`); anything unexpected answers false (the parser then reads the text, or says why it cannot).
 */
function plainNumbers(s) {
    let depth = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 34) {
            i = closingQuote(s, i);
            if (i === -1)
                return false;
        }
        else if (c === 123 || c === 91) {
            if (++depth > MAX_JSON_DEPTH)
                return false;
        }
        else if (c === 125 || c === 93)
            depth--;
        else if (c === 45 || (c >= 48 && c <= 57)) {
            const end = numberEnd(s, i);
            if (keepsText(s, i, end))
                return false;
            i = end - 1;
        }
    }
    return true;
}
/** The offset of the quote closing the string opened at `open` (-1: none). */
function closingQuote(s, open) {
    let q = open;
    for (;;) {
        q = s.indexOf('"', q + 1);
        if (q === -1)
            return -1;
        let backslashes = 0;
        while (s.charCodeAt(q - 1 - backslashes) === 92)
            backslashes++;
        if (backslashes % 2 === 0)
            return q;
    }
}
/** Where the number token starting at `i` ends (its syntax is the parser's to check). */
function numberEnd(s, i) {
    for (;;) {
        const c = s.charCodeAt(++i);
        if (!((c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45))
            return i;
    }
}
/**
 * Whether the number written `s[start, end)` keeps its text: it is not what `String(Number(text))` writes.
 * Decided without building the string for the common short forms (see isShortFraction).
 */
function keepsText(s, start, end) {
    const intStart = s.charCodeAt(start) === 45 ? start + 1 : start;
    let i = digits(s, intStart);
    let plain = i - intStart <= 15;
    if (s.charCodeAt(i) === 46) {
        const fracStart = i + 1;
        i = digits(s, fracStart);
        plain = plain && isShortFraction(s, intStart, fracStart, i);
    }
    if (i !== end)
        plain = false; // an exponent (or a malformed number)
    if (plain && (start === intStart || hasNonZeroDigit(s, intStart, end)))
        return false;
    const text = s.slice(start, end);
    return !isPlainNumberText(text, Number(text));
}
function digits(s, i) {
    for (;;) {
        const c = s.charCodeAt(i);
        if (!(c >= 48 && c <= 57))
            return i; // NaN past the end
        i++;
    }
}
/** Whether a digit other than 0 is in `s[from, to)` (a negative number without one is -0). */
function hasNonZeroDigit(s, from, to) {
    for (let i = from; i < to; i++) {
        const c = s.charCodeAt(i);
        if (c >= 49 && c <= 57)
            return true;
    }
    return false;
}
/**
 * Whether a decimal `int.frac` (no exponent) is certainly written as `String(Number(text))` writes it: at most
 * 15 significant digits (so no shorter text denotes the same double), no trailing zero, and not below 1e-6
 * (where JavaScript switches to exponent notation).
 */
function isShortFraction(s, intStart, fracStart, end) {
    if (s.charCodeAt(end - 1) === 48)
        return false;
    const intIsZero = fracStart - intStart === 2 && s.charCodeAt(intStart) === 48;
    if (!intIsZero)
        return end - intStart - 1 <= 15;
    let lead = fracStart;
    while (s.charCodeAt(lead) === 48)
        lead++;
    return lead - fracStart < 6 && end - lead <= 15;
}
/**
 * How deep a document may nest. No STAC document comes near it; Python's JSON readers (the StacLoader's)
 * refuse deeper ones, and deeper ones would overflow this parser's stack.
 */
const MAX_JSON_DEPTH = 1000;
/** A recursive-descent JSON parser that keeps number text and says where a syntax error is. */
class Parser {
    s;
    i = 0;
    depth = 0;
    constructor(s) {
        this.s = s;
    }
    document() {
        const v = this.value();
        this.ws();
        if (this.i < this.s.length)
            this.fail('end of input after the JSON value');
        return v;
    }
    ws() {
        const s = this.s;
        let i = this.i;
        for (;;) {
            const c = s.charCodeAt(i);
            if (c === 32 || c === 10 || c === 13 || c === 9)
                i++;
            else
                break;
        }
        this.i = i;
    }
    fail(expected) {
        const at = this.i;
        throw new JsonSyntaxError(`expected ${expected}, found ${at >= this.s.length ? 'end of input' : `'${this.s[at]}'`}`, at);
    }
    /** A value; a number inside a container keeps its text on the holder. */
    value(holder, key = '') {
        this.ws();
        const c = this.s.charCodeAt(this.i);
        if (c === 123 || c === 91)
            return this.nested(c === 123);
        if (c === 34)
            return this.string();
        if (c === 45 || (c >= 48 && c <= 57))
            return this.number(holder, key);
        if (c === 116)
            return this.literal('true', true);
        if (c === 102)
            return this.literal('false', false);
        if (c === 110)
            return this.literal('null', null);
        return this.fail('a value');
    }
    number(holder, key) {
        const s = this.s;
        const start = this.i;
        let i = start;
        if (s.charCodeAt(i) === 45)
            i++;
        const first = s.charCodeAt(i);
        if (first === 48)
            i++;
        else if (first > 48 && first <= 57)
            i = digits(s, i);
        else
            return this.fail('a value');
        if (s.charCodeAt(i) === 46) {
            const fracStart = i + 1;
            i = digits(s, fracStart);
            if (i === fracStart) {
                this.i = i;
                return this.fail('a digit after the decimal point');
            }
        }
        const e = s.charCodeAt(i);
        if (e === 101 || e === 69) {
            i++;
            const sign = s.charCodeAt(i);
            if (sign === 43 || sign === 45)
                i++;
            const expStart = i;
            i = digits(s, i);
            if (i === expStart) {
                this.i = i;
                return this.fail('a digit in the exponent');
            }
        }
        this.i = i;
        const text = s.slice(start, i);
        if (holder !== undefined && keepsText(s, start, i))
            setNumberText(holder, key, text);
        return Number(text);
    }
    literal(word, v) {
        for (let k = 0; k < word.length; k++) {
            if (this.s[this.i + k] !== word[k]) {
                this.i += k;
                this.fail(`'${word}'`);
            }
        }
        this.i += word.length;
        return v;
    }
    string() {
        const s = this.s;
        const start = ++this.i;
        let escaped = false;
        for (let i = start; i < s.length; i++) {
            const c = s.charCodeAt(i);
            if (c === 34) {
                this.i = i + 1;
                const body = s.slice(start, i);
                return escaped ? JSON.parse(`"${body}"`) : body;
            }
            if (c < 0x20)
                throw new JsonSyntaxError('unescaped control character in string (a string cannot span lines)', i);
            if (c === 92) {
                escaped = true;
                const e = s[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6)))
                        throw new JsonSyntaxError('invalid \\u escape in string', i);
                    i += 5;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    i++;
                else
                    throw new JsonSyntaxError(`invalid escape '\\${e ?? ''}' in string`, i);
            }
        }
        throw new JsonSyntaxError('unterminated string', s.length);
    }
    nested(isObject) {
        if (++this.depth > MAX_JSON_DEPTH)
            throw new JsonDepthError(`JSON nested more than ${MAX_JSON_DEPTH} levels deep (no STAC document is)`, this.i);
        try {
            return isObject ? this.object() : this.array();
        }
        finally {
            this.depth--;
        }
    }
    object() {
        const out = {};
        this.i++;
        this.ws();
        if (this.s[this.i] === '}') {
            this.i++;
            return out;
        }
        for (;;) {
            this.ws();
            if (this.s[this.i] !== '"')
                this.fail(this.s[this.i] === '}'
                    ? "a property name (no trailing comma before '}')"
                    : 'a property name in double quotes');
            const key = this.string();
            this.ws();
            if (this.s[this.i] !== ':')
                this.fail("':' after the property name");
            this.i++;
            const v = this.value(out, key);
            setMember(out, key, v);
            this.ws();
            const c = this.s[this.i++];
            if (c === ',')
                continue;
            if (c === '}')
                return out;
            this.i--;
            this.fail("',' or '}' after a property value");
        }
    }
    array() {
        const out = [];
        this.i++;
        this.ws();
        if (this.s[this.i] === ']') {
            this.i++;
            return out;
        }
        for (;;) {
            this.ws();
            if (this.s[this.i] === ']')
                this.fail("a value (no trailing comma before ']')");
            out.push(this.value(out, out.length));
            this.ws();
            const c = this.s[this.i++];
            if (c === ',')
                continue;
            if (c === ']')
                return out;
            this.i--;
            this.fail("',' or ']' after an array element");
        }
    }
}
/**
 * `JSON.stringify` that writes numbers as they were read (see `parseJsonText`). `indent` > 0 gives the
 * layout of `JSON.stringify(value, null, indent)`.
 */
function json_stringifyJson(value, indent = 0) {
    return write(value, undefined, indent > 0 ? ' '.repeat(indent) : '', '') ?? 'null';
}
function write(v, text, step, pad) {
    if (v === null)
        return 'null';
    switch (typeof v) {
        case 'string':
            return quote(v);
        case 'number':
            return text !== undefined && Number(text) === v ? text : Number.isFinite(v) ? String(v) : 'null';
        case 'boolean':
            return v ? 'true' : 'false';
        case 'object':
            return Array.isArray(v) ? writeArray(v, step, pad) : writeObject(v, step, pad);
        case 'bigint':
            return v.toString();
        default:
            return undefined;
    }
}
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function quote(s) {
    return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}
function writeArray(a, step, pad) {
    if (a.length === 0)
        return '[]';
    const texts = numberTexts.get(a);
    const inner = pad + step;
    let out = '';
    for (let i = 0; i < a.length; i++) {
        const text = write(a[i], texts?.get(String(i)), step, inner) ?? 'null';
        out += i === 0 ? text : step === '' ? `,${text}` : `,\n${inner}${text}`;
    }
    return step === '' ? `[${out}]` : `[\n${inner}${out}\n${pad}]`;
}
function writeObject(o, step, pad) {
    const json = o.toJSON;
    if (typeof json === 'function')
        return JSON.stringify(o);
    const texts = numberTexts.get(o);
    const inner = pad + step;
    let out = '';
    for (const k in o) {
        if (!Object.prototype.hasOwnProperty.call(o, k))
            continue;
        const text = write(o[k], texts?.get(k), step, inner);
        if (text === undefined)
            continue;
        const member = step === '' ? `${quote(k)}:${text}` : `${quote(k)}: ${text}`;
        out += out === '' ? member : step === '' ? `,${member}` : `,\n${inner}${member}`;
    }
    if (out === '')
        return '{}';
    return step === '' ? `{${out}}` : `{\n${inner}${out}\n${pad}}`;
}
/** A deep copy of a JSON value that keeps number text. */
function json_cloneJson(v) {
    if (Array.isArray(v)) {
        const out = v.map((x) => json_cloneJson(x));
        copyNumberTexts(v, out);
        return out;
    }
    if (v !== null && typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = json_cloneJson(x);
        copyNumberTexts(v, out);
        return out;
    }
    return v;
}
/** Carries the number texts of `from`'s members over to `to` (e.g. after `{ ...doc }`). */
function copyNumberTexts(from, to) {
    const texts = numberTexts.get(from);
    if (texts !== undefined)
        for (const [k, t] of texts)
            setNumberText(to, k, t);
}
/** `{ ...base, ...members }` keeping the number text of `base`'s members (a spread alone drops it). */
function withMembers(base, members) {
    const out = { ...base, ...members };
    copyNumberTexts(base, out);
    return out;
}
/**
 * `out[key] = value` for a key taken from a document: a member named `__proto__` is an own member like any other
 * (plain assignment would set the object's prototype and lose it).
 */
function setMember(out, key, value) {
    if (key === '__proto__')
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else
        out[key] = value;
}

;// CONCATENATED MODULE: ./src/sources/json-text.ts

/**
 * JSON parsing that says where a syntax error is. src/json.ts does the work (numbers keep the text
 * they were written with); when it fails, jsonc-parser (strict: no comments, no trailing commas)
 * finds the offending offset (V8's messages do not reliably carry a position), and the error is
 * said in words a STAC author can act on.
 */


/**
 * The largest single document stac-ingest reads (a `.json` file, an NDJSON line, one member of a
 * FeatureCollection): past it, reading stops with an error naming the file and line instead of
 * running out of memory. 64 times SNS's 256 KiB message limit.
 */
const json_text_MAX_DOCUMENT_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
/** Parse JSON text; on a syntax error, return its message and 1-based line/column. */
function json_text_parseJsonText(text) {
    try {
        return { ok: true, value: parseJson(text) };
    }
    catch (err) {
        // valid JSON nested too deep has no syntax error to find (and would overflow the finder's stack)
        const found = err instanceof JsonDepthError ? undefined : findSyntaxError(text);
        const message = found?.message ?? (err instanceof Error ? err.message : String(err));
        const offset = found?.offset ?? (err instanceof JsonSyntaxError ? err.offset : 0);
        return { ok: false, message, offset, ...lineColumnAt(text, offset) };
    }
}
/** 1-based line and column of a character offset (columns count UTF-16 code units). */
function lineColumnAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: end - lineStart + 1 };
}
function firstError(text) {
    const stack = [];
    let afterValue = false;
    let wantName = false;
    let first;
    const close = () => {
        stack.pop();
        if (stack.length === 0)
            afterValue = true;
    };
    (0,main.visit)(text, {
        onObjectBegin: () => {
            stack.push('{');
            wantName = true;
        },
        onObjectEnd: close,
        onObjectProperty: () => void (wantName = false),
        onArrayBegin: () => void stack.push('['),
        onArrayEnd: close,
        onLiteralValue: () => void (stack.length === 0 && (afterValue = true)),
        onSeparator: (c) => void (wantName = c === ',' && stack.at(-1) === '{'),
        onError: (code, offset, length) => {
            const container = stack.at(-1);
            first ??= { code: (0,main.printParseErrorCode)(code), offset, length, container, afterValue, wantName };
        },
    }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    return first;
}
/** Inside a string token jsonc-parser refused: the offending character and what is wrong with it. */
function stringProblem(text, start, end) {
    for (let i = start + 1; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x20)
            return { message: 'unescaped control character in string (a string cannot span lines)', offset: i };
        if (c !== 92)
            continue;
        const e = text[i + 1];
        if (e === 'u') {
            if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                return { message: 'invalid \\u escape in string', offset: i };
            i += 5;
        }
        else if (e !== undefined && '"\\/bfnrt'.includes(e))
            i++;
        else
            return { message: `invalid escape '\\${e ?? ''}' in string`, offset: i };
    }
    // jsonc-parser ends a string token at a line break: that is the offending character
    if (text.charCodeAt(end) < 0x20)
        return { message: 'unescaped control character in string (a string cannot span lines)', offset: end };
    return { message: 'unterminated string', offset: end };
}
/** What was expected where jsonc-parser stopped, in the words of the old messages. */
function expected(text, e) {
    const at = text[e.offset];
    const inObject = "',' or '}' after a property value";
    const inArray = "',' or ']' after an array element";
    switch (e.code) {
        case 'PropertyNameExpected':
            return at === '}' ? "a property name (no trailing comma before '}')" : 'a property name in double quotes';
        case 'ValueExpected':
            return at === ']' && e.container === '[' ? "a value (no trailing comma before ']')" : 'a value';
        case 'ColonExpected':
            return "':' after the property name";
        case 'CommaExpected':
            return e.container === '[' ? inArray : inObject;
        case 'CloseBraceExpected':
            return inObject;
        case 'CloseBracketExpected':
            return inArray;
        case 'EndOfFileExpected':
            return 'end of input after the JSON value';
        case 'InvalidSymbol':
            if (e.container === '{' && e.wantName)
                return 'a property name in double quotes';
            return e.container === undefined && e.afterValue ? 'end of input after the JSON value' : 'a value';
        case 'InvalidNumberFormat':
        case 'UnexpectedEndOfNumber':
            return 'a number (digits, an optional fraction and exponent)';
        case 'InvalidCommentToken':
        case 'UnexpectedEndOfComment':
            return 'a value (JSON has no comments)';
        default:
            return `valid JSON (${e.code})`;
    }
}
const STRING_ERRORS = new Set([
    'UnexpectedEndOfString',
    'InvalidUnicode',
    'InvalidEscapeCharacter',
    'InvalidCharacter',
]);
/** The first syntax error in `text` and its offset, or undefined when it is valid JSON. */
function findSyntaxError(text) {
    const e = firstError(text);
    if (e === undefined)
        return undefined;
    if (STRING_ERRORS.has(e.code))
        return stringProblem(text, e.offset, e.offset + e.length);
    const found = e.offset >= text.length ? 'end of input' : `'${text[e.offset]}'`;
    return { message: `expected ${expected(text, e)}, found ${found}`, offset: e.offset };
}
class json_text_JsonScanError extends Error {
    offset;
    line;
    constructor(message, offset, line) {
        super(message);
        this.offset = offset;
        this.line = line;
    }
}
// scanner modes
const VALUE = 0; // a value is expected
const AFTER = 1; // a value just ended: ',' or a closer is expected
const KEY = 2; // an object key is expected (after ',')
const FIRST_KEY = 6; // an object key or '}' is expected (after '{')
const COLON = 3; // ':' is expected after a key
const STRING = 4; // inside a string (a key when `inKey`)
const SCALAR = 5; // inside a number or a literal
const isWs = (c) => c === 32 || c === 10 || c === 13 || c === 9;
const endsScalar = (c) => isWs(c) || c === 44 || c === 93 || c === 125;
/**
 * Scans JSON bytes chunk by chunk, keeping only the path to the current value (never the document),
 * and tells its listener where each value starts and ends, with 1-based line numbers. Used to split
 * a FeatureCollection into its members without reading it whole, and to find the line of a JSON pointer.
 */
class json_text_JsonScanner {
    listener;
    /** The path to the current value: keys and indexes, `depth` of them. */
    segments = [];
    /** 1-based line of the byte being scanned. */
    line = 1;
    arrays = [];
    mode = VALUE;
    inKey = false;
    oddBackslashes = false;
    keyParts = [];
    base = 0;
    constructor(listener) {
        this.listener = listener;
    }
    get depth() {
        return this.arrays.length;
    }
    /** Scans the next chunk of the input (chunks may split values anywhere, UTF-8 sequences too). */
    feed(chunk, from = 0) {
        const n = chunk.length;
        let i = from;
        while (i < n) {
            if (this.mode === STRING)
                i = this.string(chunk, i);
            else if (this.mode === SCALAR) {
                while (i < n && !endsScalar(chunk[i]))
                    i++;
                if (i < n)
                    this.close(this.base + i);
            }
            else
                i = this.structural(chunk, i);
        }
        this.base += n;
    }
    /** Checks the input ended after one complete value. */
    finish() {
        if (this.mode === SCALAR)
            this.close(this.base);
        if (this.mode !== AFTER || this.depth !== 0)
            this.fail('unexpected end of input', this.base);
    }
    fail(message, offset) {
        throw new json_text_JsonScanError(message, offset, this.line);
    }
    structural(chunk, i) {
        const c = chunk[i];
        const at = this.base + i;
        if (isWs(c)) {
            if (c === 10)
                this.line++;
            return i + 1;
        }
        switch (this.mode) {
            case KEY:
            case FIRST_KEY:
                if (c === 34) {
                    this.mode = STRING;
                    this.inKey = true;
                    this.oddBackslashes = false;
                    this.keyParts = [];
                    return i + 1;
                }
                if (c === 125 && this.mode === FIRST_KEY)
                    return this.closeContainer(at, i);
                return this.fail("expected a property name in double quotes or '}'", at);
            case COLON:
                if (c !== 58)
                    this.fail("expected ':' after the property name", at);
                this.mode = VALUE;
                return i + 1;
            case AFTER:
                if (this.depth === 0)
                    this.fail('expected end of input after the JSON value', at);
                if (c === 44) {
                    this.next();
                    return i + 1;
                }
                if (c === (this.arrays[this.depth - 1] ? 93 : 125))
                    return this.closeContainer(at, i);
                return this.fail(`expected ',' or '${this.arrays[this.depth - 1] ? ']' : '}'}'`, at);
            default:
                if (c === 93 && this.arrays[this.depth - 1] === true && this.segments[this.depth - 1] === 0)
                    return this.closeContainer(at, i); // empty array
                return this.startValue(c, at, i);
        }
    }
    startValue(c, at, i) {
        this.listener.value?.(this.depth, at);
        if (c === 123 || c === 91) {
            this.arrays.push(c === 91);
            if (c === 91) {
                this.segments.push(0);
                this.mode = VALUE;
            }
            else
                this.mode = FIRST_KEY;
            return i + 1;
        }
        if (c === 34) {
            this.mode = STRING;
            this.inKey = false;
            this.oddBackslashes = false;
            return i + 1;
        }
        if (c === 45 || (c >= 48 && c <= 57) || c === 116 || c === 102 || c === 110) {
            this.mode = SCALAR;
            return i + 1;
        }
        return this.fail('expected a value', at);
    }
    /** After ',': the next array index, or the next object key. */
    next() {
        const d = this.depth - 1;
        if (this.arrays[d]) {
            this.segments[d] = this.segments[d] + 1;
            this.mode = VALUE;
        }
        else {
            this.segments.length = d;
            this.mode = KEY;
        }
    }
    closeContainer(at, i) {
        this.arrays.pop();
        this.segments.length = this.depth;
        this.close(at + 1);
        return i + 1;
    }
    /** The value at the current depth ended just before `endOffset`. */
    close(endOffset) {
        this.mode = AFTER;
        this.listener.end?.(this.depth, endOffset);
    }
    string(chunk, from) {
        let i = from;
        for (;;) {
            if (this.oddBackslashes && i < chunk.length) {
                this.oddBackslashes = false;
                i++;
            }
            const q = chunk.indexOf(34, i);
            const stop = q === -1 ? chunk.length : q;
            let run = 0;
            while (stop - run - 1 >= i && chunk[stop - run - 1] === 92)
                run++;
            if (q === -1) {
                // the string goes on in the next chunk; an odd run of backslashes escapes its first byte
                this.oddBackslashes = run % 2 === 1;
                if (this.inKey)
                    this.keyParts.push(Buffer.from(chunk.subarray(from, stop)));
                return chunk.length;
            }
            if (run % 2 === 1) {
                i = q + 1;
                continue;
            }
            if (this.inKey) {
                this.keyParts.push(chunk.subarray(from, q));
                this.endKey();
            }
            else
                this.close(this.base + q + 1);
            return q + 1;
        }
    }
    endKey() {
        const raw = Buffer.concat(this.keyParts).toString('utf8');
        this.keyParts = [];
        this.segments.push(raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw);
        this.mode = COLON;
    }
}
/** Reads a file chunk by chunk into `scanner` (and `onChunk`, told each chunk's starting offset). */
async function scanFile(absPath, scanner, onChunk) {
    const handle = await open(absPath, 'r');
    try {
        const buf = Buffer.allocUnsafe(1 << 20);
        let offset = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            const chunk = buf.subarray(0, bytesRead);
            const bom = offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
            onChunk?.(chunk, offset);
            scanner.feed(chunk, bom);
            offset += bytesRead;
        }
        scanner.finish();
    }
    finally {
        await handle.close();
    }
}
/**
 * The line of each JSON pointer in a JSON file, or of its nearest enclosing value when the pointer
 * is not in the file (e.g. a field the source's `collection` setting added). Pointers are RFC 6901.
 * One streaming pass; a file that no longer parses gives the lines found before the error.
 */
async function locatePointers(absPath, pointers) {
    const wanted = new Set();
    for (const p of pointers) {
        const parts = p.split('/');
        for (let k = 1; k <= parts.length; k++)
            wanted.add(parts.slice(0, k).join('/'));
    }
    const found = new Map();
    const path = [''];
    const scanner = new json_text_JsonScanner({
        value(depth) {
            path.length = depth + 1;
            if (depth > 0) {
                const parent = path[depth - 1];
                const seg = String(scanner.segments[depth - 1])
                    .replace(/~/g, '~0')
                    .replace(/\//g, '~1');
                path[depth] = parent === undefined ? '\u0000' : `${parent}/${seg}`;
            }
            const here = path[depth];
            if (wanted.has(here))
                found.set(here, scanner.line);
            else
                path[depth] = '\u0000'; // below a value nobody asked about: stop building pointers
        },
    });
    try {
        await scanFile(absPath, scanner);
    }
    catch {
        // lines found so far stay; the rest fall back to their nearest ancestor, if any
    }
    const lines = new Map();
    for (const p of new Set(pointers)) {
        const parts = p.split('/');
        for (let k = parts.length; k >= 1; k--) {
            const line = found.get(parts.slice(0, k).join('/'));
            if (line !== undefined) {
                lines.set(p, line);
                break;
            }
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/sources/with-collection.ts

/**
 * Sets an item's `collection`. STAC requires a `rel: collection` link whenever `collection` is set, so one is
 * added (static-catalog convention, `../collection.json`) when the item has none; a STAC API replaces it with its own.
 */
function withCollection(doc, collection) {
    const links = Array.isArray(doc['links']) ? doc['links'] : [];
    const hasLink = links.some((l) => typeof l === 'object' && l !== null && l['rel'] === 'collection');
    return withMembers(doc, {
        collection,
        links: hasLink ? links : [...links, { rel: 'collection', href: '../collection.json', type: 'application/json' }],
    });
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/utf8.ts


/** The smallest and largest second byte after each lead byte; the bytes after it are 0x80..0xBF. */
function secondByteRange(lead) {
    if (lead >= 0xc2 && lead <= 0xdf)
        return [0x80, 0xbf, 1];
    if (lead === 0xe0)
        return [0xa0, 0xbf, 2];
    if (lead === 0xed)
        return [0x80, 0x9f, 2];
    if (lead >= 0xe1 && lead <= 0xef)
        return [0x80, 0xbf, 2];
    if (lead === 0xf0)
        return [0x90, 0xbf, 3];
    if (lead >= 0xf1 && lead <= 0xf3)
        return [0x80, 0xbf, 3];
    if (lead === 0xf4)
        return [0x80, 0x8f, 3];
    return undefined;
}
/** The index of the first byte that starts an invalid UTF-8 sequence, or -1 when all of `bytes` is UTF-8. */
function firstInvalidUtf8(bytes) {
    for (let i = 0; i < bytes.length;) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        const range = secondByteRange(lead);
        if (range === undefined)
            return i;
        const [low, high, more] = range;
        const second = bytes[i + 1];
        if (second === undefined || second < low || second > high)
            return i;
        for (let k = 2; k <= more; k++) {
            const b = bytes[i + k];
            if (b === undefined || b < 0x80 || b > 0xbf)
                return i;
        }
        i += more + 1;
    }
    return -1;
}
const hex = (b) => `0x${b.toString(16).padStart(2, '0').toUpperCase()}`;
/** The error for bytes that are not UTF-8, at `at` (an index into `bytes`). */
function notUtf8(bytes, at, place) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let line = place.line ?? 1;
    for (let i = buf.indexOf(10); i !== -1 && i < at; i = buf.indexOf(10, i + 1))
        line++;
    const lineStart = at === 0 ? 0 : buf.lastIndexOf(10, at - 1) + 1;
    const offset = (place.offset ?? 0) + at;
    const shown = [...buf.subarray(at, at + 4)].map(hex).join(' ');
    return new ConfigurationError(`${place.file}: line ${line} is not valid UTF-8 at byte offset ${offset} (byte ${at - lineStart + 1} of the ` +
        `line): ${shown} is no UTF-8 sequence`, {
        location: { file: place.file, line, ...(place.entry !== undefined ? { entry: place.entry } : {}) },
        hint: 'stac-ingest reads UTF-8 only and replaces nothing; ' +
            're-encode the file as UTF-8, e.g. `iconv -f latin1 -t utf-8`',
    });
}
/** Throws a located ConfigurationError when `bytes` are not UTF-8. */
function utf8_checkUtf8(bytes, place) {
    if (isUtf8(bytes))
        return;
    throw notUtf8(bytes, Math.max(0, firstInvalidUtf8(bytes)), place);
}
/** `bytes` as text (a leading byte order mark dropped), refused with a located error when they are not UTF-8. */
function utf8_decodeUtf8(bytes, place) {
    utf8_checkUtf8(bytes, place);
    return stripBom(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}
/** `text` without a leading byte order mark. */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

;// CONCATENATED MODULE: ./src/sources/lines.ts




const CHUNK_BYTES = (/* unused pure expression or super */ null && (1 << 20));
/** The error for a line past the size cap, named by file and line (the file is never held in memory whole). */
function lineTooLong(file, line, maxLineBytes) {
    return new ConfigurationError(`${file}: line ${line} is longer than ${lines_formatBytes(maxLineBytes)}, the largest document stac-ingest reads`, {
        location: { file, line },
        hint: 'one line holds one document; split the file into one JSON object per line, or shrink the document',
    });
}
function lines_formatBytes(n) {
    return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(0)} MiB` : `${n.toLocaleString('en-US')} bytes`;
}
/** Newlines in `bytes` from `from` to `to` (native scans, no decoding). */
function countLines(bytes, from, to) {
    let n = 0;
    for (let i = bytes.indexOf(10, from); i !== -1 && i < to; i = bytes.indexOf(10, i + 1))
        n++;
    return n;
}
/**
 * Streams a text file as blocks of whole lines (about 1 MiB each), checked to be UTF-8 but not decoded, without
 * holding the file. A line longer than `maxLineBytes` (default: the document size cap) is a ConfigurationError
 * naming `file` and the line, never an out-of-memory crash; bytes that are not UTF-8 one naming the line and
 * byte offset. The file is opened before the first block
 * is asked for, so a missing file rejects the first `next()`.
 */
async function* lines_readLineBlocks(absPath, file, options = {}) {
    const max = options.maxLineBytes ?? MAX_DOCUMENT_BYTES;
    const handle = await open(absPath, 'r');
    try {
        const { size } = await handle.stat();
        let carry = Buffer.alloc(0); // the start of a line that goes on in the next chunk
        let line = 1; // the number of carry's line
        let position = 0; // file offset of carry
        for (;;) {
            const buf = Buffer.allocUnsafe(CHUNK_BYTES);
            const { bytesRead } = await handle.read(buf, 0, CHUNK_BYTES, null);
            const chunk = carry.length > 0 ? Buffer.concat([carry, buf.subarray(0, bytesRead)]) : buf.subarray(0, bytesRead);
            if (bytesRead === 0) {
                if (chunk.length > 0)
                    yield checkedBlock(chunk, file, line, position, size);
                return;
            }
            const last = chunk.lastIndexOf(10);
            if (last === -1) {
                if (chunk.length > max)
                    throw lineTooLong(file, line, max);
                carry = chunk;
                continue;
            }
            const block = chunk.subarray(0, last + 1);
            for (let start = 0, n = line; start < block.length; n++) {
                const end = block.indexOf(10, start);
                if (end - start > max)
                    throw lineTooLong(file, n, max);
                start = end + 1;
            }
            const next = { line: line + countLines(block, 0, block.length), position: position + block.length };
            const rest = Buffer.from(chunk.subarray(last + 1));
            yield checkedBlock(block, file, line, position, size);
            ({ line, position } = next);
            carry = rest;
            if (carry.length > max)
                throw lineTooLong(file, line, max);
        }
    }
    finally {
        await handle.close();
    }
}
function checkedBlock(bytes, file, firstLine, offset, fileBytes) {
    checkUtf8(bytes, { file, line: firstLine, offset });
    return { bytes, firstLine, offset, fileBytes };
}
/**
 * The lines of a block (checked to be UTF-8 by {@link readLineBlocks}), decoded (BOM on the file's first line and
 * CR at line ends stripped).
 */
function linesOf(block) {
    const bytes = Buffer.from(block.bytes.buffer, block.bytes.byteOffset, block.bytes.byteLength);
    const out = [];
    let start = 0;
    for (let n = block.firstLine; start < bytes.length; n++) {
        let end = bytes.indexOf(10, start);
        if (end === -1)
            end = bytes.length;
        let text = bytes.toString('utf8', start, end);
        if (text.endsWith('\r'))
            text = text.slice(0, -1);
        out.push({ text: n === 1 ? stripBom(text) : text, line: n, offset: block.offset + start });
        start = end + 1;
    }
    return out;
}
/** Streams a text file line by line (see {@link readLineBlocks}). */
async function* readLines(absPath, file, options = {}) {
    for await (const block of lines_readLineBlocks(absPath, file, options))
        yield* linesOf(block);
}

;// CONCATENATED MODULE: ./src/sources/units.ts




const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Why one line of an NDJSON file is not a document (the same words wherever the line is parsed). */
function lineError(origin, problem) {
    const { file, line, entry } = origin;
    const at = { file, ...(line !== undefined ? { line } : {}), ...(entry !== undefined ? { entry } : {}) };
    const where = line !== undefined ? `${file}: line ${line}` : file;
    if (problem.kind === 'not-object')
        return new errors_ConfigurationError(`${where} is not a JSON object`, { location: { ...at, column: 1 } });
    return new errors_ConfigurationError(`${where} is not valid JSON: ${problem.message}`, {
        location: { ...at, column: problem.column },
        hint: 'NDJSON holds one complete JSON object per line',
    });
}
/** The parsed document of a unit, with the source's collection applied; a ConfigurationError when it is not one. */
function units_parseUnit(unit) {
    if (unit.block !== undefined)
        throw new Error('a block of lines holds several documents: take unitsOf(it)');
    let doc = unit.doc;
    if (doc === undefined) {
        const parsed = json_text_parseJsonText(unit.text ?? '');
        if (!parsed.ok)
            throw lineError(unit.origin, { kind: 'syntax', message: parsed.message, column: parsed.column });
        if (!isObject(parsed.value))
            throw lineError(unit.origin, { kind: 'not-object' });
        doc = parsed.value;
    }
    if (unit.collection !== undefined && doc['type'] === 'Feature')
        doc = withCollection(doc, unit.collection);
    return { doc, origin: unit.origin };
}
/** The documents of a unit: a block's non-blank lines (each with its line), or the unit itself. */
function units_unitsOf(unit) {
    if (unit.block === undefined)
        return [unit];
    const { block, ...rest } = unit;
    const out = [];
    for (const { text, line } of linesOf(block))
        if (text.trim() !== '')
            out.push({ ...rest, text, origin: { ...unit.origin, line } });
    return out;
}
/** {@link unitsOf} over a stream of units. */
async function* eachUnit(units) {
    for await (const unit of units)
        yield* units_unitsOf(unit);
}

;// CONCATENATED MODULE: ./src/compare/datetime.ts
/**
 * stac-pydantic's `UtcDatetime` (pydantic 2 `AwareDatetime`, then `astimezone(utc)`), as the
 * pinned StacLoader runs it (twin/stored-form.json, type_behaviour "datetime"): what it accepts
 * and the text `model_dump(mode="json")` writes, `YYYY-MM-DDTHH:MM:SS[.ffffff]Z`.
 */
/** Date, time (seconds optional), fraction (`.` or `,`), zone; `T`, `t`, `_` or a space between. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt_ ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$/;
/** A number of seconds (or milliseconds, above 2e10) since 1970 written as a string. */
const UNIX_TEXT = /^-?\d+(?:\.\d+)?$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n, width) => String(n).padStart(width, '0');
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** The UTC text pydantic writes for `value`, or why the loader refuses it. */
function pydanticDatetime(value) {
    if (typeof value === 'bigint')
        return fromUnix(Number(value));
    if (typeof value === 'number') {
        return Number.isNaN(value) ? { ok: false, reason: 'NaN is not a datetime' } : fromUnix(value);
    }
    if (typeof value !== 'string')
        return { ok: false, reason: `${describe(value)} is not a datetime` };
    if (UNIX_TEXT.test(value))
        return fromUnix(Number(value));
    const m = RFC3339.exec(value);
    if (!m)
        return { ok: false, reason: 'is not an RFC 3339 datetime like 2020-01-01T00:00:00Z' };
    const [, y, mo, d, h, mi, s, frac, z, sign, oh, om] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (year === 0)
        return { ok: false, reason: 'year 0 is out of range' };
    if (month < 1 || month > 12)
        return { ok: false, reason: 'has a month outside 1-12' };
    const days = month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] ?? 31);
    if (day < 1 || day > days)
        return { ok: false, reason: 'has a day outside its month' };
    if (h === undefined)
        return { ok: false, reason: 'has no time and no timezone', naive: true };
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 59) {
        return { ok: false, reason: 'has an hour, minute or second out of range (no hour 24, no leap second 60)' };
    }
    if (z === undefined && sign === undefined)
        return { ok: false, reason: 'has no timezone', naive: true };
    let offset = 0;
    if (sign !== undefined) {
        if (Number(oh) > 23 || Number(om) > 59)
            return { ok: false, reason: 'has a UTC offset out of range' };
        offset = (Number(oh) * 60 + Number(om)) * (sign === '-' ? -1 : 1);
    }
    const micro = frac === undefined ? 0 : Number(frac.slice(0, 6).padEnd(6, '0'));
    const local = utcMs(year, month, day, Number(h), Number(mi), Number(s ?? '0'));
    const ms = local - offset * 60_000;
    if (ms < MIN_MS || ms > MAX_MS)
        return { ok: false, reason: 'falls outside the years 1-9999 once converted to UTC' };
    return { ok: true, value: format(ms, micro) };
}
const MIN_MS = utcMs(1, 1, 1, 0, 0, 0);
const MAX_MS = utcMs(9999, 12, 31, 23, 59, 59) + 999;
function utcMs(y, mo, d, h, mi, s) {
    const t = new Date(0);
    t.setUTCFullYear(y, mo - 1, d);
    t.setUTCHours(h, mi, s, 0);
    return t.getTime();
}
/** Seconds since 1970 (milliseconds when the magnitude is above 2e10), rounded to microseconds. */
function fromUnix(n) {
    if (!Number.isFinite(n))
        return { ok: false, reason: 'is not a finite number' };
    const seconds = Math.abs(n) > 2e10 ? n / 1000 : n;
    const micros = Math.round(seconds * 1e6);
    const ms = Math.floor(micros / 1000);
    if (ms < MIN_MS || ms > MAX_MS)
        return { ok: false, reason: 'is a unix time outside the years 1-9999' };
    return { ok: true, value: format(ms, ((micros % 1_000_000) + 1_000_000) % 1_000_000) };
}
function format(ms, micro) {
    const t = new Date(ms - (ms % 1000 < 0 ? 1000 + (ms % 1000) : ms % 1000));
    const base = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}` +
        `T${pad(t.getUTCHours(), 2)}:${pad(t.getUTCMinutes(), 2)}:${pad(t.getUTCSeconds(), 2)}`;
    return micro === 0 ? `${base}Z` : `${base}.${pad(micro, 6)}Z`;
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    return typeof v === 'object' ? 'an object' : typeof v;
}

;// CONCATENATED MODULE: ./src/compare/py-value.ts
/**
 * JSON values as the StacLoader's Python holds them after `json.loads`: an integer literal is an
 * exact `int` (here a `bigint`), any other number a `float` (an IEEE double, here a `number`),
 * whatever its size or text. The stored-form model works on these, so `10` and `10.0`, or
 * `9007199254740993` and `9007199254740992`, stay apart where the loader keeps them apart.
 */

const py_value_isPyObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const INTEGER_TEXT = /^-?\d+$/;
/** A parsed JSON value (number text kept, see src/json.ts) as Python reads its text. */
function py_value_toPy(value, reading) {
    return member(value, undefined, '', reading);
}
function member(v, holder, key, reading) {
    if (typeof v === 'number') {
        const text = holder && numberText(holder, key);
        if (text === undefined) {
            // the same as reading String(v), without building it: a fraction or inf/nan is a float, a safe integer an int
            if (!Number.isInteger(v))
                return v;
            if (Number.isSafeInteger(v))
                return BigInt(v);
        }
        const written = text ?? String(v);
        if (!INTEGER_TEXT.test(written))
            return Number(written);
        if (reading)
            reading.exactInts = true;
        return BigInt(written);
    }
    // number texts are looked up only in containers that keep some (most keep none)
    if (Array.isArray(v)) {
        const texts = hasNumberTexts(v) ? v : undefined;
        const out = [];
        for (let i = 0; i < v.length; i++)
            out.push(member(v[i], texts, i, reading));
        return out;
    }
    if (typeof v === 'object' && v !== null) {
        const texts = hasNumberTexts(v) ? v : undefined;
        const out = {};
        for (const k of Object.keys(v)) {
            const x = v[k];
            if (x !== undefined)
                setMember(out, k, member(x, texts, k, reading));
        }
        return out;
    }
    if (typeof v === 'bigint' && reading)
        reading.exactInts = true;
    if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'bigint')
        return v;
    return null;
}
/** Back to a plain JSON value whose numbers write as Python writes them (`10.0`, `1e+20`, exact integers). */
function py_value_fromPy(value) {
    if (Array.isArray(value)) {
        const out = [];
        value.forEach((x, i) => (out[i] = plainMember(x, out, i)));
        return out;
    }
    if (py_value_isPyObject(value)) {
        const out = {};
        for (const [k, x] of Object.entries(value))
            setMember(out, k, plainMember(x, out, k));
        return out;
    }
    return plainMember(value, undefined, '');
}
function plainMember(v, holder, key) {
    if (typeof v === 'bigint') {
        const n = Number(v);
        if (holder && String(n) !== v.toString())
            setNumberText(holder, key, v.toString());
        return n;
    }
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            return null;
        const text = pyFloatRepr(v);
        if (holder && text !== String(v))
            setNumberText(holder, key, text);
        return v;
    }
    if (Array.isArray(v) || py_value_isPyObject(v))
        return py_value_fromPy(v);
    return v;
}
/** Python's `repr(float)`: the shortest round-trip digits, `.0` on whole numbers, exponent from 1e16 and below 1e-4. */
function pyFloatRepr(n) {
    if (Object.is(n, -0))
        return '-0.0';
    const [mantissa = '', expText = '0'] = n.toExponential().split('e');
    const exp = Number(expText);
    const sign = n < 0 ? '-' : '';
    const digits = mantissa.replace('-', '').replace('.', '');
    if (exp < -4 || exp >= 16) {
        const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    }
    if (exp < 0)
        return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    if (exp >= digits.length - 1)
        return `${sign}${digits}${'0'.repeat(exp - digits.length + 1)}.0`;
    return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}
/** Python's `==` on JSON values: numbers by value, `True == 1`, containers member by member. */
function pyEqual(a, b) {
    const na = numeric(a);
    const nb = numeric(b);
    if (na !== undefined || nb !== undefined)
        return na !== undefined && nb !== undefined && py_value_sameNumber(na, nb);
    if (Array.isArray(a))
        return Array.isArray(b) && a.length === b.length && a.every((x, i) => pyEqual(x, b[i] ?? null));
    if (py_value_isPyObject(a)) {
        if (!py_value_isPyObject(b))
            return false;
        const keys = Object.keys(a);
        return keys.length === Object.keys(b).length && keys.every((k) => k in b && pyEqual(a[k] ?? null, b[k] ?? null));
    }
    return a === b;
}
function numeric(v) {
    if (typeof v === 'boolean')
        return v ? 1n : 0n;
    return typeof v === 'bigint' || typeof v === 'number' ? v : undefined;
}
/** Equality of an int or float with an int or float by mathematical value. */
function py_value_sameNumber(a, b) {
    // `==` between a bigint and a number compares their mathematical values
    return a == b;
}

;// CONCATENATED MODULE: ./src/compare/loader-model.ts
/**
 * The StacLoader's models, field by field: stac-pydantic 3.5.1 `Item` / `Collection` with their
 * nested models and geojson-pydantic 2.1.1 geometries, validated in pydantic 2's lax mode and
 * dumped with `model_dump(mode="json")` (by alias, `exclude_unset`, nulls kept), as
 * twin/stored-form.json lists them. `throughModels` returns what the models hand to pypgstac,
 * every change they made and every reason they refuse the document.
 */



/** `at`'s child `key`. */
const child = (at, key) => ({ parent: at, key });
/** `at` as an RFC 6901 JSON pointer. */
function ptr(at) {
    let out = '';
    for (let a = at; a !== undefined; a = a.parent)
        out = `/${String(a.key).replace(/~/g, '~0').replace(/\//g, '~1')}${out}`;
    return out;
}
function fail(w, at, rule, message) {
    w.errors.push({ pointer: ptr(at), rule, message });
}
function loader_model_describe(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 37) + '...' : v)}`;
    if (typeof v === 'bigint' || typeof v === 'number')
        return `the number ${String(v)}`;
    if (typeof v === 'boolean')
        return String(v);
    return Array.isArray(v) ? 'a list' : 'an object';
}
// ---------------------------------------------------------------------------------------------
// scalar kinds
// ---------------------------------------------------------------------------------------------
function str(opts = {}) {
    return (v, at, w) => {
        const rule = opts.rule ?? 'loader:field';
        if (typeof v !== 'string')
            fail(w, at, rule, `must be a string (got ${loader_model_describe(v)})`);
        else if (opts.minLength !== undefined && codePointsBelow(v, opts.minLength))
            fail(w, at, rule, 'must not be empty');
        else if (opts.pattern !== undefined && !opts.pattern.test(v)) {
            fail(w, at, rule, `${loader_model_describe(v)} does not have the required form`);
        }
        return v;
    };
}
/** Whether `s` has fewer than `n` code points (spread only when its length leaves it open: 1 or 2 units each). */
function codePointsBelow(s, n) {
    if (s.length < n)
        return true;
    return s.length < 2 * n && [...s].length < n;
}
function literal(value) {
    return (v, at, w) => {
        if (v !== value)
            fail(w, at, 'loader:type', `must be "${value}" (got ${loader_model_describe(v)})`);
        return v;
    };
}
/** Python `float(...)` of a string, as pydantic's lax float parsing takes it. */
function floatOfText(s) {
    const t = s.trim();
    if (/^[+-]?(inf|infinity)$/i.test(t))
        return t.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/i.test(t))
        return NaN;
    if (!/^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/.test(t))
        return undefined;
    return Number(t.replace(/_/g, ''));
}
/** pydantic lax `float`: numbers, booleans and numeric strings become floats. */
function loader_model_float(opts = {}) {
    return (v, at, w) => {
        let out;
        if (typeof v === 'number')
            out = v;
        else if (typeof v === 'bigint')
            out = Number(v);
        else if (typeof v === 'boolean')
            out = v ? 1 : 0;
        else if (typeof v === 'string')
            out = floatOfText(v);
        if (out === undefined) {
            fail(w, at, 'loader:number', `must be a number (got ${loader_model_describe(v)})`);
            return v;
        }
        if (opts.gt !== undefined && !(out > opts.gt)) {
            fail(w, at, 'loader:number', `must be greater than ${opts.gt} (got ${String(v)})`);
            return v;
        }
        if (typeof v !== 'number' && w.quiet !== true) {
            const rounded = typeof v === 'bigint' && BigInt(out) !== v ? ', rounded to a double' : '';
            const message = `${loader_model_describe(v)} becomes the float ${pyFloatRepr(out)}${rounded}`;
            w.changes.push({ pointer: ptr(at), rule: 'float', message });
        }
        return out;
    };
}
/** pydantic smart union `float | int` (`NumType`): ints stay ints, numeric strings and booleans become floats. */
function intOrFloat(orStr) {
    const asFloat = loader_model_float();
    return (v, at, w) => {
        if (typeof v === 'bigint' || typeof v === 'number')
            return v;
        if (orStr && typeof v === 'string')
            return v;
        return asFloat(v, at, w);
    };
}
function datetime(v, at, w) {
    const r = pydanticDatetime(v);
    if (!r.ok) {
        const rule = r.naive ? 'loader:timezone' : 'loader:datetime';
        const shown = typeof v === 'string' ? `'${v}'` : loader_model_describe(v);
        const hint = r.naive ? "; add 'Z' or an offset" : '';
        fail(w, at, rule, `${lastToken(at)} ${shown} ${r.reason}${hint}`);
        return v;
    }
    if (r.value !== v && w.quiet !== true)
        w.changes.push({ pointer: ptr(at), rule: 'datetime', message: `${loader_model_describe(v)} is stored as "${r.value}"` });
    return r.value;
}
function lastToken(at) {
    return at === undefined ? '' : String(at.key);
}
/** pydantic `AnyUrl`: a URL with a scheme, normalised as the WHATWG URL standard (Rust `url`) does. */
function url(v, at, w) {
    if (typeof v !== 'string') {
        fail(w, at, 'loader:extension-url', `must be a URL string (got ${loader_model_describe(v)})`);
        return v;
    }
    let href;
    try {
        href = new URL(v).href;
    }
    catch {
        fail(w, at, 'loader:extension-url', `${loader_model_describe(v)} is not a URL; use the extension's schema URL, ` +
            'e.g. https://stac-extensions.github.io/eo/v1.1.0/schema.json');
        return v;
    }
    if (href !== v && w.quiet !== true)
        w.changes.push({ pointer: ptr(at), rule: 'url', message: `"${v}" is stored as "${href}"` });
    return href;
}
// ---------------------------------------------------------------------------------------------
// containers
// ---------------------------------------------------------------------------------------------
function list(of, opts = {}) {
    return (v, at, w) => {
        const rule = opts.rule ?? 'loader:field';
        if (!Array.isArray(v)) {
            fail(w, at, rule, `must be a list (got ${loader_model_describe(v)})`);
            return v;
        }
        if (opts.min !== undefined && v.length < opts.min) {
            fail(w, at, rule, `needs at least ${opts.min} ${opts.what ?? 'entries'} (has ${v.length})`);
        }
        else if (opts.max !== undefined && v.length > opts.max) {
            fail(w, at, rule, `takes at most ${opts.max} ${opts.what ?? 'entries'} (has ${v.length})`);
        }
        return v.map((x, i) => of(x, child(at, i), w));
    };
}
function dict(of) {
    return (v, at, w) => {
        if (!py_value_isPyObject(v)) {
            fail(w, at, 'loader:field', `must be an object (got ${loader_model_describe(v)})`);
            return v;
        }
        const out = {};
        for (const [k, x] of Object.entries(v))
            setMember(out, k, of(x, child(at, k), w));
        return out;
    };
}
/** A fixed-size tuple of numbers of one of the given lengths (a bbox, a position). */
function numbers(lengths, of, rule, what) {
    return (v, at, w) => {
        if (!Array.isArray(v) || !lengths.includes(v.length)) {
            const got = Array.isArray(v) ? `${v.length} number(s)` : loader_model_describe(v);
            fail(w, at, rule, `${what} must be a list of ${lengths.join(' or ')} numbers (got ${got})`);
            return v;
        }
        return v.map((x, i) => of(x, child(at, i), w));
    };
}
/** The required members of each model (looked up once, not per document). */
const requiredKeys = new WeakMap();
function requiredOf(spec) {
    let keys = requiredKeys.get(spec);
    if (keys === undefined) {
        keys = Object.keys(spec.fields).filter((k) => spec.fields[k]?.required === true);
        requiredKeys.set(spec, keys);
    }
    return keys;
}
function model(spec) {
    return (v, at, w) => {
        if (!py_value_isPyObject(v)) {
            fail(w, at, 'loader:field', `must be an object (got ${loader_model_describe(v)})`);
            return v;
        }
        if (spec.pre !== undefined && !spec.pre(v, at, w))
            return v;
        const before = w.errors.length;
        const out = {};
        for (const key of Object.keys(v)) {
            const value = v[key];
            // own members only: a member named like an Object.prototype property (`constructor`) is not a field
            const field = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
            if (field === undefined) {
                if (spec.extra === 'allow')
                    setMember(out, key, value);
                else if (w.quiet !== true) {
                    const kept = Object.keys(spec.fields).join(', ');
                    w.changes.push({
                        pointer: ptr(child(at, key)),
                        rule: 'dropped',
                        message: `dropped: ${spec.name} keeps only ${kept}`,
                    });
                }
            }
            else if (value === null && field.nullable === true) {
                if (spec.dropIfNull?.includes(key)) {
                    if (w.quiet !== true)
                        w.changes.push({
                            pointer: ptr(child(at, key)),
                            rule: 'dropped',
                            message: 'a null member removed by the serializer',
                        });
                }
                else
                    out[key] = null;
            }
            else
                out[key] = field.v(value, child(at, key), w);
        }
        for (const key of requiredOf(spec)) {
            if (!(key in v))
                fail(w, child(at, key), requiredRule(key), `missing \`${key}\` (${spec.name} requires it)`);
        }
        if (spec.check !== undefined && w.errors.length === before)
            spec.check(out, at, w);
        return out;
    };
}
function requiredRule(key) {
    if (key === 'datetime')
        return 'loader:datetime';
    if (key === 'id')
        return 'loader:id';
    if (key === 'type')
        return 'loader:type';
    return 'loader:field';
}
// ---------------------------------------------------------------------------------------------
// geojson-pydantic geometries
// ---------------------------------------------------------------------------------------------
const coordinate = loader_model_float();
const position = numbers([2, 3], coordinate, 'loader:geometry', 'a position');
const bboxTuple = numbers([4, 6], loader_model_float(), 'loader:bbox', 'bbox');
/** geojson-pydantic's bbox check on a geometry: min y <= max y, min z <= max z. */
function geometryBbox(v, at, w) {
    const out = bboxTuple(v, at, w);
    if (Array.isArray(out) && out.every((x) => typeof x === 'number')) {
        const b = out;
        const o = b.length / 2;
        if (b[1] > b[1 + o])
            fail(w, at, 'loader:bbox', 'bbox min y is greater than max y');
        if (o > 2 && b[2] > b[2 + o])
            fail(w, at, 'loader:bbox', 'bbox min z is greater than max z');
    }
    return out;
}
const positions = (min, what = 'positions') => list(position, { ...(min === undefined ? {} : { min }), rule: 'loader:geometry', what });
function closedRings(rings, at, w) {
    if (!Array.isArray(rings))
        return;
    rings.forEach((ring, i) => {
        if (!Array.isArray(ring) || ring.length === 0)
            return;
        if (!pyEqual(ring[0] ?? null, ring[ring.length - 1] ?? null)) {
            fail(w, child(at, i), 'loader:geometry', 'linear ring is not closed: its last position must equal its first; repeat the first position at the end');
        }
    });
}
function geometryModel(type, coords, check) {
    const spec = {
        name: type,
        extra: 'ignore',
        fields: { bbox: { v: geometryBbox, nullable: true }, type: { v: literal(type), required: true } },
        dropIfNull: ['bbox'],
    };
    if (type === 'GeometryCollection')
        spec.fields['geometries'] = { v: coords, required: true };
    else
        spec.fields['coordinates'] = { v: coords, required: true };
    if (check)
        spec.check = check;
    return spec;
}
const ring = positions(4, 'positions in a linear ring');
const line = positions(2, 'positions in a LineString');
const GEOMETRY_MODELS = {
    Point: geometryModel('Point', position),
    MultiPoint: geometryModel('MultiPoint', positions()),
    LineString: geometryModel('LineString', line),
    MultiLineString: geometryModel('MultiLineString', list(line, { rule: 'loader:geometry' })),
    Polygon: geometryModel('Polygon', list(ring, { rule: 'loader:geometry' }), (out, at, w) => closedRings(out['coordinates'] ?? null, child(at, 'coordinates'), w)),
    MultiPolygon: geometryModel('MultiPolygon', list(list(ring, { rule: 'loader:geometry' }), { rule: 'loader:geometry' }), (out, at, w) => {
        const polygons = out['coordinates'];
        if (Array.isArray(polygons))
            polygons.forEach((p, i) => closedRings(p, child(child(at, 'coordinates'), i), w));
    }),
    GeometryCollection: geometryModel('GeometryCollection', list(geometry, { rule: 'loader:geometry' }), (out, at, w) => {
        const parts = out['geometries'];
        if (Array.isArray(parts) && new Set(parts.map(hasZ)).size === 2) {
            fail(w, child(at, 'geometries'), 'loader:geometry', 'a GeometryCollection cannot mix 2D and 3D geometries');
        }
    }),
};
/** Whether any position of a geometry has a third number. */
function hasZ(g) {
    if (!py_value_isPyObject(g))
        return false;
    if (Array.isArray(g['geometries']))
        return g['geometries'].some(hasZ);
    const deep = (c) => Array.isArray(c) && (c.length === 3 && !Array.isArray(c[0]) ? true : c.some((x) => Array.isArray(x) && deep(x)));
    return deep(g['coordinates'] ?? null);
}
/** The discriminated union on `type`. */
function geometry(v, at, w) {
    if (!py_value_isPyObject(v)) {
        fail(w, at, 'loader:geometry', `geometry must be a GeoJSON geometry object (got ${loader_model_describe(v)})`);
        return v;
    }
    const spec = typeof v['type'] === 'string' && Object.hasOwn(GEOMETRY_MODELS, v['type']) ? GEOMETRY_MODELS[v['type']] : undefined;
    if (spec === undefined) {
        const kinds = Object.keys(GEOMETRY_MODELS).join(', ');
        fail(w, child(at, 'type'), 'loader:geometry', `geometry type ${loader_model_describe(v['type'] ?? null)} is not one of ${kinds}`);
        return v;
    }
    return model(spec)(v, at, w);
}
// ---------------------------------------------------------------------------------------------
// stac-pydantic models
// ---------------------------------------------------------------------------------------------
const SEMVER_ID = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)';
/** stac-pydantic's `SEMVER_REGEX` (stac_version). */
const SEMVER = new RegExp(`^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${SEMVER_ID}(?:\\.${SEMVER_ID})*))?` +
    '(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$');
const optStr = { v: str(), nullable: true };
const strList = { v: list(str()), nullable: true };
const dt = { v: datetime, nullable: true };
const PROVIDER = {
    name: 'Provider',
    extra: 'ignore',
    fields: { name: { v: str({ minLength: 1 }), required: true }, description: optStr, roles: strList, url: optStr },
};
const LINK = {
    name: 'Link',
    extra: 'allow',
    fields: {
        href: { v: str({ minLength: 1, rule: 'loader:link' }), required: true },
        rel: { v: str({ minLength: 1, rule: 'loader:link' }), required: true },
        type: optStr,
        title: optStr,
    },
};
const ASSET = {
    name: 'Asset',
    extra: 'allow',
    fields: {
        href: { v: str({ minLength: 1, rule: 'loader:asset' }), required: true },
        type: optStr,
        title: optStr,
        description: optStr,
        roles: strList,
    },
};
const stacExtensions = { v: list(url, { rule: 'loader:extension-url' }), nullable: true };
const links = { v: list(model(LINK), { rule: 'loader:link' }), required: true };
const stacVersion = { v: str({ pattern: SEMVER, rule: 'loader:stac-version' }) };
const ITEM_PROPERTIES = {
    name: 'ItemProperties',
    extra: 'allow',
    fields: {
        title: optStr,
        description: optStr,
        datetime: { v: datetime, nullable: true, required: true },
        created: dt,
        updated: dt,
        start_datetime: dt,
        end_datetime: dt,
        license: optStr,
        providers: { v: list(model(PROVIDER)), nullable: true },
        platform: optStr,
        instruments: strList,
        constellation: optStr,
        mission: optStr,
        gsd: { v: loader_model_float({ gt: 0 }), nullable: true },
    },
    check: (out, at, w) => {
        // StacCommonMetadata.validate_datetime_or_start_end, then validate_start_end
        const start = out['start_datetime'] ?? null;
        const end = out['end_datetime'] ?? null;
        if (start === null && end === null) {
            if ((out['datetime'] ?? null) === null) {
                const msg = 'datetime is null, so both start_datetime and end_datetime are required';
                fail(w, child(at, 'datetime'), 'loader:datetime', msg);
            }
        }
        else if (start === null || end === null) {
            const [given, missing] = start === null ? ['end_datetime', 'start_datetime'] : ['start_datetime', 'end_datetime'];
            fail(w, child(at, missing), 'loader:datetime', `${given} is set without ${missing}; give both or neither`);
        }
    },
};
const ITEM = {
    name: 'Item',
    extra: 'ignore',
    fields: {
        bbox: { v: numbers([4, 6], loader_model_float(), 'loader:bbox', 'bbox'), nullable: true },
        type: { v: literal('Feature'), required: true },
        geometry: { v: geometry, required: true, nullable: true },
        properties: { v: model(ITEM_PROPERTIES), required: true },
        id: { v: str({ minLength: 1, rule: 'loader:id' }), required: true },
        stac_version: stacVersion,
        assets: { v: dict(model(ASSET)), required: true },
        links,
        stac_extensions: stacExtensions,
        collection: { v: str({ rule: 'loader:collection' }), nullable: true },
    },
    dropIfNull: ['bbox', 'id'],
    pre: (doc, at, w) => {
        // stac-pydantic `Item.validate_bbox`: `if values.get("geometry") and values.get("bbox") is None`
        const g = doc['geometry'];
        const truthy = py_value_isPyObject(g) ? Object.keys(g).length > 0 : Array.isArray(g) ? g.length > 0 : Boolean(g);
        if (!truthy || (doc['bbox'] ?? null) !== null)
            return true;
        fail(w, child(at, 'bbox'), 'loader:bbox', 'bbox is required when geometry is set; add the bounding box of the geometry');
        return false;
    },
};
const collectionBbox = numbers([4, 6], intOrFloat(false), 'loader:bbox', 'bbox');
const SPATIAL_EXTENT = {
    name: 'SpatialExtent',
    extra: 'ignore',
    fields: { bbox: { v: list(collectionBbox, { rule: 'loader:bbox' }), required: true } },
    check: (out, at, w) => checkBboxes(out['bbox'] ?? null, child(at, 'bbox'), w),
};
const TIME_INTERVAL = {
    name: 'TimeInterval',
    extra: 'ignore',
    fields: {
        interval: {
            v: list(list(nullableDatetime, { min: 2, max: 2, rule: 'loader:datetime', what: 'values (start, end)' }), {
                min: 1,
                rule: 'loader:datetime',
                what: 'interval',
            }),
            required: true,
        },
    },
    check: (out, at, w) => checkIntervals(out['interval'] ?? null, child(at, 'interval'), w),
};
function nullableDatetime(v, at, w) {
    return v === null ? null : datetime(v, at, w);
}
const EXTENT = {
    name: 'Extent',
    extra: 'ignore',
    fields: {
        spatial: { v: model(SPATIAL_EXTENT), required: true },
        temporal: { v: model(TIME_INTERVAL), required: true },
    },
};
const RANGE = {
    name: 'Range',
    extra: 'ignore',
    fields: { minimum: { v: intOrFloat(true), required: true }, maximum: { v: intOrFloat(true), required: true } },
};
/**
 * `Range | list[Any] | dict[str, Any]` in pydantic's smart mode: an object whose minimum and maximum are
 * numbers or strings is a Range.
 */
function summary(v, at, w) {
    if (Array.isArray(v))
        return v;
    if (py_value_isPyObject(v)) {
        const isRangeValue = (x) => typeof x === 'bigint' || typeof x === 'number' || typeof x === 'string';
        return isRangeValue(v['minimum']) && isRangeValue(v['maximum']) ? model(RANGE)(v, at, w) : v;
    }
    fail(w, at, 'loader:field', `a summary must be a list, a range object or a JSON Schema object (got ${loader_model_describe(v)})`);
    return v;
}
const COLLECTION = {
    name: 'Collection',
    extra: 'allow',
    fields: {
        id: { v: str({ minLength: 1, rule: 'loader:id' }), required: true },
        description: { v: str({ minLength: 1 }), required: true },
        stac_version: stacVersion,
        links,
        stac_extensions: stacExtensions,
        title: optStr,
        type: { v: literal('Collection'), required: true },
        assets: { v: dict(model(ASSET)), nullable: true },
        license: { v: str({ minLength: 1 }), required: true },
        extent: { v: model(EXTENT), required: true },
        keywords: strList,
        providers: { v: list(model(PROVIDER)), nullable: true },
        summaries: { v: dict(summary), nullable: true },
    },
};
/** stac-pydantic `validate_bbox` on one collection bbox, then containment of the later ones in the first. */
function checkBboxes(v, at, w) {
    if (!Array.isArray(v) || v.length === 0)
        return;
    const boxes = v.map((b) => (Array.isArray(b) ? b.map(Number) : []));
    boxes.forEach((b, i) => {
        const problem = bboxProblem(b);
        if (problem !== undefined)
            fail(w, child(at, i), 'loader:bbox', problem);
    });
    const [x0, y0, x1, y1] = corners(boxes[0] ?? []);
    const crossing = x0 > x1;
    boxes.slice(1).forEach((b, k) => {
        const [sx0, sy0, sx1, sy1] = corners(b);
        const subCrossing = sx0 > sx1;
        let inside = sy0 >= y0 && sy1 <= y1;
        if (inside && !crossing)
            inside = !subCrossing && sx0 >= x0 && sx1 <= x1;
        else if (inside && subCrossing)
            inside = sx0 > x0 && sx1 < x1;
        else if (inside)
            inside = !(sx0 >= 0 && sx0 < x0) && !(sx0 <= 0 && sx1 > x1);
        if (!inside)
            fail(w, child(at, k + 1), 'loader:bbox', 'bbox is not inside the first (overall) bbox');
    });
}
function corners(b) {
    const n = (i) => b[i] ?? 0;
    return b.length === 6 ? [n(0), n(1), n(3), n(4)] : [n(0), n(1), n(2), n(3)];
}
function bboxProblem(b) {
    if (b.length === 0)
        return undefined;
    if (b.length === 6 && (b[5] ?? 0) < (b[2] ?? 0))
        return 'bbox maximum elevation is below its minimum';
    const [x0, y0, x1, y1] = corners(b);
    if (x0 < -180 || y0 < -90 || x1 > 180 || y1 > 90)
        return 'bbox must be within (-180, -90, 180, 90)';
    if (x1 < x0 && (x1 > 0 || x0 < 0))
        return 'bbox max longitude is below its min longitude without crossing the antimeridian';
    if (y1 < y0)
        return 'bbox max latitude is below its min latitude';
    return undefined;
}
/** stac-pydantic `validate_time_interval`: start <= end, and every later interval inside the first. */
function checkIntervals(v, at, w) {
    if (!Array.isArray(v) || v.length === 0)
        return;
    // canonical datetimes sort as text once every one has six fraction digits
    const t = (x) => typeof x !== 'string' ? undefined : x.includes('.') ? x : x.replace('Z', '.000000Z');
    const [first, ...rest] = v.map((iv) => (Array.isArray(iv) ? [t(iv[0]), t(iv[1])] : [undefined, undefined]));
    const [start, end] = first ?? [];
    if (start && end && start > end)
        fail(w, child(at, 0), 'loader:datetime', 'interval start is after its end');
    rest.forEach(([s, e], k) => {
        const p = child(at, k + 1);
        if (s && e && s > e)
            fail(w, p, 'loader:datetime', 'interval start is after its end');
        else if (start && s && start > s)
            fail(w, p, 'loader:datetime', 'interval starts before the first (overall) interval');
        else if (end && e && e > end)
            fail(w, p, 'loader:datetime', 'interval ends after the first (overall) interval');
    });
}

;// CONCATENATED MODULE: ./src/compare/stored-form.ts
/**
 * What the catalog stores for a document we send, and every reason the StacLoader refuses it:
 * the whole path of twin/STORED_FORM.md, from the handler's `json.loads` through the stac-pydantic
 * models (loader-model.ts), orjson, pypgstac's dehydration and pgstac's hydration on read, to the
 * STAC API. One model serves `validate` (the refusals), `verify` / `plan` (the comparison) and
 * `predict` (the stored form and the changes).
 */



/** The Python int range orjson writes (beyond it the whole collection group of the batch fails). */
const INT_MIN = -(2n ** 63n);
const INT_MAX = 2n ** 64n - 1n;
/** The stored form of a parsed document (plain JSON with number text, see src/json.ts). */
function stored_form_storedForm(doc, context = {}) {
    return storedFormOfPy(toPy(doc), context);
}
function storedFormOfPy(py, context = {}) {
    const w = { errors: [], changes: [] };
    const { kind, stored } = throughLoader(py, w, context);
    return { kind, stored, changes: outermost(w.changes), errors: w.errors };
}
/**
 * Why the loader refuses a parsed document: the `errors` of {@link storedForm}, in the same order, without
 * building the stored form past the models (orjson and pgstac refuse nothing else than wide integers and a
 * null geometry).
 */
function loaderRefusals(doc) {
    const w = { errors: [], changes: [], quiet: true };
    const reading = { exactInts: false };
    const { kind, stored } = throughLoader(py_value_toPy(doc, reading), w, undefined);
    if (kind === 'other')
        return w.errors;
    // the models make no int: only one read from text (or beyond 2^53) can be too wide for orjson
    if (reading.exactInts)
        orjson(stored, undefined, w, false);
    const geometry = py_value_isPyObject(stored) ? stored['geometry'] : undefined;
    if (kind === 'item' && (geometry === null || (typeof geometry === 'number' && !Number.isFinite(geometry))))
        nullGeometry(w);
    return w.errors;
}
/** The loader's path for a document; with no `context`, only through the models. */
function throughLoader(py, w, context) {
    const type = py_value_isPyObject(py) ? py['type'] : undefined;
    if (!py_value_isPyObject(py) || (type !== 'Feature' && type !== 'Collection')) {
        w.errors.push({
            pointer: py_value_isPyObject(py) && type !== undefined ? '/type' : '',
            rule: 'loader:type',
            message: type === undefined
                ? 'missing `type`; the loader dispatches on it and fails without it ' +
                    '(use "Feature" for items, "Collection" for collections)'
                : `type ${JSON.stringify(typeof type === 'bigint' ? type.toString() : type)} cannot be loaded; ` +
                    'the loader accepts only "Feature" (items) and "Collection" (collections)',
        });
        return { kind: 'other', stored: py };
    }
    const kind = type === 'Feature' ? 'item' : 'collection';
    let stored = model(kind === 'item' ? ITEM : COLLECTION)(py, undefined, w);
    if (kind === 'item')
        itemCollection(stored, w);
    if (context === undefined)
        return { kind, stored };
    stored = orjson(stored, undefined, w, true);
    if (kind === 'item' && py_value_isPyObject(stored))
        stored = pgstacItem(stored, context, w);
    return { kind, stored };
}
/** Changes inside a member that was dropped as a whole say nothing more: only the drop is kept. */
function outermost(changes) {
    const dropped = changes.filter((c) => c.rule === 'dropped').map((c) => `${c.pointer}/`);
    return changes.filter((c) => !dropped.some((d) => c.pointer.startsWith(d)));
}
/** The handler's own check after the model: `if not item.collection: raise KeyError(...)`. */
function itemCollection(item, w) {
    if (!py_value_isPyObject(item))
        return;
    const c = item['collection'];
    if (typeof c === 'string' && c !== '')
        return;
    w.errors.push({
        pointer: '/collection',
        rule: 'loader:collection',
        message: c === undefined
            ? 'item has no `collection`; the loader needs it to know where to write the item ' +
                '(set it, or give the source a `collection` in the manifest)'
            : 'collection must be a non-empty string',
    });
}
/**
 * orjson (pypgstac writes the dump with it): integers outside 64 bits fail; inf and nan become null.
 * Without `copy`, only the failures are found (the value is returned as it was).
 */
function orjson(v, at, w, copy) {
    if (typeof v === 'bigint') {
        if (v < INT_MIN || v > INT_MAX) {
            w.errors.push({
                pointer: ptr(at),
                rule: 'loader:integer-range',
                message: `the integer ${v.toString()} is outside the 64-bit range the loader can store (orjson: "Integer exceeds ` +
                    '64-bit range"; the whole collection group of the batch fails); ' +
                    `write it as a float (e.g. ${Number(v).toExponential()}) or a string`,
            });
        }
        return v;
    }
    if (typeof v === 'number' && !Number.isFinite(v)) {
        w.changes.push({ pointer: ptr(at), rule: 'number', message: `${String(v)} is stored as null` });
        return null;
    }
    if (Array.isArray(v)) {
        if (copy)
            return v.map((x, i) => orjson(x, child(at, i), w, true));
        for (let i = 0; i < v.length; i++)
            orjson(v[i] ?? null, child(at, i), w, false);
    }
    else if (py_value_isPyObject(v)) {
        if (!copy)
            for (const k in v)
                orjson(v[k] ?? null, child(at, k), w, false);
        else {
            const out = {};
            for (const [k, x] of Object.entries(v))
                setMember(out, k, orjson(x, child(at, k), w, true));
            return out;
        }
    }
    return v;
}
function nullGeometry(w) {
    w.errors.push({
        pointer: '/geometry',
        rule: 'loader:null-geometry',
        message: 'geometry is null; pgstac stores items with a NOT NULL geometry, so the load fails ' +
            '(and takes the rest of the batch for this collection with it); give the item a geometry',
    });
}
/** pypgstac's row (geometry to PostGIS, content dehydrated) and pgstac's `content_hydrate` on read. */
function pgstacItem(item, context, w) {
    const out = { ...item };
    if (item['geometry'] === null)
        nullGeometry(w);
    else if (py_value_isPyObject(item['geometry']))
        out['geometry'] = postgisGeometry(item['geometry'], child(undefined, 'geometry'), w);
    if (py_value_isPyObject(context.itemAssets) && py_value_isPyObject(item['assets'])) {
        out['assets'] = roundTrip(context.itemAssets, item['assets'], child(undefined, 'assets'), w);
    }
    return stripNullMembers(out, undefined, w);
}
/** PostGIS rebuilds the geometry from WKB: its `bbox` (and anything but type and coordinates) is gone. */
function postgisGeometry(g, at, w) {
    const out = {};
    for (const [k, v] of Object.entries(g)) {
        if (k === 'type' || k === 'coordinates')
            out[k] = v;
        else if (k === 'geometries' && Array.isArray(v)) {
            out[k] = v.map((x, i) => (py_value_isPyObject(x) ? postgisGeometry(x, child(child(at, 'geometries'), i), w) : x));
        }
        else {
            w.changes.push({
                pointer: ptr(child(at, k)),
                rule: 'dropped',
                message: 'dropped: PostGIS rebuilds the geometry',
            });
        }
    }
    return out;
}
const DO_NOT_MERGE = Symbol('do not merge');
/**
 * pypgstac `dehydrate(base, item)` followed by pgstac `merge_jsonb(stored, base)`: members equal to the
 * base's by Python `==` (`1.0 == 1`, `True == 1`), `null` and `[]` come back as the base's value.
 */
function roundTrip(base, item, at, w) {
    const out = {};
    for (const [key, value] of Object.entries(item)) {
        const p = child(at, key);
        if (!Object.hasOwn(base, key))
            setMember(out, key, value);
        else {
            const b = base[key] ?? null;
            const merged = roundTripValue(b, value, p, w);
            if (merged !== DO_NOT_MERGE)
                setMember(out, key, merged);
        }
    }
    return out;
}
function roundTripValue(b, value, at, w) {
    const fromBase = (why) => {
        const shown = json_stringifyJson(py_value_fromPy(b));
        const described = shown.length > 60 ? '(an object)' : shown;
        const message = `stored as the collection's item_assets value ${described} (${why})`;
        if (b !== value)
            w.changes.push({ pointer: ptr(at), rule: 'item_assets', message });
        return b;
    };
    if (pyEqual(b, value))
        return typeof b === typeof value && !py_value_isPyObject(b) && !Array.isArray(b) ? value : fromBase('equal by Python ==');
    if (Array.isArray(b) && Array.isArray(value)) {
        if (b.length !== value.length)
            return value;
        return value.map((v, i) => {
            const bv = b[i] ?? null;
            if (py_value_isPyObject(bv) && py_value_isPyObject(v))
                return roundTrip(bv, v, child(at, i), w);
            return v === null ? bv : v;
        });
    }
    if (value === null || (Array.isArray(value) && value.length === 0))
        return fromBase('an empty value is not stored');
    if (py_value_isPyObject(value) && py_value_isPyObject(b))
        return roundTrip(b, value, at, w);
    return value;
}
/** pgstac's `jsonb_strip_nulls` on the hydrated item: null object members are removed at any depth. */
function stripNullMembers(v, at, w) {
    if (Array.isArray(v))
        return v.map((x, i) => stripNullMembers(x, child(at, i), w));
    if (!py_value_isPyObject(v))
        return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        if (x === null)
            w.changes.push({
                pointer: ptr(child(at, k)),
                rule: 'dropped',
                message: 'null member removed (pgstac drops nulls from items)',
            });
        else
            setMember(out, k, stripNullMembers(x, child(at, k), w));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/stages/validate/pointer.ts
/** Builds an RFC 6901 JSON pointer from path segments (`~` and `/` escaped). */
function jsonPointer(...segments) {
    return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
/** Orders pointers by their segments, numbers numerically (`/a/2` before `/a/10`). */
function comparePointers(a, b) {
    const pa = a.split('/');
    const pb = b.split('/');
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        const x = pa[i] ?? '';
        const y = pb[i] ?? '';
        if (x === y)
            continue;
        const nx = /^\d+$/.test(x) ? Number(x) : NaN;
        const ny = /^\d+$/.test(y) ? Number(y) : NaN;
        if (!Number.isNaN(nx) && !Number.isNaN(ny))
            return nx - ny;
        return x < y ? -1 : 1;
    }
    return pa.length - pb.length;
}

;// CONCATENATED MODULE: ./src/stages/validate/loader-rules.ts





/**
 * What the real StacLoader (eoapi-cdk, stac-pydantic, pypgstac, pgstac) would refuse, checked before
 * anything is published. The refusals come from the one model of the loader, src/compare/stored-form.ts
 * (what the catalog stores and why a document cannot be stored); the checks here are the ones around it:
 * the SNS size limit, the handler's S3-event routing, the placeholder SQL, and fields the loader drops.
 */
/** SNS's message size limit; the loader gets one STAC document per message. */
const SNS_MAX_BYTES = 262_144;
/** The loader treats any message containing this text as an S3 event notification. */
const S3_EVENT_MARKER = 'aws:s3';
/** A raw finding at the place its document came from. */
function locateFinding(f, origin) {
    return { severity: f.severity, rule: f.rule, message: f.message, location: originToLocation(origin, f.pointer) };
}
function checkLoaderRules(doc, origin, options = {}) {
    return loaderRuleProblems(doc, options).map((f) => locateFinding(f, origin));
}
/** The loader rules' findings for one document, with pointers inside it (no origin needed: worker threads run this). */
function loaderRuleProblems(doc, options = {}) {
    const findings = [];
    const add = (severity, rule, pointer, message) => {
        findings.push({ severity, rule, message, pointer });
    };
    const isItem = doc['type'] === 'Feature';
    const sent = isItem && options.overrideCollection !== undefined
        ? withMembers(doc, { collection: options.overrideCollection })
        : doc;
    for (const e of loaderRefusals(sent))
        add('error', e.rule, e.pointer, e.message);
    if (isItem)
        checkItem(doc, options, add);
    if (!settledByText(options))
        checkMessage(doc, add);
    return findings;
}
/** Room for what `withCollection` adds to a document: `"collection"` and a `rel: collection` link. */
const OVERRIDE_ROOM = 256;
/**
 * Whether the document's source text shows it within the SNS limit and free of "aws:s3" however it is
 * serialized: `stringifyJson` of a parsed text is never longer than the text (no whitespace, escapes no longer
 * than the text's, numbers as written), and without a backslash every string is written as the text has it.
 */
function settledByText(options) {
    const { sourceText: text, overrideCollection: collection } = options;
    if (text === undefined || text.length > SNS_MAX_BYTES || text.includes('\\') || text.includes(S3_EVENT_MARKER))
        return false;
    let room = SNS_MAX_BYTES;
    if (collection !== undefined) {
        if (collection.includes(S3_EVENT_MARKER))
            return false;
        room -= OVERRIDE_ROOM + 6 * collection.length;
    }
    // at most 3 UTF-8 bytes per UTF-16 code unit
    return text.length * 3 <= room || Buffer.byteLength(text, 'utf8') <= room;
}
/** The SNS message limit and the loader's S3-event routing, on the document as it is sent. */
function checkMessage(doc, add) {
    const text = json_stringifyJson(doc);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > SNS_MAX_BYTES) {
        add('error', 'loader:size', '', `serialized JSON is ${bytes.toLocaleString('en-US')} bytes (${(bytes / 1024).toFixed(1)} ` +
            `KiB), over the SNS message limit of ${SNS_MAX_BYTES.toLocaleString('en-US')} bytes (256 ` +
            `KiB); make the document smaller (fewer/shorter assets, links or properties)`);
    }
    if (text.includes(S3_EVENT_MARKER)) {
        const places = findText(doc, S3_EVENT_MARKER);
        for (const { pointer, inKey } of places.length > 0 ? places : [{ pointer: '', inKey: false }]) {
            add('error', 'loader:aws-s3', pointer, `the ${inKey ? 'key' : 'value'} contains "${S3_EVENT_MARKER}"; the loader routes any ` +
                `message containing that text to its S3-event path and fails ("no S3 event records!"); reword or remove it`);
        }
    }
}
function checkItem(doc, options, add) {
    for (const key of Object.keys(doc)) {
        if (!Object.hasOwn(ITEM.fields, key)) {
            add('warning', 'loader:unknown-field', jsonPointer(key), `top-level field ${JSON.stringify(key)} is not part of a STAC Item; the loader drops it ` +
                `(move it into \`properties\` to keep it)`);
        }
    }
    const effective = options.overrideCollection ?? doc['collection'];
    if (typeof effective === 'string' && effective.includes("'")) {
        add('warning', 'loader:collection-quote', '/collection', `collection ${JSON.stringify(effective)} contains ' : with CREATE_COLLECTIONS_IF_MISSING set ` +
            `(as in MAAP) the loader puts the id into its SQL unquoted and the load fails for the whole ` +
            `collection group; use an id without '`);
    }
}
/** JSON pointers of every key or string value that contains `needle`. */
function findText(value, needle, at = []) {
    if (typeof value === 'string')
        return value.includes(needle) ? [{ pointer: jsonPointer(...at), inKey: false }] : [];
    const found = [];
    if (Array.isArray(value)) {
        value.forEach((v, i) => found.push(...findText(v, needle, [...at, i])));
    }
    else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
            if (k.includes(needle))
                found.push({ pointer: jsonPointer(...at, k), inKey: true });
            found.push(...findText(v, needle, [...at, k]));
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/stages/validate/check-unit.ts



const check_unit_str = (v) => (typeof v === 'string' ? v : undefined);
/** `fast` answers true when the document passes every schema of its shape (false: not known to). */
function checkUnit(unit, fast, keepDoc) {
    let doc;
    try {
        doc = units_parseUnit(unit).doc;
    }
    catch (err) {
        if (!(err instanceof errors_ConfigurationError))
            throw err;
        return {
            unreadable: { message: err.message, location: err.location, ...(err.hint ? { hint: err.hint } : {}) },
            problems: [],
            fast: false,
        };
    }
    const type = check_unit_str(doc['type']);
    const options = unit.collection === undefined ? {} : { overrideCollection: unit.collection };
    // the text is the document's only when the document was parsed from it here
    if (unit.doc === undefined && unit.text !== undefined)
        options.sourceText = unit.text;
    const result = { problems: loaderRuleProblems(doc, options), fast: fast(doc) };
    if (type !== undefined)
        result.type = type;
    const id = check_unit_str(doc['id']);
    if (id !== undefined)
        result.id = id;
    const collection = type === 'Collection' ? id : check_unit_str(doc['collection']);
    if (collection !== undefined)
        result.collection = collection;
    if (keepDoc)
        result.doc = doc;
    return result;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __nccwpck_require__(4951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(6214);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/uri.js
var uri = __nccwpck_require__(6285);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __nccwpck_require__(779);
;// CONCATENATED MODULE: ./node_modules/ajv/package.json
const package_namespaceObject = {"rE":"8.20.0"};
;// CONCATENATED MODULE: ./src/stages/validate/compiled-code.ts







/**
 * Compiled validators as code: ajv's standalone output for a set of schemas, which evaluates in a
 * few milliseconds where compiling the schemas takes a second. Made at build time for the bundled
 * schemas (scripts/precompile-schemas.ts) and at run time for worker threads; the code is only ever
 * made by stac-ingest itself, from schemas it resolved, never read from the dataset repository.
 */
const compiled_code_AJV_VERSION = package_namespaceObject.rE;
// CommonJS modules seen through ESM: the function is `default` (or `default.default` under some interop)
const cjsDefault = (m) => {
    const d = m.default;
    return d?.default ?? d;
};
const RUNTIME = {
    'ajv/dist/runtime/equal': { default: cjsDefault(equal) },
    'ajv/dist/runtime/ucs2length': { default: cjsDefault(ucs2length) },
    'ajv/dist/runtime/uri': { default: cjsDefault(uri) },
    'ajv-formats/dist/formats': { fullFormats: { ...formats.fullFormats, iri: true, 'iri-reference': true } },
};
function runtimeRequire(id) {
    const m = RUNTIME[id];
    if (m === undefined)
        throw new Error(`compiled validator code needs '${id}', which stac-ingest does not provide`);
    return m;
}
/** Evaluates standalone code: the validators it exports, by schema URL. */
function evaluateValidatorCode(code) {
    const module = { exports: {} };
    // the code is ajv's output for schemas stac-ingest resolved (see the module comment)
    const run = new Function('require', 'module', 'exports', code);
    run(runtimeRequire, module, module.exports);
    return module.exports;
}
/** Standalone code exporting the validators of `urls` (compiled in `ajv`, made with `source: true`). */
function compiled_code_validatorCode(ajv, urls) {
    const standaloneCode = standaloneCodeModule.default;
    return (standaloneCode ?? standaloneCodeModule)(ajv, Object.fromEntries(urls.map((u) => [u, u])));
}
/** A short content hash of a resolved schema. */
function compiled_code_schemaHash(schema) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 16);
}
/** Every schema document `url` reaches through `$ref` (itself included), in discovery order. */
async function compiled_code_schemaClosure(url, resolve) {
    const seen = new Set();
    const visit = async (u) => {
        if (seen.has(u))
            return;
        seen.add(u);
        const refs = [];
        collectRefs(await resolve(u), refs);
        for (const ref of refs) {
            let target;
            try {
                target = new URL(ref, u);
            }
            catch {
                continue;
            }
            target.hash = '';
            if (target.protocol === 'https:' || target.protocol === 'http:')
                await visit(target.href);
        }
    };
    await visit(url);
    return [...seen];
}
function collectRefs(value, out) {
    if (Array.isArray(value))
        for (const v of value)
            collectRefs(v, out);
    else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
            if (k === '$ref' && typeof v === 'string' && !v.startsWith('#'))
                out.push(v);
            else
                collectRefs(v, out);
        }
    }
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __nccwpck_require__(2815);
;// CONCATENATED MODULE: ./src/stages/validate/ajv-instance.ts



// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object's type.
const addFormats = (/* unused pure expression or super */ null && (addFormatsModule));
const MODE_OPTIONS = {
    fast: { allErrors: false, verbose: false, inlineRefs: false },
    full: { allErrors: true, verbose: true },
};
/** Names what compiled code depends on: ajv's version, its options and the formats. */
function ajv_instance_ajvFingerprint(mode, ajvVersion) {
    return `ajv ${ajvVersion} ${JSON.stringify(MODE_OPTIONS[mode])} strict:false formats:full+iri`;
}
function ajv_instance_draftOf(schema) {
    const declared = schema.$schema;
    if (declared === undefined)
        return 'draft-07';
    if (declared.includes('2020-12'))
        return '2020-12';
    if (declared.includes('2019-09'))
        return '2019-09';
    if (/draft-0[67]/.test(declared))
        return 'draft-07';
    return { unsupported: declared };
}
/**
 * Identifies a schema by the URL it was fetched from (some published schemas declare a
 * different `$id`, e.g. STAC 1.1.0 common.json says `commonjson`), and lets a schema of another
 * draft be used from this instance's schemas by dropping its `$schema`.
 */
function ajv_instance_prepareSchema(schema, url, draft) {
    const copy = { ...schema, $id: url };
    if (copy.$schema !== undefined && ajv_instance_draftOf(copy) !== draft)
        delete copy.$schema;
    return copy;
}
/** An ajv instance for one draft and mode, with the formats STAC needs (the 2019/2020 classes load on demand). */
async function ajv_instance_createAjv(setup) {
    const options = {
        strict: false,
        validateSchema: false,
        ...MODE_OPTIONS[setup.mode],
        loadSchema: setup.loadSchema,
        logger: {
            log: (m) => setup.logger.debug(String(m)),
            warn: (m) => setup.logger.debug(`ajv: ${String(m)}`),
            error: (m) => setup.logger.debug(`ajv: ${String(m)}`),
        },
        ...(setup.source ? { code: { source: true, formats: _ `require("ajv-formats/dist/formats").fullFormats` } } : {}),
    };
    let ajv;
    if (setup.draft === '2020-12')
        ajv = new (await __nccwpck_require__.e(/* import() */ 210).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2210, 23))).Ajv2020(options);
    else if (setup.draft === '2019-09')
        ajv = new (await __nccwpck_require__.e(/* import() */ 878).then(__nccwpck_require__.t.bind(__nccwpck_require__, 878, 23))).Ajv2019(options);
    else
        ajv = new Ajv(options);
    addFormats(ajv);
    // STAC uses these for hrefs; any string is accepted, as by stac-validator
    ajv.addFormat('iri', true);
    ajv.addFormat('iri-reference', true);
    return ajv;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/stages/validate/bundled.ts



/**
 * The `stac-schemas/` mirror shipped with stac-ingest (STAC core, the common extensions, PROJJSON,
 * GeoJSON, the JSON Schema meta-schemas), found by walking up from this module: works from src/
 * (tsx), dist/ (the Action, whose checkout has stac-schemas/ next to dist/) and dist/cli/ (the CLI).
 */
function bundledSchemaMirror(from = path.dirname(fileURLToPath(import.meta.url))) {
    let dir = from;
    for (let i = 0; i < 5; i++) {
        const candidate = path.join(dir, 'stac-schemas');
        if (existsSync(path.join(candidate, 'schemas.stacspec.org')))
            return candidate;
        const parent = path.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return undefined;
}
/** The index of the precompiled validators: `<name>.json` (what they hold and in which file). */
const PRECOMPILED_NAME = 'stac-validators';
/**
 * The folder of validators precompiled from the bundled schemas at build time (`dist/validators`),
 * found by walking up from this module like the schemas: from dist/ and dist/cli/ (the bundles) and
 * from src/ (it then uses the committed build's, which it checks before use).
 */
function bundled_bundledValidatorsDir(from = path.dirname(fileURLToPath(import.meta.url))) {
    let dir = from;
    for (let i = 0; i < 5; i++) {
        for (const candidate of [path.join(dir, 'validators'), path.join(dir, 'dist', 'validators')])
            if (existsSync(path.join(candidate, `${PRECOMPILED_NAME}.json`)))
                return candidate;
        const parent = path.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/stages/validate/precompiled.ts






/**
 * Fast validators compiled at build time (for the bundled schemas). One is used only when every
 * schema it was compiled from resolves, here and now, to the same content (a mirror may hold other
 * copies), and only for the same ajv version and options; otherwise the caller compiles.
 */
class precompiled_PrecompiledValidators {
    dir;
    logger;
    meta;
    loaded = new Map();
    checked = new Map();
    constructor(dir, logger) {
        this.dir = dir;
        this.logger = logger;
    }
    async get(url, resolve) {
        const meta = await (this.meta ??= this.readMeta());
        const entry = meta?.schemas[url];
        if (entry === undefined)
            return undefined;
        for (const [dep, hash] of Object.entries(entry.deps)) {
            let same = this.checked.get(dep);
            if (same === undefined) {
                same = resolve(dep).then((schema) => compiled_code_schemaHash(schema) === hash, () => false);
                this.checked.set(dep, same);
            }
            if (!(await same))
                return undefined;
        }
        return this.trusted(url);
    }
    /**
     * The validator of `url` without checking its schemas (a worker thread, told by the main thread,
     * which checked them). Undefined when there is none or its code does not load.
     */
    trusted(url) {
        let fn = this.loaded.get(url);
        if (fn === undefined) {
            fn = this.load(url);
            this.loaded.set(url, fn);
        }
        return fn;
    }
    async load(url) {
        const entry = (await (this.meta ??= this.readMeta()))?.schemas[url];
        if (entry === undefined)
            return undefined;
        try {
            return evaluateValidatorCode(await (0,promises_namespaceObject.readFile)(external_node_path_default().join(this.dir, entry.file), 'utf8'))[url];
        }
        catch (err) {
            this.logger.debug(`precompiled validator of ${url} unusable: ${errors_describeError(err)}`);
            return undefined;
        }
    }
    async readMeta() {
        try {
            const meta = JSON.parse(await (0,promises_namespaceObject.readFile)(external_node_path_default().join(this.dir, `${PRECOMPILED_NAME}.json`), 'utf8'));
            if (meta.fingerprint === ajv_instance_ajvFingerprint('fast', compiled_code_AJV_VERSION))
                return meta;
            this.logger.debug(`precompiled validators in ${this.dir} were made with ${meta.fingerprint}: not used`);
        }
        catch (err) {
            this.logger.debug(`no precompiled validators in ${this.dir}: ${errors_describeError(err)}`);
        }
        return undefined;
    }
}
/**
 * Compiles the fast validators of `urls` (draft-07 schemas; others are left out): the standalone code
 * of each (files `0.js`, `1.js`, ... in `urls` order) and the hashes of every schema each reaches.
 */
async function precompileValidators(urls, resolve, logger) {
    const ajv = await createAjv({
        draft: 'draft-07',
        mode: 'fast',
        source: true,
        logger,
        loadSchema: async (u) => prepareSchema(await resolve(u), u, 'draft-07'),
    });
    const meta = { fingerprint: ajvFingerprint('fast', AJV_VERSION), schemas: {} };
    const files = new Map();
    for (const url of urls) {
        const raw = await resolve(url);
        if (draftOf(raw) !== 'draft-07')
            continue;
        if (ajv.getSchema(url) === undefined)
            await ajv.compileAsync(prepareSchema(raw, url, 'draft-07'));
        const deps = {};
        for (const dep of await schemaClosure(url, resolve))
            deps[dep] = schemaHash(await resolve(dep));
        const file = `${files.size}.js`;
        files.set(file, validatorCode(ajv, [url]));
        meta.schemas[url] = { file, deps };
    }
    return { meta, files };
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./src/security/fetch-policy.ts


const ADDRESS_CLASSES = ['loopback', 'private', 'link-local'];
const DEFAULT_SCHEMA_HOSTS = ['schemas.stacspec.org', 'stac-extensions.github.io', 'geojson.org', 'proj.org'];
const fetch_policy_DEFAULT_FETCH_POLICY = {
    hosts: [],
    schemaHosts: DEFAULT_SCHEMA_HOSTS,
    allowAddresses: [],
    maxDocumentBytes: 32 * 1024 * 1024,
    maxCatalogs: 10_000,
    maxItems: 1_000_000,
    requestTimeoutMs: 60_000,
    totalTimeoutMs: 30 * 60_000,
};
/** The Action input and CLI flag (without `--`) of each fetch setting. */
const FETCH_LIST_SETTINGS = {
    fetchHosts: { input: 'fetch-hosts', flag: 'fetch-host' },
    schemaHosts: { input: 'schema-hosts', flag: 'schema-host' },
    allowAddresses: { input: 'allow-addresses', flag: 'allow-address' },
};
const FETCH_NUMBER_SETTINGS = {
    maxDocumentBytes: { input: 'max-document-bytes', flag: 'max-document-bytes' },
    maxCatalogs: { input: 'max-catalogs', flag: 'max-catalogs' },
    maxItems: { input: 'max-items', flag: 'max-items' },
    requestTimeoutSeconds: { input: 'request-timeout', flag: 'request-timeout' },
    totalTimeoutSeconds: { input: 'total-timeout', flag: 'total-timeout' },
};
/** `the Action input \`x\` (CLI --y)`. */
function settingName(setting) {
    return `the Action input \`${setting.input}\` (CLI --${setting.flag})`;
}
function fetch_policy_fetchSettingName(setting) {
    return settingName(setting in FETCH_LIST_SETTINGS
        ? FETCH_LIST_SETTINGS[setting]
        : FETCH_NUMBER_SETTINGS[setting]);
}
/**
 * A read the policy refuses (or stopped at a cap). `rule` says which rule, `hint` which input would allow it; the
 * readers turn it into a located error naming the link.
 */
class fetch_policy_FetchRefusedError extends Error {
    rule;
    hint;
    name = 'FetchRefusedError';
    constructor(message, rule, hint) {
        super(message);
        this.rule = rule;
        this.hint = hint;
    }
}
/** Always refused, whatever is allowed: multicast, broadcast and reserved ranges. */
const RESERVED = [
    ['224.0.0.0', 4, 'ipv4'],
    ['240.0.0.0', 4, 'ipv4'],
    ['ff00::', 8, 'ipv6'],
];
const RANGES = {
    // 0.0.0.0 and :: reach the local host on Linux
    loopback: [
        ['127.0.0.0', 8, 'ipv4'],
        ['0.0.0.0', 8, 'ipv4'],
        ['::1', 128, 'ipv6'],
        ['::', 128, 'ipv6'],
    ],
    'link-local': [
        ['169.254.0.0', 16, 'ipv4'],
        ['fe80::', 10, 'ipv6'],
    ],
    private: [
        ['10.0.0.0', 8, 'ipv4'],
        ['172.16.0.0', 12, 'ipv4'],
        ['192.168.0.0', 16, 'ipv4'],
        ['100.64.0.0', 10, 'ipv4'],
        ['198.18.0.0', 15, 'ipv4'],
        ['fc00::', 7, 'ipv6'],
        ['fec0::', 10, 'ipv6'],
    ],
};
function blockList(ranges) {
    const list = new external_node_net_namespaceObject.BlockList();
    for (const [net, prefix, family] of ranges)
        list.addSubnet(net, prefix, family);
    return list;
}
const RESERVED_LIST = blockList(RESERVED);
const CLASS_LISTS = ADDRESS_CLASSES.map((c) => [c, blockList(RANGES[c])]);
/** The eight 16-bit groups of an IPv6 address (with a dotted IPv4 tail), or undefined when it is not one. */
function ipv6Groups(address) {
    if (isIP(address) !== 6)
        return undefined;
    let text = address.toLowerCase().replace(/%.*$/, '');
    const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
    if (v4) {
        const [a, b, c, d] = v4.slice(1).map(Number);
        text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
    }
    const [head = '', tail] = text.split('::');
    const parse = (s) => (s === '' ? [] : s.split(':').map((h) => parseInt(h, 16)));
    const left = parse(head);
    const right = tail === undefined ? [] : parse(tail);
    return [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
}
const v4From = (hi, lo) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
/**
 * The IPv4 address an IPv6 address carries (IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible `::a.b.c.d`, NAT64
 * `64:ff9b::a.b.c.d`, 6to4 `2002:AABB:CCDD::`), which is where a connection to it ends up.
 */
function embeddedIpv4(address) {
    const g = ipv6Groups(address);
    if (g === undefined)
        return undefined;
    const [g0, g1, g2, g3, g4, g5, g6, g7] = g;
    const zeroTo = (n) => g.slice(0, n).every((x) => x === 0);
    if (zeroTo(5) && g5 === 0xffff)
        return v4From(g6, g7);
    if (zeroTo(6) && (g6 !== 0 || g7 > 1))
        return v4From(g6, g7);
    if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
        return v4From(g6, g7);
    if (g0 === 0x2002)
        return v4From(g1, g2);
    return undefined;
}
/** `public`, `reserved` or the non-public class of an IP address (IPv4-in-IPv6 forms classed as their IPv4). */
function addressClass(address) {
    const bare = address.replace(/^\[|\]$/g, '');
    const v4 = isIP(bare) === 4 ? bare : embeddedIpv4(bare);
    const [addr, family] = v4 !== undefined ? [v4, 'ipv4'] : [bare, 'ipv6'];
    if (RESERVED_LIST.check(addr, family))
        return 'reserved';
    for (const [cls, list] of CLASS_LISTS)
        if (list.check(addr, family))
            return cls;
    return 'public';
}
/** Why `address` (of `host`) may not be contacted, or undefined when it may. */
function fetch_policy_addressRefusal(host, address, allowed) {
    const cls = addressClass(address);
    if (cls === 'public' || allowed.includes(cls))
        return undefined;
    const shown = host === address ? address : `${host} (${address})`;
    if (cls === 'reserved')
        return new fetch_policy_FetchRefusedError(`${shown} is a multicast or reserved address`, 'address', 'nothing allows it');
    return new fetch_policy_FetchRefusedError(`${shown} is a ${cls} address`, 'address', `${fetch_policy_fetchSettingName('allowAddresses')} with \`${cls}\` allows ${cls} addresses ` +
        `(now: ${allowed.join(', ') || 'none'})`);
}
/** Whether `host` is one of the hosts (globs) given. */
function fetch_policy_hostMatches(host, patterns) {
    return matchesAny(host.replace(/^\[|\]$/g, '').toLowerCase(), patterns, { caseInsensitive: true });
}
/** Validates the `allow-addresses` values. */
function addressClasses(values) {
    return values.map((v) => {
        if (ADDRESS_CLASSES.includes(v))
            return v;
        throw new Error(`${fetch_policy_fetchSettingName('allowAddresses')} takes ${ADDRESS_CLASSES.join(', ')}; got '${v}'`);
    });
}

;// CONCATENATED MODULE: external "node:dns"
const external_node_dns_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./src/clients/http-get.ts




class http_get_BodyTooLargeError extends Error {
    maxBytes;
    name = 'BodyTooLargeError';
    constructor(maxBytes) {
        super(`the response is larger than ${maxBytes} bytes`);
        this.maxBytes = maxBytes;
    }
}
class http_get_RequestTimeoutError extends Error {
    timeoutMs;
    name = 'RequestTimeoutError';
    constructor(timeoutMs) {
        super(`no complete response within ${timeoutMs / 1000} s`);
        this.timeoutMs = timeoutMs;
    }
}
/** A `lookup` for http.request (and net.connect) that refuses when any address of the host is refused. */
function checkedLookup(check, refused) {
    return (hostname, opts, callback) => {
        dnsLookup(hostname, { all: true, family: opts.family ?? 0 }, (err, addresses) => {
            if (err)
                return callback(err, '');
            for (const a of addresses) {
                const refusal = check(hostname, a.address);
                if (refusal) {
                    refused(refusal);
                    return callback(refusal, '');
                }
            }
            const first = addresses[0];
            if (opts.all)
                callback(null, addresses);
            else
                callback(null, first?.address ?? '', first?.family ?? 4);
        });
    };
}
function readBody(res, maxBytes, fail, done) {
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes)
        return fail(new http_get_BodyTooLargeError(maxBytes));
    const chunks = [];
    let size = 0;
    res.on('data', (chunk) => {
        size += chunk.length;
        if (size > maxBytes)
            fail(new http_get_BodyTooLargeError(maxBytes));
        else
            chunks.push(chunk);
    });
    res.on('end', () => done(Buffer.concat(chunks, size)));
    res.on('error', fail);
}
function http_get_httpGet(url, options) {
    return new Promise((resolve, reject) => {
        const literal = url.hostname.replace(/^\[|\]$/g, '');
        const early = isIP(literal) ? options.checkAddress(literal, literal) : undefined;
        if (early)
            return reject(early);
        let settled = false;
        let refusal;
        const finish = (fn) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            fn();
        };
        const fail = (err) => finish(() => {
            req.destroy();
            reject(refusal ?? err);
        });
        const onAbort = () => fail(options.signal?.reason instanceof Error ? options.signal.reason : new Error('aborted'));
        const get = url.protocol === 'https:' ? https.get : http.get;
        const req = get(url, {
            headers: options.headers ?? {},
            lookup: checkedLookup(options.checkAddress, (e) => (refusal = e)),
            agent: false,
        }, (res) => {
            const status = res.statusCode ?? 0;
            const head = { status, statusText: res.statusMessage ?? '' };
            if (status < 200 || status > 299) {
                const location = res.headers.location;
                finish(() => resolve({ ...head, ...(location ? { location } : {}), body: Buffer.alloc(0) }));
                res.destroy();
                return;
            }
            readBody(res, options.maxBytes, fail, (body) => finish(() => resolve({ ...head, body })));
        });
        const timer = setTimeout(() => fail(new http_get_RequestTimeoutError(options.timeoutMs)), options.timeoutMs);
        req.on('error', fail);
        if (options.signal?.aborted)
            onAbort();
        else
            options.signal?.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/sources/files.ts








const ITEM_FILE_EXTENSIONS = (/* unused pure expression or super */ null && (['.json', '.geojson', '.ndjson', '.jsonl']));
const WHOLE_FILE_BYTES = (/* unused pure expression or super */ null && (1 << 20));
const files_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A path as shown to the user: relative to baseDir with forward slashes, or absolute when outside it. */
function files_displayPath(abs, baseDir) {
    const rel = relative(baseDir, abs).split('\\').join('/');
    return rel === '' ? abs : rel;
}
function unreadable(file, entry, err) {
    const code = err.code;
    return new ConfigurationError(`${file} cannot be read${code === 'ENOENT' ? ': not found' : `: ${code ?? String(err)}`}`, {
        location: { file, entry },
        cause: err,
    });
}
function tooLarge(file, what, bytes, max, location) {
    return new ConfigurationError(`${file}: ${what} is ${formatBytes(bytes)}, over ${formatBytes(max)}, the largest document stac-ingest reads`, {
        location,
        hint: 'split it: one item per line in an .ndjson file, or the items as members of a FeatureCollection',
    });
}
/**
 * Read a JSON file and parse it, with syntax errors located at file:line:column (and bytes that are not UTF-8 at
 * file:line and byte offset).
 * `file` is the name used in errors. A file over the document size cap is an error, not a crash.
 */
async function readJsonFile(absPath, file, entry, maxBytes = MAX_DOCUMENT_BYTES) {
    let text;
    try {
        const size = (await stat(absPath)).size;
        if (size > maxBytes)
            throw tooLarge(file, 'the file', size, maxBytes, { file, entry });
        text = decodeUtf8(await readFile(absPath), { file, entry });
    }
    catch (err) {
        if (err instanceof ConfigurationError)
            throw err;
        throw unreadable(file, entry, err);
    }
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
        throw new ConfigurationError(`${file} is not valid JSON: ${parsed.message}`, {
            location: { file, line: parsed.line, column: parsed.column, entry },
        });
    }
    return parsed.value;
}
/**
 * The files matched by globs (relative to baseDir), in pattern order, sorted within a pattern, each once; each is
 * checked with `check` (symlinks are followed by the glob, so the check sees where a match really leads). A pattern
 * matching nothing is an error naming the setting (`what`) and an example pattern.
 */
async function matchFiles(patterns, baseDir, entry, check, what = { setting: 'files', example: '`items/*.json` or `items/**/*.ndjson`' }) {
    const files = [];
    const seen = new Set();
    for (const [index, pattern] of patterns.entries()) {
        const matches = (await glob(pattern, { cwd: baseDir, absolute: true, onlyFiles: true, expandDirectories: false })).sort();
        if (matches.length === 0) {
            throw new ConfigurationError(`${what.setting} pattern '${pattern}' matches no files`, {
                location: { entry },
                hint: `patterns are relative to the manifest directory, e.g. ${what.example}`,
            });
        }
        for (const m of matches) {
            const abs = resolve(m);
            await check?.(abs, index);
            if (!seen.has(abs)) {
                seen.add(abs);
                files.push(abs);
            }
        }
    }
    return files;
}
/**
 * What a source read each time it is used remembers of its files from the first read: which files matched, and
 * each one's size, modification time and inode. A later read of a file that differs, or of a different set of
 * files, is refused: the documents validated would not be those written or published.
 */
class FilePasses {
    show;
    files;
    stamps = new Map();
    /** `show`: a path as messages name it. */
    constructor(show) {
        this.show = show;
    }
    /** The files this read matched: the first read's list, or an error naming what changed. */
    sameFiles(files, entry) {
        if (this.files === undefined) {
            this.files = [...files];
            return;
        }
        const added = files.find((f) => !this.files.includes(f));
        const gone = this.files.find((f) => !files.includes(f));
        const odd = added ?? gone;
        if (odd === undefined)
            return;
        throw this.changed(this.show(odd), entry, added !== undefined ? 'appeared after the first read' : 'is gone');
    }
    /** Before and after each read of a file: the same size, modification time and inode as at its first read. */
    async check(abs, entry) {
        const st = await stat(abs, { bigint: true }).catch(() => undefined);
        const stamp = st ? `${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}` : 'missing';
        const first = this.stamps.get(abs);
        if (first === undefined)
            this.stamps.set(abs, stamp);
        else if (first !== stamp)
            throw this.changed(this.show(abs), entry, 'changed');
    }
    changed(file, entry, what) {
        return new ConfigurationError(`${file} ${what} while stac-ingest was reading the source (it reads it up to three times: to count, to ` +
            'validate, to write or publish): the documents checked would not be those sent', {
            location: { file, entry },
            hint: 'run again once nothing writes to the source files; what a run published is in its ledger',
        });
    }
}
/** `files` read one after the other, each checked against `passes` before and after it is read. */
async function* passFiles(files, entry, passes, read) {
    passes?.sameFiles(files, entry);
    for (const abs of files) {
        await passes?.check(abs, entry);
        yield* read(abs);
        await passes?.check(abs, entry);
    }
}
/**
 * Items from files matched by globs (relative to baseDir): `.json`/`.geojson` hold one STAC object or a
 * FeatureCollection / ItemCollection (each feature becomes a doc at `/features/i`); `.ndjson`/`.jsonl` hold
 * one item per line. Files come in pattern order, sorted within a pattern, each file once.
 */
async function* itemFilesDocs(patterns, baseDir, entry, limits = {}, check, passes) {
    const files = await matchFiles(patterns, baseDir, entry, check);
    yield* passFiles(files, entry, passes, (abs) => itemFileDocs(abs, baseDir, entry, limits));
}
/** {@link itemFilesDocs} as units: NDJSON files in blocks of lines, parsed where they are checked. */
async function* itemFilesUnits(patterns, baseDir, entry, limits = {}, check, passes) {
    const files = await matchFiles(patterns, baseDir, entry, check);
    yield* passFiles(files, entry, passes, (abs) => itemFileUnits(abs, baseDir, entry, limits));
}
/** {@link itemFilesDocs}, collected. */
async function readItemFiles(patterns, baseDir, entry, limits = {}, check) {
    const docs = [];
    for await (const d of itemFilesDocs(patterns, baseDir, entry, limits, check))
        docs.push(d);
    return docs;
}
/**
 * The documents of one item file, chosen by its extension: an NDJSON file in blocks of lines (parsed
 * where they are checked, see units.ts), a JSON file parsed, one document at a time.
 */
async function* itemFileUnits(abs, baseDir, entry, limits = {}) {
    const file = files_displayPath(abs, baseDir);
    const ext = extname(abs).toLowerCase();
    if (ext === '.json' || ext === '.geojson')
        yield* jsonFileDocs(abs, file, entry, limits);
    else if (ext === '.ndjson' || ext === '.jsonl')
        yield* ndjsonUnits(abs, file, entry, limits);
    else
        throw new ConfigurationError(`${file}: files sources take ${ITEM_FILE_EXTENSIONS.join(', ')} files, not '${ext || 'no extension'}'`, {
            location: { file, entry },
            hint: 'narrow the glob, e.g. `items/*.json` instead of `items/*`',
        });
}
/** {@link itemFileUnits}, parsed. */
async function* itemFileDocs(abs, baseDir, entry, limits = {}) {
    for await (const block of itemFileUnits(abs, baseDir, entry, limits))
        for (const unit of unitsOf(block))
            yield parseUnit(unit);
}
function notStacObject(file, value, entry) {
    return new ConfigurationError(`${file} holds ` +
        `${Array.isArray(value) ? 'a JSON array' : `a JSON ${value === null ? 'null' : typeof value}`}, ` +
        `not a STAC object`, {
        location: { file, pointer: '', entry },
        hint: 'a .json file holds one STAC object or a FeatureCollection of items; use .ndjson for one item per line',
    });
}
function featureDoc(feature, i, file, abs, entry) {
    const pointer = `/features/${i}`;
    if (!files_isObject(feature))
        throw new ConfigurationError(`${file}: features[${i}] is not a JSON object`, {
            location: { file, pointer, entry },
        });
    return { doc: feature, origin: { file, absolutePath: abs, entry, pointer } };
}
async function* jsonFileDocs(abs, file, entry, limits) {
    let size;
    try {
        size = (await stat(abs)).size;
    }
    catch (err) {
        throw unreadable(file, entry, err);
    }
    if (size > (limits.wholeFileBytes ?? WHOLE_FILE_BYTES)) {
        yield* scannedJsonDocs(abs, file, entry, limits.maxDocumentBytes ?? MAX_DOCUMENT_BYTES);
        return;
    }
    const value = await readJsonFile(abs, file, entry, limits.maxDocumentBytes);
    if (!files_isObject(value))
        throw notStacObject(file, value, entry);
    if (value['type'] !== 'FeatureCollection') {
        const origin = { file, absolutePath: abs, entry };
        yield { doc: value, origin };
        return;
    }
    const features = value['features'];
    if (!Array.isArray(features)) {
        throw new ConfigurationError(`${file} is a FeatureCollection without a \`features\` list`, {
            location: { file, pointer: '/features', entry },
        });
    }
    for (let i = 0; i < features.length; i++)
        yield featureDoc(features[i], i, file, abs, entry);
}
/**
 * A JSON file too large to parse whole: a FeatureCollection yields its members one at a time (each
 * under the document cap); anything else must itself be under the cap. Reading `features` needs
 * `type` first; when `features` comes before `type` in the file, a second pass reads the members.
 */
async function* scannedJsonDocs(abs, file, entry, max) {
    const top = { root: undefined, type: undefined, features: undefined, streamed: false };
    yield* scanJsonFile(abs, file, entry, max, top, false);
    if (top.root === '[')
        throw notStacObject(file, [], entry);
    if (top.root === '{' && top.type === 'FeatureCollection') {
        if (top.features !== '[')
            throw new ConfigurationError(`${file} is a FeatureCollection without a \`features\` list`, {
                location: { file, pointer: '/features', entry },
            });
        if (!top.streamed)
            yield* scanJsonFile(abs, file, entry, max, top, true);
        return;
    }
    const value = await readJsonFile(abs, file, entry, max);
    if (!files_isObject(value))
        throw notStacObject(file, value, entry);
    yield { doc: value, origin: { file, absolutePath: abs, entry } };
}
/** Reads a file chunk by chunk (fresh buffers: the caller may keep them). */
async function* chunksOf(abs, file, entry) {
    let handle;
    try {
        handle = await open(abs, 'r');
    }
    catch (err) {
        throw unreadable(file, entry, err);
    }
    try {
        for (;;) {
            const buf = Buffer.allocUnsafe(1 << 20);
            const { bytesRead } = await handle.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                return;
            yield buf.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}
/** The chunks of a file still needed to cut out a value that started at some offset. */
class ChunkWindow {
    chunks = [];
    add(buf, offset, keepFrom) {
        this.chunks = this.chunks.filter((c) => c.offset + c.buf.length > keepFrom);
        this.chunks.push({ buf, offset });
    }
    slice(from, to) {
        const parts = this.chunks
            .filter((c) => c.offset < to && c.offset + c.buf.length > from)
            .map((c) => c.buf.subarray(Math.max(0, from - c.offset), Math.min(c.buf.length, to - c.offset)));
        return parts.length === 1 ? parts[0] : Buffer.concat(parts);
    }
}
/**
 * One streaming pass over a JSON file: records its top level in `top` and yields the members of
 * `features` when `type` is already known to be FeatureCollection (or `featuresKnown`).
 */
async function* scanJsonFile(abs, file, entry, max, top, featuresKnown) {
    const ready = [];
    const window = new ChunkWindow();
    const open = { start: -1, line: 0, index: 0 };
    let typeStart = -1;
    const member = (index) => ({ file, line: open.line, pointer: `/features/${index}`, entry });
    const scanner = new JsonScanner({
        value(depth, offset) {
            const first = () => window.slice(offset, offset + 1).toString('latin1');
            const key = scanner.segments[0];
            if (depth === 0)
                top.root = first();
            else if (depth === 1 && key === 'type')
                typeStart = offset;
            else if (depth === 1 && key === 'features') {
                top.features = first();
                top.streamed = featuresKnown || top.type === 'FeatureCollection';
            }
            else if (depth === 2 && key === 'features' && top.streamed && top.features === '[') {
                Object.assign(open, { start: offset, line: scanner.line, index: scanner.segments[1] });
            }
        },
        end(depth, endOffset) {
            if (depth === 1 && typeStart >= 0) {
                if (endOffset - typeStart <= 1024)
                    top.type = JSON.parse(window.slice(typeStart, endOffset).toString('utf8'));
                typeStart = -1;
            }
            if (depth !== 2 || open.start < 0)
                return;
            if (endOffset - open.start > max)
                throw tooLarge(file, `features[${open.index}]`, endOffset - open.start, max, member(open.index));
            const place = { file, entry, line: open.line, offset: open.start };
            const parsed = parseJsonText(decodeUtf8(window.slice(open.start, endOffset), place));
            if (!parsed.ok)
                throw new ConfigurationError(`${file} is not valid JSON: ${parsed.message}`, {
                    location: { file, line: open.line + parsed.line - 1, entry },
                });
            ready.push(featureDoc(parsed.value, open.index, file, abs, entry));
            open.start = -1;
        },
    });
    let offset = 0;
    try {
        for await (const chunk of chunksOf(abs, file, entry)) {
            window.add(chunk, offset, Math.min(...[open.start, typeStart, offset].filter((o) => o >= 0)));
            const bom = offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
            scanner.feed(chunk, bom);
            offset += chunk.length;
            if (open.start >= 0 && offset - open.start > max)
                throw tooLarge(file, `features[${open.index}]`, offset - open.start, max, member(open.index));
            yield* ready.splice(0);
        }
        scanner.finish();
    }
    catch (err) {
        if (err instanceof JsonScanError)
            throw new ConfigurationError(`${file} is not valid JSON: ${err.message}`, {
                location: { file, line: err.line, entry },
            });
        throw err;
    }
}
async function* ndjsonUnits(abs, file, entry, limits) {
    try {
        const maxLineBytes = limits.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
        for await (const block of readLineBlocks(abs, file, { maxLineBytes }))
            yield { block, origin: { file, absolutePath: abs, entry } };
    }
    catch (err) {
        if (err instanceof ConfigurationError)
            throw err;
        throw unreadable(file, entry, err);
    }
}
/** A JSON object that is no STAC document at all: neither `type` nor `stac_version`. */
const notStac = (doc) => !('type' in doc) && !('stac_version' in doc);
/**
 * The STAC documents under the given paths, one at a time: files as given, directories searched for
 * *.json, *.geojson, *.ndjson and *.jsonl (JSON files there that are not STAC, such as package.json,
 * are skipped and reported). A path or file that cannot be read is reported and the others are still
 * read, so one run reports every broken file.
 */
async function* stacPathsUnits(paths, baseDir, report) {
    for (const p of paths) {
        const abs = resolve(baseDir, p);
        const st = await stat(abs).catch(() => undefined);
        if (!st) {
            report.error(new ConfigurationError(`${p} does not exist (give STAC files or directories holding them)`));
            continue;
        }
        const files = st.isDirectory()
            ? (await glob('**/*.{json,geojson,ndjson,jsonl}', { cwd: abs, absolute: true, onlyFiles: true })).sort()
            : [abs];
        if (files.length === 0)
            report.error(new ConfigurationError(`${p} holds no *.json, *.geojson, *.ndjson or *.jsonl files`));
        for (const file of files) {
            try {
                for await (const d of itemFileUnits(file, baseDir, '')) {
                    if (st.isDirectory() && d.doc !== undefined && d.origin.pointer === undefined && notStac(d.doc))
                        report.skipped(d.origin.file);
                    else
                        yield d;
                }
            }
            catch (err) {
                if (!(err instanceof ConfigurationError))
                    throw err;
                report.error(err);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/sources/locations.ts





const SCHEME_RE = /^([a-z][a-z0-9+.-]*):\/\//i;
function locations_locationKind(loc) {
    const scheme = SCHEME_RE.exec(loc)?.[1]?.toLowerCase();
    if (scheme === undefined || scheme === 'file')
        return 'local';
    if (scheme === 'http' || scheme === 'https')
        return 'http';
    if (scheme === 's3')
        return 's3';
    throw new UnsupportedLocationError(loc);
}
class UnsupportedLocationError extends Error {
    location;
    name = 'UnsupportedLocationError';
    constructor(location) {
        super(`'${location}' uses a scheme we cannot read (supported: paths, file://, http(s)://, s3://)`);
        this.location = location;
    }
}
/** A location could not be read; `notFound` tells a missing document from other failures. */
class locations_LocationReadError extends Error {
    notFound;
    name = 'LocationReadError';
    constructor(message, notFound, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.notFound = notFound;
    }
}
/** A manifest value (path relative to `baseDir`, file://, http(s)://, s3://) as a Location. */
function toLocation(value, baseDir) {
    if (value.toLowerCase().startsWith('file://'))
        return fileURLToPath(value);
    return SCHEME_RE.test(value) ? value : path.resolve(baseDir, value);
}
/** `href` as found in the document at `base`, made absolute (fragments dropped). */
function resolveHref(href, base) {
    const clean = href.split('#')[0] ?? '';
    if (SCHEME_RE.test(clean))
        return clean.toLowerCase().startsWith('file://') ? fileURLToPath(clean) : clean;
    const kind = locations_locationKind(base);
    if (kind === 'local')
        return path.resolve(path.dirname(base), clean);
    if (kind === 's3') {
        const { bucket, key } = parseS3Url(base) ?? { bucket: '', key: '' };
        const joined = clean.startsWith('/') ? clean.slice(1) : path.posix.join(path.posix.dirname(key), clean);
        return `s3://${bucket}/${path.posix.normalize(joined).replace(/^(\.\.\/)+/, '')}`;
    }
    return new URL(clean, base).href;
}
/** How a location is named in findings: local paths relative to `baseDir`, URLs as they are. */
function locations_displayLocation(loc, baseDir) {
    return locations_locationKind(loc) === 'local' ? displayPath(loc, baseDir) : loc;
}
/** Every file under a local directory, as paths relative to it with `/`, sorted (like an S3 listing). */
async function listLocalFiles(dir) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/sources/guarded-read.ts









const MAX_REDIRECTS = 5;
function s3Folder(loc) {
    const parsed = parseS3Url(loc);
    return parsed === undefined
        ? undefined
        : `${parsed.bucket}/${path.posix.dirname(parsed.key)}/`.replace(/\/\.\/$/, '/');
}
/**
 * The reads of one source: `declared` are the locations its manifest entry names (its catalog, met.json, collection,
 * metadata files); their hosts and S3 folders are what it may read, with `s3Prefixes` (`bucket/prefix/`) besides.
 */
function openReads(deps, declared, s3Prefixes = []) {
    const hosts = [];
    const prefixes = [...s3Prefixes];
    for (const loc of declared) {
        const kind = locationKind(loc);
        if (kind === 'http')
            hosts.push(new URL(loc).hostname.toLowerCase());
        else if (kind === 's3')
            prefixes.push(s3Folder(loc) ?? '');
    }
    return {
        ...(deps.s3 ? { s3: deps.s3 } : {}),
        ...(deps.guard ? { guard: deps.guard } : {}),
        policy: deps.fetchPolicy ?? DEFAULT_FETCH_POLICY,
        hosts,
        s3Prefixes: prefixes.filter((p) => p !== ''),
        counts: { catalogs: 0, items: 0 },
    };
}
/** Counts one more catalog or item of the source; refuses past the cap. */
function countRead(reads, what) {
    const max = what === 'catalogs' ? reads.policy.maxCatalogs : reads.policy.maxItems;
    reads.counts[what] += 1;
    if (reads.counts[what] <= max)
        return;
    const setting = what === 'catalogs' ? 'maxCatalogs' : 'maxItems';
    throw new FetchRefusedError(`more than ${max} ${what === 'catalogs' ? 'catalogs and collections' : 'items'} in one source`, setting === 'maxCatalogs' ? 'max-catalogs' : 'max-items', `${fetchSettingName(setting)} raises the cap`);
}
async function readLocal(loc, from, reads) {
    if (from !== undefined && locationKind(from) !== 'local')
        throw new FetchRefusedError(`${from} is a remote document; it may not link to the local file ${loc}`, 'scheme', 'remote catalogs link to http(s):// and s3:// documents only; nothing allows local files');
    const refused = reads.guard ? await reads.guard(loc) : undefined;
    if (refused !== undefined)
        throw new LocationReadError(refused, false);
    try {
        return await readFile(loc);
    }
    catch (err) {
        const code = err.code;
        throw new LocationReadError(code === 'ENOENT' ? 'no such file' : (code ?? String(err)), code === 'ENOENT', {
            cause: err,
        });
    }
}
function checkHost(url, reads) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new FetchRefusedError(`${url.href} is not http(s)`, 'scheme', 'redirects may lead to http(s):// only');
    const host = url.hostname;
    if (reads.hosts.includes(host.toLowerCase()) || hostMatches(host, reads.policy.hosts))
        return;
    throw new FetchRefusedError(`${host} is not a host this source names (${reads.hosts.join(', ') || 'none'})`, 'host', `${fetchSettingName('fetchHosts')} lists more hosts sources may read from ` +
        `(now: ${reads.policy.hosts.join(', ') || 'none'})`);
}
function deadlineOf(reads) {
    reads.deadline ??= AbortSignal.timeout(reads.policy.totalTimeoutMs);
    return reads.deadline;
}
/** Caps and timeouts reached as refusals naming the setting that raises them. */
function limitRefusal(err, reads) {
    const p = reads.policy;
    if (err instanceof BodyTooLargeError)
        return new FetchRefusedError(`the document is larger than the cap of ${p.maxDocumentBytes} bytes`, 'max-document-bytes', `${fetchSettingName('maxDocumentBytes')} raises the cap`);
    if (err instanceof RequestTimeoutError)
        return new FetchRefusedError(`no complete answer within the per-request timeout of ${p.requestTimeoutMs / 1000} s`, 'request-timeout', `${fetchSettingName('requestTimeoutSeconds')} sets it (seconds)`);
    if (reads.deadline?.aborted)
        return new FetchRefusedError(`the source's reads took longer than the total timeout of ${p.totalTimeoutMs / 1000} s`, 'total-timeout', `${fetchSettingName('totalTimeoutSeconds')} sets it (seconds)`);
    return err;
}
/** One http(s) document, redirects followed by hand and each hop checked like the first request. */
async function guarded_read_guardedHttpGet(loc, policy, allowHost, extra = {}) {
    let url = new URL(loc);
    for (let hop = 0;; hop++) {
        allowHost(url);
        const res = await httpGet(url, {
            maxBytes: policy.maxDocumentBytes,
            timeoutMs: policy.requestTimeoutMs,
            ...extra,
            checkAddress: (host, address) => addressRefusal(host, address, policy.allowAddresses),
        });
        if (res.status >= 200 && res.status <= 299)
            return res.body;
        if (res.location === undefined || res.status < 300 || res.status > 399)
            throw new LocationReadError(`HTTP ${res.status} ${res.statusText}`.trim(), res.status === 404 || res.status === 410);
        if (hop >= MAX_REDIRECTS)
            throw new LocationReadError(`more than ${MAX_REDIRECTS} redirects`, false);
        url = new URL(res.location, url);
    }
}
async function readHttp(loc, reads) {
    const signal = deadlineOf(reads);
    try {
        return await guarded_read_guardedHttpGet(loc, reads.policy, (url) => checkHost(url, reads), { signal });
    }
    catch (err) {
        const refused = limitRefusal(err, reads);
        if (refused instanceof FetchRefusedError || refused instanceof LocationReadError)
            throw refused;
        const message = refused instanceof Error ? refused.message : String(refused);
        throw new LocationReadError(`request failed: ${message}`, false, { cause: err });
    }
}
function checkS3(bucket, key, reads) {
    const at = `${bucket}/${key}`;
    if (reads.s3Prefixes.some((p) => at.startsWith(p)) || hostMatches(`s3://${at}`, reads.policy.hosts))
        return;
    throw new FetchRefusedError(`s3://${at} is outside the S3 folders this source names ` +
        `(${reads.s3Prefixes.map((p) => `s3://${p}`).join(', ') || 'none'})`, 's3-scope', `${fetchSettingName('fetchHosts')} may list more (e.g. \`s3://bucket/prefix/**\`)`);
}
async function readS3(loc, reads) {
    const parsed = parseS3Url(loc);
    if (parsed === undefined || parsed.key === '')
        throw new LocationReadError(`'${loc}' is not an s3://bucket/key URL`, false);
    checkS3(parsed.bucket, parsed.key, reads);
    if (reads.s3 === undefined)
        throw new LocationReadError('no S3 client was configured to read s3:// locations', false);
    try {
        return await reads.s3.get(parsed.bucket, parsed.key, {
            maxBytes: reads.policy.maxDocumentBytes,
            signal: deadlineOf(reads),
        });
    }
    catch (err) {
        const refused = limitRefusal(err, reads);
        if (refused instanceof FetchRefusedError)
            throw refused;
        const name = err.name ?? '';
        throw new LocationReadError(`${name || 'S3 error'}: ${err instanceof Error ? err.message : String(err)}`, name === 'NoSuchKey' || name === 'NotFound', { cause: err });
    }
}
/**
 * The document at `loc`, reached from the document at `from` (a link) or named by the manifest (no `from`).
 * Throws LocationReadError when it cannot be read, FetchRefusedError when the policy refuses it.
 */
async function readLocation(loc, reads, from) {
    const kind = locationKind(loc);
    if (kind === 'local')
        return readLocal(loc, from, reads);
    if (kind === 'http')
        return readHttp(loc, reads);
    return readS3(loc, reads);
}
/** A read that failed or was refused, as a ConfigurationError at `location`, saying `what` was being read. */
function readFailure(err, what, location, hint) {
    if (err instanceof FetchRefusedError)
        return new ConfigurationError(`${what} refused (${err.rule}): ${err.message}`, {
            location,
            hint: err.hint,
            cause: err,
        });
    if (err instanceof LocationReadError)
        return new ConfigurationError(`${what} cannot be read: ${err.message}`, {
            location,
            ...(hint !== undefined ? { hint } : {}),
            cause: err,
        });
    return err;
}
/**
 * Reads and parses the JSON at a location the manifest names. Unreadable or refused is a ConfigurationError naming
 * `what` and the file; invalid JSON one naming the line and column.
 */
async function readJsonLocation(loc, baseDir, entry, reads, what, hint) {
    const file = displayLocation(loc, baseDir);
    let text;
    try {
        text = decodeUtf8(await readLocation(loc, reads), { file, entry });
    }
    catch (err) {
        throw readFailure(err, `${what} ${file}`, { file, entry }, hint);
    }
    const parsed = parseJsonText(text);
    if (!parsed.ok)
        throw new ConfigurationError(`${file} is not valid JSON: ${parsed.message}`, {
            location: { file, line: parsed.line, column: parsed.column, entry },
        });
    return { value: parsed.value, file, text };
}

;// CONCATENATED MODULE: ./src/stages/validate/schema-resolver.ts







/** A schema could not be found anywhere; the message names the URL and every place looked. */
class schema_resolver_SchemaUnavailableError extends errors_ConfigurationError {
    url;
    looked;
    constructor(url, looked, reason, hint, options = {}) {
        super(`cannot resolve schema ${url}: ${reason}${looked.length > 0 ? `; looked in ${looked.join(', ')}` : ''}`, {
            hint,
            ...options,
        });
        this.url = url;
        this.looked = looked;
    }
}
/**
 * Maps `https://host/a/b.json` to `<root>/host/a/b.json`. Rejects URLs whose path would
 * escape the root (`..`) and anything that is not http(s). The fragment and query are dropped.
 */
function urlToRelativePath(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    const segments = decodeURIComponent(parsed.pathname)
        .split('/')
        .filter((s) => s !== '');
    if (segments.some((s) => s === '..' || s === '.' || s.includes('\\')))
        return undefined;
    if (segments.length === 0)
        return undefined;
    return path.join(parsed.host, ...segments);
}
/** Drops the fragment: `a.json#/definitions/x` and `a.json` are the same document. */
function documentUrl(url) {
    const hash = url.indexOf('#');
    return hash === -1 ? url : url.slice(0, hash);
}
async function readJsonIfExists(file) {
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
            return undefined;
        throw err;
    }
    const parsed = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new Error(`${file} does not hold a JSON object`);
    }
    return parsed;
}
async function fromFile(file, url, where) {
    try {
        return await readJsonIfExists(file);
    }
    catch (err) {
        throw new schema_resolver_SchemaUnavailableError(url, [file], `the ${where} copy is unreadable or not valid JSON (${describeError(err)})`, `fix or delete ${file}`, { cause: err });
    }
}
const SCHEMA_KEYWORDS = (/* unused pure expression or super */ null && (['$schema', '$ref', 'type', 'properties', 'allOf', 'anyOf', 'oneOf', 'definitions', '$defs']));
/** Why a fetched document is not a JSON Schema (undefined when it is one): it must pass its draft's meta-schema. */
async function notASchema(doc, logger) {
    if (!SCHEMA_KEYWORDS.some((k) => k in doc))
        return `it has none of ${SCHEMA_KEYWORDS.join(', ')}`;
    const draft = draftOf(doc);
    if (typeof draft !== 'string')
        return `its $schema ${draft.unsupported} is not a draft we know`;
    const ajv = await createAjv({ draft, mode: 'fast', logger, loadSchema: () => Promise.reject(new Error('no')) });
    if (ajv.validateSchema(doc) === true)
        return undefined;
    return `it fails the ${draft} meta-schema: ${ajv.errorsText(ajv.errors)}`;
}
/** Refuses a URL whose host is not a schema host. */
function checkSchemaHost(url, policy) {
    if (hostMatches(url.hostname, policy.schemaHosts))
        return;
    throw new FetchRefusedError(`${url.hostname} is not a schema host`, 'schema-host', `${fetchSettingName('schemaHosts')} lists more hosts schemas may be fetched from ` +
        `(now: ${policy.schemaHosts.join(', ')}), or put a copy in a schema mirror`);
}
/** A schema from a schema host, under the fetch policy; a document that is not a JSON Schema is refused. */
async function fetchSchema(policy, url, logger) {
    const headers = { accept: 'application/schema+json, application/json' };
    const body = await guardedHttpGet(url, policy, (u) => checkSchemaHost(u, policy), { headers });
    const parsed = JSON.parse(decodeUtf8(body, { file: url }));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('the response is not a JSON object');
    const why = await notASchema(parsed, logger);
    if (why !== undefined)
        throw new Error(`the response is not a JSON Schema (${why}); it is not cached`);
    return parsed;
}
async function store(file, schema, logger) {
    try {
        await mkdir(path.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(tmp, JSON.stringify(schema, null, 2) + '\n');
        await rename(tmp, file);
    }
    catch (err) {
        logger.warning(`could not write schema cache ${file}: ${describeError(err)}`);
    }
}
/**
 * Looks in the mirrors, the bundled schemas (local folders the workflow chose, for any host) and the cache (schema
 * hosts only), in that order; every file looked at goes to `looked`.
 */
async function findLocally(options, url, rel, looked) {
    const { logger } = options;
    const folders = [...options.mirrors, ...(options.bundled !== undefined ? [options.bundled] : [])];
    for (const [i, mirror] of folders.entries()) {
        const file = path.resolve(mirror, rel);
        looked.push(file);
        const where = i < options.mirrors.length ? 'mirrored' : 'bundled';
        const found = await fromFile(file, url, where);
        if (found) {
            logger.debug(`schema ${url} <- ${where} ${file}`);
            return found;
        }
    }
    if (options.cacheDir === undefined || !hostMatches(new URL(url).hostname, policyOf(options).schemaHosts))
        return undefined;
    const cacheFile = path.resolve(options.cacheDir, rel);
    looked.push(cacheFile);
    const found = await fromFile(cacheFile, url, 'cached');
    if (found)
        logger.debug(`schema ${url} <- cache ${cacheFile}`);
    return found;
}
const policyOf = (options) => options.fetchPolicy ?? DEFAULT_FETCH_POLICY;
/** Fetches a schema found nowhere locally (when the network is allowed) and keeps it in the cache. */
async function fetchAndCache(options, url, rel, looked) {
    const hint = [
        `put a copy at ${path.join('<mirror>', rel)} in a schema mirror directory (\`--schema-mirror ` +
            `<dir>\`, manifest \`validation.schema_mirrors\`)`,
        options.network ? 'or check the URL and your network' : 'or allow network access so it can be fetched and cached',
    ].join(', ');
    const refused = (err) => new schema_resolver_SchemaUnavailableError(url, looked, `refused (${err.rule}): ${err.message}`, err.hint, { cause: err });
    try {
        checkSchemaHost(new URL(url), policyOf(options));
    }
    catch (err) {
        throw refused(err);
    }
    if (!options.network) {
        throw new schema_resolver_SchemaUnavailableError(url, looked, 'not found locally and network access is off', hint);
    }
    looked.push(url);
    let schema;
    try {
        schema = await fetchSchema(policyOf(options), url, options.logger);
    }
    catch (err) {
        if (err instanceof FetchRefusedError)
            throw refused(err);
        throw new schema_resolver_SchemaUnavailableError(url, looked, `fetching it failed (${describeError(err)})`, hint, { cause: err });
    }
    options.logger.debug(`schema ${url} <- network`);
    if (options.cacheDir !== undefined)
        await store(path.resolve(options.cacheDir, rel), schema, options.logger);
    return schema;
}
async function loadSchema(options, url) {
    const rel = urlToRelativePath(url);
    if (rel === undefined) {
        throw new schema_resolver_SchemaUnavailableError(url, [], 'not an http(s) URL with a path', 'stac_extensions and $ref must be absolute http(s) schema URLs');
    }
    const looked = [];
    return (await findLocally(options, url, rel, looked)) ?? (await fetchAndCache(options, url, rel, looked));
}
function createSchemaResolver(options) {
    const memory = new Map();
    return {
        resolve(url) {
            const key = documentUrl(url);
            let pending = memory.get(key);
            if (pending === undefined) {
                pending = loadSchema(options, key);
                // a failure is remembered too: the same missing schema is not looked up once per item
                memory.set(key, pending);
            }
            return pending;
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@radiantearth/stac-migrate/migrate.js
var migrate = __nccwpck_require__(1968);
;// CONCATENATED MODULE: ./src/compare/normalize.ts


/** Link relations stac-fastapi-pgstac generates on read (stored ones with these rels are dropped). */
const API_GENERATED_LINK_RELS = new Set([
    'self',
    'item',
    'parent',
    'collection',
    'root',
    'items',
    'next',
    'prev',
    'previous',
    'first',
    'last',
    'queryables',
    'http://www.opengis.net/def/rel/ogc/1.0/queryables',
    'aggregate',
    'aggregations',
]);
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function hasScheme(href) {
    return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(href);
}
function normalizeLinks(links, options) {
    if (!Array.isArray(links))
        return links;
    const kept = links
        .filter((l) => !(isRecord(l) && typeof l.rel === 'string' && API_GENERATED_LINK_RELS.has(l.rel)))
        .map((l) => {
        if (!isRecord(l) || typeof l.href !== 'string' || options.linkBase === undefined || hasScheme(l.href))
            return l;
        try {
            return { ...l, href: new URL(l.href, options.linkBase).href };
        }
        catch {
            return l;
        }
    });
    // an unordered set: the API puts its own links first and keeps the rest in stored order
    if (kept.length < 2)
        return kept;
    return kept
        .map((l) => [normalize_canonicalJson(l), l])
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([, l]) => l);
}
/** The comparable form as Python values (see py-value.ts): what compare.ts works on. */
function normalize_normalizedPy(doc, options = {}) {
    const { stored, kind } = storedForm(doc, options.itemAssets === undefined ? {} : { itemAssets: toPy(options.itemAssets) });
    if (!isPyObject(stored))
        return stored;
    const out = { ...stored };
    if (kind === 'collection' && (options.collectionExtent ?? 'ignore') === 'ignore')
        delete out['extent'];
    if ((options.links ?? 'content') === 'ignore')
        delete out['links'];
    else if ('links' in out)
        out['links'] = normalizeLinks(out['links'] ?? null, options);
    return out;
}
/**
 * The comparable form of a STAC Item or Collection as plain JSON (numbers written the way Python writes
 * them, see src/json.ts). Never mutates its input.
 */
function normalizeStac(doc, options = {}) {
    return fromPy(normalize_normalizedPy(doc, options));
}
/** JSON with object keys sorted at every level: the same for documents equal by content. */
function normalize_canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map((v) => (v === undefined ? 'null' : normalize_canonicalJson(v))).join(',')}]`;
    if (isRecord(value)) {
        const keys = Object.keys(value)
            .filter((k) => value[k] !== undefined)
            .sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${normalize_canonicalJson(value[k])}`).join(',')}}`;
    }
    if (typeof value === 'bigint')
        return value.toString();
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            return 'null';
        // an integral float hashes like the int of the same value (`2.0` == `2`)
        return Number.isInteger(value) ? BigInt(value).toString() : String(value);
    }
    return JSON.stringify(value) ?? 'null';
}

;// CONCATENATED MODULE: ./src/compare/compare.ts
/**
 * Content comparison of STAC documents on their normalised forms (see normalize.ts), with the
 * differing places as JSON pointers, and a content hash for cheap change detection. Numbers compare
 * by value with integers exact (an int and a float of the same value are equal).
 */




function escapePointerToken(token) {
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
const compare_isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v) => typeof v === 'number' || typeof v === 'bigint';
function sameScalar(a, b) {
    if (isNumber(a) && isNumber(b))
        return sameNumber(a, b) || (Number.isNaN(a) && Number.isNaN(b));
    return a === b;
}
/** A difference as plain JSON (an exact integer keeps its digits when written, see src/json.ts). */
function difference(path, expected, actual) {
    return fromPy({ path, expected, actual });
}
function diffInto(expected, actual, path, out, max) {
    if (out.length > max)
        return false;
    if (Array.isArray(expected) && Array.isArray(actual)) {
        const n = Math.max(expected.length, actual.length);
        for (let i = 0; i < n; i++) {
            if (!diffInto(expected[i], actual[i], `${path}/${i}`, out, max))
                return false;
        }
        return true;
    }
    if (compare_isRecord(expected) && compare_isRecord(actual)) {
        const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
        for (const k of [...keys].sort()) {
            if (!diffInto(expected[k], actual[k], `${path}/${escapePointerToken(k)}`, out, max))
                return false;
        }
        return true;
    }
    if (!sameScalar(expected, actual))
        out.push(difference(path, expected, actual));
    return out.length <= max;
}
/** Deep equality of JSON values (numbers numerically, key order ignored); the fast path before a diff. */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!jsonEqual(a[i], b[i]))
                return false;
        return true;
    }
    if (compare_isRecord(a)) {
        if (!compare_isRecord(b))
            return false;
        let n = 0;
        for (const k in a) {
            if (a[k] === undefined)
                continue;
            n++;
            if (!jsonEqual(a[k], b[k]))
                return false;
        }
        for (const k in b)
            if (b[k] !== undefined)
                n--;
        return n === 0;
    }
    return sameScalar(a, b);
}
/** Differences between two already-normalised values. */
function compare_diffValues(expected, actual, maxDifferences = 50) {
    if (jsonEqual(expected, actual))
        return { equal: true, differences: [], truncated: false };
    const out = [];
    diffInto(expected, actual, '', out, maxDifferences);
    const truncated = out.length > maxDifferences;
    if (truncated)
        out.length = maxDifferences;
    return { equal: out.length === 0, differences: out, truncated };
}
/**
 * Compares what we sent (`expected`) with what the API returned (`actual`) by content:
 * both are normalised the same way first, so a correctly loaded object is `equal`.
 */
function compareStac(expected, actual, options = {}) {
    const { maxDifferences, actualLinkBase, itemAssetsOf, ...norm } = options;
    const itemAssets = expected.type === 'Feature' && typeof expected.collection === 'string'
        ? itemAssetsOf?.(expected.collection)
        : undefined;
    if (itemAssets !== undefined)
        norm.itemAssets = itemAssets;
    const actualNorm = { ...norm };
    const base = actualLinkBase ?? norm.linkBase;
    if (base !== undefined)
        actualNorm.linkBase = base;
    return compare_diffValues(normalizedPy(expected, norm), normalizedPy(actual, actualNorm), maxDifferences ?? 50);
}
/** sha256 (hex) of the canonical JSON of the normalised document: stable across key order and 2 vs 2.0. */
function contentHash(doc, options = {}) {
    return createHash('sha256')
        .update(canonicalJson(normalizedPy(doc, options)))
        .digest('hex');
}
/**
 * The one comparison with a catalog: what was sent (`undefined`: only presence is known, e.g. an
 * item generated remotely) against the catalog's copy (`undefined`: not there). The plan's
 * new / changed / unchanged and the verifier's missing / stale / verified are both read from it.
 */
function compareWithCatalog(sent, stored, options = {}) {
    if (stored === undefined)
        return { outcome: 'absent', differences: [], truncated: false, contentCompared: false };
    if (sent === undefined)
        return { outcome: 'equal', differences: [], truncated: false, contentCompared: false };
    const cmp = compareStac(sent, stored, options);
    return {
        outcome: cmp.equal ? 'equal' : 'different',
        differences: cmp.differences,
        truncated: cmp.truncated,
        contentCompared: true,
    };
}
/** Why a copy is not the one sent: `the STAC API's copy differs at /a, /b`. */
function differsAt(copy, differences, truncated = false) {
    return `${copy} differs at ${compare_describeDifferences(differences, truncated)}`;
}
/** A fingerprint of a catalog's copy as it was read: tells whether the catalog changed it since. */
function copyHash(doc) {
    return createHash('sha256').update(stringifyJson(doc)).digest('hex');
}
/** The differing places for people: the first five JSON pointers, `…` when there are more. */
function compare_describeDifferences(differences, truncated = false) {
    const paths = differences.slice(0, 5).map((d) => d.path || '/');
    return `${paths.join(', ')}${differences.length > 5 || truncated ? ', …' : ''}`;
}

;// CONCATENATED MODULE: ./src/sources/migrate.ts



const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:-(.+))?$/;
/** STAC before 1.0.0 (0.x, 1.0.0-beta, 1.0.0-rc): what the 1.x schemas and the loader do not take. */
function migrate_isPre1Stac(version) {
    if (typeof version !== 'string')
        return false;
    const m = VERSION.exec(version);
    if (!m)
        return false;
    return m[1] === '0' || (m[1] === '1' && m[2] === '0' && m[3] === '0' && m[4] !== undefined);
}
/**
 * Upgrades an older STAC document with @radiantearth/stac-migrate (the STAC community's migration
 * library) and says what changed; a document already at 1.0.0 or later is returned as it is.
 */
function migrateDocument(doc) {
    const from = doc['stac_version'];
    if (!migrate_isPre1Stac(from))
        return { doc };
    // cloneJson, not structuredClone: numbers keep the text they were written with (src/json.ts)
    const upgraded = Migrate.stac(cloneJson(doc), true);
    const changed = diffValues(doc, upgraded, 20).differences.map((d) => d.path);
    return { doc: upgraded, migration: { from, to: String(upgraded['stac_version']), changed } };
}
/** One plan line for a source's migrations: versions, count, and the first changed places. */
function describeMigrations(label, migrations) {
    if (migrations.length === 0)
        return undefined;
    const versions = [...new Set(migrations.map((m) => `${m.from} -> ${m.to}`))].join(', ');
    const places = [...new Set(migrations.flatMap((m) => m.changed))].map((path) => ({
        path,
        expected: undefined,
        actual: undefined,
    }));
    return (`${label}: migrated ${migrations.length} document(s) with stac-migrate (${versions}); ` +
        `${describeDifferences(places)}`);
}

;// CONCATENATED MODULE: ./src/stages/validate/schema-validator.ts









const CORE_PATHS = {
    Feature: 'item-spec/json-schema/item.json',
    Collection: 'collection-spec/json-schema/collection.json',
    Catalog: 'catalog-spec/json-schema/catalog.json',
};
/** Past this many errors against one schema, a document gets one "N more" finding instead. */
const MAX_FINDINGS_PER_SCHEMA = 25;
const schema_validator_SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
/**
 * The STAC core schema URL for a document, or a reason why there is none. A document without a
 * known `type` gets no core schema here; the loader rules report the type itself.
 */
function coreSchemaUrl(doc) {
    const type = doc['type'];
    if (typeof type !== 'string' || CORE_PATHS[type] === undefined)
        return undefined;
    const version = doc['stac_version'];
    if (typeof version !== 'string' || !schema_validator_SEMVER.test(version)) {
        return {
            problem: `stac_version ` +
                `${version === undefined ? 'is missing' : `${JSON.stringify(version)} is not a version like "1.1.0"`}, ` +
                `so the core schema cannot be chosen`,
        };
    }
    if (isPre1Stac(version)) {
        return {
            rule: 'stac:version',
            problem: `STAC ${version} predates 1.0.0, which the loader and the current schemas expect: set \`migrate: true\` ` +
                'on its source in the manifest (upgrades it with @radiantearth/stac-migrate before validation; ' +
                'the plan lists what changed), or upgrade the file',
        };
    }
    return { url: `https://schemas.stacspec.org/v${version}/${CORE_PATHS[type]}` };
}
function isHttpUrl(value) {
    try {
        const u = new URL(value);
        return u.protocol === 'https:' || u.protocol === 'http:';
    }
    catch {
        return false;
    }
}
function schemaSetOf(doc) {
    const set = { checks: [] };
    const core = coreSchemaUrl(doc);
    if (core !== undefined && 'problem' in core) {
        set.problem = core.problem;
        if (core.rule !== undefined)
            set.problemRule = core.rule;
    }
    else if (core !== undefined)
        set.checks.push({ url: core.url, rule: 'schema:core' });
    const extensions = doc['stac_extensions'];
    if (Array.isArray(extensions)) {
        // entries that are not URLs are reported by the loader rules (`loader:extension-url`)
        for (const ext of new Set(extensions.filter((e) => typeof e === 'string' && isHttpUrl(e))))
            set.checks.push({ url: ext, rule: `schema:${ext}` });
    }
    return set;
}
/** The key of a document's schema set, or undefined for a shape not worth remembering. */
function shapeKey(doc) {
    const { type, stac_version: version, stac_extensions: extensions } = doc;
    if (typeof type !== 'string' || typeof version !== 'string')
        return undefined;
    if (extensions === undefined)
        return `${type}\n${version}`;
    if (!Array.isArray(extensions) || extensions.length > 64 || !extensions.every((e) => typeof e === 'string'))
        return undefined;
    return `${type}\n${version}\n${extensions.join('\n')}`;
}
const MAX_SHAPES = 1000;
/** Where the document names a schema: `/stac_extensions/<i>`, or the document itself (its core schema). */
function extensionPointer(doc, url) {
    const exts = doc['stac_extensions'];
    const i = Array.isArray(exts) ? exts.indexOf(url) : -1;
    return i === -1 ? '' : `/stac_extensions/${i}`;
}
function defaultPrecompiled(logger) {
    const dir = bundledValidatorsDir();
    return dir === undefined ? null : new PrecompiledValidators(dir, logger);
}
/** Compiles each schema once per mode (fast, full), using the precompiled validators where they fit. */
class ValidatorCompiler {
    resolver;
    precompiled;
    logger;
    // each schema is looked up once, whichever validators (fast, full, precompiled) need it
    looked = new Map();
    instances = new Map();
    compiled = new Map();
    fromPrecompiled = new Set();
    fastInstance = new Map();
    codes = new Map();
    // ajv's compileAsync is not safe to run concurrently on one instance (shared $refs get added twice)
    compileQueue = Promise.resolve();
    constructor(resolver, precompiled, logger) {
        this.resolver = resolver;
        this.precompiled = precompiled;
        this.logger = logger;
    }
    resolve(url) {
        let found = this.looked.get(url);
        if (found === undefined)
            this.looked.set(url, (found = this.resolver.resolve(url)));
        return found;
    }
    instance(draft, mode) {
        const key = `${draft} ${mode}`;
        let ajv = this.instances.get(key);
        if (ajv === undefined) {
            const loadSchema = async (uri) => prepareSchema(await this.resolve(uri), uri, draft);
            // the fast validators keep their code, for worker threads
            ajv = createAjv({ draft, mode, loadSchema, logger: this.logger, source: mode === 'fast' });
            this.instances.set(key, ajv);
        }
        return ajv;
    }
    async compile(url, mode) {
        if (mode === 'fast') {
            const ready = await this.precompiled?.get(url, (u) => this.resolve(u));
            if (ready !== undefined) {
                this.fromPrecompiled.add(url);
                return ready;
            }
        }
        const raw = (await this.resolve(url));
        const draft = draftOf(raw);
        if (typeof draft !== 'string')
            throw new Error(`schema ${url} uses ${draft.unsupported}, which is not supported (draft-07, 2019-09 and 2020-12 are)`);
        const ajv = await this.instance(draft, mode);
        if (mode === 'fast')
            this.fastInstance.set(url, ajv);
        const existing = ajv.getSchema(url);
        if (existing !== undefined)
            return existing;
        return await ajv.compileAsync(prepareSchema(raw, url, draft));
    }
    validatorFor(url, mode) {
        const key = `${mode} ${url}`;
        let pending = this.compiled.get(key);
        if (pending === undefined) {
            pending = this.compileQueue.then(() => this.compile(url, mode));
            this.compileQueue = pending.catch(() => undefined);
            this.compiled.set(key, pending);
        }
        return pending;
    }
    /** How a worker thread gets the fast validator of `url` (compiled before). */
    part(url) {
        if (this.fromPrecompiled.has(url) && this.precompiled)
            return { url, precompiledDir: this.precompiled.dir };
        let code = this.codes.get(url);
        if (code === undefined)
            this.codes.set(url, (code = validatorCode(this.fastInstance.get(url), [url])));
        return { url, code };
    }
}
/** The findings of one document against one schema (full validator). */
async function checkAgainst(compiler, doc, origin, url, rule) {
    let validate;
    try {
        validate = await compiler.validatorFor(url, 'full');
    }
    catch (err) {
        return [
            {
                severity: 'error',
                rule: 'schema:unavailable',
                message: err instanceof SchemaUnavailableError
                    ? `${describeError(err)}${err.url === url ? '' : ` (needed by ${url})`}`
                    : `cannot validate against ${url}: ${describeError(err)}`,
                location: originToLocation(origin, extensionPointer(doc, url)),
            },
        ];
    }
    if (validate(doc))
        return [];
    const errors = mergeStringChecks(condenseErrors(validate.errors ?? []));
    const findings = errors.slice(0, MAX_FINDINGS_PER_SCHEMA).map((e) => ({
        severity: 'error',
        rule,
        message: explain(e),
        location: originToLocation(origin, e.instancePath),
    }));
    if (errors.length > MAX_FINDINGS_PER_SCHEMA) {
        findings.push({
            severity: 'error',
            rule,
            message: `${errors.length - MAX_FINDINGS_PER_SCHEMA} more errors against ${url} not shown`,
            location: originToLocation(origin, ''),
        });
    }
    return findings;
}
const fastPass = (set, doc) => set.problem === undefined && Array.isArray(set.fast) && set.fast.every((f) => f(doc) === true);
/** The finding for a document whose core schema cannot be chosen (none when it can). */
function problemFindings(set, origin) {
    if (set.problem === undefined)
        return [];
    return [
        {
            severity: 'error',
            rule: set.problemRule ?? 'schema:core',
            message: set.problem,
            location: originToLocation(origin, '/stac_version'),
        },
    ];
}
function createSchemaValidator(options) {
    const { logger } = options;
    const precompiled = options.precompiled === undefined ? defaultPrecompiled(logger) : options.precompiled;
    const compiler = new ValidatorCompiler(options.resolver, precompiled, logger);
    const shapes = new Map();
    function setFor(doc) {
        const key = shapeKey(doc);
        if (key === undefined)
            return schemaSetOf(doc);
        let set = shapes.get(key);
        if (set === undefined) {
            set = schemaSetOf(doc);
            if (shapes.size < MAX_SHAPES)
                shapes.set(key, set);
        }
        return set;
    }
    function prepareFast(set) {
        set.ready ??= Promise.all(set.checks.map((c) => compiler.validatorFor(c.url, 'fast'))).then((fns) => void (set.fast = fns), (err) => {
            logger.debug(`fast validation off for ${set.checks.map((c) => c.url).join(', ')}: ${describeError(err)}`);
            set.fast = null;
        });
        return set.ready;
    }
    return {
        async fastShape(doc) {
            const key = shapeKey(doc);
            if (key === undefined)
                return undefined;
            const set = setFor(doc);
            await prepareFast(set);
            if (!Array.isArray(set.fast) || set.problem !== undefined)
                return undefined;
            return { key, parts: set.checks.map((c) => compiler.part(c.url)) };
        },
        passes(doc) {
            const set = setFor(doc);
            if (set.fast === undefined)
                void prepareFast(set);
            return fastPass(set, doc);
        },
        async validate(doc, origin) {
            const set = setFor(doc);
            await prepareFast(set);
            if (fastPass(set, doc))
                return [];
            const found = await Promise.all(set.checks.map((c) => checkAgainst(compiler, doc, origin, c.url, c.rule)));
            return [...problemFindings(set, origin), ...found.flat()];
        },
    };
}
/** A `pattern` and a `format` failure on the same string (STAC datetimes) read as one problem. */
function mergeStringChecks(errors) {
    const formats = new Map(errors.filter((e) => e.keyword === 'format').map((e) => [e.instancePath, e]));
    const patterns = new Set(errors.filter((e) => e.keyword === 'pattern').map((e) => e.instancePath));
    const out = [];
    for (const e of errors) {
        const format = formats.get(e.instancePath);
        if (e.keyword === 'pattern' && format !== undefined) {
            out.push({
                ...e,
                message: `must be a valid ${String(format.params['format'])} matching ${String(e.params['pattern'])}`,
            });
            continue;
        }
        if (e.keyword === 'format' && patterns.has(e.instancePath))
            continue;
        out.push(e);
    }
    return out;
}
/** Messages for the STAC rules whose raw JSON Schema wording says nothing useful. */
function explain(e) {
    if (e.instancePath === '/collection' && e.keyword === 'not') {
        return (`\`collection\` is set (${JSON.stringify(e.data)}) but no link has rel "collection"; add ` +
            `a link {"rel": "collection", "href": ...} to the collection`);
    }
    if (e.keyword === 'pattern' && e.message?.startsWith('must be a valid') === true) {
        return `${e.message} (got ${JSON.stringify(e.data)})`;
    }
    return describeAjvError(e);
}

;// CONCATENATED MODULE: ./src/stages/validate/worker-main.ts
/**
 * A validation worker thread (started by threads.ts): parses documents and runs the checks that need
 * nothing but the document (check-unit.ts), with the fast validators the main thread hands it.
 */







const shapes = new Map();
const precompiled = new Map();
async function learn(shape) {
    const fns = [];
    for (const part of shape.parts) {
        let fn;
        if ('code' in part)
            fn = evaluateValidatorCode(part.code)[part.url];
        else {
            let set = precompiled.get(part.precompiledDir);
            if (set === undefined)
                precompiled.set(part.precompiledDir, (set = new precompiled_PrecompiledValidators(part.precompiledDir, new RecordingLogger())));
            fn = await set.trusted(part.url);
        }
        if (fn === undefined)
            return; // this shape stays with the main thread
        fns.push(fn);
    }
    shapes.set(shape.key, fns);
}
function fast(doc) {
    const key = shapeKey(doc);
    const fns = key === undefined ? undefined : shapes.get(key);
    return fns !== undefined && fns.every((f) => f(doc) === true);
}
/** A document's result; a block's documents' results, with their lines (and text, when asked about again). */
function check(unit) {
    if (unit.block === undefined)
        return [{ result: checkUnit(unit, fast, false) }];
    const out = [];
    for (const u of units_unitsOf(unit)) {
        const result = checkUnit(u, fast, false);
        const line = u.origin.line;
        if (result.fast && result.problems.length === 0)
            out.push(line, result.type, result.id, result.collection);
        else {
            const again = !result.fast && result.unreadable === undefined;
            out.push({ result, line, ...(again ? { text: u.text } : {}) });
        }
    }
    return out;
}
const port = external_node_worker_threads_namespaceObject.parentPort;
if (port === null)
    throw new Error('worker-main runs as a worker thread');
// messages are handled one at a time, in order (a shape is learnt before the batches that need it)
let queue = Promise.resolve();
port.on('message', (message) => {
    queue = queue.then(async () => {
        if (message.kind === 'shape')
            await learn(message.shape);
        else
            port.postMessage({ seq: message.seq, results: message.units.map(check) });
    });
});

