// The chain's type augmentation for @polkadot/api: importing this module (or the SDK's main
// entry, which does) types `api.tx`, `api.query`, `api.consts`, `api.events`, `api.errors`,
// `api.call` and `api.rpc.loanShare` after the LoanShare runtime. Generated files:
// `npm run typegen`.
import './augment-api.js';
import './registry.js';
import './types-lookup.js';

export {};
