import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { DiagramResult } from '../../cli/src/server/protocol.js';
import { startEditorSession } from '../../cli/test/editor-session.js';
import { isGroupId } from '../src/client/protocol.js';

/** 320 actors: past the 300 at which a view is drawn as an overview of one node per sector. */
const KINDS = ['municipality', 'association', 'private_company', 'foundation'] as const;
const LARGE = [
    'model Stor "Stort nettverk" {',
    ...Array.from({ length: 320 }, (_, i) => `    actor a${i} "Aktør ${i}" is ${KINDS[i % KINDS.length]}`),
    '    body styret "Styret" is board members a0, a1, a2, a3',
    '    funding {',
    ...Array.from({ length: 319 }, (_, i) => `        a0 -> a${i + 1} project_grant ${1000 + i} NOK per year`),
    '    }',
    '}',
    ''
].join('\n');

const groupNodes = (svg: string): string[] => [...svg.matchAll(/class="node actor aggregate[^"]*" data-samskap-id="([^"]+)"/g)].map(match => match[1] ?? '');
const actorNodes = (svg: string): number => (svg.match(/class="node actor[^"]*" data-samskap-id="actor:/g) ?? []).length;

describe('a group of the preview\'s overview opens on request (samskap/diagram with expand)', () => {
    let connection: ProtocolConnection;
    let kill: () => void;
    let uri: string;

    beforeAll(async () => {
        const workspace = mkdtempSync(path.join(tmpdir(), 'samskap-groups-'));
        const file = path.join(workspace, 'stor.samskap');
        writeFileSync(file, LARGE);
        uri = pathToFileURL(file).toString();
        const session = startEditorSession(workspace);
        kill = () => session.server.kill();
        connection = session.connection;
        await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(workspace).toString(), capabilities: {} });
        await connection.sendNotification(InitializedNotification.type, {});
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'samskap', version: 1, text: LARGE } });
        await session.waitForDiagnostics(uri, () => true);
    });

    afterAll(() => kill?.());

    test('the overview draws one node per sector, named so the preview can open it', async () => {
        const { svg } = await connection.sendRequest<DiagramResult>('samskap/diagram', { uri, view: 'network' });
        expect(groupNodes(svg).sort()).toEqual(['sector:philanthropic', 'sector:private', 'sector:public', 'sector:voluntary']);
        expect(groupNodes(svg).every(isGroupId)).toBe(true);
        expect(actorNodes(svg)).toBe(0);
    });

    test('an opened group is drawn actor by actor in its frame; the other groups stay one node each', async () => {
        for (const view of ['network', 'funding'] as const) {
            const { svg } = await connection.sendRequest<DiagramResult>('samskap/diagram', { uri, view, expand: 'sector:public' });
            // The funding view draws sectors by colour, without frames.
            if (view === 'network') expect(svg, view).toMatch(/class="cluster[^"]*\bexpanded\b[^"]*" data-samskap-id="sector:public"/);
            expect(svg, view).toContain('data-samskap-id="actor:a0"');
            expect(groupNodes(svg), view).not.toContain('sector:public');
            expect(groupNodes(svg).length, view).toBeGreaterThan(0);
        }
        const { svg } = await connection.sendRequest<DiagramResult>('samskap/diagram', { uri, view: 'network', expand: 'sector:public' });
        // Every fourth actor is a municipality: 80 of them, and no one else.
        expect(actorNodes(svg)).toBe(80);
        expect(svg).not.toContain('data-samskap-id="actor:a1"');
    });

    test('anything but a group name is ignored: the overview is drawn', async () => {
        const overview = (await connection.sendRequest<DiagramResult>('samskap/diagram', { uri, view: 'network' })).svg;
        for (const expand of ['actor:a0', 'sector:"><script>', 'sector:nowhere', 42]) {
            const { svg } = await connection.sendRequest<DiagramResult>('samskap/diagram', { uri, view: 'network', expand });
            expect(svg).toBe(overview);
        }
    });

    test('only group names pass the preview\'s check', () => {
        expect(isGroupId('sector:public')).toBe(true);
        expect(isGroupId('sector:social_economy')).toBe(true);
        expect(isGroupId('kind:voluntary_organisation')).toBe(true);
        for (const value of ['actor:a0', 'sector:', 'sector:Public', 'sector:a"b', 'decisions:operational', undefined, null, 3, `sector:${'a'.repeat(41)}`]) {
            expect(isGroupId(value), String(value)).toBe(false);
        }
    });
});
