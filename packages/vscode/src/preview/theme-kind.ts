import * as vscode from 'vscode';
import type { DiagramTheme } from '../client/protocol.js';

/** The diagram theme whose base colours suit the active colour theme (high contrast included). */
export function diagramThemeFor(kind: vscode.ColorThemeKind = vscode.window.activeColorTheme.kind): DiagramTheme {
    switch (kind) {
        case vscode.ColorThemeKind.Light: return 'light';
        case vscode.ColorThemeKind.Dark: return 'dark';
        case vscode.ColorThemeKind.HighContrast: return 'dark';
        case vscode.ColorThemeKind.HighContrastLight: return 'light';
    }
}
