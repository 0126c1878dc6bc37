//! The `loanshare` command line: options and sub-commands (clap).
use crate::chain::types::{InstitutionId, PlanId};
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// LoanShare institution client: plans, shares, handoffs, tokens, governance and the agent.
///
/// Connects to a LoanShare node (ws://, wss://, http:// or https://) and signs with the
/// key file of a profile (or --key-file; $LOANSHARE_SURI for scripts). Transactions are
/// followed until their block is finalised (--in-block to stop earlier). Amounts are
/// RMB with up to two decimals (1 TOKEN = 1 RMB). Every command takes --json.
#[derive(Parser, Debug)]
#[command(name = "loanshare", version)]
pub struct Cli {
	/// Options shared by every command.
	#[command(flatten)]
	pub global: Global,
	/// The command.
	#[command(subcommand)]
	pub command: Command,
}

/// Options shared by every command.
#[derive(Args, Debug, Clone)]
pub struct Global {
	/// Configuration file [default: $LOANSHARE_CONFIG or ~/.config/loanshare/config.toml]
	#[arg(long, global = true, value_name = "FILE")]
	pub config: Option<PathBuf>,
	/// Profile of the configuration file
	#[arg(long, short = 'p', global = true, env = "LOANSHARE_PROFILE")]
	pub profile: Option<String>,
	/// Node endpoint [default: the profile's, $LOANSHARE_URL, or ws://127.0.0.1:9944]
	#[arg(long, global = true, visible_alias = "url", value_name = "URL")]
	pub endpoint: Option<String>,
	/// Signing key file: a secret (hex seed, mnemonic, secret URI) or a JSON keystore
	#[arg(long, global = true, value_name = "FILE")]
	pub key_file: Option<PathBuf>,
	/// File holding the keystore's password [default: the profile's password_file or password_env, $LOANSHARE_KEY_PASSWORD, a prompt]
	#[arg(long, global = true, value_name = "FILE")]
	pub password_file: Option<PathBuf>,
	/// The institution to act for or look at [default: the profile's, or the signer's]
	#[arg(long, global = true)]
	pub institution: Option<InstitutionId>,
	/// Directory of the institution's RSA private keys (*.pem) [default: the profile's]
	#[arg(long, global = true, value_name = "DIR")]
	pub rsa_key_dir: Option<PathBuf>,
	/// Stop when the transaction is in a block instead of waiting for finality
	#[arg(long, global = true)]
	pub in_block: bool,
	/// Print JSON instead of text
	#[arg(long, global = true)]
	pub json: bool,
}

