// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup9: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup16: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup18: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup23: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup24: pallet_session::pallet::Call<T>
   **/
  PalletSessionCall: {
    _enum: {
      set_keys: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'LoanshareRuntimeSessionKeys',
        proof: 'Bytes',
      },
      purge_keys: 'Null'
    }
  },
  /**
   * Lookup25: loanshare_runtime::SessionKeys
   **/
  LoanshareRuntimeSessionKeys: {
    aura: 'SpConsensusAuraSr25519AppSr25519Public',
    grandpa: 'SpConsensusGrandpaAppPublic'
  },
  /**
   * Lookup26: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup27: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup28: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup29: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup30: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup31: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup32: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup33: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup36: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup37: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup39: sp_core::Void
   **/
  SpCoreVoid: 'Null',
  /**
   * Lookup40: pallet_collective::pallet::Call<T, I>
   **/
  PalletCollectiveCall: {
    _enum: {
      set_members: {
        newMembers: 'Vec<AccountId32>',
        prime: 'Option<AccountId32>',
        oldCount: 'u32',
      },
      execute: {
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      propose: {
        threshold: 'Compact<u32>',
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      vote: {
        proposal: 'H256',
        index: 'Compact<u32>',
        approve: 'bool',
      },
      __Unused4: 'Null',
      disapprove_proposal: {
        proposalHash: 'H256',
      },
      close: {
        proposalHash: 'H256',
        index: 'Compact<u32>',
        proposalWeightBound: 'SpWeightsWeightV2Weight',
        lengthBound: 'Compact<u32>',
      },
      kill: {
        proposalHash: 'H256',
      },
      release_proposal_cost: {
        proposalHash: 'H256'
      }
    }
  },
  /**
   * Lookup43: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup44: pallet_sudo::pallet::Call<T>
   **/
  PalletSudoCall: {
    _enum: {
      sudo: {
        call: 'Call',
      },
      sudo_unchecked_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      set_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      sudo_as: {
        who: 'MultiAddress',
        call: 'Call',
      },
      remove_key: 'Null'
    }
  },
  /**
   * Lookup45: pallet_consortium::pallet::Call<T>
   **/
  PalletConsortiumCall: {
    _enum: {
      admit: {
        name: 'Bytes',
        roles: 'Vec<LoansharePrimitivesRole>',
        accounts: 'Vec<AccountId32>',
        validator: 'Option<AccountId32>',
      },
      set_roles: {
        id: 'u32',
        roles: 'Vec<LoansharePrimitivesRole>',
      },
      add_account: {
        id: 'u32',
        account: 'AccountId32',
      },
      remove_account: {
        id: 'u32',
        account: 'AccountId32',
      },
      suspend: {
        id: 'u32',
      },
      resume: {
        id: 'u32',
      },
      remove: {
        id: 'u32',
      },
      set_validator: {
        id: 'u32',
        validator: 'Option<AccountId32>',
      },
      register_node: {
        peerId: 'Bytes',
      },
      deregister_node: {
        peerId: 'Bytes',
      },
      set_min_validators: {
        min: 'u32',
      },
      dispatch_as_root: {
        call: 'Call'
      }
    }
  },
  /**
   * Lookup47: loanshare_primitives::Role
   **/
  LoansharePrimitivesRole: {
    _enum: ['Contributor', 'Participator', 'TokenIssuer', 'DataServiceProvider', 'Regulator']
  },
  /**
   * Lookup49: pallet_token::pallet::Call<T>
   **/
  PalletTokenCall: {
    _enum: {
      recharge: {
        to: 'u32',
        amount: 'Compact<u128>',
        paymentRef: 'Bytes',
      },
      transfer: {
        to: 'u32',
        amount: 'Compact<u128>',
      },
      request_redemption: {
        amount: 'Compact<u128>',
      },
      settle_redemption: {
        id: 'u64',
        payoutRef: 'Bytes',
      },
      reject_redemption: {
        id: 'u64',
      },
      pay_data_service: {
        to: 'u32',
        amount: 'Compact<u128>',
        memo: 'Bytes'
      }
    }
  },
  /**
   * Lookup50: pallet_loan_share::pallet::Call<T>
   **/
  PalletLoanShareCall: {
    _enum: {
      publish: {
        input: 'PalletLoanSharePlanInput',
      },
      publish_batch: {
        items: 'Vec<PalletLoanSharePlanInput>',
      },
      confirm: {
        plan: 'u64',
        amount: 'u128',
        rateBp: 'u32',
      },
      withdraw: {
        plan: 'u64',
      },
      expire: {
        plan: 'u64',
      },
      set_rate_cap: {
        bp: 'u32',
      },
      reap_ended: {
        max: 'u32'
      }
    }
  },
  /**
   * Lookup51: pallet_loan_share::types::PlanInput<T>
   **/
  PalletLoanSharePlanInput: {
    externalRef: 'Bytes',
    loanType: 'PalletLoanShareLoanType',
    amount: 'u128',
    car: 'Option<PalletLoanShareCarCollateral>',
    risk: 'PalletLoanShareRiskResult',
    links: 'Vec<Bytes>',
    conditions: 'PalletLoanShareShareConditions',
    envelope: 'PalletLoanShareEnvelopeRef'
  },
  /**
   * Lookup52: pallet_loan_share::types::LoanType
   **/
  PalletLoanShareLoanType: {
    _enum: ['Cash', 'Consumption', 'ProvidentFund', 'Enterprise', 'CarMortgage', 'Policy', 'CarPledge']
  },
  /**
   * Lookup54: pallet_loan_share::types::CarCollateral
   **/
  PalletLoanShareCarCollateral: {
    mileageKm: 'u32',
    purchaseDate: 'u32'
  },
  /**
   * Lookup55: pallet_loan_share::types::RiskResult
   **/
  PalletLoanShareRiskResult: {
    score: 'u16',
    approvedLimit: 'u128',
    suggestedShareLimit: 'u128'
  },
  /**
   * Lookup60: pallet_loan_share::types::ShareConditions
   **/
  PalletLoanShareShareConditions: {
    sharedLimit: 'u128',
    minShare: 'u128',
    minRateBp: 'u32',
    maxRateBp: 'u32',
    tokenRate: 'u32',
    maxParticipants: 'u32',
    start: 'u64',
    end: 'u64'
  },
  /**
   * Lookup61: pallet_loan_share::types::EnvelopeRef<T>
   **/
  PalletLoanShareEnvelopeRef: {
    version: 'u8',
    ciphertext: 'Bytes',
    nonce: '[u8;12]',
    commitment: '[u8;32]',
    wrappedKey: 'Bytes',
    keyId: 'u32'
  },
  /**
   * Lookup67: pallet_key_exchange::pallet::Call<T>
   **/
  PalletKeyExchangeCall: {
    _enum: {
      register_key: {
        spkiDer: 'Bytes',
      },
      deliver: {
        plan: 'u64',
        participant: 'u32',
        participantKeyId: 'u32',
        rewrappedKey: 'Bytes',
      },
      refund: {
        plan: 'u64',
        participant: 'u32',
      },
      __Unused3: 'Null',
      deliver_batch: {
        deliveries: 'Vec<PalletKeyExchangeDelivery>',
      },
      accept: {
        plan: 'u64',
      },
      prove_bad_delivery: {
        plan: 'u64',
        decrypted: 'Bytes',
      },
      complain: {
        plan: 'u64',
        reason: 'Bytes',
      },
      rule: {
        plan: 'u64',
        participant: 'u32',
        refund: 'bool'
      }
    }
  },
  /**
   * Lookup70: pallet_key_exchange::types::Delivery<MaxWrappedKeyLen>
   **/
  PalletKeyExchangeDelivery: {
    plan: 'u64',
    participant: 'u32',
    participantKeyId: 'u32',
    rewrappedKey: 'Bytes'
  },
  /**
   * Lookup72: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup74: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup75: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup76: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup77: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup80: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup81: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup82: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup83: pallet_consortium::check_membership::CheckMembership<T>
   **/
  PalletConsortiumCheckMembership: 'Null',
  /**
   * Lookup84: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup85: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup87: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup88: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup90: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup93: frame_system::EventRecord<loanshare_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup95: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup96: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup97: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup98: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup99: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup100: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup101: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup102: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup103: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup104: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup105: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'LoanshareRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'LoanshareRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'LoanshareRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'LoanshareRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'LoanshareRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup106: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup107: loanshare_runtime::RuntimeHoldReason
   **/
  LoanshareRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Session: 'PalletSessionHoldReason',
      __Unused5: 'Null',
      __Unused6: 'Null',
      Council: 'PalletCollectiveHoldReason',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      __Unused20: 'Null',
      __Unused21: 'Null',
      LoanShare: 'PalletLoanShareHoldReason'
    }
  },
  /**
   * Lookup108: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup109: pallet_collective::pallet::HoldReason<I>
   **/
  PalletCollectiveHoldReason: {
    _enum: ['ProposalSubmission']
  },
  /**
   * Lookup110: pallet_loan_share::pallet::HoldReason
   **/
  PalletLoanShareHoldReason: {
    _enum: ['PlanDeposit']
  },
  /**
   * Lookup111: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup112: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup113: pallet_session::pallet::Event<T>
   **/
  PalletSessionEvent: {
    _enum: {
      NewSession: {
        sessionIndex: 'u32',
      },
      NewQueued: 'Null',
      ValidatorDisabled: {
        validator: 'AccountId32',
      },
      ValidatorReenabled: {
        validator: 'AccountId32'
      }
    }
  },
  /**
   * Lookup114: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup117: pallet_collective::pallet::Event<T, I>
   **/
  PalletCollectiveEvent: {
    _enum: {
      Proposed: {
        account: 'AccountId32',
        proposalIndex: 'u32',
        proposalHash: 'H256',
        threshold: 'u32',
      },
      Voted: {
        account: 'AccountId32',
        proposalHash: 'H256',
        voted: 'bool',
        yes: 'u32',
        no: 'u32',
      },
      Approved: {
        proposalHash: 'H256',
      },
      Disapproved: {
        proposalHash: 'H256',
      },
      Executed: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      MemberExecuted: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      Closed: {
        proposalHash: 'H256',
        yes: 'u32',
        no: 'u32',
      },
      Killed: {
        proposalHash: 'H256',
      },
      ProposalCostBurned: {
        proposalHash: 'H256',
        who: 'AccountId32',
      },
      ProposalCostReleased: {
        proposalHash: 'H256',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup119: pallet_sudo::pallet::Event<T>
   **/
  PalletSudoEvent: {
    _enum: {
      Sudid: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>',
      },
      KeyChanged: {
        _alias: {
          new_: 'new',
        },
        old: 'Option<AccountId32>',
        new_: 'AccountId32',
      },
      KeyRemoved: 'Null',
      SudoAsDone: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup120: pallet_consortium::pallet::Event<T>
   **/
  PalletConsortiumEvent: {
    _enum: {
      InstitutionAdmitted: {
        id: 'u32',
        name: 'Bytes',
        roles: 'Vec<LoansharePrimitivesRole>',
        accounts: 'Vec<AccountId32>',
        validator: 'Option<AccountId32>',
      },
      RolesChanged: {
        id: 'u32',
        roles: 'Vec<LoansharePrimitivesRole>',
      },
      AccountAdded: {
        id: 'u32',
        account: 'AccountId32',
      },
      AccountRemoved: {
        id: 'u32',
        account: 'AccountId32',
      },
      ValidatorChanged: {
        _alias: {
          new_: 'new',
        },
        id: 'u32',
        old: 'Option<AccountId32>',
        new_: 'Option<AccountId32>',
      },
      InstitutionSuspended: {
        id: 'u32',
      },
      InstitutionResumed: {
        id: 'u32',
      },
      InstitutionRemoved: {
        id: 'u32',
      },
      CouncilChanged: {
        seats: 'Vec<AccountId32>',
      },
      NodeRegistered: {
        id: 'u32',
        peerId: 'Bytes',
      },
      NodeDeregistered: {
        id: 'u32',
        peerId: 'Bytes',
      },
      MinValidatorsSet: {
        min: 'u32',
      },
      DispatchedAsRoot: {
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      ValidatorSetChanged: {
        session: 'u32',
        validators: 'Vec<AccountId32>'
      }
    }
  },
  /**
   * Lookup125: pallet_token::pallet::Event<T>
   **/
  PalletTokenEvent: {
    _enum: {
      Recharged: {
        issuer: 'u32',
        to: 'u32',
        amount: 'u128',
        paymentRef: 'Bytes',
      },
      Transferred: {
        from: 'u32',
        to: 'u32',
        amount: 'u128',
      },
      DataServicePaid: {
        from: 'u32',
        to: 'u32',
        amount: 'u128',
        memo: 'Bytes',
      },
      RedemptionRequested: {
        id: 'u64',
        requester: 'u32',
        amount: 'u128',
      },
      RedemptionSettled: {
        id: 'u64',
        issuer: 'u32',
        requester: 'u32',
        amount: 'u128',
        payoutRef: 'Bytes',
      },
      RedemptionRejected: {
        id: 'u64',
        issuer: 'u32',
        requester: 'u32',
        amount: 'u128',
      },
      FeeHeld: {
        escrow: 'u64',
        payer: 'u32',
        amount: 'u128',
      },
      FeeReleased: {
        escrow: 'u64',
        payer: 'u32',
        to: 'u32',
        amount: 'u128',
      },
      FeeRefunded: {
        escrow: 'u64',
        payer: 'u32',
        amount: 'u128'
      }
    }
  },
  /**
   * Lookup126: pallet_loan_share::pallet::Event<T>
   **/
  PalletLoanShareEvent: {
    _enum: {
      PlanPublished: {
        plan: 'u64',
        contributor: 'u32',
        externalRef: 'Bytes',
      },
      PlanConfirmed: {
        plan: 'u64',
        participant: 'u32',
        amount: 'u128',
        rateBp: 'u32',
        fee: 'u128',
        escrow: 'u64',
      },
      PlanFilled: {
        plan: 'u64',
      },
      PlanExpired: {
        plan: 'u64',
      },
      PlanWithdrawn: {
        plan: 'u64',
      },
      PlanReaped: {
        plan: 'u64',
        digest: '[u8;32]',
        deposit: 'Option<(AccountId32,u128)>',
      },
      ReapPostponed: {
        plan: 'u64',
        until: 'u32',
      },
      ShareReturned: {
        plan: 'u64',
        participant: 'u32',
        amount: 'u128',
        reopened: 'bool',
      },
      RateCapSet: {
        bp: 'u32'
      }
    }
  },
  /**
   * Lookup129: pallet_key_exchange::pallet::Event<T>
   **/
  PalletKeyExchangeEvent: {
    _enum: {
      KeyRegistered: {
        institution: 'u32',
        keyId: 'u32',
        bits: 'u32',
      },
      KeyRotated: {
        _alias: {
          new_: 'new',
        },
        institution: 'u32',
        old: 'u32',
        new_: 'u32',
        bits: 'u32',
      },
      HandoffRequested: {
        plan: 'u64',
        contributor: 'u32',
        participant: 'u32',
        escrow: 'u64',
        participantKeyId: 'u32',
        deliverBy: 'u32',
      },
      HandoffDelivered: {
        plan: 'u64',
        contributor: 'u32',
        participant: 'u32',
        participantKeyId: 'u32',
        challengeUntil: 'u32',
      },
      DeliveryRejected: {
        plan: 'u64',
        participant: 'u32',
        error: 'SpRuntimeDispatchError',
      },
      HandoffAccepted: {
        plan: 'u64',
        contributor: 'u32',
        participant: 'u32',
        escrow: 'u64',
      },
      HandoffReleased: {
        plan: 'u64',
        contributor: 'u32',
        participant: 'u32',
        escrow: 'u64',
      },
      HandoffRefunded: {
        plan: 'u64',
        participant: 'u32',
        escrow: 'u64',
      },
      BadDeliveryProven: {
        plan: 'u64',
        contributor: 'u32',
        participant: 'u32',
        escrow: 'u64',
        fault: 'LoanshareEnvelopeDisputeFault',
        misdeliveries: 'u32',
      },
      HandoffComplained: {
        plan: 'u64',
        contributor: 'u32',
        participant: 'u32',
        reason: 'Bytes',
      },
      ComplaintRuled: {
        plan: 'u64',
        contributor: 'u32',
        participant: 'u32',
        refunded: 'bool',
      },
      SettlementFailed: {
        plan: 'u64',
        participant: 'u32',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup130: loanshare_envelope::dispute::Fault
   **/
  LoanshareEnvelopeDisputeFault: {
    _enum: ['NotTheWrappedKey', 'WrongKey', 'CommitmentMismatch']
  },
  /**
   * Lookup131: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup135: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup138: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup139: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup140: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup141: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup143: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup144: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup146: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup147: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup152: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup153: sp_runtime::traits::BlakeTwo256
   **/
  SpRuntimeBlakeTwo256: 'Null',
  /**
   * Lookup154: sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, loanshare_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup155: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup160: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup161: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup164: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup167: frame_support::traits::tokens::misc::IdAmount<loanshare_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'LoanshareRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup170: frame_support::traits::tokens::misc::IdAmount<loanshare_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'LoanshareRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup171: loanshare_runtime::RuntimeFreezeReason
   **/
  LoanshareRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup173: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup175: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup176: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup177: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup185: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup186: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup190: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup191: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup193: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup196: pallet_collective::Votes<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletCollectiveVotes: {
    index: 'u32',
    threshold: 'u32',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    end: 'u32'
  },
  /**
   * Lookup197: pallet_collective::pallet::Error<T, I>
   **/
  PalletCollectiveError: {
    _enum: ['NotMember', 'DuplicateProposal', 'ProposalMissing', 'WrongIndex', 'DuplicateVote', 'AlreadyInitialized', 'TooEarly', 'TooManyProposals', 'WrongProposalWeight', 'WrongProposalLength', 'PrimeAccountNotMember', 'ProposalActive']
  },
  /**
   * Lookup198: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup199: pallet_consortium::Institution<sp_core::crypto::AccountId32, MaxName, MaxAccounts>
   **/
  PalletConsortiumInstitution: {
    name: 'Bytes',
    roles: 'Vec<LoansharePrimitivesRole>',
    accounts: 'Vec<AccountId32>',
    validator: 'Option<AccountId32>',
    status: 'PalletConsortiumInstitutionStatus'
  },
  /**
   * Lookup200: pallet_consortium::InstitutionStatus
   **/
  PalletConsortiumInstitutionStatus: {
    _enum: ['Active', 'Suspended', 'Removed']
  },
  /**
   * Lookup203: pallet_consortium::pallet::Error<T>
   **/
  PalletConsortiumError: {
    _enum: ['UnknownInstitution', 'AlreadyRemoved', 'AccountAlreadyBound', 'AccountNotFound', 'EmptyRoles', 'TooManyRoles', 'TooManyAccounts', 'NameTooLong', 'ValidatorAlreadyUsed', 'TooFewValidators', 'TooManyValidators', 'NotActive', 'NotSuspended', 'NotAMember', 'NotAContributor', 'NotAParticipator', 'NotATokenIssuer', 'NotADataServiceProvider', 'NotARegulator', 'TooManyCouncilSeats', 'InvalidPeerId', 'NodeAlreadyRegistered', 'TooManyNodes', 'UnknownNode', 'InvalidMinValidators']
  },
  /**
   * Lookup204: pallet_token::types::Redemption
   **/
  PalletTokenRedemption: {
    requester: 'u32',
    amount: 'u128',
    status: 'PalletTokenRedemptionStatus'
  },
  /**
   * Lookup205: pallet_token::types::RedemptionStatus
   **/
  PalletTokenRedemptionStatus: {
    _enum: {
      Pending: 'Null',
      Settled: 'u32',
      Rejected: 'u32'
    }
  },
  /**
   * Lookup207: pallet_token::types::RechargeRecord
   **/
  PalletTokenRechargeRecord: {
    issuer: 'u32',
    to: 'u32',
    amount: 'u128'
  },
  /**
   * Lookup208: pallet_token::pallet::Error<T>
   **/
  PalletTokenError: {
    _enum: ['InsufficientBalance', 'RecipientNotMember', 'NotDataServiceProvider', 'DuplicatePaymentReference', 'DuplicatePayoutReference', 'UnknownRedemption', 'ZeroAmount', 'SelfTransfer', 'ReferenceTooLong', 'EmptyReference', 'MemoTooLong', 'UnknownEscrow']
  },
  /**
   * Lookup209: pallet_loan_share::types::Plan<T>
   **/
  PalletLoanSharePlan: {
    id: 'u64',
    contributor: 'u32',
    input: 'PalletLoanSharePlanInput',
    status: 'PalletLoanSharePlanStatus',
    taken: 'u128',
    participants: 'u32',
    publishedAt: 'u64'
  },
  /**
   * Lookup210: pallet_loan_share::types::PlanStatus
   **/
  PalletLoanSharePlanStatus: {
    _enum: ['Open', 'Filled', 'Expired', 'Withdrawn']
  },
  /**
   * Lookup214: pallet_loan_share::types::Confirmation
   **/
  PalletLoanShareConfirmation: {
    plan: 'u64',
    participant: 'u32',
    amount: 'u128',
    rateBp: 'u32',
    fee: 'u128',
    escrow: 'u64',
    at: 'u64'
  },
  /**
   * Lookup216: pallet_loan_share::pallet::Error<T>
   **/
  PalletLoanShareError: {
    _enum: {
      PlanNotFound: 'Null',
      PlanNotOpen: 'Null',
      NotStarted: 'Null',
      PlanEnded: 'Null',
      NotEnded: 'Null',
      NotPlanContributor: 'Null',
      HasConfirmations: 'Null',
      SelfConfirmation: 'Null',
      AlreadyConfirmed: 'Null',
      NoPublicKey: 'Null',
      RateOutOfRange: 'Null',
      RateAboveCap: 'Null',
      ZeroAmount: 'Null',
      AmountExceedsRemaining: 'Null',
      TooManyParticipants: 'Null',
      CannotAffordDeposit: 'Null',
      EmptyBatch: 'Null',
      InvalidRateCap: 'Null',
      InvalidPlan: {
        reason: 'PalletLoanSharePlanRejection',
      },
      BatchItemInvalid: {
        index: 'u16',
        reason: 'PalletLoanSharePlanRejection',
      },
      AmountBelowMinShare: 'Null'
    }
  },
  /**
   * Lookup217: pallet_loan_share::types::PlanRejection
   **/
  PalletLoanSharePlanRejection: {
    _enum: ['EmptyExternalRef', 'DuplicateExternalRef', 'InvalidRateRange', 'RateAboveCap', 'InvalidWindow', 'EndInPast', 'ZeroSharedLimit', 'SharedLimitAboveAmount', 'InvalidMaxParticipants', 'ZeroTokenRate', 'NoPublicKey', 'EnvelopeKeyMismatch', 'UnsupportedEnvelopeVersion', 'EmptyEnvelope', 'MissingCarCollateral', 'UnexpectedCarCollateral', 'MinShareBelowFloor', 'MinShareAboveLimit']
  },
  /**
   * Lookup218: pallet_key_exchange::types::RegisteredKey<BlockNumber, MaxKeyLen>
   **/
  PalletKeyExchangeRegisteredKey: {
    der: 'Bytes',
    bits: 'u32',
    registeredAt: 'u32'
  },
  /**
   * Lookup219: pallet_key_exchange::types::Handoff<BlockNumber, MaxWrappedKeyLen>
   **/
  PalletKeyExchangeHandoff: {
    contributor: 'u32',
    escrow: 'u64',
    wrappedKey: 'Bytes',
    contributorKeyId: 'u32',
    participantKeyId: 'u32',
    requestedAt: 'u32',
    status: 'PalletKeyExchangeHandoffStatus',
    deliveredKey: 'Option<Bytes>',
    deliveredKeyId: 'Option<u32>',
    deliveredAt: 'Option<u32>',
    deadline: 'Option<u32>'
  },
  /**
   * Lookup220: pallet_key_exchange::types::HandoffStatus
   **/
  PalletKeyExchangeHandoffStatus: {
    _enum: ['Pending', 'Delivered', 'Complained', 'Accepted', 'Released', 'RuledRelease']
  },
  /**
   * Lookup223: pallet_key_exchange::pallet::Error<T>
   **/
  PalletKeyExchangeError: {
    _enum: ['InvalidPublicKey', 'KeyTooSmall', 'KeyTooLarge', 'SameAsCurrentKey', 'TooManyKeys', 'UnknownHandoff', 'HandoffAlreadyExists', 'ParticipantHasNoKey', 'UnknownContributorKey', 'InvalidWrappedKey', 'WrappedKeyLengthMismatch', 'WrongParticipantKey', 'NotContributor', 'NotParticipant', 'NotPending', 'NotDelivered', 'TimeoutNotReached', 'ChallengeWindowOver', 'NotComplained', 'ProofDoesNotMatch', 'InvalidProof', 'DeliveryWasGood', 'PlanEnvelopeMissing', 'EmptyBatch']
  },
  /**
   * Lookup224: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, loanshare_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup227: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup232: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup233: sp_runtime::transaction_validity::InvalidTransaction
   **/
  SpRuntimeTransactionValidityInvalidTransaction: {
    _enum: {
      Call: 'Null',
      Payment: 'Null',
      Future: 'Null',
      Stale: 'Null',
      BadProof: 'Null',
      AncientBirthBlock: 'Null',
      ExhaustsResources: 'Null',
      Custom: 'u8',
      BadMandatory: 'Null',
      MandatoryValidation: 'Null',
      BadSigner: 'Null',
      IndeterminateImplicit: 'Null',
      UnknownOrigin: 'Null'
    }
  },
  /**
   * Lookup234: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup235: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup239: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup240: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup242: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup245: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup252: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup253: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup255: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup259: frame_support::traits::try_runtime::UpgradeCheckSelect
   **/
  FrameSupportTryRuntimeUpgradeCheckSelect: {
    _enum: ['None', 'All', 'PreAndPost', 'TryState']
  },
  /**
   * Lookup261: frame_support::traits::try_runtime::Select
   **/
  FrameSupportTryRuntimeSelect: {
    _enum: {
      None: 'Null',
      All: 'Null',
      RoundRobin: 'u32',
      Only: 'Vec<Bytes>',
      AllExcept: 'Vec<Bytes>'
    }
  },
  /**
   * Lookup267: frame_benchmarking::utils::BenchmarkList
   **/
  FrameBenchmarkingUtilsBenchmarkList: {
    pallet: 'Bytes',
    instance: 'Bytes',
    benchmarks: 'Vec<FrameBenchmarkingUtilsBenchmarkMetadata>'
  },
  /**
   * Lookup269: frame_benchmarking::utils::BenchmarkMetadata
   **/
  FrameBenchmarkingUtilsBenchmarkMetadata: {
    name: 'Bytes',
    components: 'Vec<(FrameBenchmarkingUtilsBenchmarkParameter,u32,u32)>',
    povModes: 'Vec<(Bytes,Bytes)>'
  },
  /**
   * Lookup272: frame_benchmarking::utils::BenchmarkParameter
   **/
  FrameBenchmarkingUtilsBenchmarkParameter: {
    _enum: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z']
  },
  /**
   * Lookup274: frame_support::traits::storage::StorageInfo
   **/
  FrameSupportStorageStorageInfo: {
    palletName: 'Bytes',
    storageName: 'Bytes',
    prefix: 'Bytes',
    maxValues: 'Option<u32>',
    maxSize: 'Option<u32>'
  },
  /**
   * Lookup275: frame_benchmarking::utils::BenchmarkConfig
   **/
  FrameBenchmarkingUtilsBenchmarkConfig: {
    pallet: 'Bytes',
    instance: 'Bytes',
    benchmark: 'Bytes',
    selectedComponents: 'Vec<(FrameBenchmarkingUtilsBenchmarkParameter,u32)>',
    verify: 'bool',
    internalRepeats: 'u32'
  },
  /**
   * Lookup280: frame_benchmarking::utils::BenchmarkBatch
   **/
  FrameBenchmarkingUtilsBenchmarkBatch: {
    pallet: 'Bytes',
    instance: 'Bytes',
    benchmark: 'Bytes',
    results: 'Vec<FrameBenchmarkingUtilsBenchmarkResult>'
  },
  /**
   * Lookup282: frame_benchmarking::utils::BenchmarkResult
   **/
  FrameBenchmarkingUtilsBenchmarkResult: {
    _alias: {
      keys_: 'keys'
    },
    components: 'Vec<(FrameBenchmarkingUtilsBenchmarkParameter,u32)>',
    extrinsicTime: 'u128',
    storageRootTime: 'u128',
    reads: 'u32',
    repeatReads: 'u32',
    writes: 'u32',
    repeatWrites: 'u32',
    proofSize: 'u32',
    keys_: 'Vec<(Bytes,u32,u32,bool)>'
  },
  /**
   * Lookup285: loanshare_runtime::RuntimeError
   **/
  LoanshareRuntimeRuntimeError: {
    _enum: {
      System: 'FrameSystemError',
      __Unused1: 'Null',
      Balances: 'PalletBalancesError',
      __Unused3: 'Null',
      Session: 'PalletSessionError',
      __Unused5: 'Null',
      Grandpa: 'PalletGrandpaError',
      Council: 'PalletCollectiveError',
      Sudo: 'PalletSudoError',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      Consortium: 'PalletConsortiumError',
      Token: 'PalletTokenError',
      LoanShare: 'PalletLoanShareError',
      KeyExchange: 'PalletKeyExchangeError'
    }
  }
};
