// Compiled (never run) by test/types.test.mjs: what an integrator's TypeScript sees through
// the package's published types (dist/*.d.ts). Every line here must type-check; each
// `@ts-expect-error` line must fail to.
import { createApi, readPlan, confirm, watchFinalized, seal, open, fenToRmb, type Plan, type OpenedBorrowerData } from '@loanshare/sdk';
import type { Option, u32, u64, u128 } from '@polkadot/types-codec';
import type { PalletLoanSharePlan, PalletLoanShareConfirmation } from '@polkadot/types/lookup';
import type { KeyringPair } from '@polkadot/keyring/types';

export async function usage(signer: KeyringPair, pem: string): Promise<void> {
  const api = await createApi('ws://127.0.0.1:9944');

  // Constants: the chain's own, with their types.
  const minFee: u128 = api.consts.loanShare.minFee;
  const window: u32 = api.consts.keyExchange.challengeWindow;
  const decimals: number = api.consts.token.decimals.toNumber();

  // Storage.
  const next: u64 = await api.query.loanShare.nextPlanId();
  const stored: Option<PalletLoanSharePlan> = await api.query.loanShare.plans(1);
  const tokenRate: number | undefined = stored.isSome ? stored.unwrap().input.conditions.tokenRate.toNumber() : undefined;
  const balance: u128 = await api.query.token.balances(2);

  // Transactions: the chain's calls and their arguments.
  const tx = api.tx.loanShare.confirm(1, 8_000_000, 1900);
  // @ts-expect-error confirm takes (plan, amount, rate_bp)
  api.tx.loanShare.confirm(1, 8_000_000);
  // @ts-expect-error a plan id is a number, not a boolean
  api.tx.loanShare.withdraw(true);

  // Events and errors.
  let published: bigint | undefined;
  for (const { event } of await api.query.system.events()) {
    if (api.events.loanShare.PlanPublished.is(event)) {
      const plan: u64 = event.data.plan;
      published = plan.toBigInt();
    }
  }
  const notOpen: string = api.errors.loanShare.PlanNotOpen.meta.name.toString();

  // The node's RPCs and the runtime API.
  const rpcPlan: PalletLoanSharePlan = await api.rpc.loanShare.plan(1);
  const confs: PalletLoanShareConfirmation[] = [...await api.rpc.loanShare.confirmations(1)];
  const viaCall = await api.call.loanShareApi.openPlans(0, 10);
  const first: PalletLoanSharePlan | undefined = viaCall[0];

  // The SDK's helpers.
  const p: Plan | null = await readPlan(api, 1);
  const c = await confirm(api, signer, 1, 8_000_000n, 1900);
  const fee: bigint = c.fee;
  const stop: () => void = await watchFinalized(api, (e) => {
    const name: string = e.name;
    void name;
  });
  const sealed = await seal({ name: 'A', id_number: 'B', mobile: 'C' }, { chainId: api.genesisHash, contributor: 1, externalRef: 'X' }, new Uint8Array());
  const data: OpenedBorrowerData = await open(pem, sealed.wrappedKey, sealed, { chainId: api.genesisHash, contributor: 1, externalRef: 'X' });
  const text: string = fenToRmb(minFee);
  void [minFee, window, decimals, next, tokenRate, balance, tx, published, notOpen, rpcPlan, confs, first, p, fee, stop, data, text];
}
