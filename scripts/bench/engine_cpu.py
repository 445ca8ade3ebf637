#!/usr/bin/env python3
"""CPU benchmark: the engine (release build) against Hugging Face transformers (PyTorch) on the
same random-weight Mixtral, the same prompt and the same number of threads, in one run.

    python3 scripts/bench/engine_cpu.py [--threads 2] [--prompt-tokens 128] [--new-tokens 32]

Prints prefill (prompt) and decode tokens/s for both and the engine/transformers ratios. Both
run in f32, greedy, batch 1; their greedy tokens are compared too. The model: hidden 512,
8 layers, 8 experts (top 2) of width 1792, 8 query / 2 key-value heads, the Mistral v1
tokenizer, random weights from a fixed seed (built in a temporary folder).
Needs the PyPI packages of scripts/fixtures/tiny_models.py.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

from model import CPU, ROOT, build_model


def prompt_text(tokenizer, tokens):
    words = ("The quick brown fox jumps over the lazy dog while GPU miners sell inference "
             "on a chain that records every answer. ").split()
    text, i = "", 0
    while len(tokenizer(text).input_ids) < tokens:
        text += words[i % len(words)] + " "
        i += 1
    return text.strip()


def run_engine(binary, folder, text, new_tokens, threads):
    env = dict(os.environ, RAYON_NUM_THREADS=str(threads))
    out = subprocess.run([binary, "generate", "--model", folder, "--prompt", text,
                          "--temperature", "0", "--max-tokens", str(new_tokens), "--json"],
                         env=env, check=True, capture_output=True, text=True).stdout
    result = json.loads(out)
    usage = result["usage"]
    prefill_s = usage["prefill_us"] / 1e6
    decode_s = usage["gpu_ms"] / 1e3 - prefill_s
    return {"prompt_tokens": usage["prompt_tokens"],
            "prefill_tps": usage["prompt_tokens"] / prefill_s,
            "decode_tps": (usage["completion_tokens"] - 1) / decode_s,
            "tokens": result["tokens"]}


def run_transformers(folder, text, new_tokens, threads):
    import torch
    from transformers import AutoTokenizer, MixtralForCausalLM
    torch.set_num_threads(threads)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = MixtralForCausalLM.from_pretrained(folder, torch_dtype=torch.float32).eval()
    ids = torch.tensor([tokenizer(text).input_ids])
    with torch.inference_mode():
        start = time.perf_counter()
        out = model(ids, use_cache=True)
        prefill_s = time.perf_counter() - start
        past, token, tokens = out.past_key_values, out.logits[0, -1].argmax(), []
        start = time.perf_counter()
        for _ in range(new_tokens - 1):
            tokens.append(int(token))
            out = model(token.view(1, 1), past_key_values=past, use_cache=True)
            past, token = out.past_key_values, out.logits[0, -1].argmax()
        decode_s = time.perf_counter() - start
        tokens.append(int(token))
    return {"prompt_tokens": ids.shape[1], "prefill_tps": ids.shape[1] / prefill_s,
            "decode_tps": (new_tokens - 1) / decode_s, "tokens": tokens}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--prompt-tokens", type=int, default=128)
    parser.add_argument("--new-tokens", type=int, default=32)
    parser.add_argument("--engine", default=None, help="gintonic-engine binary (release)")
    args = parser.parse_args()
    binary = args.engine
    if binary is None:
        target = os.environ.get("CARGO_TARGET_DIR", os.path.expanduser("~/.cache/gintonic/target"))
        subprocess.run(["cargo", "build", "--release", "-p", "gintonic-engine"], cwd=ROOT, check=True)
        binary = os.path.join(target, "release", "gintonic-engine")
    from transformers import AutoTokenizer
    with tempfile.TemporaryDirectory() as folder:
        build_model(folder, CPU, 8, initializer_range=0.05, context=4096)
        text = prompt_text(AutoTokenizer.from_pretrained(folder), args.prompt_tokens)
        run_engine(binary, folder, text, 2, args.threads)  # warm the page cache
        engine = run_engine(binary, folder, text, args.new_tokens, args.threads)
        reference = run_transformers(folder, text, args.new_tokens, args.threads)
    print(f"threads {args.threads}, prompt {engine['prompt_tokens']} tokens, {args.new_tokens} new, f32")
    print(f"{'':14}{'prefill tok/s':>15}{'decode tok/s':>15}")
    for name, r in (("engine", engine), ("transformers", reference)):
        print(f"{name:14}{r['prefill_tps']:15.1f}{r['decode_tps']:15.1f}")
    print(f"{'ratio':14}{engine['prefill_tps'] / reference['prefill_tps']:15.2f}"
          f"{engine['decode_tps'] / reference['decode_tps']:15.2f}")
    same = engine["tokens"] == reference["tokens"]
    print("greedy tokens equal:", same)
    return 0


if __name__ == "__main__":
    sys.exit(main())
