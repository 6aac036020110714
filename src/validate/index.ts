export { createSchemaResolver, SchemaUnavailableError, urlToRelativePath, type SchemaResolver, type SchemaResolverOptions } from './schema-resolver.js';
export { createSchemaValidator, coreSchemaUrl, type SchemaValidator, type SchemaValidatorOptions } from './schema-validator.js';
export { checkLoaderRules, findText, ITEM_FIELDS, S3_EVENT_MARKER, SNS_MAX_BYTES, type LoaderRuleOptions } from './loader-rules.js';
export { DuplicateTracker, findDuplicates } from './duplicates.js';
export { compareFindings, formatFinding, validateDocuments, type ValidateOptions, type ValidationReport } from '../stages/validate.js';
