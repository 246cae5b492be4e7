import type { RuleDefinition } from './rule.js';
import { CONTEXT_RULES } from './rules/context-rules.js';
import { DECISION_RULES } from './rules/decision-rules.js';
import { FORM_RULES } from './rules/form-rules.js';
import { FUNDING_RULES } from './rules/funding-rules.js';
import { GOVERNANCE_RULES } from './rules/governance-rules.js';
import { JURISDICTION_RULES } from './rules/jurisdiction-rules.js';
import { PARTICIPATION_RULES } from './rules/participation-rules.js';
import { REFERENCE_RULES } from './rules/reference-rules.js';
import { SOURCE_RULES } from './rules/source-rules.js';
import { WORKSPACE_RULES } from './rules/workspace-rule-definitions.js';

/** Problems in the settings (samskap.json or the editor's settings); reported by parseSamskapConfig. */
export const CONFIG_RULES: readonly RuleDefinition[] = [
    { code: 'SK-CFG-001', area: 'CFG', defaultSeverity: 'error', scope: 'config', summary: 'The settings file is a valid JSON object.' },
    { code: 'SK-CFG-002', area: 'CFG', defaultSeverity: 'warning', scope: 'config', summary: 'Every rule code in the settings exists.' },
    { code: 'SK-CFG-003', area: 'CFG', defaultSeverity: 'error', scope: 'config', summary: 'Every rule severity is error, warning, info, hint or off.' },
    { code: 'SK-CFG-004', area: 'CFG', defaultSeverity: 'warning', scope: 'config', summary: 'Every setting name is known.' },
    { code: 'SK-CFG-005', area: 'CFG', defaultSeverity: 'error', scope: 'config', summary: 'Every setting has a valid value.' }
];

/** Rules over one PartnershipModel, run by runRules and by the editor on every change. */
export const MODEL_RULES: readonly RuleDefinition[] = [
    ...REFERENCE_RULES, ...DECISION_RULES, ...FUNDING_RULES, ...GOVERNANCE_RULES, ...PARTICIPATION_RULES, ...FORM_RULES,
    ...CONTEXT_RULES, ...SOURCE_RULES, ...JURISDICTION_RULES
];

/** Every rule code Samskap has; a retired code stays listed as retired, never reused. */
export const ALL_RULES: readonly RuleDefinition[] = [...MODEL_RULES, ...WORKSPACE_RULES, ...CONFIG_RULES];

export const RULES_BY_CODE: ReadonlyMap<string, RuleDefinition> = new Map(ALL_RULES.map(rule => [rule.code, rule]));
