//! The rotary settings of config.json: the base, and the scaling of its frequencies for a
//! longer context (`rope_scaling` as Hugging Face folders carry it, `rope_parameters` as
//! transformers 5 writes it; the same keys in both): linear, Llama 3's, and Phi's LongRoPE;
//! and per-frequency factors as GGUF files carry them.

use crate::error::{EngineError, Result};
use serde::Deserialize;

/// How the rotary frequencies are rescaled.
#[derive(Clone, Debug, PartialEq)]
pub enum RopeScaling {
	/// Every frequency divided by `factor`.
	Linear {
		/// The divisor.
		factor: f64,
	},
	/// Llama 3's: low frequencies divided by `factor`, high ones kept, the band between
	/// interpolated.
	Llama3 {
		/// The divisor of the low frequencies.
		factor: f64,
		/// Wavelengths above `original_context / low_freq_factor` are low.
		low_freq_factor: f64,
		/// Wavelengths below `original_context / high_freq_factor` are high.
		high_freq_factor: f64,
		/// The context the model was trained at before the extension.
		original_context: f64,
	},
	/// Phi-3's and Phi-4's LongRoPE: each frequency divided by its own factor, the short ones
	/// while a sequence is within the original context and the long ones once it is past it,
	/// and cos and sin multiplied by `attention_factor`.
	LongRope {
		/// Per-frequency divisors within the original context.
		short_factor: Vec<f64>,
		/// Per-frequency divisors past it.
		long_factor: Vec<f64>,
		/// The context the model was trained at before the extension.
		original_context: usize,
		/// The factor on cos and sin.
		attention_factor: f64,
	},
	/// Each frequency divided by its own factor, whatever the length: how a GGUF file stores
	/// Llama 3's scaling (`rope_freqs`, computed by llama.cpp's converter).
	Factors(Vec<f64>),
}

/// The rotary frequencies of a layer: the base and its rescaling.
#[derive(Clone, Debug, PartialEq)]
pub struct RopeFrequencies {
	/// The base (`rope_theta`).
	pub theta: f64,
	/// How the frequencies are rescaled for a longer context, if they are.
	pub scaling: Option<RopeScaling>,
}

/// `rope_parameters` as transformers 5 writes it: one set for every layer, or one per layer
/// type (Gemma 3: full-attention layers keep the global base and any scaling, sliding ones a
/// local base).
#[derive(Debug)]
pub(crate) enum RopeParameters {
	/// Per layer type.
	PerLayerType { full_attention: RopeSettings, sliding_attention: RopeSettings },
	/// One set for every layer.
	Shared(RopeSettings),
}

impl RopeParameters {
	/// Reads either form from config.json's value (not an untagged serde enum: with
	/// serde_json's `arbitrary_precision`, which other crates of a build may turn on, numbers
	/// inside an untagged enum fail to read).
	pub(crate) fn from_value(value: serde_json::Value, file: &str) -> Result<Self> {
		let read = |value: Option<serde_json::Value>| -> Result<RopeSettings> {
			match value {
				None => Ok(RopeSettings::default()),
				Some(value) => serde_json::from_value(value)
					.map_err(|e| EngineError::config(file, format!("rope_parameters: {e}"))),
			}
		};
		match value {
			serde_json::Value::Object(mut map) if map.contains_key("full_attention") => {
				Ok(Self::PerLayerType {
					full_attention: read(map.remove("full_attention"))?,
					sliding_attention: read(map.remove("sliding_attention"))?,
				})
			}
			value => Ok(Self::Shared(read(Some(value))?)),
		}
	}
}

/// Either form of the settings.
#[derive(Debug, Deserialize, Default)]
pub(crate) struct RopeSettings {
	#[serde(alias = "type")]
	rope_type: Option<String>,
	pub(crate) rope_theta: Option<f64>,
	factor: Option<f64>,
	low_freq_factor: Option<f64>,
	high_freq_factor: Option<f64>,
	original_max_position_embeddings: Option<f64>,
	long_factor: Option<Vec<f64>>,
	short_factor: Option<Vec<f64>>,
	attention_factor: Option<f64>,
	/// Phi's share of each head that rotates (transformers 5 writes it here too).
	pub(crate) partial_rotary_factor: Option<f64>,
}

