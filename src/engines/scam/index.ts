/** Public API of the scam analyzer engine; import from here, not from individual files. */
export { analyzeMessage, analyzeMessageAsync, MAX_TEXT_CHARS, MODEL, THRESHOLDS, type AnalyzeContext, type SyncAnalyzeContext } from './scam.analyzer.js';
export { createMemoryFraudLookup, scoreReports, type FraudLookup, type SyncFraudLookup, type MemoryFraudLookup, type ReportEvidence } from './fraud-lookup.js';
export { parseRegistry, registrySchema, RegistryError, NEVER_DOES, type Registry, type Institution, type InstitutionPublic, type NationalChannel, type NeverDoes } from './registry.schema.js';
export { buildRegistryIndex, type RegistryIndex } from './registry.index.js';
export { normalizeIndicator } from './indicator.extract.js';
export { ScamInputError, type ScamErrorCode } from './scam.errors.js';
export { REASONS, type ReasonCode } from './reason.catalog.js';
export * from './scam.types.js';
export { loadScamModel, deserializeScamModel, type ScamModel, type ModelView } from './model/scam.model.js';
