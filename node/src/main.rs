//! The Gintonic node binary: parses the command line and runs the chosen command.

// `sc_cli::Error` and `sc_service::Error` are Substrate's own (large) error types, returned by
// every command as the Substrate CLI expects.
#![allow(clippy::result_large_err)]

mod api_key;
mod chain_spec;
mod cli;
mod command;
mod miner;
mod records;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