impl RopeSettings {
	/// The scaling these settings ask for, for a model of `context` positions trained at
	/// `original_context` (Phi's hub folders carry that beside `rope_scaling`); a kind the
	/// engine does not run is an error naming it, never a silent plain rotary.
	pub(crate) fn scaling(
		&self,
		file: &str,
		context: usize,
		original_context: Option<f64>,
	) -> Result<Option<RopeScaling>> {
		let need = |name: &str, value: Option<f64>| {
			value.filter(|v| v.is_finite() && *v > 0.0).ok_or_else(|| {
				EngineError::config(file, format!("rope scaling needs a positive {name}"))
			})
		};
		match self.rope_type.as_deref() {
			None | Some("default") => Ok(None),
			Some("linear") => {
				Ok(Some(RopeScaling::Linear { factor: need("factor", self.factor)? }))
			}
			Some("llama3") => {
				let (low, high) = (
					need("low_freq_factor", self.low_freq_factor)?,
					need("high_freq_factor", self.high_freq_factor)?,
				);
				if high <= low {
					return Err(EngineError::config(
						file,
						"rope scaling needs high_freq_factor above low_freq_factor",
					));
				}
				Ok(Some(RopeScaling::Llama3 {
					factor: need("factor", self.factor)?,
					low_freq_factor: low,
					high_freq_factor: high,
					original_context: need(
						"original_max_position_embeddings",
						self.original_max_position_embeddings,
					)?,
				}))
			}
			Some("longrope") => {
				let factors = |name: &str, factors: &Option<Vec<f64>>| match factors {
					Some(f) if f.iter().all(|v| v.is_finite() && *v > 0.0) => Ok(f.clone()),
					_ => Err(EngineError::config(
						file,
						format!("longrope needs a {name} of positive numbers"),
					)),
				};
				let original = need(
					"original_max_position_embeddings",
					self.original_max_position_embeddings.or(original_context),
				)?;
				// As transformers: the factor defaults to the context's growth, and the
				// attention factor to √(1 + ln factor / ln original).
				let factor = self.factor.unwrap_or(context as f64 / original);
				let attention_factor = match self.attention_factor {
					Some(given) => need("attention_factor", Some(given))?,
					None if factor <= 1.0 => 1.0,
					None => (1.0 + factor.ln() / original.ln()).sqrt(),
				};
				Ok(Some(RopeScaling::LongRope {
					short_factor: factors("short_factor", &self.short_factor)?,
					long_factor: factors("long_factor", &self.long_factor)?,
					original_context: original as usize,
					attention_factor,
				}))
			}
			Some(other) => Err(EngineError::config(
				file,
				format!(
					"rope scaling {other:?} is not supported (linear, llama3 and longrope are)"
				),
			)),
		}
	}
}

impl RopeFrequencies {
	/// The inverse frequencies of a rotary over `rotary_dim` dimensions, rescaled; `long`
	/// takes LongRoPE's long factors (the others ignore it).
	pub fn inv_freqs(&self, rotary_dim: usize, long: bool) -> Vec<f64> {
		(0..rotary_dim / 2)
			.map(|i| {
				let inv_freq = 1.0 / self.theta.powf(2.0 * i as f64 / rotary_dim as f64);
				self.scaling.as_ref().map_or(inv_freq, |s| s.apply(inv_freq, i, long))
			})
			.collect()
	}

	/// Sequences longer than this take LongRoPE's long factors; `None` when the frequencies
	/// do not depend on the length.
	pub fn long_after(&self) -> Option<usize> {
		match &self.scaling {
			Some(RopeScaling::LongRope { original_context, .. }) => Some(*original_context),
			_ => None,
		}
	}

	/// The factor on cos and sin (LongRoPE's attention factor, 1 otherwise).
	pub fn magnitude(&self) -> f64 {
		match &self.scaling {
			Some(RopeScaling::LongRope { attention_factor, .. }) => *attention_factor,
			_ => 1.0,
		}
	}
}

