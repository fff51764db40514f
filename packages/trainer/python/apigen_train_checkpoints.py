"""Checkpoints of the apigen training script: atomic writes, discovery of the latest, rotation, RNG state.

A checkpoint is `checkpoints/checkpoint-<step>/` holding what the caller writes (weights, optimizer,
scheduler), `rng.pt` and `trainer_state.json`. It is written as `checkpoint-<step>.tmp/` and renamed when
complete, so a job killed mid-write never resumes from half a checkpoint. Needs only torch.
"""

import json
import os
import random
import re
import shutil
from dataclasses import asdict

import torch

from apigen_train_core import FILES, STATE_FILE, TrainState, write_json_atomic

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
