//! Accounts, institutions and nodes: create a key file, show the signer, list the
//! consortium, register a node.
use super::Ctx;
use crate::{
	chain::{calls, Reader},
	cli::{AccountCmd, NodeCmd},
	secrets,
};
use serde_json::json;

/// `account new|show`.
pub async fn account(ctx: &mut Ctx, cmd: AccountCmd) -> anyhow::Result<()> {
	match cmd {
		AccountCmd::New { file } => {
			let pair = secrets::new_key_file(&file)?;
			let account = pair.public_key().to_account_id();
			ctx.print(&json!({"account": account.to_string(), "key_file": file}), || {
				format!(
					"created {} (mode 600)\naccount {account}\nask the council to bind it to your institution (govern add-account)",
					file.display()
				)
			});
			Ok(())
		},
		AccountCmd::Show => {
			let signer = ctx.signer()?;
			let account = signer.public_key().to_account_id();
			let chain = ctx.chain().await?;
			let at = chain.finalized().await?;
			let inst = Reader(&at).institution_of(&account).await?;
			ctx.print(
				&json!({"account": account.to_string(), "institution": inst}),
				|| match inst {
					Some(i) => format!("account {account} acts for institution {i}"),
					None => format!("account {account} acts for no institution"),
				},
			);
			Ok(())
		},
	}
}

/// `institutions`.
pub async fn institutions(ctx: &mut Ctx) -> anyhow::Result<()> {
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let list = Reader(&at).institutions().await?;
	let as_json: Vec<_> = list.iter().map(|(id, i)| json!({"id": id, "institution": i})).collect();
	ctx.print(&json!(as_json), || {
		list.iter()
			.map(|(id, i)| {
				format!(
					"{id:<3} {:<24} {:?} roles {:?} accounts {}",
					String::from_utf8_lossy(&i.name),
					i.status,
					i.roles,
					i.accounts.len()
				)
			})
			.collect::<Vec<_>>()
			.join("\n")
	});
	Ok(())
}

/// `node register|deregister`.
pub async fn node(ctx: &mut Ctx, cmd: NodeCmd) -> anyhow::Result<()> {
	let call = match cmd {
		NodeCmd::Register { peer_id } => calls::register_node(&peer_bytes(&peer_id)?),
		NodeCmd::Deregister { peer_id } => calls::deregister_node(&peer_bytes(&peer_id)?),
	};
	ctx.send(&call).await.map(drop)
}

/// A base58 peer id (as the node logs it) as raw bytes.
fn peer_bytes(peer_id: &str) -> anyhow::Result<Vec<u8>> {
	bs58::decode(peer_id.trim())
		.into_vec()
		.map_err(|e| anyhow::anyhow!("{peer_id:?} is not a base58 peer id: {e}"))
}
