import { describe, expect, test } from 'vitest';
import { classify } from '../../src/analysis/classification.js';
import { provenanceIndexOf, provenanceText } from '../../src/analysis/provenance.js';
import { modelOf, parseDocument } from './helpers.js';

const CASE = `model Case "Case" {
    country NO [guribye "p. 3"]
    source guribye is report "Guribye, E. (2016). Mot Kommune 3.0? Med hjerte for Arendal." url "https://example.org/guribye"
    source koordinator is interview "Coordinator, spring 2016" date "2016-04"
    source document "A source without an id"
    actor kommune "Kommunen" is municipality [guribye "p. 12", koordinator]
    actor lag "Laget" is association [illustrative]
    goals defined by kommune [koordinator; inferred]
    decision d "D" level strategic [guribye] {
        decide kommune [guribye "p. 14"]
        consulted lag with feedback "Møte" [assumed]
    }
    funding {
        kommune -> lag operating_grant 100000 NOK per year "Tilskudd" [illustrative]
    }
    claim form municipality_led [koordinator; inferred]
}`;

describe('provenance in the language', () => {
    test('sources are declared with an id, a kind, a reference, and optionally a date and a URL', async () => {
        const model = await modelOf(CASE);
        expect(model.context.sources.map(s => [s.id, s.kind, s.date, s.url])).toEqual([
            ['guribye', 'report', undefined, 'https://example.org/guribye'],
            ['koordinator', 'interview', '2016-04', undefined],
            [undefined, 'document', undefined, undefined]
        ]);
    });

    test('every kind of statement carries its citations and certainty; citing means stated unless said otherwise', async () => {
        const model = await modelOf(CASE);
        expect(model.context.provenance?.country).toEqual({ citations: [{ source: 'guribye', locator: 'p. 3' }], certainty: 'stated' });
        expect(model.actors.map(a => a.provenance)).toEqual([
            { citations: [{ source: 'guribye', locator: 'p. 12' }, { source: 'koordinator' }], certainty: 'stated' },
            { citations: [], certainty: 'illustrative' }
        ]);
        expect(model.definitions[0].provenance).toEqual({ citations: [{ source: 'koordinator' }], certainty: 'inferred' });
        expect(model.decisions[0].provenance).toEqual({ citations: [{ source: 'guribye' }], certainty: 'stated' });
        expect(model.decisions[0].loci[0].provenance).toEqual({ citations: [{ source: 'guribye', locator: 'p. 14' }], certainty: 'stated' });
        expect(model.decisions[0].rights.find(r => r.right === 'consulted')?.provenance).toEqual({ citations: [], certainty: 'assumed' });
        expect(model.funding[0]).toMatchObject({ description: 'Tilskudd', provenance: { citations: [], certainty: 'illustrative' } });
        expect(model.claims.form?.provenance).toEqual({ citations: [{ source: 'koordinator' }], certainty: 'inferred' });
    });

    test('a statement without brackets has no provenance', async () => {
        const model = await modelOf('model X "X" {\n actor kommune "K" is municipality\n}');
        expect(model.actors[0].provenance).toBeUndefined();
    });

    test('a citation of a source the model does not declare does not link', async () => {
        await expect(parseDocument('model X "X" {\n actor kommune "K" is municipality [nowhere]\n}')).rejects.toThrow(/nowhere/);
    });
});

describe('the provenance behind evidence', () => {
    test('the statements a criterion read, with what they cite, once each; assumed and illustrative ones are counted', async () => {
        const model = await modelOf(CASE);
        const index = provenanceIndexOf(model);
        const classification = classify(model);
        const goals = classification.coCreation.assessments.find(a => a.form === 'equal')!.evidence.find(e => e.criterion === 'goals-defined-by')!;
        expect(index.behind([...goals.ranges, ...goals.ranges]).map(p => p.provenance && provenanceText(p.provenance))).toEqual(['koordinator (inferred)']);
        expect(index.uncertain.length).toBe(3);
        expect(index.restsOnUncertain(model.funding.map(line => line.range))).toBe(true);
        expect(index.sources.get('guribye')?.url).toBe('https://example.org/guribye');
    });
});

describe('evidence that points at a declaration by its name', () => {
    test('finds the declaration\'s provenance', async () => {
        const model = await modelOf(CASE);
        const lag = model.actors.find(actor => actor.id === 'lag')!;
        expect(provenanceIndexOf(model).of(lag.nameRange)).toEqual({ citations: [], certainty: 'illustrative' });
        expect(provenanceIndexOf(model).restsOnUncertain(classify(model).coCreation.evidence[0].ranges)).toBe(true);
    });
});
