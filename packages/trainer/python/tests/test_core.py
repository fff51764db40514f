import json
import math
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

import torch  # noqa: E402

from apigen_train_core import (  # noqa: E402
    push_output,
    IGNORE_INDEX,
    TrainState,
    append_heartbeat,
    chat_template_texts,
    epoch_order,
    heartbeat_record,
    learning_rate_factor,
    micro_batches,
    pad_batch,
    row_kind,
    steps_per_epoch,
    tokenize_row,
    write_completed,
)
from stand_ins import BOS, EOS, PAD, CharTokenizer, ReorderingTemplateTokenizer  # noqa: E402


class PromptMaskingTest(unittest.TestCase):
    def test_labels_are_ignored_exactly_over_the_prompt(self):
        feature = tokenize_row(CharTokenizer(), "ab c", '{"x":1}', 64)
        prompt_length = 1 + len("ab c")
        self.assertEqual(feature["labels"][:prompt_length], [IGNORE_INDEX] * prompt_length)
        self.assertNotIn(IGNORE_INDEX, feature["labels"][prompt_length:])
        self.assertEqual(feature["input_ids"][0], BOS)
        self.assertEqual(feature["labels"][prompt_length:], [ord(c) + 10 for c in '{"x":1}'] + [EOS])
        self.assertEqual(len(feature["input_ids"]), len(feature["labels"]))
        self.assertEqual(feature["input_ids"][prompt_length:], feature["labels"][prompt_length:])

    def test_end_of_sequence_is_not_doubled(self):
        feature = tokenize_row(CharTokenizer(), "p", "c<eos>", 64)
        self.assertEqual(feature["labels"][-2:], [ord("c") + 10, EOS])

    def test_prompt_without_special_tokens_has_no_bos(self):
        feature = tokenize_row(CharTokenizer(), "p", "c", 64, prompt_special_tokens=False)
        self.assertEqual(feature["input_ids"], [ord("p") + 10, ord("c") + 10, EOS])
        self.assertEqual(feature["labels"], [IGNORE_INDEX, ord("c") + 10, EOS])

    def test_rows_longer_than_max_length_are_dropped_not_cut(self):
        self.assertIsNone(tokenize_row(CharTokenizer(), "x" * 10, "y" * 10, 21))
        self.assertIsNotNone(tokenize_row(CharTokenizer(), "x" * 10, "y" * 10, 22))

    def test_padding_masks_and_ignores_the_pad(self):
        features = [tokenize_row(CharTokenizer(), "ab", "c", 64), tokenize_row(CharTokenizer(), "abcd", "ef", 64)]
        batch = pad_batch(features, PAD)
        self.assertEqual(tuple(batch["input_ids"].shape), (2, 8))
        self.assertEqual(batch["attention_mask"][0].tolist(), [1, 1, 1, 1, 1, 0, 0, 0])
        self.assertEqual(batch["labels"][0, 5:].tolist(), [IGNORE_INDEX] * 3)
        self.assertEqual(batch["input_ids"][0, 5:].tolist(), [PAD] * 3)
        self.assertEqual(batch["labels"][1].tolist(), features[1]["labels"])

    def test_chat_rows_split_at_the_generation_prompt(self):
        messages = [
            {"role": "user", "content": "weather in Paris?"},
            {"role": "assistant", "content": "", "tool_calls": [{"type": "function", "function": {"name": "w", "arguments": {"city": "Paris"}}}]},
        ]
        prompt, completion = chat_template_texts(CharTokenizer(), messages, [{"type": "function"}])
        self.assertTrue(prompt.startswith("tools: "))
        self.assertTrue(prompt.endswith("assistant: "))
        self.assertEqual(json.loads(completion.split("<eos>")[0]), [{"name": "w", "arguments": {"city": "Paris"}}])
        with self.assertRaisesRegex(ValueError, "does not render the answer after the prompt"):
            chat_template_texts(ReorderingTemplateTokenizer(), messages, [])

    def test_row_kinds(self):
        self.assertEqual(row_kind({"prompt": "p", "completion": "c"}), "prompt")
        self.assertEqual(row_kind({"messages": [{"role": "user"}, {"role": "assistant"}], "tools": []}), "chat")
        with self.assertRaisesRegex(ValueError, "row 7"):
            row_kind({"id": 7, "text": "x"})


