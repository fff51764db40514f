"""Checkpoints of the apigen training script: atomic writes, discovery of the latest, rotation, RNG state.

A checkpoint is `checkpoints/checkpoint-<step>/` holding what the caller writes (weights, optimizer,
scheduler), `rng.pt` and `trainer_state.json`. It is written as `checkpoint-<step>.tmp/` and renamed when
complete, so a job killed mid-write never resumes from half a checkpoint. When APIGEN_CHECKPOINT_DATASET names a
Hub data set (a Hugging Face job's own, which it downloads its folder from), complete checkpoints and
completed.json are mirrored there, so a resubmitted job resumes or exits at once. Needs only torch (and
huggingface_hub, imported when mirroring).
"""

import json
import logging
import os
import random
import re
import shutil
from dataclasses import asdict

import torch

from apigen_train_core import FILES, STATE_FILE, TrainState, hub_token, write_json_atomic

LOG = logging.getLogger("apigen_train")

# The variable naming the Hub data set to mirror checkpoints to (set by the Hugging Face Jobs backend).
CHECKPOINT_DATASET_ENV = "APIGEN_CHECKPOINT_DATASET"

_NAME = re.compile(r"^" + re.escape(FILES["checkpoint_prefix"]) + r"(\d+)$")


def checkpoint_relative_path(step):
    """`checkpoints/checkpoint-<step>`, relative to the job folder (as the heartbeat reports it)."""
    return "%s/%s%d" % (FILES["checkpoints"], FILES["checkpoint_prefix"], step)


def list_checkpoints(workdir):
    """Complete checkpoints of a job folder as (step, absolute path), oldest first."""
    root = os.path.join(workdir, FILES["checkpoints"])
    if not os.path.isdir(root):
        return []
    found = []
    for name in os.listdir(root):
        match = _NAME.match(name)
        path = os.path.join(root, name)
        if match and os.path.isfile(os.path.join(path, STATE_FILE)):
            found.append((int(match.group(1)), path))
    return sorted(found)


def latest_checkpoint(workdir):
    """The newest complete checkpoint as (step, path), or None."""
    found = list_checkpoints(workdir)
    return found[-1] if found else None


def rotate_checkpoints(workdir, keep):
    """Deletes all but the newest `keep` complete checkpoints, and any half-written `.tmp` folder. Returns the steps removed."""
    root = os.path.join(workdir, FILES["checkpoints"])
    if os.path.isdir(root):
        for name in os.listdir(root):
            if name.endswith(".tmp"):
                shutil.rmtree(os.path.join(root, name), ignore_errors=True)
    found = list_checkpoints(workdir)
    removed = []
    for step, path in found[: max(0, len(found) - keep)]:
        shutil.rmtree(path, ignore_errors=True)
        removed.append(step)
    return removed


def capture_rng():
    """The state of every random generator the loop uses: Python's, torch's CPU and CUDA ones."""
    states = {"python": random.getstate(), "torch": torch.get_rng_state()}
    if torch.cuda.is_available():
        states["cuda"] = torch.cuda.get_rng_state_all()
    return states


def restore_rng(states):
    """Restores what capture_rng returned (CUDA states only where CUDA is there)."""
    random.setstate(states["python"])
    torch.set_rng_state(states["torch"])
    if "cuda" in states and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(states["cuda"])


def save_checkpoint(workdir, state, write_payload, keep):
    """Writes checkpoint-<global_step>: the caller's payload, the RNG states, then the state file; renames it
    into place, rotates old ones and returns the relative path."""
    root = os.path.join(workdir, FILES["checkpoints"])
    os.makedirs(root, exist_ok=True)
    final = os.path.join(root, "%s%d" % (FILES["checkpoint_prefix"], state.global_step))
    temporary = final + ".tmp"
    shutil.rmtree(temporary, ignore_errors=True)
    os.makedirs(temporary)
    write_payload(temporary)
    torch.save(capture_rng(), os.path.join(temporary, "rng.pt"))
    write_json_atomic(os.path.join(temporary, STATE_FILE), asdict(state))
    if os.path.isdir(final):
        shutil.rmtree(final)
    os.replace(temporary, final)
    rotate_checkpoints(workdir, keep)
    return checkpoint_relative_path(state.global_step)


