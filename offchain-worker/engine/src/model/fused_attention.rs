//! Attention on the CPU in f32 as one pass per block of query positions: scores, the scale,
//! soft-capping, the causal and sliding-window limits, the softmax and the weighted sum of the
//! values, over tiles of keys with a running maximum and sum (the online softmax of
//! FlashAttention). Built from candle's ops, the same attention writes the whole score matrix
//! four times (scaled, masked, exponentiated, normalised: each a fresh buffer of
//! `heads × t × s` floats) and computes the scores of the positions the mask then hides; here
//! nothing larger than a tile is written, keys a block cannot see are skipped, and the
//! exponential vectorises (`elementwise::exp`). A 512-token prefill of the CPU benchmark's
//! model spends about a third of the time in attention it did.

use super::{elementwise, few_rows::dot_rows, mask::first_visible};
use crate::error::Result;
use candle_core::{bail, CpuStorage, CustomOp3, DType, Layout, Shape, Tensor};
use rayon::prelude::*;

/// Query positions per task (times the query heads per key/value head: its rows).
const QUERY_BLOCK: usize = 16;
/// Query positions × keys from which the tasks run in parallel.
const PARALLEL_WORK: usize = 16 * 1024;
/// Up to this many query rows (a decoding step's query heads of a group), the scores are dot
/// products of each key with the rows; more go through the tile's transposed keys.
const FEW_ROWS: usize = 8;
/// Keys per tile.
const KEY_TILE: usize = 128;
/// Rows of the product kernel's register block (by two vectors of columns: 12 of AVX2's 16
/// registers, or of AVX-512's 32, hold the sums).
const BLOCK_ROWS: usize = 6;

/// What the scores are computed with.
#[derive(Clone, Copy, Debug)]
pub struct AttentionShape {
	/// Query heads per key/value head.
	pub group: usize,
	/// Positions already in the cache before the queries' first one.
	pub offset: usize,
	/// The sliding window, when the layer has one.
	pub window: Option<usize>,
	/// The scores' factor.
	pub scale: f32,
	/// `cap × tanh(score / cap)` after the scale, when set.
	pub softcap: Option<f32>,
}

/// Whether `queries`, `keys` and `values` take this path: f32 on the CPU.
pub fn applies(queries: &Tensor, keys: &Tensor, values: &Tensor) -> bool {
	queries.device().is_cpu()
		&& [queries, keys, values].iter().all(|tensor| tensor.dtype() == DType::F32)
}

/// Attention of `queries` (`[1, heads, t, d]`, the positions after `shape.offset`) over
/// `keys` and `values` (`[1, kv_heads, s, d]`, every position up to the queries' last one;
/// each head's rows contiguous, as the KV cache's views are). Returns `[1, heads, t, d]`.
pub fn attend(
	queries: &Tensor,
	keys: &Tensor,
	values: &Tensor,
	shape: AttentionShape,
) -> Result<Tensor> {
	Ok(queries.contiguous()?.apply_op3_no_bwd(keys, values, &FusedAttention(shape))?)
}

struct FusedAttention(AttentionShape);

/// A `[1, heads, rows, d]` operand: its values from its first element, and the distance
/// between heads.
struct Heads<'a> {
	values: &'a [f32],
	head_stride: usize,
}

impl<'a> Heads<'a> {
	fn of(storage: &'a CpuStorage, layout: &Layout, d: usize) -> candle_core::Result<Self> {
		let CpuStorage::F32(values) = storage else { bail!("fused attention takes f32") };
		let stride = layout.stride();
		if layout.dims().len() != 4 || stride[3] != 1 || stride[2] != d {
			bail!("fused attention: each head's rows must be contiguous ({stride:?})")
		}
		Ok(Self { values: &values[layout.start_offset()..], head_stride: stride[1] })
	}

	/// Rows `from..from + count` of head `head`.
	fn rows(&self, head: usize, from: usize, count: usize, d: usize) -> &'a [f32] {
		let start = head * self.head_stride + from * d;
		&self.values[start..start + count * d]
	}
}

