//! Grouped-query self-attention: query heads share key/value heads without copying them
//! (the query heads of one group are laid side by side against the group's keys). The
//! architectures' options: biases on the projections (Qwen2, Llama's `attention_bias`) and an
//! RMSNorm over each query and key head before the rotary (Qwen3).

use super::{
	elementwise::softcap,
	fused_attention::{self, AttentionShape},
	kv_cache::KvCache,
	linear::Linear,
	norm_weight,
	rotary::Rotary,
	BatchEntry, RowSpan,
};
use crate::{
	error::Result,
	load::{config::ModelConfig, weights::Weights},
};
use candle_core::{DType, Tensor};

/// A projection and its bias, when it has one.
struct Projection {
	weight: Linear,
	bias: Option<Tensor>,
}

impl Projection {
	/// Loads `prefix.name.weight` (`[out, in]`) and, with `bias`, `prefix.name.bias`.
	fn load(
		weights: &Weights,
		prefix: &str,
		name: &str,
		shape: (usize, usize),
		bias: bool,
	) -> Result<Self> {
		Ok(Self {
			weight: weights.linear(&format!("{prefix}.{name}.weight"), shape)?,
			bias: match bias {
				true => Some(weights.get(&format!("{prefix}.{name}.bias"), shape.0)?),
				false => None,
			},
		})
	}

	fn forward(&self, x: &Tensor) -> Result<Tensor> {
		let projected = self.weight.forward(x)?;
		Ok(match &self.bias {
			Some(bias) => projected.broadcast_add(bias)?,
			None => projected,
		})
	}
}

/// The query, key and value projections.
enum Qkv {
	/// Three projections.
	Separate { q: Projection, k: Projection, v: Projection },
	/// One projection whose output columns are the queries, then the keys, then the values.
	Fused { qkv: Projection, q_width: usize, kv_width: usize },
}

impl Qkv {
	fn forward(&self, x: &Tensor) -> Result<(Tensor, Tensor, Tensor)> {
		match self {
			Self::Separate { q, k, v } => Ok((q.forward(x)?, k.forward(x)?, v.forward(x)?)),
			Self::Fused { qkv, q_width, kv_width } => {
				let all = qkv.forward(x)?;
				Ok((
					all.narrow(1, 0, *q_width)?,
					all.narrow(1, *q_width, *kv_width)?,
					all.narrow(1, q_width + kv_width, *kv_width)?,
				))
			}
		}
	}
}

/// One layer's attention weights, `[out, in]` as stored.
pub struct Attention {
	qkv: Qkv,
	o: Projection,
	/// Per-head RMSNorm weights of queries and keys (`[head_dim]` each), and the epsilon.
	qk_norm: Option<(Tensor, Tensor, f32)>,
	num_heads: usize,
	num_kv_heads: usize,
	head_dim: usize,
	/// The scores' factor.
	scale: f64,
	/// `cap × tanh(scores / cap)` before the mask, when set (Gemma 2).
	softcap: Option<f64>,
	/// The sliding window of a layer that has one.
	window: Option<usize>,
}

impl Attention {
	/// Loads `prefix.{q,k,v,o}_proj.{weight,bias}` (or `prefix.qkv_proj`) and
	/// `prefix.{q,k}_norm.weight`, as the config's attention options ask, for a layer that
	/// sees `window` positions back when it is a sliding one.
	pub fn load(
		weights: &Weights,
		prefix: &str,
		config: &ModelConfig,
		window: Option<usize>,
	) -> Result<Self> {
		let (h, d) = (config.hidden_size, config.head_dim);
		let (q_out, kv_out) = (config.num_heads * d, config.num_kv_heads * d);
		let options = config.attention;
		let projection =
			|name: &str, shape, bias| Projection::load(weights, prefix, name, shape, bias);
		let qk_norm = match options.qk_norm {
			true => Some((
				norm_weight(weights, config, &format!("{prefix}.q_norm.weight"), d)?,
				norm_weight(weights, config, &format!("{prefix}.k_norm.weight"), d)?,
				config.rms_norm_eps as f32,
			)),
			false => None,
		};
		Ok(Self {
			qkv: match options.fused_qkv {
				true => Qkv::Fused {
					qkv: projection("qkv_proj", (q_out + 2 * kv_out, h), options.qkv_bias)?,
					q_width: q_out,
					kv_width: kv_out,
				},
				false => Qkv::Separate {
					q: projection("q_proj", (q_out, h), options.qkv_bias)?,
					k: projection("k_proj", (kv_out, h), options.qkv_bias)?,
					v: projection("v_proj", (kv_out, h), options.qkv_bias)?,
				},
			},
			o: projection("o_proj", (h, q_out), options.output_bias)?,
			qk_norm,
			scale: config.attention_scale,
			softcap: config.attention_softcap,
			window,
			num_heads: config.num_heads,
			num_kv_heads: config.num_kv_heads,
			head_dim: d,
		})
	}

