#!/usr/bin/env python3
"""GPU benchmark: the engine (built with `--features cuda`) against Hugging Face transformers
on the same full-width Mixtral-8x7B layers, the same GPU and the same random weights, in one
run, beside the memory-bandwidth limit.

    python3 scripts/bench/engine_gpu.py --engine path/to/gintonic-engine [--layers 8]
        [--device cuda:0] [--dtype bf16] [--quant q8_0] [--prompt-tokens 512] [--batch 1,8,32]
        [--json out.json]

The model: hidden 4096, 8 experts (top 2) of width 14336, 32 query / 8 key-value heads,
vocabulary 32000, `--layers` of Mixtral's 32 layers (all 32 need 93 GB in bf16: 8 take 23 GB),
random weights from a fixed seed, the Mistral v1 tokenizer of the test fixtures. Reported:
- time to first token for a `--prompt-tokens` prompt, and decode tokens/s at each batch size
  (every sequence has `--context-tokens` cached), for the layers measured and scaled to the
  full 32-layer model (time × 32 / layers: the output projection's share is scaled too, so
  the scaled figures are slightly pessimistic for both);
- the bandwidth limit: device copy bandwidth (torch, read + write) over the bytes a decode
  step must read at batch 1 (attention and router weights, the two chosen experts of every
  layer, the output projection): the most tokens/s any implementation can reach;
- engine / transformers ratios.

`--quant q8_0|q4k` quantizes the engine's weights at load (transformers stays in `--dtype`,
the peer), and the bandwidth limit counts the quantized bytes.

`--small` runs the same pipeline on a tiny model on the CPU in f32, to check the script
without a GPU; `--cpu` runs it on the CPU benchmark's model (scripts/bench/engine_cpu.py:
hidden 512, 8 layers, f32), unscaled, with `--threads` threads for both. Needs the PyPI packages torch, transformers and safetensors.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

from model import CPU, FULL, SMALL, build_model, torch_dtype

FULL_LAYERS = 32


def dtype_argument(name):
    """transformers 5 calls it `dtype`, earlier releases `torch_dtype`."""
    import transformers
    major = int(transformers.__version__.split(".")[0])
    return {"dtype" if major >= 5 else "torch_dtype": torch_dtype(name)}


def synchronize(device):
    import torch
    if device.startswith("cuda"):
        torch.cuda.synchronize()


def run_engine(binary, folder, args):
    out = subprocess.run(
        [binary, "bench", "--model", folder, "--device", args.device, "--dtype", args.dtype,
         "--prompt-tokens", str(args.prompt_tokens), "--context-tokens", str(args.context_tokens),
         "--decode-steps", str(args.decode_steps), "--batch", ",".join(map(str, args.batch))]
        + (["--quant", args.quant] if args.quant else []),
        check=True, capture_output=True, text=True).stdout
    report = json.loads(out)
    return {"ttft_ms": report["prefill"]["ms"],
            "decode": {d["batch"]: d["tokens_per_s"] for d in report["decode"]}}


def run_transformers(folder, args):
    import torch
    from transformers import MixtralForCausalLM
    # Loaded on the host, then moved: device_map would need the accelerate package.
    model = MixtralForCausalLM.from_pretrained(folder, **dtype_argument(args.dtype))
    model = model.to(args.device).eval()
    vocab = model.config.vocab_size
    generator = torch.Generator().manual_seed(1)

    def tokens(batch, n):
        return torch.randint(3, vocab, (batch, n), generator=generator).to(args.device)

    with torch.inference_mode():
        model(tokens(1, 8), use_cache=True)  # warm-up
        best = float("inf")
        prompt = tokens(1, args.prompt_tokens)
        for _ in range(3):
            synchronize(args.device)
            start = time.perf_counter()
            model(prompt, use_cache=True).logits[:, -1].float().cpu()
            best = min(best, time.perf_counter() - start)
        decode = {}
        for batch in args.batch:
            out = model(tokens(batch, args.context_tokens), use_cache=True)
            past, nxt = out.past_key_values, out.logits[:, -1:].argmax(-1)
            out = model(nxt, past_key_values=past, use_cache=True)  # untimed step
            past, nxt = out.past_key_values, out.logits[:, -1:].argmax(-1)
            synchronize(args.device)
            start = time.perf_counter()
            for _ in range(args.decode_steps):
                out = model(nxt, past_key_values=past, use_cache=True)
                past, nxt = out.past_key_values, out.logits[:, -1:].argmax(-1)
                nxt.cpu()  # the engine, too, brings each step's tokens to the host
            elapsed = time.perf_counter() - start
            decode[batch] = batch * args.decode_steps / elapsed
            del out, past
    del model
    if args.device.startswith("cuda"):
        torch.cuda.empty_cache()
    return {"ttft_ms": best * 1e3, "decode": decode}


def copy_bandwidth(device, dtype):
    """Bytes per second of a device-to-device copy, reads plus writes."""
    import torch
    n = (1 << 30) if device.startswith("cuda") else (1 << 26)
    src = torch.empty(n, dtype=torch.uint8, device=device)
    dst = torch.empty_like(src)
    dst.copy_(src)
    synchronize(device)
    start = time.perf_counter()
    for _ in range(10):
        dst.copy_(src)
    synchronize(device)
    return 2 * n * 10 / (time.perf_counter() - start)


def active_bytes(dims, layers, dtype, quant=None):
    """Weights one batch-1 decode step reads: attention, router and two experts per layer (the
    projections in `quant`'s blocks when quantized)."""
    h, i, e, k = (dims["hidden_size"], dims["intermediate_size"], dims["num_local_experts"],
                  dims["num_experts_per_tok"])
    head_dim = h // dims["num_attention_heads"]
    kv = dims["num_key_value_heads"] * head_dim
    per_layer = 2 * h * h + 2 * h * kv + e * h + k * 3 * h * i + 2 * h
    size = {"bf16": 2, "f16": 2, "f32": 4}[dtype]
    if quant:
        size = {"q8_0": 34 / 32, "q4k": 144 / 256}[quant]
    return (layers * per_layer + dims["vocab_size"] * h + h) * size


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--engine", required=True, help="gintonic-engine built with --features cuda")
    parser.add_argument("--layers", type=int, default=8)
    parser.add_argument("--device", default="cuda:0")
    parser.add_argument("--dtype", default="bf16", choices=["bf16", "f16", "f32"])
    parser.add_argument("--quant", choices=["q8_0", "q4k"], help="quantize the engine's weights")
    parser.add_argument("--prompt-tokens", type=int, default=512)
    parser.add_argument("--context-tokens", type=int, default=128)
    parser.add_argument("--decode-steps", type=int, default=32)
    parser.add_argument("--batch", type=lambda s: [int(b) for b in s.split(",")], default=[1, 8, 32])
    parser.add_argument("--small", action="store_true", help="tiny model, CPU, f32: a smoke run")
    parser.add_argument("--cpu", action="store_true", help="the CPU benchmark's model, CPU, f32")
    parser.add_argument("--threads", type=int, default=2, help="CPU threads (with --cpu)")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--keep", help="build the model in this folder and keep it")
    args = parser.parse_args()
    dims = FULL
    if args.small:
        dims, args.device, args.dtype, args.layers = SMALL, "cpu", "f32", 2
    if args.cpu:
        dims, args.device, args.dtype, args.layers = CPU, "cpu", "f32", 8
    if args.device == "cpu":
        import torch
        torch.set_num_threads(args.threads)
        os.environ["RAYON_NUM_THREADS"] = str(args.threads)
    folder = args.keep or tempfile.mkdtemp(prefix="gintonic-bench-")
    try:
        if not os.path.exists(os.path.join(folder, "config.json")):
            build_model(folder, dims, args.layers, args.dtype, args.device)
        engine = run_engine(args.engine, folder, args)
        reference = run_transformers(folder, args)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    bandwidth = copy_bandwidth(args.device, args.dtype)
    # Scaled to Mixtral's 32 layers only for its full-width layers.
    full_layers = FULL_LAYERS if dims is FULL else args.layers
    scale = args.layers / full_layers
    full_bytes = active_bytes(dims, full_layers, args.dtype, args.quant)
    figures = {
        "device": args.device, "dtype": args.dtype, "quant": args.quant,
        "layers_measured": args.layers,
        "prompt_tokens": args.prompt_tokens, "context_tokens": args.context_tokens,
        "copy_bandwidth_gb_s": bandwidth / 1e9,
        "active_gb_per_token_full_model": full_bytes / 1e9,
        "bandwidth_limit_tokens_per_s_full_model": bandwidth / full_bytes,
        "engine": engine, "transformers": reference,
        "full_model": {
            name: {"ttft_ms": r["ttft_ms"] / scale,
                   "decode": {b: tps * scale for b, tps in r["decode"].items()}}
            for name, r in (("engine", engine), ("transformers", reference))},
    }
    full = figures["full_model"]
    print(f"{args.device} {args.quant or args.dtype}: {args.layers} of {full_layers} layers measured; "
          f"figures per {full_layers}-layer model")
    print(f"{'':22}{'engine':>12}{'transformers':>14}{'ratio':>8}")
    e, t = full["engine"]["ttft_ms"], full["transformers"]["ttft_ms"]
    print(f"{'TTFT ' + str(args.prompt_tokens) + ' tok (ms)':22}{e:12.1f}{t:14.1f}{t / e:8.2f}")
    for batch in args.batch:
        e, t = full["engine"]["decode"][batch], full["transformers"]["decode"][batch]
        print(f"{'decode tok/s, batch ' + str(batch):22}{e:12.1f}{t:14.1f}{e / t:8.2f}")
    limit = figures["bandwidth_limit_tokens_per_s_full_model"]
    print(f"bandwidth limit at batch 1: {limit:.1f} tok/s ({bandwidth / 1e9:.0f} GB/s copy, "
          f"{full_bytes / 1e9:.1f} GB read per token); engine at "
          f"{full['engine']['decode'][args.batch[0]] / limit:.0%} of it")
    if args.json:
        with open(args.json, "w") as out:
            json.dump(figures, out, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