impl CustomOp3 for FusedAttention {
	fn name(&self) -> &'static str {
		"fused-attention"
	}

	fn cpu_fwd(
		&self,
		queries: &CpuStorage,
		queries_layout: &Layout,
		keys: &CpuStorage,
		keys_layout: &Layout,
		values: &CpuStorage,
		values_layout: &Layout,
	) -> candle_core::Result<(CpuStorage, Shape)> {
		let shape = self.0;
		let (_, heads, t, d) = queries_layout.shape().dims4()?;
		let (_, kv_heads, s, key_d) = keys_layout.shape().dims4()?;
		if values_layout.dims() != keys_layout.dims()
			|| key_d != d
			|| kv_heads * shape.group != heads
			|| s != shape.offset + t
		{
			bail!(
				"fused attention: queries {:?}, keys {:?}, values {:?}, {shape:?}",
				queries_layout.dims(),
				keys_layout.dims(),
				values_layout.dims()
			)
		}
		let queries = Heads::of(queries, queries_layout, d)?;
		let keys = Heads::of(keys, keys_layout, d)?;
		let values = Heads::of(values, values_layout, d)?;
		let blocks = t.div_ceil(QUERY_BLOCK);
		// Each task: one key/value head and a block of positions, the rows of all the query
		// heads that read that key/value head, so its keys are put in tiles once for them.
		let run_task = |task: usize| {
			let (kv_head, block) = (task / blocks, task % blocks);
			let first = block * QUERY_BLOCK;
			let positions = QUERY_BLOCK.min(t - first);
			let heads_of_group = kv_head * shape.group..(kv_head + 1) * shape.group;
			let task = Task {
				queries: heads_of_group
					.flat_map(|head| queries.rows(head, first, positions, d))
					.copied()
					.collect(),
				positions,
				keys: keys.rows(kv_head, 0, s, d),
				values: values.rows(kv_head, 0, s, d),
				first_position: shape.offset + first,
				d,
				shape,
			};
			let mut out = vec![0f32; task.queries.len()];
			pulp::Arch::new().dispatch(Run { task: &task, out: &mut out });
			out
		};
		// A decoding step's few tasks are too small to be worth handing to other threads.
		let results: Vec<Vec<f32>> = match t * s >= PARALLEL_WORK {
			true => (0..kv_heads * blocks).into_par_iter().map(run_task).collect(),
			false => (0..kv_heads * blocks).map(run_task).collect(),
		};
		// Back to `[heads, t, d]`.
		let mut out = vec![0f32; heads * t * d];
		for (task, result) in results.iter().enumerate() {
			let (kv_head, block) = (task / blocks, task % blocks);
			let first = block * QUERY_BLOCK;
			let positions = QUERY_BLOCK.min(t - first);
			for (i, rows) in result.chunks_exact(positions * d).enumerate() {
				let start = ((kv_head * shape.group + i) * t + first) * d;
				out[start..start + rows.len()].copy_from_slice(rows);
			}
		}
		Ok((CpuStorage::F32(out), Shape::from((1, heads, t, d))))
	}
}

/// A task and its output, run with the instruction set pulp finds (its `WithSimd` is inlined
/// into a function compiled for AVX2 and FMA, or AVX-512, where the CPU has them).
struct Run<'a, 'b> {
	task: &'b Task<'a>,
	out: &'b mut [f32],
}

impl pulp::WithSimd for Run<'_, '_> {
	type Output = ();

	#[inline(always)]
	fn with_simd<S: pulp::Simd>(self, simd: S) {
		self.task.run(simd, self.out)
	}
}

/// One key/value head's block of query positions.
struct Task<'a> {
	/// `[group × positions, d]`: the rows of each query head of the group in turn.
	queries: Vec<f32>,
	/// Positions in the block.
	positions: usize,
	/// The head's keys and values, `[s, d]`.
	keys: &'a [f32],
	values: &'a [f32],
	/// The position of the first query row.
	first_position: usize,
	d: usize,
	shape: AttentionShape,
}