/// The commands.
#[derive(Subcommand, Debug)]
pub enum Command {
	/// Signing accounts: create a key file, show the signer
	#[command(subcommand)]
	Account(AccountCmd),
	/// Generate an RSA key pair for the envelope: <name>.pem (private, mode 600), <name>.pub.der and <name>.pub.pem
	Keygen {
		/// Directory to write the keys to
		#[arg(long, default_value = ".")]
		out: PathBuf,
		/// RSA modulus size (2048 to 4096)
		#[arg(long, default_value_t = 2048)]
		bits: usize,
		/// Name of the key files (a date makes rotations easy to tell apart)
		#[arg(long, default_value = "rsa")]
		name: String,
	},
	/// Register the institution's RSA public key, or rotate to a new one
	RegisterKey {
		/// The public key (SubjectPublicKeyInfo DER or PEM)
		public_key: PathBuf,
	},
	/// Validate a plan sheet (XLSX or CSV) and publish its plans
	Import(ImportArgs),
	/// Write a sheet of fake but valid plans (for trials and benchmarks)
	GenSheet {
		/// Output file: .xlsx, or .csv (UTF-8; GB18030 with --gbk)
		out: PathBuf,
		/// Rows
		#[arg(long, default_value_t = 10)]
		rows: usize,
		/// Seed of the generator
		#[arg(long, default_value_t = 1)]
		seed: u64,
		/// Prefix of the external references
		#[arg(long, default_value = "LN")]
		prefix: String,
		/// Encode a CSV in GB18030 with Chinese headers
		#[arg(long)]
		gbk: bool,
	},
	/// List plans: open plans, or a contributor's
	Plans {
		/// Only this contributor's plans
		#[arg(long)]
		contributor: Option<InstitutionId>,
		/// First plan id
		#[arg(long, default_value_t = 0)]
		start: PlanId,
		/// Most plans listed
		#[arg(long, default_value_t = 20)]
		limit: u32,
	},
	/// Show one plan
	Plan {
		/// Plan id
		id: PlanId,
	},
	/// Take a share of a plan (the fee, shown before signing, is held until delivery)
	Confirm {
		/// Plan id
		plan: PlanId,
		/// Amount taken, RMB
		amount: String,
		/// Annual rate in basis points (1900 = 19%)
		rate_bp: u32,
	},
	/// The confirmations of a plan
	Confirmations {
		/// Plan id
		plan: PlanId,
	},
	/// What an institution has taken [default: --institution, the profile's, or the signer's]
	Taken,
	/// Withdraw an own plan nobody confirmed
	Withdraw {
		/// Plan id
		plan: PlanId,
	},
	/// End a plan whose end time has passed
	Expire {
		/// Plan id
		plan: PlanId,
	},
	/// Reap ended plans past their retention (releases their deposits)
	Reap {
		/// Most plans reaped
		#[arg(long, default_value_t = 20)]
		max: u32,
	},
	/// The handoffs an institution owes as contributor [default: --institution, the profile's, or the signer's]
	Handoffs,
	/// Show one handoff: its status, deadline, delivery and challenge window
	Handoff {
		/// Plan id
		plan: PlanId,
		/// The participant institution [default: yours]
		participant: Option<InstitutionId>,
	},
	/// Deliver a plan's data key to a participant by hand (the agent does this on its own)
	Deliver {
		/// Plan id
		plan: PlanId,
		/// The participant institution
		participant: InstitutionId,
		/// The participant's key to wrap to [default: its current key, which the chain requires]
		#[arg(long, value_name = "KEY_ID")]
		participant_key_id: Option<u32>,
		/// Send this file's bytes as the re-wrapped key W', as they are, instead of re-wrapping
		/// here (a key prepared elsewhere; needs no RSA key directory)
		#[arg(long, value_name = "FILE")]
		wrapped_key_file: Option<PathBuf>,
	},
	/// Return a timed-out handoff's fee to the participant (after the timeout; also done automatically)
	Refund {
		/// Plan id
		plan: PlanId,
		/// The participant institution
		participant: InstitutionId,
	},
	/// Accept a delivery as the participant: the fee goes to the contributor now
	Accept {
		/// Plan id
		plan: PlanId,
	},
	/// Prove a bad delivery as the participant: the delivered key is checked here first, and a
	/// good delivery is refused (its proof would reveal the data key)
	Dispute {
		/// Plan id
		plan: PlanId,
	},
	/// Complain to the council, as the participant, that the delivered data is wrong
	Complain {
		/// Plan id
		plan: PlanId,
		/// What is wrong with the data
		#[arg(long)]
		reason: String,
	},
	/// Propose the council's ruling on a complaint: refund the participant or release the fee
	#[command(group(clap::ArgGroup::new("ruling").required(true).args(["refund", "release"])))]
	Rule {
		/// Plan id
		plan: PlanId,
		/// The complaining participant
		participant: InstitutionId,
		/// The fee goes back to the participant and the share to the plan
		#[arg(long)]
		refund: bool,
		/// The fee goes to the contributor
		#[arg(long)]
		release: bool,
		/// Council approvals needed [default: a majority of the seats]
		#[arg(long)]
		threshold: Option<u32>,
	},
	/// Decrypt the borrower data of a plan delivered to the institution
	Open {
		/// Plan id
		plan: PlanId,
	},
	/// Mint tokens to an institution that paid RMB off-chain (token issuer)
	Recharge {
		/// The institution credited
		to: InstitutionId,
		/// Amount, RMB
		amount: String,
		/// The RMB payment reference (mints once)
		#[arg(long)]
		payment_ref: String,
	},
	/// Move tokens to another institution
	Transfer {
		/// The institution credited
		to: InstitutionId,
		/// Amount, RMB
		amount: String,
	},
	/// Pay a data-service provider
	PayService {
		/// The provider institution
		to: InstitutionId,
		/// Amount, RMB
		amount: String,
		/// What is paid for
		#[arg(long)]
		memo: String,
	},
	/// Ask to redeem tokens for RMB
	Redeem {
		/// Amount, RMB
		amount: String,
	},
	/// Settle a redemption after paying out RMB (token issuer)
	Settle {
		/// Redemption id
		id: u64,
		/// The RMB payout reference
		#[arg(long)]
		payout_ref: String,
	},
	/// Reject a redemption (token issuer)
	Reject {
		/// Redemption id
		id: u64,
	},
	/// List redemption requests
	Redemptions {
		/// Only pending ones
		#[arg(long)]
		pending: bool,
	},
	/// Token balances: one institution's, or every institution's with --all
	Balance {
		/// Every institution
		#[arg(long)]
		all: bool,
	},
	/// The consortium's institutions
	Institutions,
	/// The institution's nodes
	#[command(subcommand)]
	Node(NodeCmd),
	/// Governance: put a consortium change to the council (or sudo on a development chain)
	Govern(GovernArgs),
	/// Council votes on proposals
	#[command(subcommand)]
	Council(CouncilCmd),
	/// Follow finalised blocks and print LoanShare events
	Watch(WatchArgs),
	/// Run the institution's agent: delivery, mirror database, REST API, metrics
	Agent(crate::agent::AgentArgs),
	/// API tokens of the agent's REST API
	#[command(subcommand)]
	ApiToken(ApiTokenCmd),
	/// Users of the agent's web app (in its mirror database): add, list, remove, passwd, role
	User(crate::agent::users::UserArgs),
}

