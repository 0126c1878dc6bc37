// @loanshare/sdk: @polkadot/api for the LoanShare chain, with its types, the envelope
// (WebCrypto) and the helpers an integrator needs. Node ≥ 20 and browsers.
//
//   import { createApi, publish, confirm, watchFinalized, fenToRmb } from '@loanshare/sdk';
//   const api = await createApi('ws://127.0.0.1:9944');
import './interfaces/augment.js';

export { createApi, options, rpc, signedExtensions, type CreateApiOptions, type ProviderInterface } from './api.js';
export { submit, findEvent, ChainError, NOT_A_MEMBER, type Account, type SubmitOptions, type SubmitResult } from './tx.js';
export {
  envelopeContext, sealPlan, publish, quoteFee, confirm, readPlan, openPlans, plansByContributor, allPlans, confirmations, takenBy,
  handoff, openDelivered, registerKey, currentKeyId, MIN_SHARE_FLOOR,
  type Plan, type Confirmation, type PlanDraft, type PlanInput, type LoanType, type Published, type Confirmed, type ConfirmOptions,
  type FeeQuote, type ReadOptions,
} from './plans.js';
export { watchFinalized, type FinalizedEvent, type WatchOptions } from './events.js';
export * from './money.js';
export * from './envelope.js';