impl Task<'_> {
	/// Fills `out` (`[rows, d]`).
	#[inline(always)]
	fn run<S: pulp::Simd>(&self, simd: S, out: &mut [f32]) {
		let (d, rows) = (self.d, self.queries.len() / self.d);
		let last_position = self.first_position + self.positions - 1;
		let mut maximum = vec![f32::NEG_INFINITY; rows];
		let mut sum = vec![0f32; rows];
		let mut keys_by_dimension = vec![0f32; if rows > FEW_ROWS { d * KEY_TILE } else { 0 }];
		let mut scores = vec![0f32; rows * KEY_TILE];
		let from = first_visible(self.first_position, self.shape.window);
		for tile_start in (from..=last_position).step_by(KEY_TILE) {
			let width = KEY_TILE.min(last_position + 1 - tile_start);
			let tile_keys = &self.keys[tile_start * d..(tile_start + width) * d];
			let scores = &mut scores[..rows * width];
			if rows <= FEW_ROWS {
				// A decoding step: each key against the few query rows, no transpose.
				for (key, key_values) in tile_keys.chunks_exact(d).enumerate() {
					dot_rows(simd, key_values, &self.queries, |row, score| {
						scores[row * width + key] = score
					});
				}
			} else {
				transpose_into(tile_keys, d, &mut keys_by_dimension[..d * width]);
				scores.fill(0.0);
				accumulate_product(
					simd,
					Operand { values: &self.queries, stride: d },
					Operand { values: &keys_by_dimension, stride: width },
					scores,
					width,
					d,
				);
			}
			for (row, row_scores) in scores.chunks_exact_mut(width).enumerate() {
				let position = self.first_position + row % self.positions;
				let visible_from = first_visible(position, self.shape.window);
				self.score_row(row_scores, tile_start, visible_from, position);
				let (old, tile_largest) = (maximum[row], largest(simd, row_scores));
				if tile_largest == f32::NEG_INFINITY {
					row_scores.fill(0.0);
					continue;
				}
				let new = old.max(tile_largest);
				let rescale = elementwise::exp(old - new);
				sum[row] = sum[row] * rescale + exponentiate(simd, row_scores, new);
				maximum[row] = new;
				for value in &mut out[row * d..(row + 1) * d] {
					*value *= rescale;
				}
			}
			let tile_values = &self.values[tile_start * d..(tile_start + width) * d];
			accumulate_product(
				simd,
				Operand { values: scores, stride: width },
				Operand { values: tile_values, stride: d },
				out,
				d,
				width,
			);
		}
		for (row_out, total) in out.chunks_exact_mut(d).zip(&sum) {
			let inverse = 1.0 / total;
			for value in row_out {
				*value *= inverse;
			}
		}
	}

	/// Scales (and caps) one row of a tile's scores in place and sets the keys the position
	/// does not see to -∞.
	#[inline(always)]
	fn score_row(
		&self,
		scores: &mut [f32],
		tile_start: usize,
		visible_from: usize,
		position: usize,
	) {
		let scale = self.shape.scale;
		match self.shape.softcap {
			Some(cap) => {
				scores.iter_mut().for_each(|s| *s = cap * elementwise::tanh(*s * scale / cap))
			}
			None => scores.iter_mut().for_each(|s| *s *= scale),
		}
		let tile_end = tile_start + scores.len();
		let hidden_before = visible_from.clamp(tile_start, tile_end) - tile_start;
		let hidden_after = tile_end - (position + 1).clamp(tile_start, tile_end);
		scores[..hidden_before].fill(f32::NEG_INFINITY);
		let width = scores.len();
		scores[width - hidden_after..].fill(f32::NEG_INFINITY);
	}
}

/// The largest of `values` (-∞ for none), a vector at a time.
#[inline(always)]
fn largest<S: pulp::Simd>(simd: S, values: &[f32]) -> f32 {
	let (vectors, rest) = S::as_simd_f32s(values);
	let mut largest = simd.splat_f32s(f32::NEG_INFINITY);
	for vector in vectors {
		largest = simd.max_f32s(largest, *vector);
	}
	rest.iter().fold(simd.reduce_max_f32s(largest), |largest, value| largest.max(*value))
}

/// Replaces each of `values` by `e^(value - shift)` and returns their sum: the exponentials
/// as one loop the compiler vectorises, the sum a vector at a time (a running scalar sum
/// would hold the loop to one element at a time).
#[inline(always)]
fn exponentiate<S: pulp::Simd>(simd: S, values: &mut [f32], shift: f32) -> f32 {
	for value in values.iter_mut() {
		*value = elementwise::exp(*value - shift);
	}
	let (vectors, rest) = S::as_simd_f32s(values);
	let mut sum = simd.splat_f32s(0.0);
	for vector in vectors {
		sum = simd.add_f32s(sum, *vector);
	}
	simd.reduce_sum_f32s(sum) + rest.iter().sum::<f32>()
}

