//! Element-wise functions built on tanh and exp — GELU's tanh approximation (Gemma's
//! feed-forward), soft-capping (`cap × tanh(x / cap)`, Gemma 2's scores and logits) and SiLU
//! (every other feed-forward) — which candle computes on the CPU with one scalar `tanhf` or
//! `expf` call per element: a fifth of a Gemma prefill. On the CPU in f32 they run here as one
//! pass each (the feed-forward's `act(gate) × up` in one pass, product included), tanh as a
//! rational approximation and exp as a polynomial, both of which vectorise (within 1e-6 of
//! `f32::tanh` and 2 units in the last place of `f32::exp`, tested), split across threads;
//! elsewhere as candle's ops. The attention kernel's softmax uses the same exp.

use super::contiguous_f32;
use crate::error::Result;
use crate::load::config::Activation;
use candle_core::{bail, CpuStorage, CustomOp1, CustomOp2, DType, Layout, Shape, Tensor};
use rayon::prelude::*;

/// Elements per task.
const CHUNK: usize = 1 << 14;

/// `act(gate) × up`, the gated feed-forward's activation: one pass on the CPU in f32 (no
/// activated copy of the gate, no separate product), candle's ops elsewhere.
pub fn gated_activation(gate: &Tensor, up: &Tensor, activation: Activation) -> Result<Tensor> {
	if !(on_cpu_in_f32(gate) && on_cpu_in_f32(up)) {
		let activated = match activation {
			Activation::Silu => gate.silu()?,
			Activation::GeluTanh => gate.gelu()?,
		};
		return Ok((activated * up)?);
	}
	let (gate, up) = (gate.contiguous()?, up.contiguous()?);
	Ok(match activation {
		Activation::Silu => gate.apply_op2_no_bwd(&up, &Gated { name: "swiglu", f: silu_of })?,
		Activation::GeluTanh => gate.apply_op2_no_bwd(&up, &Gated { name: "geglu", f: gelu })?,
	})
}

/// `cap × tanh(x / cap)`.
pub fn softcap(x: &Tensor, cap: f64) -> Result<Tensor> {
	if !on_cpu_in_f32(x) {
		return Ok(((x / cap)?.tanh()? * cap)?);
	}
	let cap = cap as f32;
	let capped = move |value: f32| cap * tanh(value / cap);
	Ok(x.contiguous()?.apply_op1_no_bwd(&Map { name: "softcap", f: capped })?)
}

fn on_cpu_in_f32(x: &Tensor) -> bool {
	x.device().is_cpu() && x.dtype() == DType::F32
}

/// `f` on every element.
struct Map<F> {
	name: &'static str,
	f: F,
}

impl<F: Fn(f32) -> f32 + Sync> CustomOp1 for Map<F> {
	fn name(&self) -> &'static str {
		self.name
	}

	fn cpu_fwd(
		&self,
		storage: &CpuStorage,
		layout: &Layout,
	) -> candle_core::Result<(CpuStorage, Shape)> {
		let input = contiguous_f32(storage, layout, self.name)?;
		let mut output = vec![0f32; input.len()];
		output
			.par_chunks_mut(CHUNK)
			.zip(input.par_chunks(CHUNK))
			.for_each(|(out, input)| pulp::Arch::new().dispatch(Chunk { f: &self.f, input, out }));
		Ok((CpuStorage::F32(output), layout.shape().clone()))
	}
}

/// `f(gate) × up` on every pair of elements.
struct Gated<F> {
	name: &'static str,
	f: F,
}

impl<F: Fn(f32) -> f32 + Sync> CustomOp2 for Gated<F> {
	fn name(&self) -> &'static str {
		self.name
	}

	fn cpu_fwd(
		&self,
		gate: &CpuStorage,
		gate_layout: &Layout,
		up: &CpuStorage,
		up_layout: &Layout,
	) -> candle_core::Result<(CpuStorage, Shape)> {
		let gate_values = contiguous_f32(gate, gate_layout, self.name)?;
		let up_values = contiguous_f32(up, up_layout, self.name)?;
		if gate_layout.shape() != up_layout.shape() {
			bail!("{}: gate {:?}, up {:?}", self.name, gate_layout.dims(), up_layout.dims())
		}
		let mut output = vec![0f32; gate_values.len()];
		output
			.par_chunks_mut(CHUNK)
			.zip(gate_values.par_chunks(CHUNK).zip(up_values.par_chunks(CHUNK)))
			.for_each(|(out, (gate, up))| {
				pulp::Arch::new().dispatch(GatedChunk { f: &self.f, gate, up, out })
			});
		Ok((CpuStorage::F32(output), gate_layout.shape().clone()))
	}
}

/// One task's pairs, compiled by pulp's dispatch like `Chunk`.
struct GatedChunk<'a, F> {
	f: &'a F,
	gate: &'a [f32],
	up: &'a [f32],
	out: &'a mut [f32],
}

impl<F: Fn(f32) -> f32> pulp::WithSimd for GatedChunk<'_, F> {
	type Output = ();

	#[inline(always)]
	fn with_simd<S: pulp::Simd>(self, _: S) {
		for (out, (gate, up)) in self.out.iter_mut().zip(self.gate.iter().zip(self.up)) {
			*out = (self.f)(*gate) * up;
		}
	}
}

/// One task's elements, compiled by pulp's dispatch for the CPU's vector instructions (a
/// closure given to `dispatch` is not inlined there and would run as SSE2).
struct Chunk<'a, F> {
	f: &'a F,
	input: &'a [f32],
	out: &'a mut [f32],
}

impl<F: Fn(f32) -> f32> pulp::WithSimd for Chunk<'_, F> {
	type Output = ();

	#[inline(always)]
	fn with_simd<S: pulp::Simd>(self, _: S) {
		for (out, value) in self.out.iter_mut().zip(self.input) {
			*out = (self.f)(*value);
		}
	}
}

