import io
import json
import os
import sys
import tempfile
import unittest
import unittest.mock
from contextlib import redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import torch  # noqa: E402

import apigen_train  # noqa: E402
from apigen_train_checkpoints import (  # noqa: E402
    latest_checkpoint,
    list_checkpoints,
    load_checkpoint_state,
    rotate_checkpoints,
    save_checkpoint,
)
from apigen_train_core import TrainState, epoch_order, micro_batches  # noqa: E402


def write_marker(directory):
    with open(os.path.join(directory, "model.pt"), "wb") as handle:
        handle.write(b"weights")


class CheckpointTest(unittest.TestCase):
    def setUp(self):
        self.workdir = tempfile.mkdtemp()

    def test_rotation_keeps_the_newest(self):
        for step in (200, 400, 600):
            path = save_checkpoint(self.workdir, TrainState(global_step=step), write_marker, keep=2)
            self.assertEqual(path, "checkpoints/checkpoint-%d" % step)
        self.assertEqual([step for step, _ in list_checkpoints(self.workdir)], [400, 600])
        self.assertEqual(sorted(os.listdir(os.path.join(self.workdir, "checkpoints"))), ["checkpoint-400", "checkpoint-600"])
        self.assertTrue(os.path.isfile(os.path.join(self.workdir, "checkpoints", "checkpoint-600", "model.pt")))

    def test_discovery_ignores_half_written_checkpoints(self):
        save_checkpoint(self.workdir, TrainState(global_step=5), write_marker, keep=3)
        root = os.path.join(self.workdir, "checkpoints")
        os.makedirs(os.path.join(root, "checkpoint-10.tmp"))
        os.makedirs(os.path.join(root, "checkpoint-20"))
        os.makedirs(os.path.join(root, "checkpoint-x"))
        self.assertEqual(latest_checkpoint(self.workdir)[0], 5)
        rotate_checkpoints(self.workdir, 3)
        self.assertNotIn("checkpoint-10.tmp", os.listdir(root))
        self.assertIsNone(latest_checkpoint(tempfile.mkdtemp()))

    def test_numeric_order_not_text_order(self):
        for step in (9, 10, 100):
            save_checkpoint(self.workdir, TrainState(global_step=step), write_marker, keep=5)
        self.assertEqual(latest_checkpoint(self.workdir)[0], 100)

    def test_state_and_random_generators_come_back(self):
        torch.manual_seed(3)
        state = TrainState(global_step=7, epoch=1, micro_step=4, tokens_seen=900, last_loss=0.5)
        save_checkpoint(self.workdir, state, write_marker, keep=2)
        expected = torch.rand(3)
        torch.manual_seed(99)
        loaded = load_checkpoint_state(latest_checkpoint(self.workdir)[1])
        self.assertEqual(loaded, state)
        self.assertTrue(torch.equal(torch.rand(3), expected))


class ResumeBookkeepingTest(unittest.TestCase):
    """An interrupted run that resumes from its checkpoint sees the same micro-batches as one that never stopped."""

    def consume(self, state, rows, batch, accumulation, total, seen, stop_at=None):
        while state.global_step < total:
            batches = micro_batches(epoch_order(rows, 4, state.epoch), batch)
            epoch = state.epoch
            while state.epoch == epoch and state.global_step < total:
                seen.extend(batches[state.micro_step:state.micro_step + accumulation])
                state.advance(len(batches), accumulation)
                if stop_at is not None and state.global_step == stop_at:
                    return

    def test_resume_continues_at_the_next_micro_batch(self):
        rows, batch, accumulation, total = 23, 3, 2, 11
        straight = []
        self.consume(TrainState(), rows, batch, accumulation, total, straight)
        workdir = tempfile.mkdtemp()
        first, state = [], TrainState()
        self.consume(state, rows, batch, accumulation, total, first, stop_at=6)
        save_checkpoint(workdir, state, write_marker, keep=2)
        resumed = load_checkpoint_state(latest_checkpoint(workdir)[1], restore_random=False)
        self.assertEqual((resumed.global_step, resumed.epoch, resumed.micro_step), (6, 1, 4))
        second = []
        self.consume(resumed, rows, batch, accumulation, total, second)
        self.assertEqual(first + second, straight)
        self.assertEqual(resumed.global_step, total)


class DryRunTest(unittest.TestCase):
    def write_job(self, workdir, rows):
        os.makedirs(os.path.join(workdir, "data"))
        config = {
            "runId": "t", "baseModel": "m", "promptFormat": "xlam-v1",
            "data": {"sources": [], "maxLength": 256, "heldOut": 0, "seed": 1},
            "method": {"kind": "full"},
            "optimizer": {"learningRate": 5e-6, "scheduler": "cosine", "warmupSteps": 1, "epochs": 2,
                          "perDeviceBatchSize": 2, "gradientAccumulation": 2},
            "checkpoint": {"everySteps": 2, "keep": 2},
        }
        with open(os.path.join(workdir, "job.json"), "w", encoding="utf-8") as handle:
            json.dump(config, handle)
        with open(os.path.join(workdir, "data", "train.jsonl"), "w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row) + "\n")

    def test_prints_the_plan(self):
        workdir = tempfile.mkdtemp()
        self.write_job(workdir, [{"id": str(i), "prompt": "p%d" % i, "completion": "c"} for i in range(9)])
        save_checkpoint(workdir, TrainState(global_step=2), write_marker, keep=2)
        out = io.StringIO()
        with redirect_stdout(out):
            code = apigen_train.main(["--config", os.path.join(workdir, "job.json"), "--dry-run"])
        plan = json.loads(out.getvalue())
        self.assertEqual(code, 0)
        self.assertEqual((plan["trainRows"], plan["evalRows"], plan["stepsPerEpoch"], plan["totalSteps"]), (9, 0, 3, 6))
        self.assertEqual(plan["resumeFromStep"], 2)
        self.assertFalse(plan["completed"])

    def test_bad_rows_exit_with_status_2(self):
        workdir = tempfile.mkdtemp()
        self.write_job(workdir, [{"id": "bad", "text": "x"}])
        with redirect_stdout(io.StringIO()), unittest.mock.patch("sys.stderr", new_callable=io.StringIO) as err:
            code = apigen_train.main(["--config", os.path.join(workdir, "job.json"), "--dry-run"])
        self.assertEqual(code, 2)
        self.assertIn("row bad", err.getvalue())


if __name__ == "__main__":
    unittest.main()