/// A row-major matrix: its values and the distance between rows.
#[derive(Clone, Copy)]
struct Operand<'a> {
	values: &'a [f32],
	stride: usize,
}

/// `c += a @ b` for `a` `[rows, depth]`, `b` `[depth, columns]` and `c` `[rows, columns]`
/// (contiguous), in blocks of up to `BLOCK_ROWS` rows by two vectors of columns held in
/// registers while the depth runs: each vector of `b` is loaded once for all the block's rows,
/// and the block's sums are independent chains of fused multiply-adds.
#[inline(always)]
fn accumulate_product<S: pulp::Simd>(
	simd: S,
	a: Operand<'_>,
	b: Operand<'_>,
	c: &mut [f32],
	columns: usize,
	depth: usize,
) {
	let rows = c.len() / columns;
	let block_columns = 2 * S::F32_LANES;
	let mut row = 0;
	while row < rows {
		let block_rows = BLOCK_ROWS.min(rows - row);
		let mut column = 0;
		while column + block_columns <= columns {
			let at = (row, column, columns, depth);
			match block_rows {
				6 => block::<S, 6>(simd, a, b, c, at),
				5 => block::<S, 5>(simd, a, b, c, at),
				4 => block::<S, 4>(simd, a, b, c, at),
				3 => block::<S, 3>(simd, a, b, c, at),
				2 => block::<S, 2>(simd, a, b, c, at),
				_ => block::<S, 1>(simd, a, b, c, at),
			}
			column += block_columns;
		}
		if column < columns {
			edge_block(a, b, c, (row, block_rows), (column, columns - column), columns, depth);
		}
		row += block_rows;
	}
}

/// One register block of `accumulate_product`: `R` rows from `row`, two vectors of columns
/// from `column` (`at`: row, column, the columns of `c`, the depth).
#[inline(always)]
fn block<S: pulp::Simd, const R: usize>(
	simd: S,
	a: Operand<'_>,
	b: Operand<'_>,
	c: &mut [f32],
	(row, column, columns, depth): (usize, usize, usize, usize),
) {
	let width = 2 * S::F32_LANES;
	let a_rows: [&[f32]; R] =
		std::array::from_fn(|r| &a.values[(row + r) * a.stride..(row + r) * a.stride + depth]);
	let mut sums = [[simd.splat_f32s(0.0); 2]; R];
	for k in 0..depth {
		let start = k * b.stride + column;
		let (&[first, second], _) = S::as_simd_f32s(&b.values[start..start + width]) else {
			return;
		};
		for (sums, a_row) in sums.iter_mut().zip(&a_rows) {
			let a_value = simd.splat_f32s(a_row[k]);
			sums[0] = simd.mul_add_e_f32s(a_value, first, sums[0]);
			sums[1] = simd.mul_add_e_f32s(a_value, second, sums[1]);
		}
	}
	for (r, sums) in sums.iter().enumerate() {
		let start = (row + r) * columns + column;
		let (c_vectors, _) = S::as_mut_simd_f32s(&mut c[start..start + width]);
		for (value, sum) in c_vectors.iter_mut().zip(sums) {
			*value = simd.add_f32s(*value, *sum);
		}
	}
}

/// A partial block at the bottom or right edge, element by element.
#[inline(always)]
fn edge_block(
	a: Operand<'_>,
	b: Operand<'_>,
	c: &mut [f32],
	(row, rows): (usize, usize),
	(column, width): (usize, usize),
	columns: usize,
	depth: usize,
) {
	for r in row..row + rows {
		let a_row = &a.values[r * a.stride..r * a.stride + depth];
		for j in column..column + width {
			let dot = a_row.iter().enumerate().fold(
				0f32,
				#[inline(always)]
				|sum, (k, a_value)| a_value.mul_add(b.values[k * b.stride + j], sum),
			);
			c[r * columns + j] += dot;
		}
	}
}

