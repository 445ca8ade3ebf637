//! The decoder-only transformer shared by Mixtral, Mistral and Llama: embeddings, RMSNorm,
//! grouped-query attention with rotary positions, a dense or sparse feed-forward block per
//! layer, and the output projection. The key/value cache lives outside the layers
//! ([`KvCache`]), one per sequence.

mod attention;
mod cpu_experts;
mod elementwise;
mod few_rows;
mod fused_attention;
mod kv_cache;
pub(crate) mod linear;
mod mask;
mod mlp;
mod moe;
mod rotary;
mod transpose;

pub use kv_cache::KvCache;

use crate::{
	error::{EngineError, Result},
	load::{
		config::{Architecture, ModelConfig},
		device::EngineOptions,
		folder::ModelFolder,
		weights::Weights,
	},
};
use attention::Attention;
use candle_core::{DType, Device, Tensor};
use linear::Linear;
use mask::attention_mask;
use mlp::DenseMlp;
use moe::{SparseMoe, MIXTRAL_EXPERTS, QWEN_EXPERTS};
use rotary::Rotary;
use std::borrow::Cow;

/// A layer's feed-forward block.
enum FeedForward {
	/// Mistral, Llama.
	Dense(DenseMlp),
	/// Mixtral.
	Sparse(SparseMoe),
}

impl FeedForward {
	/// The block on `x` (`[tokens, hidden]`).
	fn forward(&self, x: &Tensor) -> Result<Tensor> {
		match self {
			Self::Dense(mlp) => mlp.forward(x),
			Self::Sparse(moe) => moe.forward(x),
		}
	}
}

struct DecoderLayer {
	input_norm: Tensor,
	attention: Attention,
	/// Gemma: a norm of the attention's output before the residual add.
	attention_output_norm: Option<Tensor>,
	/// The norm before the feed-forward block (Llama's `post_attention_layernorm`).
	feed_forward_norm: Tensor,
	feed_forward: FeedForward,
	/// Gemma: a norm of the feed-forward block's output before the residual add.
	feed_forward_output_norm: Option<Tensor>,
	/// Whether the layer attends within the sliding window.
	windowed: bool,
}

/// A loaded model.
pub struct Model {
	config: ModelConfig,
	embeddings: Tensor,
	layers: Vec<DecoderLayer>,
	norm: Tensor,
	output: Linear,
	rotary: Rotary,
	/// The sliding layers' rotary, where its frequencies differ (Gemma 3's local base).
	windowed_rotary: Option<Rotary>,
	dtype: DType,
	device: Device,
}

impl Model {
	/// Loads the weights of `folder` for `config` as `options` say (dtype, device, quantization).
	pub fn load(
		folder: &ModelFolder,
		config: &ModelConfig,
		options: &EngineOptions,
	) -> Result<Self> {
		let (dtype, device) = (options.dtype, &options.device);
		let heads = (config.num_heads, config.num_kv_heads);
		let weights = Weights::open(folder, dtype, device, options.quant, heads)?;
		let (v, h) = (config.vocab_size, config.hidden_size);
		let embeddings = weights.get("model.embed_tokens.weight", (v, h))?;
		let layers = (0..config.num_layers)
			.map(|i| {
				let prefix = format!("model.layers.{i}");
				let is_sparse = config.sparse_layers.get(i).copied().unwrap_or(false);
				let feed_forward = match (is_sparse, config.architecture) {
					(true, Architecture::Mixtral) => FeedForward::Sparse(SparseMoe::load(
						&weights,
						&format!("{prefix}.block_sparse_moe"),
						config,
						&MIXTRAL_EXPERTS,
					)?),
					(true, _) => FeedForward::Sparse(SparseMoe::load(
						&weights,
						&format!("{prefix}.mlp"),
						config,
						&QWEN_EXPERTS,
					)?),
					(false, _) => FeedForward::Dense(DenseMlp::load(
						&weights,
						&format!("{prefix}.mlp"),
						config,
					)?),
				};
				let norm = |name: &str| {
					norm_weight(&weights, config, &format!("{prefix}.{name}.weight"), h)
				};
				let (attention_output_norm, feed_forward_norm, feed_forward_output_norm) =
					match config.sandwich_norms {
						true => (
							Some(norm("post_attention_layernorm")?),
							norm("pre_feedforward_layernorm")?,
							Some(norm("post_feedforward_layernorm")?),
						),
						false => (None, norm("post_attention_layernorm")?, None),
					};
				let windowed = config.windowed_layers.get(i).copied().unwrap_or(false);
				let window = config.sliding_window.filter(|_| windowed);
				Ok(DecoderLayer {
					input_norm: norm("input_layernorm")?,
					attention: Attention::load(
						&weights,
						&format!("{prefix}.self_attn"),
						config,
						window,
					)?,
					attention_output_norm,
					feed_forward_norm,
					feed_forward,
					feed_forward_output_norm,
					windowed,
				})
			})
			.collect::<Result<Vec<_>>>()?;
		let output = match (config.tie_word_embeddings, weights.quantized()) {
			(true, false) => Linear::Dense(embeddings.clone()),
			// Tied and quantized: a quantized copy for the output, the lookups stay dense.
			(true, true) => weights.linear("model.embed_tokens.weight", (v, h))?,
			(false, _) => weights.linear("lm_head.weight", (v, h))?,
		};
		Ok(Self {
			config: config.clone(),
			embeddings,
			layers,
			norm: norm_weight(&weights, config, "model.norm.weight", h)?,
			output,
			rotary: Rotary::new(config, &config.rope, dtype, device)?,
			windowed_rotary: match config.windowed_rope != config.rope {
				true => Some(Rotary::new(config, &config.windowed_rope, dtype, device)?),
				false => None,
			},
			dtype,
			device: device.clone(),
		})
	}

