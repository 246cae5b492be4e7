export * from './samskap-module.js';
export * from './model/partnership-model.js';
export * from './model/build-model.js';
export * from './model/sectors.js';
export * from './model/partnership-model-provider.js';
export * from './analysis/classification.js';
export * as ast from './generated/ast.js';
export { SamskapLanguageMetaData } from './generated/module.js';
