import type { PartnershipModel } from '../model/partnership-model.js';
import { classify, type Classification } from '../analysis/classification.js';
import { indexOf } from '../analysis/model-index.js';
import type { Finding } from './finding.js';
import { MODEL_RULES } from './rule-catalogue.js';
import { resolveConfig, severityOf, type SamskapConfig } from './rule-config.js';
import type { RuleContext } from './rule.js';
import { messageIn } from './rule-message.js';

/**
 * Runs every model rule over one model. Pure: the CLI calls it with the parsed samskap.json,
 * the editor through the validator with the workspace settings. Findings come in rule order.
 * Pass the classification when you have it (the editor caches one per document version).
 * Messages are in the settings' display language (`display.language`, English by default).
 */
export function runRules(model: PartnershipModel, classification?: Classification, settings?: SamskapConfig): Finding[] {
    const config = resolveConfig(settings);
    const context: RuleContext = {
        model,
        classification: classification ?? classify(model, config.analysis),
        index: indexOf(model),
        config
    };
    const findings: Finding[] = [];
    const language = config.display.language;
    for (const rule of MODEL_RULES) {
        const severity = severityOf(config, rule.code);
        if (severity === 'off' || !rule.check) continue;
        rule.check(context, result => {
            findings.push({ code: rule.code, severity, message: messageIn(result.message, language), range: result.range, model: model.name, data: result.data });
        });
    }
    return findings;
}
