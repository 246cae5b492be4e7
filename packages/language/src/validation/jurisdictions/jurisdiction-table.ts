import type { CountryCode, Currency, FundingKind, PolicyField } from '../../model/partnership-model.js';
import type { RuleMessage } from '../rule-message.js';

/**
 * The shape of a dated, sourced table of jurisdiction-specific conditions. Conditions change
 * with regulations: each entry says where it comes from and from when it applies, and the rule
 * code that reports a breach. Code interprets condition kinds; the numbers live in the data.
 * `text`, what the condition requires, is in every language findings are written in.
 */
export type JurisdictionCondition =
    | { readonly rule: string; readonly kind: 'local-funding-share'; readonly minShare: number; readonly text: RuleMessage }
    | { readonly rule: string; readonly kind: 'advisory-body-with-voluntary'; readonly text: RuleMessage }
    | { readonly rule: string; readonly kind: 'min-positions'; readonly minFte: number; readonly text: RuleMessage }
    | { readonly rule: string; readonly kind: 'premises'; readonly text: RuleMessage }
    | { readonly rule: string; readonly kind: 'national-threshold'; readonly amount: number; readonly currency: Currency; readonly text: RuleMessage }
    /** Support for voluntary social work: the voluntary effort is the core of what the grant supports (in these policy fields). */
    | { readonly rule: string; readonly kind: 'voluntary-effort-core'; readonly fields: readonly PolicyField[]; readonly text: RuleMessage };

export interface JurisdictionEntry {
    readonly id: string;
    readonly title: string;
    /** ISO date the conditions apply from (inclusive). */
    readonly validFrom: string;
    /** ISO date the conditions apply until (inclusive); absent while in force. */
    readonly validTo?: string;
    /** The publication or regulation the conditions are taken from. */
    readonly source: string;
    /** When the team last read the source. */
    readonly retrieved: string;
    /**
     * `title` and `source` in Norwegian and Danish, for the findings in those languages: the
     * publications' own titles as published, the team's notes around them translated.
     */
    readonly translations: Readonly<Record<'nb' | 'da', { readonly title: string; readonly source: string }>>;
    readonly conditions: readonly JurisdictionCondition[];
}

export interface JurisdictionTable {
    readonly country: CountryCode;
    /** What the table is about, in words. */
    readonly topic: string;
    /** The funding lines the conditions apply to. */
    readonly fundingKinds: readonly FundingKind[];
    readonly entries: readonly JurisdictionEntry[];
}

/** The entry in force for a year span, the latest when several overlap; undefined if none. */
export function entryFor(table: JurisdictionTable, from: number, to: number): JurisdictionEntry | undefined {
    const overlapping = table.entries.filter(entry => {
        const start = Number(entry.validFrom.slice(0, 4));
        const end = entry.validTo ? Number(entry.validTo.slice(0, 4)) : Number.POSITIVE_INFINITY;
        return start <= to && end >= from;
    });
    return overlapping.sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
}
