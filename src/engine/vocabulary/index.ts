/**
 * The engine's vocabulary: benefit kinds, country rates and prevalences, spending functions and
 * fiscal-space options, each written once as a descriptor table that every reader goes through.
 */
export * from './benefit-kinds';
export * from './financing-options';
export * from './poverty-lines';
export * from './rates';
export * from './spending-functions';
