//! The rotary settings of config.json: the base, and the scaling of its frequencies for a
//! longer context (`rope_scaling` as Hugging Face folders carry it, `rope_parameters` as
//! transformers 5 writes it; the same keys in both).

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
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(crate) enum RopeParameters {
	/// Per layer type (tried first: a shared set would accept any map).
	PerLayerType { full_attention: RopeSettings, sliding_attention: RopeSettings },
	/// One set for every layer.
	Shared(RopeSettings),
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
	/// Phi's share of each head that rotates (transformers 5 writes it here too).
	pub(crate) partial_rotary_factor: Option<f64>,
}

impl RopeSettings {
	/// The scaling these settings ask for; a kind the engine does not run is an error naming
	/// it, never a silent plain rotary.
	pub(crate) fn scaling(&self, file: &str) -> Result<Option<RopeScaling>> {
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
			Some(other) => Err(EngineError::config(
				file,
				format!("rope scaling {other:?} is not supported (linear and llama3 are)"),
			)),
		}
	}
}

impl RopeScaling {
	/// The frequency `inv_freq` rescaled (transformers' `_compute_llama3_parameters` and
	/// linear scaling).
	pub fn apply(&self, inv_freq: f64) -> f64 {
		match *self {
			Self::Linear { factor } => inv_freq / factor,
			Self::Llama3 { factor, low_freq_factor, high_freq_factor, original_context } => {
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
		assert_eq!(scaling.apply(high), high);
		let low = 2.0 * std::f64::consts::PI / 10_000.0; // wavelength 10000 > 8192
		assert_eq!(scaling.apply(low), low / 8.0);
		let middle = 2.0 * std::f64::consts::PI / 4096.0; // smooth = (2 - 1) / 3
		let expected = (2.0 / 3.0) * middle / 8.0 + (1.0 / 3.0) * middle;
		assert!((scaling.apply(middle) - expected).abs() < 1e-15);
	}

	#[test]
	fn settings_read_both_forms_and_refuse_what_is_not_run() {
		let read = |json: &str| serde_json::from_str::<RopeSettings>(json).expect("json");
		let scaling = read(
			r#"{"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
			"high_freq_factor": 4.0, "original_max_position_embeddings": 8192}"#,
		)
		.scaling("config.json")
		.expect("valid");
		assert_eq!(scaling, Some(llama3()));
		let linear = read(r#"{"type": "linear", "factor": 2.0}"#).scaling("c").expect("valid");
		assert_eq!(linear, Some(RopeScaling::Linear { factor: 2.0 }));
		let dynamic = read(r#"{"type": "dynamic", "factor": 2.0}"#).scaling("c");
		assert!(dynamic.is_err_and(|e| e.to_string().contains("\"dynamic\" is not supported")));
		assert!(read(r#"{"rope_type": "llama3", "factor": 8.0}"#).scaling("c").is_err());
		assert_eq!(read(r#"{"rope_type": "default"}"#).scaling("c").expect("valid"), None);
	}
}