class ScheduleAndOrderTest(unittest.TestCase):
    def test_warmup_then_cosine_to_zero(self):
        self.assertAlmostEqual(learning_rate_factor(0, 100, 10, "cosine"), 0.1)
        self.assertAlmostEqual(learning_rate_factor(9, 100, 10, "cosine"), 1.0)
        self.assertAlmostEqual(learning_rate_factor(10, 100, 10, "cosine"), 1.0)
        self.assertAlmostEqual(learning_rate_factor(55, 100, 10, "cosine"), 0.5)
        self.assertAlmostEqual(learning_rate_factor(100, 100, 10, "cosine"), 0.0)
        self.assertAlmostEqual(learning_rate_factor(55, 100, 10, "linear"), 0.5)
        self.assertAlmostEqual(learning_rate_factor(90, 100, 0, "constant"), 1.0)

    def test_epoch_order_is_a_seeded_permutation(self):
        first = epoch_order(50, 1, 0)
        self.assertEqual(sorted(first), list(range(50)))
        self.assertEqual(first, epoch_order(50, 1, 0))
        self.assertNotEqual(first, epoch_order(50, 1, 1))
        self.assertNotEqual(first, epoch_order(50, 2, 0))

    def test_micro_batches_split_between_processes(self):
        order = list(range(10))
        self.assertEqual(micro_batches(order, 3), [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]])
        self.assertEqual(micro_batches(order, 3, rank=1, world=2), [[3, 4, 5], [9]])
        self.assertEqual(steps_per_epoch(10, 3, 2), 2)
        self.assertEqual(steps_per_epoch(10, 3, 2, world=2), 1)


class HeartbeatTest(unittest.TestCase):
    def test_lines_carry_the_contract_fields(self):
        with tempfile.TemporaryDirectory() as workdir:
            state = TrainState(global_step=20, epoch=1, micro_step=4, last_loss=0.4321)
            append_heartbeat(workdir, heartbeat_record(state, 5e-6, 1234.56, 17.5, "checkpoint-20", 1.25))
            append_heartbeat(workdir, heartbeat_record(TrainState(global_step=21), 4e-6, 0, None, None, 1.3))
            with open(os.path.join(workdir, "heartbeat.jsonl"), encoding="utf-8") as handle:
                lines = [json.loads(line) for line in handle]
        self.assertEqual(len(lines), 2)
        first = lines[0]
        self.assertEqual(
            sorted(first), sorted(["step", "epoch", "loss", "lr", "tokensPerSecond", "memoryGb", "lastCheckpoint", "time"])
        )
        self.assertEqual(
            (first["step"], first["epoch"], first["loss"], first["lr"], first["tokensPerSecond"], first["memoryGb"]),
            (20, 1.25, 0.4321, 5e-6, 1234.6, 17.5),
        )
        self.assertEqual(first["lastCheckpoint"], "checkpoint-20")
        self.assertRegex(first["time"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
        self.assertIsNone(lines[1]["loss"])
        self.assertIsNone(lines[1]["memoryGb"])

    def test_completed_marker(self):
        with tempfile.TemporaryDirectory() as workdir:
            write_completed(workdir, 42, 0.125)
            with open(os.path.join(workdir, "completed.json"), encoding="utf-8") as handle:
                value = json.load(handle)
        self.assertEqual((value["status"], value["steps"], value["finalLoss"]), ("succeeded", 42, 0.125))
        self.assertFalse(math.isnan(value["finalLoss"]))


class TrainStateTest(unittest.TestCase):
    def test_advance_rolls_over_the_epoch(self):
        state = TrainState()
        state.advance(5, 2)
        self.assertEqual((state.global_step, state.epoch, state.micro_step), (1, 0, 2))
        state.advance(5, 2)
        state.advance(5, 2)
        self.assertEqual((state.global_step, state.epoch, state.micro_step), (3, 1, 0))


class RecordingHub:
    """Stands in for the huggingface_hub module at the one seam push_output uses: HfApi."""

    def __init__(self):
        self.calls = []
        hub = self

        class HfApi:
            def __init__(self, token=None):
                hub.calls.append(("HfApi", {"token": token}))

            def create_repo(self, **kwargs):
                hub.calls.append(("create_repo", kwargs))

            def upload_folder(self, **kwargs):
                hub.calls.append(("upload_folder", kwargs))

        self.HfApi = HfApi


class PushOutputTest(unittest.TestCase):
    def test_pushes_the_output_folder_to_a_private_repo_with_the_named_token(self):
        hub = RecordingHub()
        config = {"runId": "r1", "push": {"repo": "me/xlam-1b", "private": True}, "secrets": {"hfTokenEnv": "MY_HF"}}
        os.environ["MY_HF"] = "hf_test_token_value"
        try:
            self.assertEqual(push_output(config, "/job/output", hub=hub), "me/xlam-1b")
        finally:
            del os.environ["MY_HF"]
        self.assertEqual(
            hub.calls,
            [
                ("HfApi", {"token": "hf_test_token_value"}),
                ("create_repo", {"repo_id": "me/xlam-1b", "private": True, "exist_ok": True}),
                (
                    "upload_folder",
                    {
                        "repo_id": "me/xlam-1b",
                        "folder_path": "/job/output",
                        "commit_message": "apigen train r1: merged model and tokenizer",
                    },
                ),
            ],
        )

    def test_does_nothing_without_push_and_refuses_a_push_without_a_token(self):
        hub = RecordingHub()
        self.assertIsNone(push_output({"runId": "r1"}, "/job/output", hub=hub))
        os.environ.pop("HF_TOKEN", None)
        with self.assertRaisesRegex(RuntimeError, "HF_TOKEN is not"):
            push_output({"runId": "r1", "push": {"repo": "me/x"}}, "/job/output", hub=hub)
        self.assertEqual(hub.calls, [])


if __name__ == "__main__":
    unittest.main()
