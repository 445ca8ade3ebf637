#!/usr/bin/env python3
"""CPU decode speed per model family: the engine (release build) against transformers on the
same random weights, same threads, one run.

    python3 scripts/bench/families_cpu.py [--threads 2] [--engine path/to/gintonic-engine]

Each family at one benchmark size (hidden 512, 8 layers, 8 query / 2 key-value heads, vocabulary
32000; the MoE ones with 8 experts of width 512, top 2): prefill of 128 tokens and decode at
batch 1 with 128 cached tokens, f32. Prints tokens/s for both and the ratio. Needs torch,
transformers and safetensors (PyPI).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import torch
import transformers

from model import ROOT, release_engine

COMMON = dict(vocab_size=32000, hidden_size=512, intermediate_size=1792, num_hidden_layers=8,
              num_attention_heads=8, num_key_value_heads=2, max_position_embeddings=4096,
              initializer_range=0.05)
FAMILIES = {
    "llama3": ("LlamaConfig", "LlamaForCausalLM", dict(
        rope_theta=500000.0, tie_word_embeddings=True,
        rope_scaling={"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
                      "high_freq_factor": 4.0, "original_max_position_embeddings": 1024})),
    "qwen2": ("Qwen2Config", "Qwen2ForCausalLM", dict(tie_word_embeddings=True)),
    "qwen3": ("Qwen3Config", "Qwen3ForCausalLM", dict(head_dim=64, tie_word_embeddings=True)),
    "qwen3_moe": ("Qwen3MoeConfig", "Qwen3MoeForCausalLM", dict(
        head_dim=64, num_experts=8, num_experts_per_tok=2, moe_intermediate_size=512,
        norm_topk_prob=True, tie_word_embeddings=False)),
    "gemma2": ("Gemma2Config", "Gemma2ForCausalLM", dict(
        head_dim=64, query_pre_attn_scalar=64, sliding_window=64, tie_word_embeddings=True,
        attn_implementation="eager")),
    "gemma3": ("Gemma3TextConfig", "Gemma3ForCausalLM", dict(
        head_dim=64, query_pre_attn_scalar=64, sliding_window=64, tie_word_embeddings=True,
        attn_implementation="eager")),
    "phi3": ("Phi3Config", "Phi3ForCausalLM", dict(
        partial_rotary_factor=0.75, pad_token_id=0, sliding_window=None,
        tie_word_embeddings=False)),
}
PROMPT, CONTEXT, STEPS = 128, 128, 16


def build(folder, family):
    config_name, model_name, extra = FAMILIES[family]
    config = getattr(transformers, config_name)(**COMMON, **extra)
    torch.manual_seed(0)
    getattr(transformers, model_name)(config).eval().save_pretrained(folder)
    fixture = os.path.join(ROOT, "offchain-worker", "engine", "tests", "fixtures", "tiny-llama")
    for name in ("tokenizer.json", "tokenizer_config.json"):
        with open(os.path.join(fixture, name), "rb") as src, \
                open(os.path.join(folder, name), "wb") as dst:
            dst.write(src.read())
    return getattr(transformers, model_name)


def engine(binary, folder, threads):
    out = subprocess.run([binary, "bench", "--model", folder, "--prompt-tokens", str(PROMPT),
                          "--context-tokens", str(CONTEXT), "--decode-steps", str(STEPS),
                          "--batch", "1"], check=True, capture_output=True, text=True,
                         env=dict(os.environ, RAYON_NUM_THREADS=str(threads))).stdout
    report = json.loads(out)
    return report["prefill"]["tokens_per_s"], report["decode"][0]["tokens_per_s"]


def reference(model_class, folder, threads):
    torch.set_num_threads(threads)
    model = model_class.from_pretrained(folder, dtype=torch.float32).eval()
    vocab = model.config.vocab_size
    ids = torch.tensor([[(i * 7919 + 3) % vocab for i in range(PROMPT)]])
    with torch.inference_mode():
        model(ids[:, :8])
        start = time.perf_counter()
        out = model(ids, use_cache=True)
        prefill = PROMPT / (time.perf_counter() - start)
        past, token = out.past_key_values, out.logits[:, -1].argmax(-1, keepdim=True)
        out = model(token, past_key_values=past, use_cache=True)
        past, token = out.past_key_values, out.logits[:, -1].argmax(-1, keepdim=True)
        start = time.perf_counter()
        for _ in range(STEPS):
            out = model(token, past_key_values=past, use_cache=True)
            past, token = out.past_key_values, out.logits[:, -1].argmax(-1, keepdim=True)
        decode = STEPS / (time.perf_counter() - start)
    return prefill, decode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--engine", default=None, help="gintonic-engine binary (release)")
    args = parser.parse_args()
    binary = args.engine
    if binary is None:
        binary = release_engine()
    print(f"threads {args.threads}; f32; prefill {PROMPT} tokens, decode batch 1 after {CONTEXT}")
    print(f"{'family':12}{'engine prefill':>16}{'transformers':>14}{'ratio':>7}"
          f"{'engine decode':>15}{'transformers':>14}{'ratio':>7}")
    for family in FAMILIES:
        with tempfile.TemporaryDirectory() as folder:
            model_class = build(folder, family)
            ours = engine(binary, folder, args.threads)
            theirs = reference(model_class, folder, args.threads)
        print(f"{family:12}{ours[0]:16.1f}{theirs[0]:14.1f}{ours[0] / theirs[0]:7.2f}"
              f"{ours[1]:15.1f}{theirs[1]:14.1f}{ours[1] / theirs[1]:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
