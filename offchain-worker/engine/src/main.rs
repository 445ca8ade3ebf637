//! `gintonic-engine`: the engine from the command line. `generate` loads a model folder and
//! generates for a prompt or a conversation, printing text (streamed), or with `--json` the
//! tokens, text, usage and, with `--logits`, the logits before each token, so the engine can
//! be checked against another implementation. `hash` prints a folder's content hashes (and
//! checks them with `--expect-*`); `export` copies a model to a folder or tar archive and
//! verifies the copy; `bench` prints time to first token and batched decode speed as JSON.

use clap::{Parser, Subcommand};
use gintonic_engine::{
	load::device::{parse_device, parse_dtype},
	load::export::{export_to_folder, export_to_tar},
	load::folder::ModelFolder,
	load::hash::{check, from_hex, hash_folder, to_hex},
	serve::bench::{self, BenchPlan},
	ChatMessage, Engine, EngineError, EngineOptions, FolderHashes, Prompt, Quantization,
	SamplingParams,
};
use std::{io::Write, path::PathBuf, process::ExitCode};

#[derive(Parser)]
#[command(
	name = "gintonic-engine",
	version,
	about = "LLM inference on candle (Mixtral, Mistral, Llama)"
)]
struct Cli {
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Generate text for a prompt.
	Generate(GenerateArgs),
	/// Print a model folder's weights and tokenizer hashes.
	Hash {
		/// The model folder.
		model: PathBuf,
		#[command(flatten)]
		expected: ExpectedHashes,
	},
	/// Time to first token and decode tokens/s at several batch sizes, as JSON.
	Bench(BenchArgs),
	/// Copy a model's files to a folder, or a tar archive with --tar, and verify the copy.
	Export {
		/// The model folder.
		model: PathBuf,
		/// Destination folder (or archive file with --tar).
		#[arg(long)]
		to: PathBuf,
		/// Write a tar archive.
		#[arg(long)]
		tar: bool,
		/// The copy must have these hashes (the registry's), not only the source's.
		#[command(flatten)]
		expected: ExpectedHashes,
	},
}

/// Hashes a folder must have, as the model registry gives them.
#[derive(clap::Args)]
struct ExpectedHashes {
	/// Fail unless the weights hash is this (0x + 64 hex digits).
	#[arg(long)]
	expect_weights: Option<String>,
	/// Fail unless the tokenizer hash is this.
	#[arg(long)]
	expect_tokenizer: Option<String>,
}

impl ExpectedHashes {
	/// The hashes given, the part not given taken from `folder`; `None` when none is given.
	fn resolve(&self, folder: &ModelFolder) -> Result<Option<FolderHashes>, EngineError> {
		if self.expect_weights.is_none() && self.expect_tokenizer.is_none() {
			return Ok(None);
		}
		let parse = |text: &Option<String>, actual: &dyn Fn() -> Result<[u8; 32], EngineError>| {
			match text {
				None => actual(),
				Some(text) => from_hex(text).ok_or_else(|| {
					EngineError::config(
						"--expect-*",
						format!("{text:?}: expected 0x and 64 hex digits"),
					)
				}),
			}
		};
		Ok(Some(FolderHashes {
			weights: parse(&self.expect_weights, &|| Ok(hash_folder(folder)?.weights))?,
			tokenizer: parse(&self.expect_tokenizer, &|| Ok(hash_folder(folder)?.tokenizer))?,
		}))
	}
}

#[derive(clap::Args)]
struct GenerateArgs {
	/// The model folder.
	#[arg(long)]
	model: PathBuf,
	/// Plain-text prompt.
	#[arg(long, conflicts_with = "user")]
	prompt: Option<String>,
	/// A user message, rendered with the chat template.
	#[arg(long)]
	user: Option<String>,
	/// System instructions for the chat template.
	#[arg(long, requires = "user")]
	system: Option<String>,
	#[command(flatten)]
	run: RunOptions,
	#[arg(long, default_value_t = 0.7)]
	temperature: f32,
	#[arg(long, default_value_t = 1.0)]
	top_p: f32,
	#[arg(long, default_value_t = 0)]
	top_k: usize,
	#[arg(long, default_value_t = 128)]
	max_tokens: usize,
	#[arg(long, default_value_t = 0)]
	seed: u64,
	#[arg(long, default_value_t = 1.0)]
	repetition_penalty: f32,
	/// A stop sequence (repeatable).
	#[arg(long)]
	stop: Vec<String>,
	/// Print one JSON object (ids, text, usage) instead of streaming text.
	#[arg(long)]
	json: bool,
	/// With --json, include the logits before each generated token.
	#[arg(long, requires = "json")]
	logits: bool,
}

/// Where and in which precision the model runs.
#[derive(clap::Args)]
struct RunOptions {
	/// f32, f16 or bf16: activations, the KV cache, and the weights unless quantized.
	#[arg(long, default_value = "f32")]
	dtype: String,
	/// cpu or cuda:N.
	#[arg(long, default_value = "cpu")]
	device: String,
	/// Quantize the weights at load: q8_0 or q4k.
	#[arg(long)]
	quant: Option<String>,
}

