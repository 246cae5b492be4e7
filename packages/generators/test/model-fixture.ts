import { createSamskapServices, type PartnershipModel } from '@samskap/language';
import { EmptyFileSystem, URI } from 'langium';

const { shared, Samskap } = createSamskapServices(EmptyFileSystem);
let counter = 0;

/** Parses and links model text (plus optional libraries) and returns its PartnershipModels. */
export async function modelsFrom(text: string, libraries: readonly string[] = []): Promise<PartnershipModel[]> {
    counter++;
    const documents = [text, ...libraries].map((source, index) =>
        shared.workspace.LangiumDocumentFactory.fromString(source, URI.parse(`file:///test/case${counter}-${index}.samskap`)));
    documents.forEach(document => shared.workspace.LangiumDocuments.addDocument(document));
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    return [...Samskap.analysis.PartnershipModelProvider.getModels(documents[0])];
}

export async function modelFrom(text: string): Promise<PartnershipModel> {
    const [model] = await modelsFrom(text);
    if (!model) {
        throw new Error('the fixture text declares no model');
    }
    return model;
}

/** A small model whose names and texts hold æ ø å, markup, quotes, ampersands and line breaks. */
export const HOSTILE_MODEL = `
/** Første linje <b>fet</b> & "sitat"
 * andre linje */
model Hostile "Tromsø & Bodø: <script>alert(1)</script> \\"samarbeid\\"" {
    country NO
    municipality "Ålesund <img src=x onerror=alert(2)>"
    period 2015..2017
    fields culture, inclusion
    purpose social
    source interview "Koordinator = =cmd|' /C calc'!A0"
    goal "+Flere frivillige @ nærmiljøet"

    actor kommune "Ålesund kommune <b>" is municipality
    actor lag "Røde Kors & Co \\"Øst\\"" is voluntary_organisation
    actor bedrift "-Bedrift =SUM(A1)" is private_company
    actor innbyggere "@innbyggere på Æøå" is citizens

    role koord "Koordinator </text><script>x</script>" is coordinator held by lag
    body styre "Styret ]]> <!-- x -->" is steering_group members kommune, lag, bedrift decides by consensus level strategic

    initiative by kommune, lag in 2015
    involvement lag from initiation
    involvement bedrift from delivery
    goals defined by kommune, lag by consensus
    content defined by lag

    activity leksehjelp "Leksehjelp <i>" phases design, delivery done jointly by lag, kommune

    decision budsjett "Budsjett & <plan>" level strategic { decide styre  agree kommune  consulted bedrift iap2 consult with feedback "Møte \\"hver\\" måned"  informed innbyggere }
    decision program "Program" level operational { decide joint(kommune, lag) by majority  perform lag }

    funding {
        kommune -> lag operating_grant 600000 NOK per year "Drift <script>"
        bedrift -> lag sponsorship 100000 NOK once
        kommune -> lag premises "Lokaler =1+1"
    }
    governance lead kommune trust high
    anchoring unit "Kultur & idrett" resolution "KST-sak 12/15" budget_line "1.2.3"
    claim form equal
}
`;
