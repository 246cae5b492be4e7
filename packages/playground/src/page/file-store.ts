/// <reference lib="dom" />

/** One file of the playground's workspace: a model or a library, by its name. */
export interface StoredFile {
    readonly name: string;
    readonly text: string;
}

const FILES_KEY = 'samskap-playground:files';
const ACTIVE_KEY = 'samskap-playground:active';
const LANGUAGE_KEY = 'samskap-playground:language';

/**
 * The playground's files, kept in this browser's localStorage (never sent anywhere) so that a
 * reload or a later visit finds them again. A storage that refuses (private mode, full) is no
 * failure: the files then live as long as the page.
 */
export const fileStore = {
    load(): StoredFile[] | undefined {
        try {
            const parsed: unknown = JSON.parse(localStorage.getItem(FILES_KEY) ?? 'null');
            return Array.isArray(parsed) && parsed.every(isStoredFile) ? parsed : undefined;
        } catch {
            return undefined;
        }
    },
    save(files: readonly StoredFile[], active: string): void {
        try {
            localStorage.setItem(FILES_KEY, JSON.stringify(files));
            localStorage.setItem(ACTIVE_KEY, active);
        } catch {
            // Storage full or refused: the files stay in the page.
        }
    },
    active(): string | undefined {
        try {
            return localStorage.getItem(ACTIVE_KEY) ?? undefined;
        } catch {
            return undefined;
        }
    },
    language(): string | undefined {
        try {
            return localStorage.getItem(LANGUAGE_KEY) ?? undefined;
        } catch {
            return undefined;
        }
    },
    saveLanguage(language: string): void {
        try {
            localStorage.setItem(LANGUAGE_KEY, language);
        } catch {
            // Not remembered; the page still shows the language chosen.
        }
    }
};

function isStoredFile(value: unknown): value is StoredFile {
    return typeof value === 'object' && value !== null && typeof (value as StoredFile).name === 'string' && typeof (value as StoredFile).text === 'string';
}

/** A file name safe as a URI path segment and on disk: ends in .samskap, no folders other than `library/`. */
export function cleanFileName(name: string): string {
    const base = name.trim().replace(/\\/g, '/').split('/').filter(Boolean);
    const library = base.length > 1 && base[base.length - 2] === 'library';
    const last = (base[base.length - 1] ?? 'model').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'model';
    const withExtension = last.endsWith('.samskap') ? last : `${last}.samskap`;
    return library ? `library/${withExtension}` : withExtension;
}
