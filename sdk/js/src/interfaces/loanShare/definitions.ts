// The chain's own JSON-RPC methods (node/src/rpc/loan_share.rs), for @polkadot/api and for
// @polkadot/typegen (`npm run typegen`). Results are the runtime's own types, named as the
// metadata's type registry names them (`PalletLoanSharePlan`, …): the node answers
// with their serde JSON (snake_case fields, byte strings as arrays), which @polkadot/api
// decodes into those types.
//
import type { Definitions } from '@polkadot/types/types';

// Errors: 4004 (no such plan), -32602 (a page size of 0 or above 100), 5000 (the runtime call failed).
const at = { name: 'at', type: 'BlockHash', isOptional: true };
const start = { name: 'start', type: 'u64', isOptional: true };
const limit = { name: 'limit', type: 'u32', isOptional: true };

const definitions: Definitions = {
  types: {},
  rpc: {
    plan: {
      description: 'A plan by id (error 4004 if there is none), at the best block or at `at`.',
      params: [{ name: 'id', type: 'u64' }, at],
      type: 'PalletLoanSharePlan',
    },
    plansByContributor: {
      description: 'Plans of one contributor institution, ids from `start` (default 0), at most `limit` (default 20, at most 100).',
      params: [{ name: 'contributor', type: 'u32' }, start, limit, at],
      type: 'Vec<PalletLoanSharePlan>',
    },
    openPlans: {
      description: 'Open plans (status Open, end not passed), ids from `start` (default 0), at most `limit` (default 20, at most 100).',
      params: [start, limit, at],
      type: 'Vec<PalletLoanSharePlan>',
    },
    confirmations: {
      description: 'The confirmations of a plan, in confirmation order (error 4004 if there is no such plan).',
      params: [{ name: 'plan', type: 'u64' }, at],
      type: 'Vec<PalletLoanShareConfirmation>',
    },
    takenBy: {
      description: 'The confirmations of one participant institution (its first 1,000, by plan id).',
      params: [{ name: 'participant', type: 'u32' }, at],
      type: 'Vec<PalletLoanShareConfirmation>',
    },
  },
};

export default definitions;
