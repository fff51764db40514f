"""Full training runs with a tiny random LlamaForCausalLM: only where transformers, peft and accelerate import."""

import importlib.util
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT_DIR = os.path.dirname(HERE)
MISSING = [name for name in ("transformers", "peft", "accelerate", "tokenizers") if importlib.util.find_spec(name) is None]
SKIP_REASON = "needs %s (pip install transformers peft accelerate)" % ", ".join(MISSING)


def build_tiny_model(directory, max_positions=512):
    """A 2-layer Llama with random weights and a byte-level tokenizer (one token a byte), saved like a Hub model."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    alphabet = sorted(pre_tokenizers.ByteLevel.alphabet())
    vocabulary = {character: index for index, character in enumerate(alphabet)}
    specials = ["<s>", "<|EOT|>", "<pad>"]
    for token in specials:
        vocabulary[token] = len(vocabulary)
    backend = Tokenizer(models.BPE(vocab=vocabulary, merges=[]))
    backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    backend.decoder = decoders.ByteLevel()
    backend.add_special_tokens(specials)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, bos_token="<s>", eos_token="<|EOT|>", pad_token="<pad>")
    tokenizer.save_pretrained(directory)
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(vocabulary), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=4, max_position_embeddings=max_positions,
        bos_token_id=vocabulary["<s>"], eos_token_id=vocabulary["<|EOT|>"], pad_token_id=vocabulary["<pad>"],
    )
    LlamaForCausalLM(config).save_pretrained(directory)


def write_job(workdir, base, method, epochs=3):
    os.makedirs(os.path.join(workdir, "data"), exist_ok=True)
    prompt = "### Instruction:\n[BEGIN OF QUERY]\nweather in Paris?\n[END OF QUERY]\n### Response:\n"
    completion = '{"tool_calls": [{"name": "get_weather", "arguments": {"city": "Paris"}}]}<|EOT|>'
    with open(os.path.join(workdir, "data", "train.jsonl"), "w", encoding="utf-8") as handle:
        for index in range(8):
            handle.write(json.dumps({"id": str(index), "prompt": prompt, "completion": completion}) + "\n")
    config = {
        "runId": "tiny", "baseModel": base, "promptFormat": "xlam-v1",
        "data": {"sources": [], "maxLength": 512, "heldOut": 0, "seed": 1},
        "method": method,
        "optimizer": {
            "learningRate": 3e-3, "scheduler": "constant", "warmupSteps": 0, "epochs": epochs,
            "perDeviceBatchSize": 2, "gradientAccumulation": 2, "weightDecay": 0.0, "precision": "fp32",
            "gradientCheckpointing": False, "maxGradNorm": 1.0, "logEverySteps": 1,
        },
        "checkpoint": {"everySteps": 2, "keep": 2},
        "secrets": {},
    }
    with open(os.path.join(workdir, "job.json"), "w", encoding="utf-8") as handle:
        json.dump(config, handle)


def run_script(workdir, *extra):
    return subprocess.run(
        [sys.executable, os.path.join(SCRIPT_DIR, "apigen_train.py"), "--config", os.path.join(workdir, "job.json"), *extra],
        capture_output=True, text=True, timeout=600, env={**os.environ, "CUDA_VISIBLE_DEVICES": ""},
    )


def read_heartbeat(workdir):
    with open(os.path.join(workdir, "heartbeat.jsonl"), encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@unittest.skipIf(MISSING, SKIP_REASON)
class TinyTrainingTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.base = tempfile.mkdtemp()
        build_tiny_model(cls.base)

    def run_interrupted_then_resumed(self, method):
        workdir = tempfile.mkdtemp()
        write_job(workdir, self.base, method)
        first = run_script(workdir, "--stop-after", "3")
        self.assertEqual(first.returncode, 0, first.stderr[-3000:])
        self.assertFalse(os.path.exists(os.path.join(workdir, "completed.json")))
        self.assertEqual(sorted(os.listdir(os.path.join(workdir, "checkpoints"))), ["checkpoint-2"])
        second = run_script(workdir)
        self.assertEqual(second.returncode, 0, second.stderr[-3000:])
        self.assertIn("resuming from checkpoint-2 (step 2, epoch 1, micro-batch 0)", second.stdout + second.stderr)
        self.assertEqual([beat["lastCheckpoint"] for beat in read_heartbeat(workdir)][:3], [None, "checkpoint-2", "checkpoint-2"])
        beats = read_heartbeat(workdir)
        steps = [beat["step"] for beat in beats]
        self.assertEqual(steps, [1, 2, 3, 3, 4, 5, 6])
        # Step 3 ran twice: before the stop and after resuming from checkpoint-2. Same weights, optimizer,
        # schedule, data position and random state give the same loss.
        self.assertAlmostEqual(beats[2]["loss"], beats[3]["loss"], places=4)
        self.assertEqual(sorted(os.listdir(os.path.join(workdir, "checkpoints"))), ["checkpoint-4", "checkpoint-6"])
        with open(os.path.join(workdir, "completed.json"), encoding="utf-8") as handle:
            completed = json.load(handle)
        self.assertEqual((completed["status"], completed["steps"]), ("succeeded", 6))
        output = os.listdir(os.path.join(workdir, "output"))
        self.assertIn("config.json", output)
        self.assertIn("tokenizer.json", output)
        self.assertNotIn("adapter_config.json", output)
        again = run_script(workdir)
        self.assertEqual(again.returncode, 0)
        self.assertIn("already completed", again.stdout)
        return beats

    def test_full_fine_tune_learns_and_resumes(self):
        beats = self.run_interrupted_then_resumed({"kind": "full"})
        self.assertLess(beats[-1]["loss"], beats[0]["loss"] * 0.85, beats)

    def test_lora_learns_resumes_and_merges(self):
        method = {"kind": "lora", "r": 8, "alpha": 16, "dropout": 0.0, "targets": ["q_proj", "v_proj"]}
        beats = self.run_interrupted_then_resumed(method)
        self.assertLess(beats[-1]["loss"], beats[0]["loss"], beats)

    def test_sigterm_checkpoints_the_current_step_and_stops(self):
        workdir = tempfile.mkdtemp()
        write_job(workdir, self.base, {"kind": "full"}, epochs=500)
        heartbeat = os.path.join(workdir, "heartbeat.jsonl")
        process = subprocess.Popen(
            [sys.executable, os.path.join(SCRIPT_DIR, "apigen_train.py"), "--config", os.path.join(workdir, "job.json")],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "CUDA_VISIBLE_DEVICES": ""},
        )
        deadline = time.time() + 300
        while time.time() < deadline and not (os.path.isfile(heartbeat) and len(read_heartbeat(workdir)) >= 3):
            time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=300)
        self.assertEqual(process.returncode, 143, output[-3000:])
        self.assertIn("received SIGTERM", output)
        last_step = read_heartbeat(workdir)[-1]["step"]
        checkpoints = sorted(os.listdir(os.path.join(workdir, "checkpoints")))
        self.assertIn("checkpoint-%d" % last_step, checkpoints)
        self.assertFalse(os.path.exists(os.path.join(workdir, "completed.json")))


if __name__ == "__main__":
    unittest.main()