/// Writes `rows` (`[n, d]`) as `[d, n]` into `out`.
#[inline(always)]
fn transpose_into(rows: &[f32], d: usize, out: &mut [f32]) {
	let n = rows.len() / d;
	for (j, row) in rows.chunks_exact(d).enumerate() {
		for (dimension, value) in row.iter().enumerate() {
			out[dimension * n + j] = *value;
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::model::mask::attention_mask;
	use candle_core::Device;

	/// The same attention through candle's ops: scores, scale, cap, mask, softmax, values.
	fn reference(q: &Tensor, k: &Tensor, v: &Tensor, shape: AttentionShape) -> Result<Tensor> {
		let (_, heads, t, d) = q.dims4()?;
		let kv_heads = k.dim(1)?;
		let s = k.dim(2)?;
		let group = heads / kv_heads;
		let q = q.reshape((1, kv_heads, group * t, d))?;
		let mut scores = (q.matmul(&k.t()?)? * shape.scale as f64)?;
		if let Some(cap) = shape.softcap {
			scores = ((scores / cap as f64)?.tanh()? * cap as f64)?;
		}
		if let Some(mask) = attention_mask(t, shape.offset, shape.window, &Device::Cpu)? {
			scores = scores
				.reshape((1, kv_heads, group, t, s))?
				.broadcast_add(&mask)?
				.reshape((1, kv_heads, group * t, s))?;
		}
		let probabilities = candle_nn::ops::softmax_last_dim(&scores)?;
		Ok(probabilities.matmul(v)?.reshape((1, heads, t, d))?)
	}

	/// Prefill, chunks after cached positions, single decoding steps, a sliding window shorter
	/// than the tiles and one across them, soft-capping, head sizes off the register block,
	/// keys and values as views into a larger cache: equal to candle's ops within f32
	/// rounding.
	#[test]
	fn equals_candles_attention() -> Result<()> {
		let device = Device::Cpu;
		let cases = [
			// (heads, kv_heads, d, offset, t, window, softcap)
			(8, 2, 64, 0, 300, None, None),
			(4, 4, 16, 37, 45, None, None),
			(6, 2, 24, 299, 1, None, None),
			(4, 1, 32, 0, 200, Some(5), None),
			(4, 2, 64, 150, 100, Some(140), None),
			(2, 1, 20, 10, 33, None, Some(5.0)),
			(2, 2, 8, 0, 1, None, None),
		];
		for (heads, kv_heads, d, offset, t, window, softcap) in cases {
			let capacity = offset + t + 7;
			let q = Tensor::randn(0f32, 1.0, (1, heads, t, d), &device)?;
			let cache_k = Tensor::randn(0f32, 1.0, (1, kv_heads, capacity, d), &device)?;
			let cache_v = Tensor::randn(0f32, 1.0, (1, kv_heads, capacity, d), &device)?;
			let (k, v) = (cache_k.narrow(2, 0, offset + t)?, cache_v.narrow(2, 0, offset + t)?);
			let shape = AttentionShape {
				group: heads / kv_heads,
				offset,
				window,
				scale: 1.0 / (d as f32).sqrt(),
				softcap,
			};
			assert!(applies(&q, &k, &v));
			let ours = attend(&q, &k, &v, shape)?;
			let expected = reference(&q, &k.contiguous()?, &v.contiguous()?, shape)?;
			assert_eq!(ours.dims(), expected.dims());
			let difference = (ours - expected)?.abs()?.max_all()?.to_scalar::<f32>()?;
			assert!(difference < 1e-5, "{shape:?} heads {heads} d {d} t {t}: {difference}");
		}
		Ok(())
	}

	/// Shapes that do not fit are refused with an error, not a panic.
	#[test]
	fn refuses_mismatched_shapes() -> Result<()> {
		let device = Device::Cpu;
		let q = Tensor::zeros((1, 4, 3, 8), DType::F32, &device)?;
		let k = Tensor::zeros((1, 2, 5, 8), DType::F32, &device)?;
		let shape = AttentionShape { group: 2, offset: 1, window: None, scale: 1.0, softcap: None };
		assert!(attend(&q, &k, &k, shape).is_err(), "s is not offset + t");
		assert!(attend(&q, &k, &k, AttentionShape { offset: 2, group: 3, ..shape }).is_err());
		assert!(attend(&q, &k, &k, AttentionShape { offset: 2, ..shape }).is_ok());
		Ok(())
	}
}
