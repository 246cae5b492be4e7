import type { URI } from 'langium';

/**
 * Which project a document belongs to. References between files (a model's `uses norway`, a
 * qualified `norway.nav`) resolve only within one project, and the workspace-wide rules compare
 * only the models of one project, so a file gives the same findings whichever other files are
 * loaded beside it: other projects of the same command line, or other folders of a multi-root
 * editor workspace.
 *
 * The CLI and the language server use the file system's answer (the nearest folder upward
 * holding `samskap.json`, else the nearest `.git`, else the file's own folder; see
 * packages/cli/src/workspace/projects.ts). Without a file system (the browser, unit tests)
 * every document belongs to one project.
 */
export interface ProjectLocator {
    /**
     * A key naming the document's project, or undefined when the document stands outside every
     * project (an editor's unsaved buffer): it sees the whole workspace and every project sees it.
     */
    projectOf(uri: URI): string | undefined;
    /** The project in the user's words ("the folder /cases (with samskap.json)"), for messages. */
    describe(uri: URI): string | undefined;
}

/** Every document in one project: the behaviour without a file system. */
export class OneProject implements ProjectLocator {
    projectOf(): string | undefined {
        return undefined;
    }

    describe(): string | undefined {
        return undefined;
    }
}

/** Whether a document of project `project` may see a document of project `other`. */
export function sameProject(project: string | undefined, other: string | undefined): boolean {
    return project === undefined || other === undefined || project === other;
}
