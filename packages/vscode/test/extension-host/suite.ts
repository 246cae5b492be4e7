import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SamskapExtensionApi } from '../../src/extension.js';

/**
 * Tests that run inside a VS Code extension host (started by run.mjs through
 * @vscode/test-electron) on a copy of examples/. They use VS Code's own API, as the workbench
 * does: activation, diagnostics, completion, hover, code actions, the preview and the commands.
 */

type Test = [name: string, body: (api: SamskapExtensionApi) => Promise<void>];

const workspaceRoot = (): vscode.Uri => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests need the examples folder open');
    return folder.uri;
};

async function open(relativePath: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/')));
    return vscode.window.showTextDocument(document);
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value !== undefined) {
            return value;
        }
        if (Date.now() > deadline) {
            throw new Error(`timed out waiting for ${what}`);
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

function positionOf(document: vscode.TextDocument, text: string, offset = 0): vscode.Position {
    const index = document.getText().indexOf(text);
    assert.ok(index >= 0, `${document.uri.path} does not contain ${text}`);
    return document.positionAt(index + offset);
}

const tests: Test[] = [
    ['every contributed command is registered', async () => {
        const manifest = vscode.extensions.getExtension('samskap.samskap')?.packageJSON as { contributes: { commands: Array<{ command: string }> } };
        const registered = new Set(await vscode.commands.getCommands(true));
        for (const { command } of manifest.contributes.commands) {
            assert.ok(registered.has(command), `${command} is contributed but not registered`);
        }
    }],
    ['the invalid example gets its stated diagnostic', async () => {
        const editor = await open('invalid/unresolved-actor.samskap');
        const expected = /expect-error:\s*(.+)$/m.exec(editor.document.getText())?.[1]?.trim() ?? '';
        const diagnostics = await until('diagnostics', () => {
            const found = vscode.languages.getDiagnostics(editor.document.uri);
            return found.some(diagnostic => diagnostic.message.includes(expected)) ? found : undefined;
        });
        assert.ok(diagnostics.some(diagnostic => diagnostic.severity === vscode.DiagnosticSeverity.Error));
    }],
    ['a quick fix is offered for the unresolved name', async () => {
        const editor = await open('invalid/unresolved-actor.samskap');
        const at = positionOf(editor.document, 'arendall', 1);
        const actions = await until('code actions', async () => {
            const found = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(at, at));
            return found && found.length > 0 ? found : undefined;
        });
        assert.ok(actions.some(action => /arendall/.test(action.title)), actions.map(action => action.title).join(', '));
    }],
    ['completion after `is` offers actor kinds', async () => {
        const editor = await open('offri-arendal.samskap');
        const at = positionOf(editor.document, 'is municipality', 3);
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, at);
        const labels = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
        assert.ok(labels.includes('voluntary_organisation'), labels.join(', '));
    }],
    ['hover over an actor names it', async () => {
        const editor = await open('offri-arendal.samskap');
        const at = positionOf(editor.document, 'actor arendal', 'actor '.length + 1);
        const hovers = await until('a hover', async () => {
            const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
            return found && found.length > 0 ? found : undefined;
        });
        const text = hovers.flatMap(hover => hover.contents.map(content => typeof content === 'string' ? content : content.value)).join('\n');
        assert.match(text, /Arendal kommune/);
    }],
    ['the server draws the diagram the preview shows', async api => {
        const editor = await open('offri-arendal.samskap');
        await api.ready;
        const result = await api.client.sendRequest<{ svg: string }>('samskap/diagram', { uri: editor.document.uri.toString(), theme: 'light' });
        assert.match(result.svg, /Arendal kommune/);
        assert.match(result.svg, /data-samskap-range="file:/);
        await vscode.commands.executeCommand('samskap.preview.open', editor.document.uri);
        assert.ok(api.preview.isOpen);
    }]
];

export async function run(): Promise<void> {
    const extension = vscode.extensions.getExtension<SamskapExtensionApi>('samskap.samskap');
    assert.ok(extension, 'the Samskap extension is not installed in this host');
    const api = await extension.activate();
    await api.ready;
    const failures: string[] = [];
    for (const [name, body] of tests) {
        try {
            await body(api);
            console.log(`  ok   ${name}`);
        } catch (error) {
            failures.push(name);
            console.log(`  FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    console.log(`extension-host: ${tests.length - failures.length} passed, ${failures.length} failed`);
    if (failures.length > 0) {
        throw new Error(`${failures.length} extension-host test(s) failed: ${failures.join('; ')}`);
    }
}
