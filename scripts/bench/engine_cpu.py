#!/usr/bin/env python3
"""CPU benchmark: the engine (release build) against Hugging Face transformers (PyTorch) on the
same random-weight Mixtral, with the same threads, in one run.

    python3 scripts/bench/engine_cpu.py [--threads 2] [--prompt-tokens 512] [--batch 1,8,32]

For the engine in f32, q8_0 and q4k (quantized at load) and for transformers in f32: prefill
tokens/s for one prompt, and decode tokens/s with batches of sequences that each hold
`--context-tokens` positions, stepping together. Then the engine/transformers ratios, and
batch-1 decode against this machine's memory-bandwidth limit: the bandwidth is measured as
torch's copy of a 512 MiB tensor with the same threads (bytes read + written per second), and
the limit is that over the bytes one decoded token reads (attention, the router, two of eight
experts, the output projection, in each format).

The model: hidden 512, 8 layers, 8 experts (top 2) of width 1792, 8 query / 2 key-value heads,
vocabulary 32000, random weights from a fixed seed (built in a temporary folder). Needs torch,
transformers and safetensors (PyPI).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

from model import CPU, build_model, release_engine

LAYERS = 8
BYTES_PER_WEIGHT = {"f32": 4.0, "q8_0": 34 / 32, "q4k": 144 / 256}


def engine_bench(binary, folder, args, quant):
    command = [binary, "bench", "--model", folder, "--prompt-tokens", str(args.prompt_tokens),
               "--context-tokens", str(args.context_tokens), "--decode-steps", str(args.steps),
               "--batch", ",".join(map(str, args.batch))]
    if quant != "f32":
        command += ["--quant", quant]
    env = dict(os.environ, RAYON_NUM_THREADS=str(args.threads))
    report = json.loads(subprocess.run(command, env=env, check=True, capture_output=True,
                                       text=True).stdout)
    return {"prefill": report["prefill"]["tokens_per_s"],
            "decode": {d["batch"]: d["tokens_per_s"] for d in report["decode"]}}


def synthetic(n, salt, vocab):
    return [(i * 7919 + salt * 104729 + 3) % vocab for i in range(n)]


def transformers_bench(folder, args):
    import torch
    from transformers import MixtralForCausalLM
    torch.set_num_threads(args.threads)
    model = MixtralForCausalLM.from_pretrained(folder, dtype=torch.float32).eval()
    vocab = model.config.vocab_size
    figures = {"decode": {}}
    with torch.inference_mode():
        prompt = torch.tensor([synthetic(args.prompt_tokens, 2, vocab)])
        model(prompt[:, :8], use_cache=True)  # warm-up
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            model(prompt, use_cache=True)
            best = min(best, time.perf_counter() - start)
        figures["prefill"] = args.prompt_tokens / best
        for batch in args.batch:
            context = torch.tensor([synthetic(args.context_tokens, i + 3, vocab)
                                    for i in range(batch)])
            out = model(context, use_cache=True)
            past, token = out.past_key_values, out.logits[:, -1].argmax(-1, keepdim=True)
            out = model(token, past_key_values=past, use_cache=True)  # untimed step
            past, token = out.past_key_values, out.logits[:, -1].argmax(-1, keepdim=True)
            start = time.perf_counter()
            for _ in range(args.steps):
                out = model(token, past_key_values=past, use_cache=True)
                past, token = out.past_key_values, out.logits[:, -1].argmax(-1, keepdim=True)
            figures["decode"][batch] = batch * args.steps / (time.perf_counter() - start)
    return figures


def copy_bandwidth(threads):
    """Bytes read + written per second by torch's copy of a 512 MiB f32 tensor."""
    import torch
    torch.set_num_threads(threads)
    source = torch.ones(128 * 1024 * 1024)
    target = torch.empty_like(source)
    target.copy_(source)
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        target.copy_(source)
        best = min(best, time.perf_counter() - start)
    return 2 * source.numel() * 4 / best


def weights_per_token(dims):
    """Weights one decoded token reads: every layer's attention, router and two experts, the
    output projection; the embedding row and norms are negligible."""
    h, i, v = dims["hidden_size"], dims["intermediate_size"], dims["vocab_size"]
    head = h // dims["num_attention_heads"]
    attention = 2 * h * h + 2 * h * dims["num_key_value_heads"] * head
    experts = dims["num_experts_per_tok"] * 3 * h * i
    router = dims["num_local_experts"] * h
    return LAYERS * (attention + experts + router) + v * h


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--prompt-tokens", type=int, default=512)
    parser.add_argument("--context-tokens", type=int, default=128)
    parser.add_argument("--steps", type=int, default=16)
    parser.add_argument("--batch", default="1,8,32")
    parser.add_argument("--engine", default=None, help="gintonic-engine binary (release)")
    args = parser.parse_args()
    args.batch = [int(b) for b in args.batch.split(",")]
    binary = args.engine
    if binary is None:
        binary = release_engine()
    with tempfile.TemporaryDirectory() as folder:
        build_model(folder, CPU, LAYERS, initializer_range=0.05, context=4096)
        engine = {quant: engine_bench(binary, folder, args, quant) for quant in BYTES_PER_WEIGHT}
        reference = transformers_bench(folder, args)
    bandwidth = copy_bandwidth(args.threads)

    print(f"threads {args.threads}; prefill of {args.prompt_tokens} tokens; decode with "
          f"{args.context_tokens} cached tokens per sequence; tokens/s (ratio to transformers)")
    header = f"{'':22}{'prefill':>16}" + "".join(f"{'decode b=' + str(b):>18}" for b in args.batch)
    print(header)

    def row(name, figures):
        cells = [(figures["prefill"], reference["prefill"])]
        cells += [(figures["decode"][b], reference["decode"][b]) for b in args.batch]
        text = "".join(f"{value:9.1f} ({value / peer:4.2f})" for value, peer in cells)
        print(f"{name:22}{text}")

    row("transformers f32", reference)
    for quant, figures in engine.items():
        row(f"engine {quant}", figures)
    weights = weights_per_token(CPU)
    print(f"copy bandwidth {bandwidth / 1e9:.1f} GB/s (torch, {args.threads} threads, read + write)")
    for quant, figures in engine.items():
        limit = bandwidth / (weights * BYTES_PER_WEIGHT[quant])
        decode = figures["decode"].get(1)
        if decode:
            print(f"engine {quant}: batch-1 decode {decode:.1f} tok/s = {decode / limit:.0%} of the "
                  f"bandwidth limit {limit:.1f} tok/s ({weights * BYTES_PER_WEIGHT[quant] / 1e6:.1f} MB a token)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
