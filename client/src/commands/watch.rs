//! `loanshare watch`: print events of finalised blocks as they come, optionally only
//! those about one institution, resuming after the block saved in a cursor file.
use super::Ctx;
use crate::{
	chain::events::DOMAIN_PALLETS,
	cli::WatchArgs,
	follow::{self, BlockEvents, Heads},
};
use anyhow::Context as _;
use serde_json::json;
use std::path::Path;

/// Reads a cursor file: the last block handled.
pub fn read_cursor(path: &Path) -> anyhow::Result<Option<u64>> {
	match std::fs::read_to_string(path) {
		Ok(t) => t.trim().parse::<u64>().map(Some).with_context(|| {
			format!("the cursor file {} does not hold a block number", path.display())
		}),
		Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
		Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
	}
}

/// Saves the last block handled, atomically (write then rename).
pub fn write_cursor(path: &Path, number: u64) -> anyhow::Result<()> {
	let tmp = path.with_extension("tmp");
	std::fs::write(&tmp, format!("{number}\n"))
		.with_context(|| format!("cannot write {}", tmp.display()))?;
	std::fs::rename(&tmp, path).with_context(|| format!("cannot replace {}", path.display()))
}

/// `watch`.
pub async fn watch(ctx: &mut Ctx, args: WatchArgs) -> anyhow::Result<()> {
	let chain = ctx.chain().await?;
	let start = match (args.from, args.cursor.as_deref().map(read_cursor).transpose()?.flatten()) {
		(Some(from), _) => from,
		(None, Some(last)) => last + 1,
		(None, None) => follow::finalized_number(&chain).await? + 1,
	};
	let heads = if args.best { Heads::Best } else { Heads::Finalized };
	let json_out = ctx.global.json;
	let mut left = args.blocks;
	follow::follow(&chain, start, heads, |block: BlockEvents| {
		let shown: Vec<_> = block
			.events
			.iter()
			.filter(|e| args.all || DOMAIN_PALLETS.contains(&e.pallet.as_str()))
			.filter(|e| args.of.is_none_or(|i| e.concerns(i)))
			.cloned()
			.collect();
		for e in &shown {
			if json_out {
				println!("{}", json!({"block": block.number, "hash": block.hash, "event": e}));
			} else {
				println!("#{} {}", block.number, e.line());
			}
		}
		let result = match &args.cursor {
			Some(path) => write_cursor(path, block.number),
			None => Ok(()),
		};
		let go_on = match left.as_mut() {
			Some(n) => {
				*n = n.saturating_sub(1);
				*n > 0
			},
			None => true,
		};
		async move { result.map(|()| go_on) }
	})
	.await
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn cursor_round_trip_and_bad_cursor() {
		let dir = tempfile::tempdir().unwrap();
		let p = dir.path().join("watch.cursor");
		assert_eq!(read_cursor(&p).unwrap(), None);
		write_cursor(&p, 42).unwrap();
		assert_eq!(read_cursor(&p).unwrap(), Some(42));
		std::fs::write(&p, "x").unwrap();
		assert!(read_cursor(&p).unwrap_err().to_string().contains("block number"));
	}
}
