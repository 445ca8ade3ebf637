//! Hugging Face tensors as llama.cpp's converter writes them into a GGUF file: its tensor
//! names per architecture, query and key rows reordered for its interleaved rotary (the `llama`
//! architecture), experts stacked per layer, Gemma's norms stored as `1 + w`.

use candle_core::{
	quantized::{gguf_file, GgmlDType, QTensor},
	DType, Tensor,
};
use std::{
	collections::{BTreeMap, HashMap},
	path::Path,
};

/// llama.cpp's reordering of a query or key projection's rows for its interleaved rotary.
pub fn permute(weight: &Tensor, heads: usize) -> Tensor {
	let (rows, columns) = weight.dims2().unwrap();
	weight
		.reshape((heads, 2, rows / heads / 2, columns))
		.unwrap()
		.transpose(1, 2)
		.unwrap()
		.contiguous()
		.unwrap()
		.reshape((rows, columns))
		.unwrap()
}

/// `tensor` in q8_0 blocks.
pub fn q8(tensor: &Tensor) -> QTensor {
	QTensor::quantize(tensor, GgmlDType::Q8_0).unwrap()
}

/// `tensor` as f32.
pub fn f32_tensor(tensor: &Tensor) -> QTensor {
	QTensor::quantize(&tensor.to_dtype(DType::F32).unwrap(), GgmlDType::F32).unwrap()
}

/// llama.cpp's name for Hugging Face tensor `name` in a file of `architecture`; an expert's
/// projection gives its stack's name.
pub fn llama_cpp_name(architecture: &str, name: &str) -> String {
	let fixed = [
		("model.embed_tokens.weight", "token_embd.weight"),
		("model.norm.weight", "output_norm.weight"),
		("lm_head.weight", "output.weight"),
	];
	if let Some((_, gguf)) = fixed.iter().find(|(hf, _)| *hf == name) {
		return gguf.to_string();
	}
	let rest = name.strip_prefix("model.layers.").unwrap();
	let (layer, part) = rest.split_once('.').unwrap();
	if let Some(expert) = part.strip_prefix("mlp.experts.") {
		let kind = expert.split('.').nth(1).unwrap().trim_end_matches("_proj");
		return format!("blk.{layer}.ffn_{kind}_exps.weight");
	}
	let after_attention = match architecture.starts_with("gemma") {
		true => "post_attention_norm.",
		false => "ffn_norm.",
	};
	let parts = [
		("input_layernorm.", "attn_norm."),
		("post_attention_layernorm.", after_attention),
		("pre_feedforward_layernorm.", "ffn_norm."),
		("post_feedforward_layernorm.", "post_ffw_norm."),
		("self_attn.q_proj.", "attn_q."),
		("self_attn.k_proj.", "attn_k."),
		("self_attn.v_proj.", "attn_v."),
		("self_attn.qkv_proj.", "attn_qkv."),
		("self_attn.o_proj.", "attn_output."),
		("self_attn.q_norm.", "attn_q_norm."),
		("self_attn.k_norm.", "attn_k_norm."),
		("mlp.gate_proj.", "ffn_gate."),
		("mlp.up_proj.", "ffn_up."),
		("mlp.gate_up_proj.", "ffn_up."),
		("mlp.down_proj.", "ffn_down."),
		("mlp.gate.", "ffn_gate_inp."),
	];
	let (hf, gguf) = parts.iter().find(|(hf, _)| part.starts_with(hf)).unwrap();
	format!("blk.{layer}.{gguf}{}", &part[hf.len()..])
}

/// The file's tensors, in f32: each Hugging Face tensor under llama.cpp's name, the experts of
/// a layer stacked `[experts, rows, columns]` in expert order; for the `llama` architecture,
/// query and key rows reordered (`heads`: the query's and the key's head counts); for Gemma,
/// every norm plus one.
pub fn llama_cpp_tensors(
	architecture: &str,
	tensors: &HashMap<String, Tensor>,
	heads: (usize, usize),
) -> Vec<(String, QTensor)> {
	let mut stacks: BTreeMap<String, Vec<(usize, Tensor)>> = BTreeMap::new();
	let mut out = Vec::new();
	for (name, tensor) in tensors {
		let gguf = llama_cpp_name(architecture, name);
		let mut tensor = tensor.to_dtype(DType::F32).unwrap();
		if architecture.starts_with("gemma") && name.ends_with("norm.weight") {
			tensor = (tensor + 1.0).unwrap();
		}
		if architecture == "llama" && name.ends_with("q_proj.weight") {
			tensor = permute(&tensor, heads.0);
		}
		if architecture == "llama" && name.ends_with("k_proj.weight") {
			tensor = permute(&tensor, heads.1);
		}
		match name.split_once(".mlp.experts.") {
			Some((_, rest)) => {
				let expert: usize = rest.split('.').next().unwrap().parse().unwrap();
				stacks.entry(gguf).or_default().push((expert, tensor));
			}
			None => out.push((gguf, f32_tensor(&tensor))),
		}
	}
	for (gguf, mut experts) in stacks {
		experts.sort_by_key(|(expert, _)| *expert);
		let experts: Vec<Tensor> = experts.into_iter().map(|(_, tensor)| tensor).collect();
		out.push((gguf, f32_tensor(&Tensor::stack(&experts, 0).unwrap())));
	}
	out
}

/// Writes a GGUF file at `path`.
pub fn write(path: &Path, metadata: &[(String, gguf_file::Value)], tensors: &[(String, QTensor)]) {
	let metadata: Vec<(&str, &gguf_file::Value)> =
		metadata.iter().map(|(key, value)| (key.as_str(), value)).collect();
	let tensors: Vec<(&str, &QTensor)> =
		tensors.iter().map(|(name, tensor)| (name.as_str(), tensor)).collect();
	gguf_file::write(&mut std::fs::File::create(path).unwrap(), &metadata, &tensors).unwrap();
}