/// `account` sub-commands.
#[derive(Subcommand, Debug)]
pub enum AccountCmd {
	/// Create a key file holding a fresh sr25519 seed (mode 600) and print its address
	New {
		/// The key file to create
		file: PathBuf,
	},
	/// Show the signer's address and institution
	Show,
}

/// `node` sub-commands.
#[derive(Subcommand, Debug)]
pub enum NodeCmd {
	/// Register a node's libp2p peer id (base58, as the node logs it)
	Register {
		/// Peer id
		peer_id: String,
	},
	/// Deregister a node
	Deregister {
		/// Peer id
		peer_id: String,
	},
}

/// `import` options.
#[derive(Args, Debug)]
pub struct ImportArgs {
	/// The sheet: .xlsx or .csv (UTF-8 with or without BOM, or GB18030/GBK)
	pub sheet: PathBuf,
	/// Plans per publish_batch transaction (at most the runtime's MaxBatch)
	#[arg(long, default_value_t = 50)]
	pub batch: usize,
	/// Batches submitted at once (each window waits for its blocks before the next)
	#[arg(long, default_value_t = 20)]
	pub in_flight: usize,
	/// Validate and seal only; send nothing
	#[arg(long)]
	pub dry_run: bool,
	/// UTC offset of the sheet's dates and times
	#[arg(long, default_value = "+08:00", allow_hyphen_values = true)]
	pub utc_offset: String,
}

/// `govern` options: the change and how it is decided.
#[derive(Args, Debug)]
pub struct GovernArgs {
	/// The change
	#[command(subcommand)]
	pub change: GovernCmd,
	/// Council approvals needed [default: a majority of the seats]
	#[arg(long)]
	pub threshold: Option<u32>,
	/// Apply it with sudo instead (development chains)
	#[arg(long)]
	pub sudo: bool,
}

/// Governance changes.
#[derive(Subcommand, Debug)]
pub enum GovernCmd {
	/// Admit an institution
	Admit {
		/// Name
		#[arg(long)]
		name: String,
		/// Roles, comma-separated: contributor, participator, token-issuer, data-service-provider, regulator
		#[arg(long, value_delimiter = ',')]
		roles: Vec<String>,
		/// Signing accounts (SS58), comma-separated
		#[arg(long, value_delimiter = ',')]
		accounts: Vec<String>,
		/// Validator account (SS58)
		#[arg(long)]
		validator: Option<String>,
	},
	/// Replace an institution's roles
	SetRoles {
		/// Institution
		id: InstitutionId,
		/// Roles, comma-separated
		#[arg(long, value_delimiter = ',')]
		roles: Vec<String>,
	},
	/// Add a signing account
	AddAccount {
		/// Institution
		id: InstitutionId,
		/// Account (SS58)
		account: String,
	},
	/// Remove a signing account
	RemoveAccount {
		/// Institution
		id: InstitutionId,
		/// Account (SS58)
		account: String,
	},
	/// Suspend an institution
	Suspend {
		/// Institution
		id: InstitutionId,
	},
	/// Resume a suspended institution
	Resume {
		/// Institution
		id: InstitutionId,
	},
	/// Remove an institution
	Remove {
		/// Institution
		id: InstitutionId,
	},
	/// Set or clear an institution's validator
	SetValidator {
		/// Institution
		id: InstitutionId,
		/// Validator account (SS58); none clears it
		validator: Option<String>,
	},
	/// Set the least number of validators
	SetMinValidators {
		/// Minimum
		min: u32,
	},
	/// Set the chain-wide cap on annual rates
	SetRateCap {
		/// Cap in basis points
		bp: u32,
	},
}