def load_checkpoint_state(path, restore_random=True):
    """Reads a checkpoint's TrainState (and restores the RNG states unless told not to)."""
    with open(os.path.join(path, STATE_FILE), encoding="utf-8") as handle:
        state = TrainState(**json.load(handle))
    rng_path = os.path.join(path, "rng.pt")
    if restore_random and os.path.isfile(rng_path):
        restore_rng(torch.load(rng_path, weights_only=False))
    return state


def _remote_checkpoint_steps(api, hub, dataset):
    """Steps of the checkpoint folders under the data set's checkpoints/ (none when the folder is missing).

    The listing is recursive and read from each entry's path (`checkpoints/checkpoint-<step>/...`), so it does
    not depend on folders being listed as entries of their own."""
    steps = set()
    prefix = FILES["checkpoints"] + "/"
    try:
        entries = api.list_repo_tree(dataset, path_in_repo=FILES["checkpoints"], recursive=True, repo_type="dataset")
        for entry in entries:
            if not entry.path.startswith(prefix):
                continue
            match = _NAME.match(entry.path[len(prefix):].split("/", 1)[0])
            if match:
                steps.add(int(match.group(1)))
    except hub.errors.EntryNotFoundError:
        pass
    return steps


def _commit_to_dataset(config, hub, environ, what, build_operations):
    """Runs one commit of build_operations(api, hub, dataset) -> (operations, result) on the mirror data set and
    returns the result; None when the variable is unset, or on any failure, logged as a warning without the
    token so that training goes on."""
    dataset = environ.get(CHECKPOINT_DATASET_ENV)
    if not dataset:
        return None
    token_env, token = hub_token(config, environ)
    try:
        if hub is None:
            import huggingface_hub as hub
        if not token:
            raise RuntimeError("%s is not set" % token_env)
        api = hub.HfApi(token=token)
        operations, result = build_operations(api, hub, dataset)
        if operations:
            api.create_commit(
                repo_id=dataset, repo_type="dataset", operations=operations,
                commit_message="apigen train %s: %s" % (config.get("runId"), what),
            )
            LOG.info("mirrored %s to the data set %s (%d operations)", what, dataset, len(operations))
        return result
    except Exception as error:
        message = "%s: %s" % (type(error).__name__, error)
        if token:
            message = message.replace(token, "***")
        LOG.warning("could not mirror %s to the data set %s (training goes on): %s", what, dataset, message)
        return None


def mirror_checkpoints(workdir, config, hub=None, environ=os.environ):
    """Makes the checkpoints/ of the data set APIGEN_CHECKPOINT_DATASET names equal the job folder's complete
    checkpoints, in one commit: adds those it lacks (normally the newest), deletes those rotated away here.

    `.tmp` folders are never uploaded. Returns the steps the data set holds afterwards, or None when the variable
    is unset or the upload failed (a warning; training goes on). `hub` is the huggingface_hub module (imported
    here when not given), so mirroring can be tested offline.
    """
    def build(api, hub, dataset):
        local = list_checkpoints(workdir)
        remote = _remote_checkpoint_steps(api, hub, dataset)
        operations = []
        for step, path in local:
            if step in remote:
                continue
            folder = checkpoint_relative_path(step)
            for directory, _, names in os.walk(path):
                for name in sorted(names):
                    absolute = os.path.join(directory, name)
                    relative = os.path.relpath(absolute, path).replace(os.sep, "/")
                    operations.append(hub.CommitOperationAdd(
                        path_in_repo="%s/%s" % (folder, relative), path_or_fileobj=absolute,
                    ))
        kept = {step for step, _ in local}
        for step in sorted(remote - kept):
            operations.append(hub.CommitOperationDelete(
                path_in_repo=checkpoint_relative_path(step) + "/", is_folder=True,
            ))
        return operations, sorted(kept)

    return _commit_to_dataset(config, hub, environ, "checkpoints", build)


def mirror_completed(workdir, config, hub=None, environ=os.environ):
    """Uploads completed.json to the data set APIGEN_CHECKPOINT_DATASET names, so a resubmitted job sees it and
    exits at once. Returns its path in the data set, or None (variable unset, no file, or a failed upload)."""
    path = os.path.join(workdir, FILES["completed"])
    if not os.path.isfile(path):
        return None

    def build(api, hub, dataset):
        return [hub.CommitOperationAdd(path_in_repo=FILES["completed"], path_or_fileobj=path)], FILES["completed"]

    return _commit_to_dataset(config, hub, environ, FILES["completed"], build)
