import type { Language } from '@samskap/generators';

/**
 * The playground's own words in its three display languages. Words the generated documents
 * already have (view names, severities, form names) come from the generators' labels instead.
 */
export interface UiText {
    readonly title: string;
    readonly tagline: string;
    readonly examples: string;
    readonly gettingStarted: string;
    readonly newFile: string;
    readonly open: string;
    readonly save: string;
    readonly remove: string;
    readonly format: string;
    readonly share: string;
    readonly download: string;
    readonly language: string;
    readonly diagram: string;
    readonly classification: string;
    readonly findings: string;
    readonly decisions: string;
    readonly funding: string;
    readonly guide: string;
    readonly model: string;
    readonly view: string;
    readonly noFindings: string;
    readonly starting: string;
    readonly ready: string;
    readonly working: string;
    readonly notDrawn: string;
    readonly noModel: string;
    readonly shareCopied: string;
    readonly shareTooLong: string;
    readonly shareBroken: string;
    readonly loadedShared: string;
    readonly newFileName: string;
    readonly confirmRemove: string;
    readonly privacy: string;
    readonly downloadSvg: string;
    readonly downloadPng: string;
    readonly downloadJson: string;
    readonly downloadMarkdown: string;
    readonly downloadHtml: string;
    readonly offline: string;
    readonly severities: Readonly<Record<'error' | 'warning' | 'info', string>>;
    /** How to use the playground, above the getting-started text in the Guide panel. */
    readonly howTo: string;
}

const en: UiText = {
    title: 'Samskap playground',
    tagline: 'Partnership models in the browser',
    examples: 'Examples',
    gettingStarted: 'Getting started',
    newFile: 'New file',
    open: 'Open…',
    save: 'Save',
    remove: 'Close file',
    format: 'Format',
    share: 'Share link',
    download: 'Download',
    language: 'Language',
    diagram: 'Diagram',
    classification: 'Classification',
    findings: 'Findings',
    decisions: 'Decision matrix',
    funding: 'Funding matrix',
    guide: 'Guide',
    model: 'Model',
    view: 'View',
    noFindings: 'No findings: the model is consistent.',
    starting: 'Starting the language server…',
    ready: 'Checked',
    working: 'Checking…',
    notDrawn: 'The text does not parse here; the panels show the last version that did:',
    noModel: 'This file declares no model (an actor library, say): there is nothing to draw. Open a model file to see its diagram.',
    shareCopied: 'The link holds the files; it is in the address bar and copied. Nothing was sent anywhere.',
    shareTooLong: 'The files are too large for a link ({size} characters compressed, at most {limit}). Save them as files instead.',
    shareBroken: 'The shared link could not be read (it may be cut off). Your saved files are shown instead.',
    loadedShared: 'Opened the files from the shared link.',
    newFileName: 'Name of the new file',
    confirmRemove: 'Close {name}? Its text is removed from this browser.',
    privacy: 'Everything runs in this page: your text never leaves your machine.',
    downloadSvg: 'Diagram (SVG)',
    downloadPng: 'Diagram (PNG)',
    downloadJson: 'Export (JSON)',
    downloadMarkdown: 'Document (Markdown)',
    downloadHtml: 'Document (HTML)',
    offline: 'Works offline once loaded.',
    severities: { error: 'Error', warning: 'Warning', info: 'Note' },
    howTo: 'Pick a model under Examples, or write your own. Mistakes are underlined as you type; hover one for its explanation and its quick fixes, hover a name for what Samskap computed about it. The panels on the right follow every change. Your files stay in this browser; Save writes the file in view to disk, and Share link puts all files into a link.'
};

