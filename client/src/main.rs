//! `loanshare`: the institution's command line and agent (see `loanshare --help`).
use clap::Parser;

fn main() -> std::process::ExitCode {
	env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info"))
		.format_target(false)
		.init();
	let cli = loanshare_client::cli::Cli::parse();
	let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
		Ok(r) => r,
		Err(e) => {
			eprintln!("error: cannot start: {e}");
			return std::process::ExitCode::FAILURE;
		},
	};
	match runtime.block_on(loanshare_client::commands::run(cli)) {
		Ok(()) => std::process::ExitCode::SUCCESS,
		Err(e) => {
			eprintln!("error: {e:#}");
			std::process::ExitCode::FAILURE
		},
	}
}