impl RopeScaling {
	/// Frequency `index`, `inv_freq` before scaling, rescaled (transformers'
	/// `_compute_llama3_parameters`, `_compute_longrope_parameters` and linear scaling).
	pub fn apply(&self, inv_freq: f64, index: usize, long: bool) -> f64 {
		match self {
			Self::Linear { factor } => inv_freq / factor,
			Self::LongRope { short_factor, long_factor, .. } => {
				let factors = if long { long_factor } else { short_factor };
				inv_freq / factors.get(index).copied().unwrap_or(1.0)
			}
			Self::Factors(factors) => inv_freq / factors.get(index).copied().unwrap_or(1.0),
			&Self::Llama3 { factor, low_freq_factor, high_freq_factor, original_context } => {
				let wavelength = 2.0 * std::f64::consts::PI / inv_freq;
				if wavelength < original_context / high_freq_factor {
					inv_freq
				} else if wavelength > original_context / low_freq_factor {
					inv_freq / factor
				} else {
					let smooth = (original_context / wavelength - low_freq_factor)
						/ (high_freq_factor - low_freq_factor);
					(1.0 - smooth) * inv_freq / factor + smooth * inv_freq
				}
			}
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn llama3() -> RopeScaling {
		RopeScaling::Llama3 {
			factor: 8.0,
			low_freq_factor: 1.0,
			high_freq_factor: 4.0,
			original_context: 8192.0,
		}
	}

	#[test]
	fn llama3_keeps_high_divides_low_and_blends_between() {
		let scaling = llama3();
		let high = 2.0 * std::f64::consts::PI / 100.0; // wavelength 100 < 8192 / 4
		assert_eq!(scaling.apply(high, 0, false), high);
		let low = 2.0 * std::f64::consts::PI / 10_000.0; // wavelength 10000 > 8192
		assert_eq!(scaling.apply(low, 0, false), low / 8.0);
		let middle = 2.0 * std::f64::consts::PI / 4096.0; // smooth = (2 - 1) / 3
		let expected = (2.0 / 3.0) * middle / 8.0 + (1.0 / 3.0) * middle;
		assert!((scaling.apply(middle, 0, false) - expected).abs() < 1e-15);
	}

	#[test]
	fn longrope_takes_its_factors_by_length_and_the_default_attention_factor() {
		let settings: RopeSettings = serde_json::from_str(
			r#"{"type": "longrope", "short_factor": [1.0, 2.0], "long_factor": [4.0, 8.0]}"#,
		)
		.expect("json");
		// Phi-3-mini-128k: 131072 positions from 4096, so √(1 + ln 32 / ln 4096).
		let scaling = settings.scaling("c", 131072, Some(4096.0)).expect("valid");
		let rope = RopeFrequencies { theta: 10_000.0, scaling };
		assert_eq!(rope.long_after(), Some(4096));
		assert!((rope.magnitude() - (1.0f64 + 32f64.ln() / 4096f64.ln()).sqrt()).abs() < 1e-12);
		let plain = RopeFrequencies { theta: 10_000.0, scaling: None }.inv_freqs(4, false);
		assert_eq!(rope.inv_freqs(4, false), vec![plain[0], plain[1] / 2.0]);
		assert_eq!(rope.inv_freqs(4, true), vec![plain[0] / 4.0, plain[1] / 8.0]);
		assert!(settings.scaling("c", 131072, None).is_err(), "no original context");
		let negative: RopeSettings = serde_json::from_str(
			r#"{"type": "longrope", "short_factor": [1.0, -2.0], "long_factor": [4.0, 8.0]}"#,
		)
		.expect("json");
		assert!(negative.scaling("c", 131072, Some(4096.0)).is_err());
	}

	#[test]
	fn settings_read_both_forms_and_refuse_what_is_not_run() {
		let read = |json: &str| serde_json::from_str::<RopeSettings>(json).expect("json");
		let scaling = read(
			r#"{"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
			"high_freq_factor": 4.0, "original_max_position_embeddings": 8192}"#,
		)
		.scaling("config.json", 131072, None)
		.expect("valid");
		assert_eq!(scaling, Some(llama3()));
		let linear =
			read(r#"{"type": "linear", "factor": 2.0}"#).scaling("c", 131072, None).expect("valid");
		assert_eq!(linear, Some(RopeScaling::Linear { factor: 2.0 }));
		let dynamic = read(r#"{"type": "dynamic", "factor": 2.0}"#).scaling("c", 131072, None);
		assert!(dynamic.is_err_and(|e| e.to_string().contains("\"dynamic\" is not supported")));
		assert!(read(r#"{"rope_type": "llama3", "factor": 8.0}"#)
			.scaling("c", 131072, None)
			.is_err());
		assert_eq!(
			read(r#"{"rope_type": "default"}"#).scaling("c", 131072, None).expect("valid"),
			None
		);
	}
}
