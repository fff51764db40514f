import io
import json
import os
import sys
import tempfile
import types
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
    mirror_checkpoints,
    mirror_completed,
    rotate_checkpoints,
    save_checkpoint,
)
from apigen_train_core import TrainState, epoch_order, micro_batches, write_completed  # noqa: E402


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


class FakeHub:
    """Stands in for the huggingface_hub module at the seam mirroring uses: HfApi (list_repo_tree, create_commit),
    CommitOperationAdd, CommitOperationDelete and errors.EntryNotFoundError. It keeps the data set's files, so
    commits build on each other, and records every commit's operations."""

    def __init__(self, fail=None):
        self.files, self.commits, self.tokens, self.fail = {}, [], [], fail
        hub = self

        class EntryNotFoundError(Exception):
            pass

        class CommitOperationAdd:
            def __init__(self, path_in_repo, path_or_fileobj):
                self.path_in_repo, self.path_or_fileobj = path_in_repo, path_or_fileobj

        class CommitOperationDelete:
            def __init__(self, path_in_repo, is_folder=False):
                self.path_in_repo, self.is_folder = path_in_repo, is_folder

        class HfApi:
            def __init__(self, token=None):
                hub.tokens.append(token)

            def list_repo_tree(self, repo_id, path_in_repo=None, recursive=False, repo_type=None):
                # A generator, like huggingface_hub's: a missing folder raises while iterating. Folders come as
                # entries of their own, before the files below them when recursive.
                prefix = path_in_repo + "/"
                below = [path[len(prefix):].split("/") for path in hub.files if path.startswith(prefix)]
                entries = set()
                for parts in below:
                    for depth in range(1, len(parts) + 1 if recursive else 2):
                        entries.add(prefix + "/".join(parts[:depth]))
                if not entries:
                    raise EntryNotFoundError("404 Client Error: Entry not found for %s" % path_in_repo)
                for entry in sorted(entries):
                    yield types.SimpleNamespace(path=entry)

            def create_commit(self, repo_id, repo_type, operations, commit_message):
                if hub.fail is not None:
                    raise hub.fail
                recorded = []
                for operation in operations:
                    if isinstance(operation, CommitOperationDelete):
                        recorded.append(("delete", operation.path_in_repo, operation.is_folder))
                        for path in [path for path in hub.files if path.startswith(operation.path_in_repo)]:
                            del hub.files[path]
                    else:
                        recorded.append(("add", operation.path_in_repo))
                        with open(operation.path_or_fileobj, "rb") as handle:
                            hub.files[operation.path_in_repo] = handle.read()
                hub.commits.append({"repo_id": repo_id, "repo_type": repo_type, "operations": recorded})

        self.HfApi, self.CommitOperationAdd, self.CommitOperationDelete = HfApi, CommitOperationAdd, CommitOperationDelete
        self.errors = types.SimpleNamespace(EntryNotFoundError=EntryNotFoundError)


TOKEN = "hf_mirrorTestToken0123456789abcdef"
DATASET = "me/apigen-train-r1"


def checkpoint_files(step):
    return [("add", "checkpoints/checkpoint-%d/%s" % (step, name)) for name in ("model.pt", "rng.pt", "trainer_state.json")]