const nb: UiText = {
    title: 'Samskap-lekeplass',
    tagline: 'Samarbeidsmodeller i nettleseren',
    examples: 'Eksempler',
    gettingStarted: 'Kom i gang',
    newFile: 'Ny fil',
    open: 'Åpne…',
    save: 'Lagre',
    remove: 'Lukk fil',
    format: 'Formater',
    share: 'Del lenke',
    download: 'Last ned',
    language: 'Språk',
    diagram: 'Diagram',
    classification: 'Klassifisering',
    findings: 'Funn',
    decisions: 'Beslutningsmatrise',
    funding: 'Finansieringsmatrise',
    guide: 'Veiledning',
    model: 'Modell',
    view: 'Visning',
    noFindings: 'Ingen funn: modellen er konsistent.',
    starting: 'Starter språktjeneren …',
    ready: 'Sjekket',
    working: 'Sjekker …',
    notDrawn: 'Teksten kan ikke leses her; panelene viser siste versjon som kunne:',
    noModel: 'Denne filen inneholder ingen modell (for eksempel et aktørbibliotek): her er ingenting å tegne. Åpne en modellfil for å se diagrammet.',
    shareCopied: 'Lenken inneholder filene; den står i adressefeltet og er kopiert. Ingenting ble sendt noe sted.',
    shareTooLong: 'Filene er for store for en lenke ({size} tegn komprimert, høyst {limit}). Lagre dem som filer i stedet.',
    shareBroken: 'Den delte lenken kunne ikke leses (den kan være avkortet). De lagrede filene dine vises i stedet.',
    loadedShared: 'Åpnet filene fra den delte lenken.',
    newFileName: 'Navn på den nye filen',
    confirmRemove: 'Lukke {name}? Teksten fjernes fra denne nettleseren.',
    privacy: 'Alt kjører i denne siden: teksten din forlater aldri maskinen din.',
    downloadSvg: 'Diagram (SVG)',
    downloadPng: 'Diagram (PNG)',
    downloadJson: 'Eksport (JSON)',
    downloadMarkdown: 'Dokument (Markdown)',
    downloadHtml: 'Dokument (HTML)',
    offline: 'Virker uten nett når den er lastet.',
    severities: { error: 'Feil', warning: 'Advarsel', info: 'Merknad' },
    howTo: 'Velg en modell under Eksempler, eller skriv din egen. Feil strekes under mens du skriver; hold pekeren over en for forklaringen og hurtigrettingene, over et navn for det Samskap har beregnet om det. Panelene til høyre følger hver endring. Filene blir i denne nettleseren; Lagre skriver filen du ser til disken, og Del lenke legger alle filene i en lenke.'
};

const da: UiText = {
    title: 'Samskap-legeplads',
    tagline: 'Partnerskabsmodeller i browseren',
    examples: 'Eksempler',
    gettingStarted: 'Kom i gang',
    newFile: 'Ny fil',
    open: 'Åbn…',
    save: 'Gem',
    remove: 'Luk fil',
    format: 'Formatér',
    share: 'Del link',
    download: 'Hent',
    language: 'Sprog',
    diagram: 'Diagram',
    classification: 'Klassifikation',
    findings: 'Fund',
    decisions: 'Beslutningsmatrix',
    funding: 'Finansieringsmatrix',
    guide: 'Vejledning',
    model: 'Model',
    view: 'Visning',
    noFindings: 'Ingen fund: modellen er konsistent.',
    starting: 'Starter sprogserveren …',
    ready: 'Tjekket',
    working: 'Tjekker …',
    notDrawn: 'Teksten kan ikke læses her; panelerne viser den seneste version, der kunne:',
    noModel: 'Denne fil indeholder ingen model (for eksempel et aktørbibliotek): her er intet at tegne. Åbn en modelfil for at se diagrammet.',
    shareCopied: 'Linket indeholder filerne; det står i adresselinjen og er kopieret. Intet blev sendt nogen steder.',
    shareTooLong: 'Filerne er for store til et link ({size} tegn komprimeret, højst {limit}). Gem dem som filer i stedet.',
    shareBroken: 'Det delte link kunne ikke læses (det kan være afkortet). Dine gemte filer vises i stedet.',
    loadedShared: 'Åbnede filerne fra det delte link.',
    newFileName: 'Navn på den nye fil',
    confirmRemove: 'Luk {name}? Teksten fjernes fra denne browser.',
    privacy: 'Alt kører i denne side: din tekst forlader aldrig din maskine.',
    downloadSvg: 'Diagram (SVG)',
    downloadPng: 'Diagram (PNG)',
    downloadJson: 'Eksport (JSON)',
    downloadMarkdown: 'Dokument (Markdown)',
    downloadHtml: 'Dokument (HTML)',
    offline: 'Virker offline, når den er indlæst.',
    severities: { error: 'Fejl', warning: 'Advarsel', info: 'Bemærkning' },
    howTo: 'Vælg en model under Eksempler, eller skriv din egen. Fejl understreges, mens du skriver; hold markøren over en for forklaringen og hurtigrettelserne, over et navn for det, Samskap har beregnet om det. Panelerne til højre følger hver ændring. Filerne bliver i denne browser; Gem skriver den viste fil til disken, og Del link lægger alle filerne i et link.'
};

export const UI_TEXT: Record<Language, UiText> = { en, nb, da };
