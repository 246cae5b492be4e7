/** The colour themes of a diagram: `auto` follows the reader's light or dark setting; print is always light. */
export type DiagramTheme = 'auto' | 'light' | 'dark';

const LIGHT = {
    bg: '#ffffff', fg: '#1a1a1a', line: '#333333', muted: '#767676', node: '#ffffff',
    public: '#cfe2f3', voluntary: '#d9ead3', private: '#fce5cd', social_economy: '#e6d7f0', citizens: '#fff2cc', philanthropic: '#d0e0e3',
    body: '#e8e8e8', role: '#f5f5f5', decision: '#ffffff', definition: '#fff8e1'
};
const DARK: typeof LIGHT = {
    bg: '#1e1e1e', fg: '#e8e8e8', line: '#c8c8c8', muted: '#9a9a9a', node: '#252525',
    public: '#1f3b57', voluntary: '#23452b', private: '#573a19', social_economy: '#422a50', citizens: '#4a4014', philanthropic: '#1f4449',
    body: '#3a3a3a', role: '#2c2c2c', decision: '#262626', definition: '#3d3520'
};

function variables(palette: typeof LIGHT): string {
    return Object.entries(palette).map(([name, value]) => `--sk-${name.replace(/_/g, '-')}:${value}`).join(';');
}

/**
 * The colour of what is drawn from an assumed or illustrative statement, written into the DOT so
 * that renderers without CSS show it too; the style sheet uses the theme's muted colour.
 */
export const UNCERTAIN_COLOUR = '#767676';

/**
 * The diagram font: Arimo, bundled for PNGs (font-metrics.ts), and laid out with its metrics.
 * Arial, Liberation Sans and Helvetica have the same widths, so a browser without Arimo draws
 * text of the same length with the one it has.
 */
export const DIAGRAM_FONT = 'Arimo';
export const DIAGRAM_FONTS = "Arimo,Arial,'Liberation Sans',Helvetica,sans-serif";

/** The light fill of a node with these classes: written into the DOT too, so tools without CSS still show sectors. */
export function lightFillOf(classes: readonly string[]): string {
    const sector = classes.find(name => name.startsWith('sector-'))?.slice('sector-'.length) as keyof typeof LIGHT | undefined;
    if (sector && sector in LIGHT) {
        return LIGHT[sector];
    }
    const kind = (['body', 'role', 'decision', 'definition'] as const).find(name => classes.includes(name));
    return kind ? LIGHT[kind] : LIGHT.node;
}

/**
 * The style sheet embedded in every diagram. Scoped to `.samskap-diagram` so several diagrams
 * can sit in one HTML page; colours are CSS variables so one rule set serves both themes,
 * and every text/background pair keeps a contrast ratio above 4.5:1 (WCAG AA). Shapes and line
 * styles differ too, so the diagram stays readable in black-and-white print. `literal` writes
 * the light colours themselves instead of variables, for renderers without CSS variables (PNG).
 */
export function diagramStyle(theme: DiagramTheme, literal = false): string {
    const scope = '.samskap-diagram';
    const base = theme === 'dark' ? DARK : LIGHT;
    const colour = (name: keyof typeof LIGHT): string => (literal ? base[name] : `var(--sk-${name.replace(/_/g, '-')})`);
    const fills = (['public', 'voluntary', 'private', 'social_economy', 'citizens', 'philanthropic'] as const)
        .map(sector => `${scope} .sector-${sector}>[fill]:not([fill="none"]){fill:${colour(sector)}}`)
        .join('');
    return [
        literal ? `${scope}{font-family:${DIAGRAM_FONTS}}` : `${scope}{${variables(base)};font-family:${DIAGRAM_FONTS}}`,
        theme === 'auto' && !literal ? `@media (prefers-color-scheme:dark){${scope}.theme-auto{${variables(DARK)}}}` : '',
        literal ? '' : `@media print{${scope}{${variables(LIGHT)}}}`,
        `${scope} .sk-background{fill:${colour('bg')}}`,
        `${scope} text{fill:${colour('fg')};font-family:${DIAGRAM_FONTS}}`,
        `${scope} .cluster>[stroke]{stroke:${colour('muted')}}`,
        `${scope} .cluster>[fill]:not([fill="none"]){fill:none}`,
        `${scope} .node>[stroke]:not([stroke="none"]){stroke:${colour('line')}}`,
        `${scope} .node>[fill]:not([fill="none"]){fill:${colour('node')}}`,
        fills,
        (['body', 'role', 'decision', 'definition'] as const).map(kind => `${scope} .${kind}>[fill]:not([fill="none"]){fill:${colour(kind)}}`).join(''),
        `${scope} .edge [stroke]:not([stroke="none"]){stroke:${colour('line')}}`,
        `${scope} .edge [fill]:not([fill="none"]){fill:${colour('line')}}`,
        // Drawn from an assumed or illustrative statement: grey, dotted edges and dashed outlines (the strokes come from Graphviz, and from here for the legend).
        `${scope} .edge.uncertain [stroke]:not([stroke="none"]),${scope} .node.uncertain>[stroke]:not([stroke="none"]){stroke:${colour('muted')}}`,
        `${scope} .edge.uncertain [fill]:not([fill="none"]){fill:${colour('muted')}}`,
        `${scope} .legend-frame{fill:none;stroke:${colour('muted')}}`,
        `${scope} [data-samskap-id]{cursor:pointer}`
    ].join('');
}