impl RunOptions {
	fn engine_options(&self) -> Result<EngineOptions, EngineError> {
		Ok(EngineOptions {
			dtype: parse_dtype(&self.dtype)?,
			device: parse_device(&self.device)?,
			quant: self.quant.as_deref().map(Quantization::parse).transpose()?,
		})
	}
}

#[derive(clap::Args)]
struct BenchArgs {
	/// The model folder.
	#[arg(long)]
	model: PathBuf,
	#[command(flatten)]
	run: RunOptions,
	/// Prompt tokens for the time to first token.
	#[arg(long, default_value_t = 512)]
	prompt_tokens: usize,
	/// Tokens cached in each sequence before decode is timed.
	#[arg(long, default_value_t = 128)]
	context_tokens: usize,
	/// Decode steps timed per batch size.
	#[arg(long, default_value_t = 32)]
	decode_steps: usize,
	/// Batch sizes, comma-separated.
	#[arg(long, value_delimiter = ',', default_value = "1,8,32")]
	batch: Vec<usize>,
	/// Prompt tokens per prefill pass, as the scheduler's chunked prefill runs them (0: all).
	#[arg(long, default_value_t = 0)]
	prefill_chunk: usize,
	/// Timed prefills; the fastest is reported.
	#[arg(long, default_value_t = 3)]
	repeats: usize,
}

fn hashes_json(hashes: &FolderHashes) -> serde_json::Value {
	serde_json::json!({ "weights": to_hex(&hashes.weights), "tokenizer": to_hex(&hashes.tokenizer) })
}

fn run(cli: Cli) -> Result<(), EngineError> {
	match cli.command {
		Command::Generate(args) => generate(args),
		Command::Bench(args) => {
			let options = args.run.engine_options()?;
			let engine = Engine::load(&args.model, &options)?;
			let plan = BenchPlan {
				prompt_tokens: args.prompt_tokens,
				context_tokens: args.context_tokens,
				decode_steps: args.decode_steps,
				batch_sizes: args.batch,
				prefill_chunk: args.prefill_chunk,
				repeats: args.repeats,
			};
			let report = bench::run(engine.model(), &plan)?;
			let mut json = serde_json::to_value(&report)
				.map_err(|e| EngineError::config("output", e.to_string()))?;
			json["dtype"] = args.run.dtype.into();
			json["precision"] = options.precision().into();
			json["device"] = args.run.device.into();
			println!("{json}");
			Ok(())
		}
		Command::Hash { model, expected } => {
			let folder = ModelFolder::open(&model)?;
			let hashes = hash_folder(&folder)?;
			if let Some(expected) = expected.resolve(&folder)? {
				check(&expected, &hashes)?;
			}
			println!("{}", hashes_json(&hashes));
			Ok(())
		}
		Command::Export { model, to, tar, expected } => {
			let folder = ModelFolder::open(&model)?;
			let expected = expected.resolve(&folder)?;
			let hashes = if tar {
				export_to_tar(&folder, &to, expected.as_ref())?
			} else {
				export_to_folder(&folder, &to, expected.as_ref())?
			};
			println!("{}", hashes_json(&hashes));
			Ok(())
		}
	}
}

fn generate(args: GenerateArgs) -> Result<(), EngineError> {
	let options = args.run.engine_options()?;
	let prompt = match (args.prompt, args.user) {
		(Some(text), None) => Prompt::Text(text),
		(None, Some(user)) => {
			let mut messages = Vec::new();
			if let Some(system) = args.system {
				messages.push(ChatMessage::new("system", &system));
			}
			messages.push(ChatMessage::new("user", &user));
			Prompt::Chat(messages)
		}
		_ => return Err(EngineError::config("arguments", "give --prompt or --user")),
	};
	let params = SamplingParams {
		temperature: args.temperature,
		top_p: args.top_p,
		top_k: args.top_k,
		max_tokens: args.max_tokens,
		seed: args.seed,
		repetition_penalty: args.repetition_penalty,
		stop: args.stop,
	};
	params.validate()?;
	let engine = Engine::load(&args.model, &options)?;
	let json = args.json;
	let mut stdout = std::io::stdout();
	let generation = engine.generate(&prompt, &params, args.logits, &mut |piece| {
		if !json {
			// A closed pipe ends generation.
			return write!(stdout, "{piece}").and_then(|_| stdout.flush()).is_ok();
		}
		true
	})?;
	if json {
		let text = serde_json::to_string(&generation)
			.map_err(|e| EngineError::config("output", e.to_string()))?;
		println!("{text}");
	} else {
		println!();
		eprintln!(
			"[{} prompt + {} generated tokens, {} ms, finish: {:?}]",
			generation.usage.prompt_tokens,
			generation.usage.completion_tokens,
			generation.usage.wall_ms,
			generation.finish_reason
		);
	}
	Ok(())
}

fn main() -> ExitCode {
	match run(Cli::parse()) {
		Ok(()) => ExitCode::SUCCESS,
		Err(error) => {
			eprintln!("error: {error}");
			ExitCode::FAILURE
		}
	}
}