	/// Attention over `x` (`[rows, hidden]`: each batch entry's new positions at its span),
	/// each sequence against its own cache. The projections run once on all the rows.
	pub fn forward(
		&self,
		x: &Tensor,
		layer: usize,
		rotary: &Rotary,
		spans: &[RowSpan],
		masks: &[Option<Tensor>],
		batch: &mut [BatchEntry<'_>],
	) -> Result<Tensor> {
		let (queries, keys, values) = self.qkv.forward(x)?;
		let mut outputs = Vec::with_capacity(batch.len());
		for ((entry, span), mask) in batch.iter_mut().zip(spans).zip(masks) {
			let rows = |all: &Tensor| all.narrow(0, span.start, span.len);
			outputs.push(self.attend(
				&rows(&queries)?,
				&rows(&keys)?,
				&rows(&values)?,
				layer,
				rotary,
				mask.as_ref(),
				entry.cache,
			)?);
		}
		let out = if outputs.len() == 1 { outputs.remove(0) } else { Tensor::cat(&outputs, 0)? };
		self.o.forward(&out)
	}

	/// One sequence's attention from its projected rows (`[t, heads × head_dim]` queries,
	/// `[t, kv_heads × head_dim]` keys and values); returns `[t, heads × head_dim]`.
	#[allow(clippy::too_many_arguments)]
	fn attend(
		&self,
		queries: &Tensor,
		keys: &Tensor,
		values: &Tensor,
		layer: usize,
		rotary: &Rotary,
		mask: Option<&Tensor>,
		cache: &mut KvCache,
	) -> Result<Tensor> {
		let t = queries.dim(0)?;
		let (heads, kv_heads, d) = (self.num_heads, self.num_kv_heads, self.head_dim);
		let group = heads / kv_heads;
		let offset = cache.len();
		let split = |rows: &Tensor, n: usize| -> Result<Tensor> {
			Ok(rows.reshape((1, t, n, d))?.transpose(1, 2)?.contiguous()?)
		};
		let (mut q, mut k) = (split(queries, heads)?, split(keys, kv_heads)?);
		if let Some((q_norm, k_norm, eps)) = &self.qk_norm {
			q = candle_nn::ops::rms_norm(&q, q_norm, *eps)?;
			k = candle_nn::ops::rms_norm(&k, k_norm, *eps)?;
		}
		let q = rotary.apply(&q, offset)?;
		let k = rotary.apply(&k, offset)?;
		let v = split(values, kv_heads)?;
		let (keys, values) = cache.write(layer, &k, &v)?;
		if fused_attention::applies(&q, &keys, &values) {
			let shape = AttentionShape {
				group,
				offset,
				window: self.window,
				scale: self.scale as f32,
				softcap: self.softcap.map(|cap| cap as f32),
			};
			let out = fused_attention::attend(&q, &keys, &values, shape)?; // [1, heads, t, d]
			return Ok(out.transpose(1, 2)?.reshape((t, heads * d))?);
		}
		let s = keys.dim(2)?;
		// Query heads h = g * group + i read key/value head g: as [1, kv_heads, group * t, d].
		let q = q.reshape((1, kv_heads, group * t, d))?;
		let mut scores = (q.matmul(&keys.t()?)? * self.scale)?.to_dtype(DType::F32)?;
		if let Some(cap) = self.softcap {
			scores = softcap(&scores, cap)?;
		}
		let scores = match mask {
			Some(mask) => scores
				.reshape((1, kv_heads, group, t, s))?
				.broadcast_add(mask)?
				.reshape((1, kv_heads, group * t, s))?,
			None => scores,
		};
		let probabilities = candle_nn::ops::softmax_last_dim(&scores)?.to_dtype(values.dtype())?;
		let out = probabilities.matmul(&values)?; // [1, kv_heads, group * t, d]
		Ok(out.reshape((1, heads, t, d))?.transpose(1, 2)?.reshape((t, heads * d))?)
	}
}