	/// The configuration the model was built from.
	pub fn config(&self) -> &ModelConfig {
		&self.config
	}

	/// The dtype of the weights and the KV cache.
	pub fn dtype(&self) -> DType {
		self.dtype
	}

	/// The device the weights are on.
	pub fn device(&self) -> &Device {
		&self.device
	}

	/// An empty cache for a sequence of up to `capacity` positions (at most the context).
	pub fn new_cache(&self, capacity: usize) -> Result<KvCache> {
		KvCache::new(
			&self.config,
			capacity.min(self.config.max_position_embeddings),
			self.dtype,
			&self.device,
		)
	}

	/// Runs `tokens` (the positions after those already in `cache`) and returns the logits
	/// of the last one, in f32.
	pub fn forward(&self, tokens: &[u32], cache: &mut KvCache) -> Result<Vec<f32>> {
		let mut batch = [BatchEntry { tokens, cache }];
		let mut logits = self.forward_batch(&mut batch)?;
		logits.pop().ok_or(EngineError::EmptyPrompt)
	}

	/// Runs several sequences in one pass: each entry's new tokens after those in its own
	/// cache (a prompt, or one decoded token). The projections and the feed-forward blocks run
	/// once on all the rows; attention runs per sequence against its own cache. Returns the
	/// logits of each entry's last position, in f32, in entry order.
	pub fn forward_batch(&self, batch: &mut [BatchEntry<'_>]) -> Result<Vec<Vec<f32>>> {
		match (self.device.is_cpu(), cpu_pool()) {
			(true, Some(pool)) => pool.install(|| self.forward_batch_here(batch)),
			_ => self.forward_batch_here(batch),
		}
	}

	fn forward_batch_here(&self, batch: &mut [BatchEntry<'_>]) -> Result<Vec<Vec<f32>>> {
		if batch.is_empty() {
			return Ok(Vec::new());
		}
		let mut spans = Vec::with_capacity(batch.len());
		let mut full_masks = Vec::with_capacity(batch.len());
		let mut window_masks = Vec::with_capacity(batch.len());
		let any_windowed = self.layers.iter().any(|layer| layer.windowed);
		let any_full = self.layers.iter().any(|layer| !layer.windowed);
		let mut ids = Vec::new();
		let mut inputs = Vec::with_capacity(batch.len());
		for entry in batch.iter_mut() {
			if entry.tokens.is_empty() {
				return Err(EngineError::EmptyPrompt);
			}
			let input = self.input_of(entry);
			let t = input.len();
			entry.cache.reserve(t)?;
			spans.push(RowSpan { start: ids.len(), len: t });
			let offset = entry.cache.len();
			if any_full {
				full_masks.push(attention_mask(t, offset, None, &self.device)?);
			}
			if any_windowed {
				let window = self.config.sliding_window;
				window_masks.push(attention_mask(t, offset, window, &self.device)?);
			}
			ids.extend_from_slice(&input);
			inputs.push(input);
		}
		let ids = Tensor::new(ids.as_slice(), &self.device)?;
		let mut x = self.embeddings.index_select(&ids, 0)?;
		if let Some(scale) = self.config.embedding_scale {
			// As transformers does: the factor in the activations' dtype.
			let scale = Tensor::new(scale as f32, &self.device)?.to_dtype(self.dtype)?;
			x = x.broadcast_mul(&scale)?;
		}
		let eps = self.config.rms_norm_eps as f32;
		let norm = |x: &Tensor, weight: &Tensor| candle_nn::ops::rms_norm(x, weight, eps);
		for (i, layer) in self.layers.iter().enumerate() {
			let (masks, rotary) = match layer.windowed {
				true => (&window_masks, self.windowed_rotary.as_ref().unwrap_or(&self.rotary)),
				false => (&full_masks, &self.rotary),
			};
			let normed = norm(&x, &layer.input_norm)?;
			let mut attended = layer.attention.forward(&normed, i, rotary, &spans, masks, batch)?;
			if let Some(weight) = &layer.attention_output_norm {
				attended = norm(&attended, weight)?;
			}
			x = (x + attended)?;
			let normed = norm(&x, &layer.feed_forward_norm)?;
			let mut fed = layer.feed_forward.forward(&normed)?;
			if let Some(weight) = &layer.feed_forward_output_norm {
				fed = norm(&fed, weight)?;
			}
			x = (x + fed)?;
		}
		for (entry, input) in batch.iter_mut().zip(&inputs) {
			entry.cache.advance(input);
		}
		let last_rows: Vec<u32> =
			spans.iter().map(|span| (span.start + span.len - 1) as u32).collect();
		let last_rows = Tensor::new(last_rows.as_slice(), &self.device)?;
		let last = norm(&x.index_select(&last_rows, 0)?, &self.norm)?;
		let mut logits = self.output.forward(&last)?.to_dtype(DType::F32)?;
		if let Some(cap) = self.config.logit_softcap {
			logits = elementwise::softcap(&logits, cap)?;
		}
		Ok(logits.to_vec2()?)
	}
}

impl Model {
	/// What `entry` runs: its new tokens, or, for a LongRoPE model whose sequence passes the
	/// original context in this pass, every token of it, its cache emptied first. As
	/// transformers does for Phi-3: the whole sequence then sees the long factors, not only
	/// the positions after the switch (which would leave the cache rotated by the short ones).
	fn input_of<'t>(&self, entry: &mut BatchEntry<'t>) -> Cow<'t, [u32]> {
		let held = entry.cache.len();
		let long_after = self.config.rope.long_after().or(self.config.windowed_rope.long_after());
		match long_after {
			Some(after) if held > 0 && held <= after && held + entry.tokens.len() > after => {
				let mut all = entry.cache.restart();
				all.extend_from_slice(entry.tokens);
				Cow::Owned(all)
			}
			_ => Cow::Borrowed(entry.tokens),
		}
	}
}

