import type { GovernanceMode, Grade, PartnershipModel } from '../model/partnership-model.js';
import type { Evidence, GovernanceAssessment, GovernanceFit, ResolvedAnalysisSettings } from './classification.js';
import { formatDisplayNumber } from './labels.js';
import type { LocalText } from './local-text.js';
import { REFERENCES } from './references.js';

/** Where the governance conditions come from, in every language (classification-sources.ts). */
export const GOVERNANCE_SOURCE: LocalText = {
    en: `${REFERENCES.provanKenis2008.short}, Journal of Public Administration Research and Theory 18(2), table of conditions for effective governance forms; size thresholds are settings [derived]`,
    nb: `${REFERENCES.provanKenis2008.short}, Journal of Public Administration Research and Theory 18(2), tabellen over vilkår for effektive styringsformer; størrelsesgrensene er innstillinger [utledet]`,
    da: `${REFERENCES.provanKenis2008.short}, Journal of Public Administration Research and Theory 18(2), tabellen over betingelser for effektive styringsformer; størrelsesgrænserne er indstillinger [udledt]`
};
const SOURCE = GOVERNANCE_SOURCE.en;

const MODE_LABELS: Record<GovernanceMode | 'undeclared', string> = {
    shared: 'Shared (participant-governed) network',
    lead: 'Lead organisation',
    nao: 'Network administrative organisation',
    undeclared: 'Governance not declared'
};

/** A criterion with its detail in every language (English also in `detail`, the contract). */
function evidenceOf(criterion: Evidence['criterion'], holds: boolean, detail: LocalText, ranges: Evidence['ranges']): Evidence {
    return { criterion, holds, detail: detail.en, details: detail, ranges };
}

function participantsText(count: number): LocalText {
    return { en: `${formatDisplayNumber(count, 'en')} participant(s)`, nb: `${formatDisplayNumber(count, 'nb')} ${count === 1 ? 'deltaker' : 'deltakere'}`, da: `${formatDisplayNumber(count, 'da')} ${count === 1 ? 'deltager' : 'deltagere'}` };
}

const GRADES: Record<Grade, LocalText> = {
    low: { en: 'low', nb: 'lav', da: 'lav' },
    medium: { en: 'medium', nb: 'middels', da: 'middel' },
    high: { en: 'high', nb: 'høy', da: 'høj' }
};

/**
 * Provan & Kenis's governance mode and whether the network's conditions fit it. The source
 * gives the conditions qualitatively (shared: few participants, high trust density, high goal
 * consensus; lead organisation: moderate number, low trust density, moderately low consensus;
 * NAO: moderate to many participants, moderate trust, moderately high consensus). "Few" and
 * "moderate" are numbers only through the settings (`governance.sharedMaxParticipants`,
 * `governance.leadMaxParticipants`): our operationalisation, not the paper's.
 */