/// `0.5 x (1 + tanh(√(2/π) (x + 0.044715 x³)))`.
#[inline(always)]
fn gelu(x: f32) -> f32 {
	const SQRT_2_OVER_PI: f32 = 0.797_884_6;
	0.5 * x * (1.0 + tanh(SQRT_2_OVER_PI * (x + 0.044_715 * x * x * x)))
}

/// `x / (1 + e^-x)`.
#[inline(always)]
pub(super) fn silu_of(x: f32) -> f32 {
	x / (1.0 + exp(-x))
}

/// tanh as an odd rational function of degree 13/6 on [-7.9, 7.9] (where f32 tanh reaches ±1),
/// with no branch or call, so a loop of it vectorises.
#[inline(always)]
pub(super) fn tanh(x: f32) -> f32 {
	const LIMIT: f32 = 7.905_311;
	const ALPHA: [f32; 7] = [
		-2.760_768_4e-16,
		2.000_188e-13,
		-8.604_672e-11,
		5.122_297_1e-8,
		1.485_722_4e-5,
		6.372_619_3e-4,
		4.893_524_6e-3,
	];
	const BETA: [f32; 4] = [1.198_258_4e-6, 1.185_347_1e-4, 2.268_434_6e-3, 4.893_525e-3];
	let x = x.clamp(-LIMIT, LIMIT);
	let x2 = x * x;
	let p = ALPHA.iter().fold(0.0, |p, alpha| p * x2 + alpha);
	let q = BETA.iter().fold(0.0, |q, beta| q * x2 + beta);
	x * p / q
}

/// e^x to within 2 units in the last place, 0 below -87.3 (where f32's e^x becomes subnormal)
/// and for -∞, with no branch or call, so a loop of it vectorises: x = n ln 2 + r with
/// |r| ≤ ln 2 / 2, e^r by its Taylor polynomial of degree 7, 2^n put in the exponent bits.
#[inline(always)]
pub(super) fn exp(x: f32) -> f32 {
	const LOWEST: f32 = -87.3;
	const HIGHEST: f32 = 88.7;
	const LN2_HIGH: f32 = 0.693_145_75;
	const LN2_LOW: f32 = 1.428_606_8e-6;
	let clamped = x.clamp(LOWEST, HIGHEST);
	let n = (clamped * std::f32::consts::LOG2_E + 0.5).floor();
	let r = clamped - n * LN2_HIGH - n * LN2_LOW;
	const TAYLOR: [f32; 8] =
		[1.0 / 5040.0, 1.0 / 720.0, 1.0 / 120.0, 1.0 / 24.0, 1.0 / 6.0, 0.5, 1.0, 1.0];
	let polynomial = TAYLOR.iter().fold(0.0, |p, c| p * r + c);
	let power = f32::from_bits(((n as i32 + 127) << 23) as u32);
	if x < LOWEST {
		0.0
	} else {
		polynomial * power
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use candle_core::Device;

	#[test]
	fn tanh_is_within_a_millionth_of_the_library_one() {
		let mut largest = 0f32;
		for step in -200_000..=200_000 {
			let x = step as f32 * 1e-4;
			largest = largest.max((tanh(x) - x.tanh()).abs());
		}
		for x in [-1e30f32, -50.0, 50.0, 1e30] {
			assert_eq!(tanh(x), x.tanh(), "{x}");
		}
		assert!(largest < 1e-6, "{largest}");
	}

	#[test]
	fn exp_is_within_two_units_in_the_last_place() {
		for step in -87_000..=88_000 {
			let x = step as f32 * 1e-3;
			let (ours, library) = (exp(x), x.exp());
			assert!(
				(ours - library).abs() <= 2.0 * f32::EPSILON * library,
				"{x}: {ours} {library}"
			);
		}
		assert_eq!(exp(f32::NEG_INFINITY), 0.0);
		assert_eq!(exp(-100.0), 0.0);
		assert_eq!(exp(0.0), 1.0);
	}

	/// On the CPU in f32 (this module's path) and through candle (another dtype), the same
	/// values, in the input's shape.
	#[test]
	fn ops_equal_candles() -> Result<()> {
		let x = (Tensor::randn(0f32, 3.0, (3, 50_000), &Device::Cpu)? * 2.0)?;
		let half_x = (&x * 0.5)?;
		let ones = x.ones_like()?;
		let pairs = [
			(gated_activation(&x, &ones, Activation::GeluTanh)?, x.gelu()?),
			(gated_activation(&x, &ones, Activation::Silu)?, x.silu()?),
			(softcap(&x, 2.5)?, ((&x / 2.5)?.tanh()? * 2.5)?),
			(gated_activation(&x, &half_x, Activation::Silu)?, (x.silu()? * &half_x)?),
			(gated_activation(&x, &half_x, Activation::GeluTanh)?, (x.gelu()? * &half_x)?),
		];
		for (ours, candles) in pairs {
			assert_eq!(ours.dims(), x.dims());
			let difference = (ours - candles)?.abs()?.max_all()?.to_scalar::<f32>()?;
			assert!(difference < 1e-5, "{difference}");
		}
		let (wide, wide_half) = (x.to_dtype(DType::F64)?, half_x.to_dtype(DType::F64)?);
		let through_candle =
			gated_activation(&wide, &wide_half, Activation::GeluTanh)?.to_dtype(DType::F32)?;
		let expected = (x.gelu()? * &half_x)?;
		let difference = (through_candle - expected)?.abs()?.max_all()?.to_scalar::<f32>()?;
		assert!(difference < 1e-5, "{difference}");
		Ok(())
	}
}