/// An RMSNorm weight of `size` as the layers apply it: `w`, or Gemma's `1 + w`.
pub(crate) fn norm_weight(
	weights: &Weights,
	config: &ModelConfig,
	name: &str,
	size: usize,
) -> Result<Tensor> {
	let weight = weights.get(name, size)?;
	match config.norm_weight_offset {
		offset if offset != 0.0 => Ok((weight + offset)?),
		_ => Ok(weight),
	}
}

/// One sequence's part of a batched forward pass: its new tokens and its cache.
pub struct BatchEntry<'a> {
	/// The positions after those already cached: a prompt, or the last sampled token.
	pub tokens: &'a [u32],
	/// The sequence's cache, which the pass extends by `tokens.len()` positions.
	pub cache: &'a mut KvCache,
}

/// Where one sequence's rows sit in the batch's `[rows, hidden]` activations.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RowSpan {
	pub start: usize,
	pub len: usize,
}

/// The values of a contiguous f32 tensor on the CPU, for the engine's own CPU kernels (`op`
/// names the kernel in the error for anything else).
fn contiguous_f32<'a>(
	storage: &'a candle_core::CpuStorage,
	layout: &candle_core::Layout,
	op: &str,
) -> candle_core::Result<&'a [f32]> {
	match (storage, layout.contiguous_offsets()) {
		(candle_core::CpuStorage::F32(values), Some((start, end))) => Ok(&values[start..end]),
		_ => candle_core::bail!("{op} takes a contiguous f32 tensor"),
	}
}

/// The threads a CPU forward pass runs on (as many as rayon's default: `RAYON_NUM_THREADS` or
/// one a core). The pass itself runs on one of them, so each of its parallel products splits
/// among the pool's threads without waking the calling thread: about 5% faster at every batch
/// size than calling into rayon's global pool from outside it. A panic in the pass comes back
/// to the caller as before.
fn cpu_pool() -> Option<&'static rayon::ThreadPool> {
	static POOL: std::sync::OnceLock<Option<rayon::ThreadPool>> = std::sync::OnceLock::new();
	POOL.get_or_init(|| rayon::ThreadPoolBuilder::new().build().ok()).as_ref()
}
