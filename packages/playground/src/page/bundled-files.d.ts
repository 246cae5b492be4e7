// The examples, libraries and getting-started text the playground's build bundles into the page.
declare module 'samskap:bundled-files' {
    interface BundledFile {
        readonly name: string;
        readonly text: string;
    }
    const files: {
        /** The grammar's keywords (from its generated TextMate file), for the editor's lexical colours. */
        readonly keywords: readonly string[];
        readonly gettingStarted: BundledFile;
        readonly gettingStartedText: string;
        readonly cases: readonly BundledFile[];
        readonly libraries: readonly BundledFile[];
    };
    export default files;
}