export function classifyGovernance(model: PartnershipModel, settings: ResolvedAnalysisSettings): GovernanceAssessment {
    const participants = model.actors.length;
    const { sharedMaxParticipants, leadMaxParticipants } = settings.governance;
    const governance = model.governance;
    const suggested = suggestMode(participants, governance?.trust, governance?.goalConsensus, settings);
    if (!governance) {
        return {
            code: 'undeclared', label: MODE_LABELS.undeclared, source: SOURCE, participants, fit: 'unknown', suggested,
            evidence: [
                evidenceOf('governance-declared', false, { en: 'no `governance` statement', nb: 'ingen styringsform oppgitt', da: 'ingen styringsform angivet' }, []),
                evidenceOf('participant-count', true, participantsText(participants), [])
            ]
        };
    }
    const evidence: Evidence[] = [];
    const ranges = [governance.range];
    const count = participantsText(participants);
    const size = (holds: boolean, expectation: LocalText): Evidence => evidenceOf('participant-count', holds, {
        en: `${count.en}; ${expectation.en}`, nb: `${count.nb}; ${expectation.nb}`, da: `${count.da}; ${expectation.da}`
    }, ranges);
    const grade = (criterion: 'trust' | 'goal-consensus', value: Grade | undefined, acceptable: readonly Grade[], expectation: LocalText): Evidence | undefined => {
        const name: LocalText = criterion === 'trust'
            ? { en: 'trust', nb: 'tillit', da: 'tillid' }
            : { en: 'goal consensus', nb: 'enighet om mål', da: 'enighed om mål' };
        if (value === undefined) return undefined;
        const level = GRADES[value];
        return evidenceOf(criterion, acceptable.includes(value), {
            en: `${name.en} is ${level.en}; ${expectation.en}`, nb: `${name.nb} er ${level.nb}; ${expectation.nb}`, da: `${name.da} er ${level.da}; ${expectation.da}`
        }, ranges);
    };
    let unknown = false;
    switch (governance.mode) {
        case 'shared': {
            const max = sharedMaxParticipants;
            evidence.push(size(participants <= max, {
                en: `shared governance suits few participants (setting: at most ${formatDisplayNumber(max, 'en')})`,
                nb: `delt styring passer for få deltakere (innstilling: høyst ${formatDisplayNumber(max, 'nb')})`,
                da: `delt styring passer til få deltagere (indstilling: højst ${formatDisplayNumber(max, 'da')})`
            }));
            const trust = grade('trust', governance.trust, ['high'], {
                en: 'shared governance needs high trust', nb: 'delt styring krever høy tillit', da: 'delt styring kræver høj tillid'
            });
            const consensus = grade('goal-consensus', governance.goalConsensus, ['high'], {
                en: 'shared governance needs high goal consensus', nb: 'delt styring krever høy enighet om mål', da: 'delt styring kræver høj enighed om mål'
            });
            unknown = !trust || !consensus;
            if (trust) evidence.push(trust);
            if (consensus) evidence.push(consensus);
            break;
        }
        case 'lead':
        case 'nao': {
            const named = governance.organisation !== undefined;
            const title = model.actors.find(actor => actor.id === governance.organisation)?.title ?? governance.organisation;
            const lead = governance.mode === 'lead';
            evidence.push(evidenceOf('organisation-named', named, named
                ? lead
                    ? { en: `lead organisation: ${title}`, nb: `ledende organisasjon: ${title}`, da: `ledende organisation: ${title}` }
                    : { en: `NAO: ${title}`, nb: `nettverksadministrativ organisasjon: ${title}`, da: `netværksadministrativ organisation: ${title}` }
                : { en: 'the organisation is not named', nb: 'organisasjonen er ikke navngitt', da: 'organisationen er ikke navngivet' },
            ranges));
            if (lead) {
                const max = leadMaxParticipants;
                evidence.push(size(participants <= max, {
                    en: `a lead organisation suits a moderate number (setting: at most ${formatDisplayNumber(max, 'en')})`,
                    nb: `en ledende organisasjon passer for et moderat antall (innstilling: høyst ${formatDisplayNumber(max, 'nb')})`,
                    da: `en ledende organisation passer til et moderat antal (indstilling: højst ${formatDisplayNumber(max, 'da')})`
                }));
            } else {
                const few = sharedMaxParticipants;
                evidence.push(size(participants > few, {
                    en: `an NAO suits moderate to many participants (more than ${formatDisplayNumber(few, 'en')})`,
                    nb: `en nettverksadministrativ organisasjon passer for et moderat til stort antall deltakere (flere enn ${formatDisplayNumber(few, 'nb')})`,
                    da: `en netværksadministrativ organisation passer til et moderat til stort antal deltagere (flere end ${formatDisplayNumber(few, 'da')})`
                }));
                const consensus = grade('goal-consensus', governance.goalConsensus, ['medium', 'high'], {
                    en: 'an NAO needs moderately high goal consensus',
                    nb: 'en nettverksadministrativ organisasjon krever ganske høy enighet om mål',
                    da: 'en netværksadministrativ organisation kræver ret høj enighed om mål'
                });
                if (consensus) evidence.push(consensus);
            }
            break;
        }
    }
    const fit: GovernanceFit = evidence.some(e => !e.holds) ? 'misfit' : unknown ? 'unknown' : 'fits';
    return {
        code: governance.mode, label: MODE_LABELS[governance.mode], source: SOURCE, organisation: governance.organisation,
        participants, fit, suggested, evidence
    };
}

/** The mode the conditions point to, or undefined when the model lacks the facts to say. */
function suggestMode(participants: number, trust: Grade | undefined, consensus: Grade | undefined, settings: ResolvedAnalysisSettings): GovernanceMode | undefined {
    const { sharedMaxParticipants, leadMaxParticipants } = settings.governance;
    if (participants > leadMaxParticipants) return 'nao';
    if (participants <= sharedMaxParticipants && trust === 'high' && consensus === 'high') return 'shared';
    if (participants > sharedMaxParticipants && consensus !== undefined && consensus !== 'low' && trust !== undefined && trust !== 'low') return 'nao';
    if (trust === 'low' || consensus === 'low') return 'lead';
    return undefined;
}