/// `council` sub-commands.
#[derive(Subcommand, Debug)]
pub enum CouncilCmd {
	/// Open proposals with their votes
	Proposals,
	/// Vote on a proposal
	Vote {
		/// Proposal hash (0x…)
		hash: String,
		/// Proposal index
		index: u32,
		/// Vote against (the default is for)
		#[arg(long)]
		nay: bool,
	},
	/// Close a proposal that has its votes (executes it when approved)
	Close {
		/// Proposal hash (0x…)
		hash: String,
		/// Proposal index
		index: u32,
	},
}

/// `watch` options.
#[derive(Args, Debug)]
pub struct WatchArgs {
	/// Start at this block [default: the cursor's next block, or the next finalised one]
	#[arg(long)]
	pub from: Option<u64>,
	/// Save the last block shown here and resume after it
	#[arg(long, value_name = "FILE")]
	pub cursor: Option<PathBuf>,
	/// Only events about this institution
	#[arg(long = "of")]
	pub of: Option<InstitutionId>,
	/// Follow best blocks instead of finalised ones (may show events a reorg discards)
	#[arg(long)]
	pub best: bool,
	/// Show every pallet's events
	#[arg(long)]
	pub all: bool,
	/// Stop after this many blocks
	#[arg(long)]
	pub blocks: Option<u64>,
}

/// `api-token` sub-commands.
#[derive(Subcommand, Debug)]
pub enum ApiTokenCmd {
	/// Create a token: its hash is appended to the tokens file, the token printed once
	New {
		/// The token's name (who uses it)
		name: String,
		/// The tokens file [default: the profile's api_tokens_file]
		#[arg(long)]
		file: Option<PathBuf>,
		/// Shorthand for --scope write
		#[arg(long)]
		write: bool,
		/// What the token may do, comma-separated: read (queries), write (publish, confirm;
		/// includes read), open (borrower data), audit (the openings trail), admin (all)
		/// [default: read]
		#[arg(long, value_delimiter = ',', value_name = "SCOPES")]
		scope: Vec<String>,
	},
}

#[cfg(test)]
mod tests {
	use super::*;
	use clap::CommandFactory;

	fn parse(line: &str) -> Result<Command, clap::Error> {
		Cli::try_parse_from(std::iter::once("loanshare").chain(line.split_whitespace()))
			.map(|c| c.command)
	}

	#[test]
	fn the_command_line_is_consistent() {
		Cli::command().debug_assert();
	}

	#[test]
	fn handoff_commands_parse() {
		assert!(matches!(
			parse("deliver 17 2 --participant-key-id 3 --wrapped-key-file w.bin"),
			Ok(Command::Deliver {
				plan: 17,
				participant: 2,
				participant_key_id: Some(3),
				wrapped_key_file: Some(_)
			})
		));
		assert!(matches!(
			parse("deliver 17 2"),
			Ok(Command::Deliver { participant_key_id: None, wrapped_key_file: None, .. })
		));
		assert!(matches!(parse("accept 17"), Ok(Command::Accept { plan: 17 })));
		assert!(matches!(parse("dispute 17 --json"), Ok(Command::Dispute { plan: 17 })));
		assert!(parse("dispute 17 --reason x").is_err(), "the old form is gone: see complain");
		assert!(matches!(
			parse("complain 17 --reason wrong"),
			Ok(Command::Complain { plan: 17, .. })
		));
		assert!(matches!(
			parse("rule 17 2 --refund"),
			Ok(Command::Rule { refund: true, release: false, threshold: None, .. })
		));
		assert!(matches!(
			parse("rule 17 2 --release --threshold 3"),
			Ok(Command::Rule { refund: false, release: true, threshold: Some(3), .. })
		));
		assert!(parse("rule 17 2").is_err(), "a ruling must be chosen");
		assert!(parse("rule 17 2 --refund --release").is_err(), "only one ruling");
		assert!(matches!(
			parse("handoff 17"),
			Ok(Command::Handoff { plan: 17, participant: None })
		));
		assert!(matches!(parse("refund 17 2"), Ok(Command::Refund { plan: 17, participant: 2 })));
		assert!(matches!(
			parse("user add li.wei --role officer --lang zh --database sqlite://m.db"),
			Ok(Command::User(crate::agent::users::UserArgs {
				cmd: crate::agent::users::UserCmd::Add { ref role, ref lang, .. },
				database: Some(_),
			})) if role == "officer" && lang == "zh"
		));
		assert!(parse("user add li.wei --password secret").is_err(), "no password on argv");
		assert!(matches!(
			parse("api-token new desk --scope read,open"),
			Ok(Command::ApiToken(ApiTokenCmd::New { ref scope, write: false, .. })) if scope == &["read", "open"]
		));
	}
}
