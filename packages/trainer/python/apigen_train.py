#!/usr/bin/env python3
"""apigen training script: fine-tunes a causal language model on rows rendered by @apigen/trainer.

Run inside a staged job folder: `python3 train.py --config job.json` (one GPU) or
`accelerate launch --multi_gpu --num_processes N train.py --config job.json` (data parallel). It reads
data/train.jsonl ({prompt, completion} rows, or {messages, tools} rows rendered with the model's own chat
template), masks the prompt out of the loss, trains with AdamW and a warm-up + cosine schedule, writes
heartbeat.jsonl, checkpoints every N steps (resuming from the newest when restarted), merges LoRA adapters,
saves the model and tokenizer to output/ and writes completed.json. On a Hugging Face job
(APIGEN_CHECKPOINT_DATASET set) it mirrors checkpoints and completed.json to the job's data set, so a
resubmitted job resumes. Needs transformers, peft and accelerate (imported only when training; `--dry-run`
needs torch alone).
"""

import argparse
import json
import logging
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from apigen_train_checkpoints import latest_checkpoint  # noqa: E402
from apigen_train_core import FILES, read_jsonl, row_kind, steps_per_epoch  # noqa: E402

LOG = logging.getLogger("apigen_train")


class JobError(Exception):
    """A problem with the job's config or data: the script exits with status 2."""


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Fine-tune a model on rows rendered by @apigen/trainer.")
    parser.add_argument("--config", required=True, help="job.json: the resolved training job spec")
    parser.add_argument("--dry-run", action="store_true", help="check the data, print the plan as JSON, exit")
    parser.add_argument("--max-steps", type=int, default=None, help="train this many optimizer steps in all at most")
    parser.add_argument("--stop-after", type=int, default=None, help="exit after this many steps of this run, unfinished (to test resuming)")
    return parser.parse_args(argv)


def load_job(config_path):
    with open(config_path, encoding="utf-8") as handle:
        config = json.load(handle)
    for key in ("runId", "baseModel", "promptFormat", "data", "method", "optimizer", "checkpoint"):
        if key not in config:
            raise JobError("%s has no %r: is it a job.json written by stageTrainJob?" % (config_path, key))
    return config


def read_rows(workdir, name):
    path = os.path.join(workdir, FILES[name])
    if not os.path.isfile(path):
        return []
    rows = read_jsonl(path)
    for row in rows:
        row_kind(row)
    return rows


def make_plan(config, workdir, train_rows, eval_rows, world=1, max_steps=None, train_count=None):
    """What a run will do: rows, steps, schedule, and the checkpoint it resumes from.

    train_count is the number of rows left after tokenizing (defaults to all rows).
    """
    optimizer = config["optimizer"]
    count = len(train_rows) if train_count is None else train_count
    per_epoch = steps_per_epoch(count, optimizer["perDeviceBatchSize"], optimizer["gradientAccumulation"], world)
    total = math.ceil(per_epoch * optimizer["epochs"])
    if max_steps is not None:
        total = min(total, max_steps)
    latest = latest_checkpoint(workdir)
    characters = sum(len(json.dumps(row)) for row in train_rows)
    return {
        "runId": config["runId"],
        "baseModel": config["baseModel"],
        "promptFormat": config["promptFormat"],
        "method": config["method"]["kind"],
        "trainRows": count,
        "evalRows": len(eval_rows),
        "estimatedTrainTokens": int(math.ceil(characters / 3.6)),
        "processes": world,
        "stepsPerEpoch": per_epoch,
        "totalSteps": total,
        "learningRate": optimizer["learningRate"],
        "scheduler": optimizer["scheduler"],
        "warmupSteps": optimizer["warmupSteps"],
        "checkpointEverySteps": config["checkpoint"]["everySteps"],
        "checkpointKeep": config["checkpoint"]["keep"],
        "resumeFromStep": None if latest is None else latest[0],
        "completed": os.path.isfile(os.path.join(workdir, FILES["completed"])),
    }


def stdout_goes_to(path):
    """True when standard output is already the file at path (a launcher redirected it there)."""
    try:
        out, target = os.fstat(sys.stdout.fileno()), os.stat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return (out.st_dev, out.st_ino) == (target.st_dev, target.st_ino)


def setup_logging(workdir, main_process):
    """Logs to stdout, and to train.log unless stdout already goes there (no line is written twice)."""
    handlers = [logging.StreamHandler(sys.stdout)]
    log_path = os.path.join(workdir, FILES["log"])
    if main_process and not stdout_goes_to(log_path):
        handlers.append(logging.FileHandler(log_path, encoding="utf-8"))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", handlers=handlers, force=True)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    config_path = os.path.abspath(args.config)
    workdir = os.path.dirname(config_path)
    try:
        config = load_job(config_path)
        train_rows = read_rows(workdir, "train_data")
        eval_rows = read_rows(workdir, "eval_data")
        if not train_rows:
            raise JobError("%s has no rows" % FILES["train_data"])
        if args.dry_run:
            print(json.dumps(make_plan(config, workdir, train_rows, eval_rows, max_steps=args.max_steps), indent=2))
            return 0
        if os.path.isfile(os.path.join(workdir, FILES["completed"])):
            print("%s exists: the job has already completed" % FILES["completed"])
            return 0
        from apigen_train_loop import train  # transformers, peft and accelerate are imported here

        return train(
            config, workdir, train_rows, eval_rows, max_steps=args.max_steps,
            setup_logging=setup_logging, make_plan=make_plan, stop_after=args.stop_after,
        )
    except (JobError, ValueError, KeyError) as error:
        print("apigen_train: %s" % error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
