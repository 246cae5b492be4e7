import type { RuleDefinition } from '../rule.js';

/** The workspace-wide rules; runWorkspaceRules (workspace-rules.ts) checks them over many models. */
export const sameOrganisationTwoNames: RuleDefinition = {
    code: 'SK-WS-001', area: 'WS', defaultSeverity: 'warning', scope: 'workspace',
    summary: 'Across the workspace, one organisation (same title) is not declared under two different names.'
};

export const libraryActorUnused: RuleDefinition = {
    code: 'SK-WS-002', area: 'WS', defaultSeverity: 'info', scope: 'workspace',
    summary: 'Information: an actor of a shared library is used by no model in the workspace.'
};

export const WORKSPACE_RULES: readonly RuleDefinition[] = [sameOrganisationTwoNames, libraryActorUnused];
