import type { GovernanceMode, Grade, PartnershipModel } from '../model/partnership-model.js';
import type { Evidence, GovernanceAssessment, GovernanceFit, ResolvedAnalysisSettings } from './classification.js';
import { REFERENCES } from './references.js';

const SOURCE = `${REFERENCES.provanKenis2008.short}, Journal of Public Administration Research and Theory 18(2), table of conditions for effective governance forms; size thresholds are settings [derived]`;

const MODE_LABELS: Record<GovernanceMode | 'undeclared', string> = {
    shared: 'Shared (participant-governed) network',
    lead: 'Lead organisation',
    nao: 'Network administrative organisation',
    undeclared: 'Governance not declared'
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
                { criterion: 'governance-declared', holds: false, detail: 'no `governance` statement', ranges: [] },
                { criterion: 'participant-count', holds: true, detail: `${participants} participant(s)`, ranges: [] }
            ]
        };
    }
    const evidence: Evidence[] = [];
    const ranges = [governance.range];
    const size = (holds: boolean, expectation: string): Evidence => ({
        criterion: 'participant-count', holds, detail: `${participants} participant(s); ${expectation}`, ranges
    });
    const grade = (criterion: 'trust' | 'goal-consensus', value: Grade | undefined, acceptable: readonly Grade[], expectation: string): Evidence | undefined => {
        const name = criterion === 'trust' ? 'trust' : 'goal consensus';
        if (value === undefined) return undefined;
        return { criterion, holds: acceptable.includes(value), detail: `${name} is ${value}; ${expectation}`, ranges };
    };
    let unknown = false;
    switch (governance.mode) {
        case 'shared': {
            evidence.push(size(participants <= sharedMaxParticipants, `shared governance suits few participants (setting: at most ${sharedMaxParticipants})`));
            const trust = grade('trust', governance.trust, ['high'], 'shared governance needs high trust');
            const consensus = grade('goal-consensus', governance.goalConsensus, ['high'], 'shared governance needs high goal consensus');
            unknown = !trust || !consensus;
            if (trust) evidence.push(trust);
            if (consensus) evidence.push(consensus);
            break;
        }
        case 'lead':
        case 'nao': {
            const named = governance.organisation !== undefined;
            const title = model.actors.find(actor => actor.id === governance.organisation)?.title ?? governance.organisation;
            evidence.push({
                criterion: 'organisation-named', holds: named,
                detail: named ? `${governance.mode === 'lead' ? 'lead organisation' : 'NAO'}: ${title}` : 'the organisation is not named',
                ranges
            });
            if (governance.mode === 'lead') {
                evidence.push(size(participants <= leadMaxParticipants, `a lead organisation suits a moderate number (setting: at most ${leadMaxParticipants})`));
            } else {
                evidence.push(size(participants > sharedMaxParticipants, `an NAO suits moderate to many participants (more than ${sharedMaxParticipants})`));
                const consensus = grade('goal-consensus', governance.goalConsensus, ['medium', 'high'], 'an NAO needs moderately high goal consensus');
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
