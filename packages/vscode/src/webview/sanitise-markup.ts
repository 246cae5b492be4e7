/// <reference lib="dom" />

/**
 * Turns markup from the language server (diagram SVG, comparison HTML) into DOM nodes that can do
 * nothing but display: no scripts, no event handlers, no foreign objects, no links or resources
 * outside the document. The generators already escape model text; this is the second wall, so a
 * model can never run code in the webview even if a generator misses an escape.
 *
 * Inline `style` attributes would be blocked by the webview's Content Security Policy, so they are
 * moved into the CSS object model (which the policy allows), and `<style>` elements inside the
 * content get the page's nonce: both come from our own generators, never from model text.
 */
export function sanitiseInto(target: Element, markup: string, kind: 'svg' | 'html', nonce: string): void {
    const parsed = new DOMParser().parseFromString(markup, kind === 'svg' ? 'image/svg+xml' : 'text/html');
    if (kind === 'svg' && parsed.getElementsByTagName('parsererror').length > 0) {
        throw new Error('the server sent a diagram that is not well-formed SVG');
    }
    const roots: Element[] = kind === 'svg' ? [parsed.documentElement] : Array.from(parsed.body.children);
    // A standalone page's own style sheet (in its <head>) is left behind: it has its own light and
    // dark colours keyed on the system's colour scheme and a page width, which in a webview fought
    // the VS Code theme (a dark theme on a light system gave dark rows of near-black text). The
    // webview's style sheet colours the content from the theme's variables instead. Style sheets
    // inside the content (an inline SVG's) stay: they style only their own drawing.
    const pendingStyles: Array<{ element: Element; declarations: string }> = [];
    for (const root of roots) {
        cleanTree(root, pendingStyles);
    }
    const fragment = document.createDocumentFragment();
    const imported = new Map<Element, Element>();
    for (const root of roots) {
        const copy = document.importNode(root, true);
        mapCopies(root, copy, imported);
        fragment.appendChild(copy);
    }
    for (const { element, declarations } of pendingStyles) {
        const copy = imported.get(element);
        if (copy instanceof HTMLElement || copy instanceof SVGElement) {
            applyDeclarations(copy.style, declarations);
        }
    }
    for (const style of Array.from(fragment.querySelectorAll('style'))) {
        style.setAttribute('nonce', nonce);
    }
    target.replaceChildren(fragment);
}

const FORBIDDEN = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form', 'audio', 'video', 'image', 'img', 'use']);

function cleanTree(root: Element, pendingStyles: Array<{ element: Element; declarations: string }>): void {
    const all = [root, ...Array.from(root.querySelectorAll('*'))];
    for (const element of all) {
        if (FORBIDDEN.has(element.localName.toLowerCase()) && !isLocalUse(element)) {
            element.remove();
            continue;
        }
        for (const attribute of Array.from(element.attributes)) {
            const name = attribute.name.toLowerCase();
            const value = attribute.value.trim().toLowerCase();
            if (name.startsWith('on')) {
                element.removeAttribute(attribute.name);
            } else if ((name === 'href' || name === 'xlink:href' || name === 'src' || name === 'action') && !value.startsWith('#')) {
                // A link to a place in a model file becomes a click target the webview script handles.
                if (name !== 'src' && /^file:\/\/[^#]*#l\d+:\d+/.test(value) && !element.hasAttribute('data-samskap-range')) {
                    element.setAttribute('data-samskap-range', attribute.value);
                }
                element.removeAttribute(attribute.name);
            } else if (name === 'style') {
                pendingStyles.push({ element, declarations: attribute.value });
                element.removeAttribute(attribute.name);
            }
        }
    }
}

/** `<use href="#id">` only repeats something already in the same SVG, so it may stay. */
function isLocalUse(element: Element): boolean {
    if (element.localName !== 'use') {
        return false;
    }
    const href = element.getAttribute('href') ?? element.getAttribute('xlink:href') ?? '';
    return href.startsWith('#');
}

function mapCopies(original: Element, copy: Element, map: Map<Element, Element>): void {
    map.set(original, copy);
    const originals = original.children;
    const copies = copy.children;
    for (let index = 0; index < originals.length && index < copies.length; index++) {
        mapCopies(originals[index], copies[index], map);
    }
}

function applyDeclarations(style: CSSStyleDeclaration, declarations: string): void {
    for (const declaration of declarations.split(';')) {
        const colon = declaration.indexOf(':');
        if (colon > 0) {
            const property = declaration.slice(0, colon).trim();
            const value = declaration.slice(colon + 1).trim();
            if (!/url\s*\(/i.test(value)) {
                style.setProperty(property, value.replace(/\s*!important\s*$/i, ''));
            }
        }
    }
}