class MirrorTest(unittest.TestCase):
    def setUp(self):
        self.workdir = tempfile.mkdtemp()
        self.config = {"runId": "r1", "secrets": {}}
        self.environ = {"APIGEN_CHECKPOINT_DATASET": DATASET, "HF_TOKEN": TOKEN}

    def save(self, step, keep=2):
        save_checkpoint(self.workdir, TrainState(global_step=step), write_marker, keep=keep)

    def test_does_nothing_when_the_variable_is_unset(self):
        hub = FakeHub()
        self.save(1)
        write_completed(self.workdir, 1, 0.5)
        environ = {"HF_TOKEN": TOKEN}
        self.assertIsNone(mirror_checkpoints(self.workdir, self.config, hub=hub, environ=environ))
        self.assertIsNone(mirror_completed(self.workdir, self.config, hub=hub, environ=environ))
        self.assertEqual((hub.tokens, hub.commits), ([], []))

    def test_the_first_checkpoint_adds_its_files_with_the_named_token(self):
        hub = FakeHub()
        self.save(2)
        config = {"runId": "r1", "secrets": {"hfTokenEnv": "MY_HF"}}
        environ = {"APIGEN_CHECKPOINT_DATASET": DATASET, "MY_HF": TOKEN, "HF_TOKEN": "hf_notThisOne0123456789abc"}
        self.assertEqual(mirror_checkpoints(self.workdir, config, hub=hub, environ=environ), [2])
        self.assertEqual(hub.tokens, [TOKEN])
        self.assertEqual(hub.commits, [{"repo_id": DATASET, "repo_type": "dataset", "operations": checkpoint_files(2)}])
        self.assertEqual(hub.files["checkpoints/checkpoint-2/model.pt"], b"weights")

    def test_a_rotated_checkpoint_is_deleted_in_the_commit_that_adds_the_next(self):
        hub = FakeHub()
        for step in (1, 2):
            self.save(step)
            mirror_checkpoints(self.workdir, self.config, hub=hub, environ=self.environ)
        self.save(3)
        self.assertEqual(mirror_checkpoints(self.workdir, self.config, hub=hub, environ=self.environ), [2, 3])
        self.assertEqual(len(hub.commits), 3)
        self.assertEqual(
            hub.commits[-1]["operations"],
            checkpoint_files(3) + [("delete", "checkpoints/checkpoint-1/", True)],
        )
        self.assertEqual(sorted({path.split("/")[1] for path in hub.files}), ["checkpoint-2", "checkpoint-3"])
        # Nothing changed since: no commit at all.
        self.assertEqual(mirror_checkpoints(self.workdir, self.config, hub=hub, environ=self.environ), [2, 3])
        self.assertEqual(len(hub.commits), 3)

    def test_half_written_tmp_folders_are_never_uploaded(self):
        hub = FakeHub()
        self.save(1)
        half = os.path.join(self.workdir, "checkpoints", "checkpoint-2.tmp")
        os.makedirs(half)
        write_marker(half)
        self.assertEqual(mirror_checkpoints(self.workdir, self.config, hub=hub, environ=self.environ), [1])
        self.assertEqual(hub.commits[0]["operations"], checkpoint_files(1))
        self.assertFalse([path for path in hub.files if ".tmp" in path])

    def test_a_failed_upload_is_a_warning_without_the_token_and_training_goes_on(self):
        hub = FakeHub(fail=RuntimeError("401 Unauthorized: Authorization: Bearer %s" % TOKEN))
        self.save(1)
        with self.assertLogs("apigen_train", level="WARNING") as logs:
            self.assertIsNone(mirror_checkpoints(self.workdir, self.config, hub=hub, environ=self.environ))
            write_completed(self.workdir, 1, 0.5)
            self.assertIsNone(mirror_completed(self.workdir, self.config, hub=hub, environ=self.environ))
        text = "\n".join(logs.output)
        self.assertIn("could not mirror checkpoints to the data set %s" % DATASET, text)
        self.assertIn("401 Unauthorized", text)
        self.assertNotIn(TOKEN, text)
        self.assertEqual(latest_checkpoint(self.workdir)[0], 1)

    def test_a_missing_token_is_a_warning(self):
        hub = FakeHub()
        self.save(1)
        with self.assertLogs("apigen_train", level="WARNING") as logs:
            result = mirror_checkpoints(self.workdir, self.config, hub=hub, environ={"APIGEN_CHECKPOINT_DATASET": DATASET})
        self.assertIsNone(result)
        self.assertIn("HF_TOKEN is not set", "\n".join(logs.output))
        self.assertEqual(hub.commits, [])

    def test_completed_json_is_mirrored_once_written(self):
        hub = FakeHub()
        self.assertIsNone(mirror_completed(self.workdir, self.config, hub=hub, environ=self.environ))
        self.assertEqual(hub.commits, [])
        write_completed(self.workdir, 4, 0.25)
        self.assertEqual(mirror_completed(self.workdir, self.config, hub=hub, environ=self.environ), "completed.json")
        self.assertEqual(hub.commits[0]["operations"], [("add", "completed.json")])
        completed = json.loads(hub.files["completed.json"].decode("utf-8"))
        self.assertEqual((completed["status"], completed["steps"]), ("succeeded", 4))


if __name__ == "__main__":
    unittest.main()
