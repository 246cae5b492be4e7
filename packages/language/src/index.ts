export * from './samskap-module.js';
export * from './model/partnership-model.js';
export * from './model/build-model.js';
export * from './model/sectors.js';
export * from './model/partnership-model-provider.js';
export * from './analysis/classification.js';
export * from './analysis/classification-provider.js';
export { FORM_LABELS, FORM_ORDER } from './analysis/co-creation.js';
export * from './analysis/form-explanation.js';
export { REFERENCES, type Reference, type ReferenceKey } from './analysis/references.js';
export * from './analysis/provenance.js';
export * from './analysis/labels.js';
export * from './analysis/local-text.js';
export { classificationSource } from './analysis/classification-sources.js';
export * from './validation/finding.js';
export type { RuleArea, RuleDefinition } from './validation/rule.js';
export type { RuleMessage } from './validation/rule-message.js';
export {
    parseSamskapConfig, resolveConfig, severityOf, DEFAULT_SHARE_TOLERANCE,
    type SamskapConfig, type ParsedConfig, type ResolvedSamskapConfig
} from './validation/rule-config.js';
export { ALL_RULES, MODEL_RULES, CONFIG_RULES, RULES_BY_CODE } from './validation/rule-catalogue.js';
export { runRules } from './validation/run-rules.js';
export { runWorkspaceRules, WORKSPACE_RULES, type LibraryInfo } from './validation/workspace-rules.js';
export { SamskapConfiguration } from './validation/configuration-service.js';
export { collectWorkspace, librariesOf, RULES_DOCUMENTATION, type SamskapDiagnosticData } from './validation/samskap-validator.js';
export { JURISDICTION_TABLES } from './validation/rules/jurisdiction-rules.js';
export type { JurisdictionTable, JurisdictionEntry, JurisdictionCondition } from './validation/jurisdictions/jurisdiction-table.js';
export * as ast from './generated/ast.js';
export { SamskapLanguageMetaData } from './generated/module.js';
export { CANONICAL_INDENTATION } from './lsp/samskap-formatter.js';
export { OneProject, sameProject, type ProjectLocator } from './workspace/projects.js';
