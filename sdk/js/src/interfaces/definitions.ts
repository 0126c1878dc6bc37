// The chain's own definitions beyond its metadata, for @polkadot/typegen: one module per
// folder (scripts/typegen.mjs reads each `<module>/definitions.ts`).
export { default as loanShare } from './loanShare/definitions.js';
