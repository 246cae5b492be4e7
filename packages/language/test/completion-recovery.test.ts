import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { createSamskapServices } from '../src/index.js';

// Found by the fuzz suite (scripts/fuzz): completing a reference while the node at the cursor is
// another one than the reference's threw inside Langium's completion ("Property party of type
// JointLocus is not a reference"), which logged it as an error on each such keystroke and
// offered no names.

const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
let counter = 0;

/** Completion at `|` in `text`, and what was logged as an error meanwhile. */
async function complete(marked: string): Promise<{ labels: string[]; logged: unknown[][] }> {
    const offset = marked.indexOf('|');
    const document = shared.workspace.LangiumDocumentFactory.fromString(marked.replace('|', ''), URI.file(`/completion/${counter++}.samskap`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
        const list = await Samskap.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
        });
        return { labels: (list?.items ?? []).map(item => item.label), logged: logged.mock.calls };
    } finally {
        logged.mockRestore();
    }
}

describe('completing a reference where parse recovery left another node', () => {
    test('typing over `joint` after `decide`: no error, and the keyword is offered', async () => {
        const { labels, logged } = await complete('model t "T" {\n    actor kommune "K" is municipality\n    actor lag "L" is association\n    decision d { decide jo|int(kommune, lag) by consensus }\n}\n');
        expect(logged).toEqual([]);
        expect(labels).toContain('joint');
    });

    test('an unfinished `decide`: no error after it, and the parties are offered at it', async () => {
        const text = 'model h "H" {\n    actor kommune "Kommunen" is\n    actor forening "Foreningen" is association\n    decision p {\n        decide \n    }\n}\n';
        const after = await complete(text.replace('    }\n}', '    }|\n}'));
        expect(after.logged).toEqual([]);
        const at = await complete(text.replace('decide ', 'decide |'));
        expect(at.logged).toEqual([]);
        expect(at.labels).toEqual(expect.arrayContaining(['kommune', 'forening']));
    });
});
