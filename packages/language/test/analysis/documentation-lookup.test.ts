import { describe, expect, test } from 'vitest';
import { stripComment } from '../../src/model/partnership-model-provider.js';
import { parseDocument, services } from './helpers.js';

/**
 * The model provider reads doc comments through an index of each CST parent's children instead
 * of Langium's `CommentProvider` (whose linear search per node was quadratic in a large model).
 * Every documented declaration must read exactly what the CommentProvider reads.
 */
describe('doc comments in the PartnershipModel', () => {
    test('match Langium\'s CommentProvider for the model, actors and bodies, in a model long enough to be indexed', async () => {
        const actors = Array.from({ length: 60 }, (_, i) => i % 3 === 0
            ? `    /** Actor ${i}:\n     * second line. */\n    actor a${i} "Actor ${i}" is association`
            : i % 3 === 1 ? `    // not documentation\n    actor a${i} "Actor ${i}" is association` : `    actor a${i} "Actor ${i}" is association`);
        const document = await parseDocument(`/** The case. */
model Case "Case" {
    country NO
    /** The municipality. */
    actor kommune "Kommunen" is municipality
${actors.join('\n')}
    /** The board steers jointly. */
    body board "Board" is steering_group members kommune, a0 decides by consensus level strategic
}
`);
        const model = services.Samskap.analysis.PartnershipModelProvider.getModels(document)[0];
        const root = document.parseResult.value.elements[0];
        const comments = services.Samskap.documentation.CommentProvider;
        const expected = (node: Parameters<typeof comments.getComment>[0]): string | undefined => stripComment(comments.getComment(node));
        if (root?.$type !== 'Model') throw new Error('no model');
        expect(model.documentation).toBe('The case.');
        expect(model.documentation).toBe(expected(root));
        const astActors = new Map(root.actors.map(actor => [actor.name, actor]));
        for (const actor of model.actors) {
            expect(actor.documentation).toBe(expected(astActors.get(actor.id)!));
        }
        expect(model.actors.filter(actor => actor.documentation !== undefined)).toHaveLength(21);
        expect(model.actors.find(actor => actor.id === 'a3')?.documentation).toBe('Actor 3:\nsecond line.');
        expect(model.bodies[0].documentation).toBe('The board steers jointly.');
        expect(model.bodies[0].documentation).toBe(expected(root.bodies[0]));
    });
});
