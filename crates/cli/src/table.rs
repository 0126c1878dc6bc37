//! Plain-text tables for terminal output.
use crate::{
	money::{format_bp, format_fen},
	sheet::loan_type_name,
	timefmt::format_ms,
};
use loanshare_runtime::Plan;

/// Left-aligned columns separated by two spaces; numbers are right-aligned.
pub fn render(header: &[&str], rows: &[Vec<String>], right: &[bool]) -> String {
	let width = |s: &str| s.chars().count();
	let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
	for r in rows {
		for (w, cell) in widths.iter_mut().zip(r) {
			*w = (*w).max(width(cell));
		}
	}
	let mut out = String::new();
	let mut line = |cells: &mut dyn Iterator<Item = &str>| {
		let mut parts = Vec::new();
		for (i, cell) in cells.enumerate() {
			let pad = widths[i].saturating_sub(width(cell));
			if right.get(i).copied().unwrap_or(false) {
				parts.push(format!("{}{cell}", " ".repeat(pad)));
			} else {
				parts.push(format!("{cell}{}", " ".repeat(pad)));
			}
		}
		out.push_str(parts.join("  ").trim_end());
		out.push('\n');
	};
	line(&mut header.iter().copied());
	for r in rows {
		line(&mut r.iter().map(String::as_str));
	}
	out
}

/// The plans as a table (amounts in RMB).
pub fn plans(plans: &[Plan]) -> String {
	let header = [
		"ID",
		"CONTRIB",
		"EXTERNAL REF",
		"TYPE",
		"AMOUNT RMB",
		"SHARED RMB",
		"TAKEN RMB",
		"RATE",
		"FEE/10K",
		"PARTS",
		"STATUS",
		"ENDS (UTC)",
	];
	let right = [true, true, false, false, true, true, true, false, true, true, false, false];
	let rows: Vec<Vec<String>> = plans
		.iter()
		.map(|p| {
			let c = &p.conditions;
			vec![
				p.id.to_string(),
				p.contributor.to_string(),
				String::from_utf8_lossy(&p.external_ref).into_owned(),
				loan_type_name(p.loan_type).to_owned(),
				format_fen(p.amount),
				format_fen(c.shared_limit),
				format_fen(p.taken),
				format!("{}–{}", format_bp(c.min_rate_bp), format_bp(c.max_rate_bp)),
				c.token_rate.to_string(),
				format!("{}/{}", p.participants, c.max_participants),
				format!("{:?}", p.status),
				format_ms(c.end),
			]
		})
		.collect();
	render(&header, &rows, &right)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn columns_are_aligned() {
		let t = render(
			&["A", "NUM"],
			&[vec!["xyz".into(), "5".into()], vec!["q".into(), "1234".into()]],
			&[false, true],
		);
		assert_eq!(t, "A     NUM\nxyz     5\nq    1234\n");
	}
}
