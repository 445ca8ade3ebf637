"""The random-weight Mixtral folders the benchmark scripts measure: shared by engine_cpu.py and
engine_gpu.py. Weights from a fixed seed, the real config schema, the Mistral v1 tokenizer of
the engine's test fixtures."""
import os
import shutil

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# Mixtral-8x7B's layer widths.
FULL = dict(vocab_size=32000, hidden_size=4096, intermediate_size=14336,
            num_attention_heads=32, num_key_value_heads=8, num_local_experts=8,
            num_experts_per_tok=2)
# The CPU benchmark's model.
CPU = dict(vocab_size=32000, hidden_size=512, intermediate_size=1792,
           num_attention_heads=8, num_key_value_heads=2, num_local_experts=8,
           num_experts_per_tok=2)
# A smoke-test model.
SMALL = dict(vocab_size=32000, hidden_size=256, intermediate_size=512,
             num_attention_heads=8, num_key_value_heads=2, num_local_experts=8,
             num_experts_per_tok=2)


def release_engine():
    """Builds the release `gintonic-engine` (in $CARGO_TARGET_DIR, by default the project's
    shared target folder outside the clone) and returns its path."""
    import subprocess
    target = os.environ.get("CARGO_TARGET_DIR", os.path.expanduser("~/.cache/gintonic/target"))
    subprocess.run(["cargo", "build", "--release", "-p", "gintonic-engine"], cwd=ROOT, check=True,
                   env=dict(os.environ, CARGO_TARGET_DIR=target))
    return os.path.join(target, "release", "gintonic-engine")


def torch_dtype(name):
    import torch
    return {"bf16": torch.bfloat16, "f16": torch.float16, "f32": torch.float32}[name]


def build_model(folder, dims, layers, dtype="f32", device="cpu", initializer_range=0.02,
                context=32768):
    """Writes a Mixtral of `layers` layers with random weights (seed 0) as safetensors, built
    on `device` in `dtype`, with the fixtures' tokenizer."""
    import torch
    from transformers import MixtralConfig, MixtralForCausalLM
    config = MixtralConfig(**dims, num_hidden_layers=layers, max_position_embeddings=context,
                           rope_theta=1e6, sliding_window=None, tie_word_embeddings=False,
                           initializer_range=initializer_range)
    torch.manual_seed(0)
    with torch.device(device):
        model = MixtralForCausalLM(config).to(torch_dtype(dtype)).eval()
    model.save_pretrained(folder, safe_serialization=True, max_shard_size="5GB")
    del model
    if device.startswith("cuda"):
        torch.cuda.empty_cache()
    fixture = os.path.join(ROOT, "offchain-worker", "engine", "tests", "fixtures", "tiny-mixtral")
    for name in ("tokenizer.json", "tokenizer_config.json"):
        shutil.copy(os.path.join(fixture, name), folder)
