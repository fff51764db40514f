"""Pure logic of the apigen training script: needs only the Python standard library and torch (1.13+).

Row tokenizing with the prompt masked, padding, the learning-rate schedule, the heartbeat, checkpoint
bookkeeping (discovery, rotation, atomic writes) and resume positions live here, so they can be tested without
transformers, peft or accelerate.
"""

import json
import math
import os
import time
from dataclasses import dataclass

import torch

IGNORE_INDEX = -100

FILES = {
    "config": "job.json",
    "train_data": "data/train.jsonl",
    "eval_data": "data/eval.jsonl",
    "heartbeat": "heartbeat.jsonl",
    "checkpoints": "checkpoints",
    "checkpoint_prefix": "checkpoint-",
    "output": "output",
    "completed": "completed.json",
    "log": "train.log",
}

STATE_FILE = "trainer_state.json"


def now_iso():
    """The current UTC time as ISO 8601 with milliseconds and a Z, like JavaScript's toISOString."""
    seconds = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + ".%03dZ" % int((seconds % 1) * 1000)


# ----- rows ---------------------------------------------------------------------------------------------------


def read_jsonl(path):
    """Reads a JSON Lines file into a list of dicts; blank lines are skipped, a bad line raises naming it."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ValueError("%s line %d is not JSON: %s" % (path, number, error)) from error
    return rows


def row_kind(row):
    """'prompt' for {prompt, completion} rows, 'chat' for {messages, tools} rows; raises for anything else."""
    if isinstance(row.get("prompt"), str) and isinstance(row.get("completion"), str):
        return "prompt"
    if isinstance(row.get("messages"), list) and row["messages"] and row["messages"][-1].get("role") == "assistant":
        return "chat"
    raise ValueError("row %s has neither prompt/completion nor messages ending in an assistant turn" % row.get("id"))


def chat_template_texts(tokenizer, messages, tools):
    """Renders a chat row with the tokenizer's own template: (prompt text, completion text).

    The prompt is every message but the last with the generation prompt; the completion is what the full
    conversation adds after it. Raises ValueError when the template does not extend the prompt.
    """
    kwargs = {"tools": tools} if tools else {}
    prompt = tokenizer.apply_chat_template(messages[:-1], tokenize=False, add_generation_prompt=True, **kwargs)
    full = tokenizer.apply_chat_template(messages, tokenize=False, **kwargs)
    if not full.startswith(prompt):
        raise ValueError("the chat template does not render the answer after the prompt")
    return prompt, full[len(prompt):]


def tokenize_row(tokenizer, prompt, completion, max_length, prompt_special_tokens=True):
    """Tokenizes one row: labels are IGNORE_INDEX over exactly the prompt tokens, the completion's ids after.

    The completion ends with the tokenizer's end-of-sequence id (appended unless already there). Returns None
    when the row is longer than max_length tokens (rows are dropped, never cut, so no answer loses its end).
    """
    prompt_ids = list(tokenizer(prompt, add_special_tokens=prompt_special_tokens)["input_ids"])
    completion_ids = list(tokenizer(completion, add_special_tokens=False)["input_ids"])
    eos = tokenizer.eos_token_id
    if eos is not None and (not completion_ids or completion_ids[-1] != eos):
        completion_ids.append(eos)
    input_ids = prompt_ids + completion_ids
    if len(input_ids) > max_length or not completion_ids:
        return None
    labels = [IGNORE_INDEX] * len(prompt_ids) + completion_ids
    return {"input_ids": input_ids, "labels": labels}


def pad_batch(features, pad_id):
    """Right-pads token rows to the longest: input_ids with pad_id, labels with IGNORE_INDEX, mask 1/0."""
    width = max(len(feature["input_ids"]) for feature in features)
    input_ids = torch.full((len(features), width), pad_id, dtype=torch.long)
    labels = torch.full((len(features), width), IGNORE_INDEX, dtype=torch.long)
    mask = torch.zeros((len(features), width), dtype=torch.long)
    for index, feature in enumerate(features):
        length = len(feature["input_ids"])
        input_ids[index, :length] = torch.tensor(feature["input_ids"], dtype=torch.long)
        labels[index, :length] = torch.tensor(feature["labels"], dtype=torch.long)
        mask[index, :length] = 1
    return {"input_ids": input_ids, "labels": labels, "attention_mask": mask}


# ----- schedule and order -------------------------------------------------------------------------------------


def learning_rate_factor(step, total_steps, warmup_steps, kind):
    """Multiplier of the peak learning rate at an optimizer step: linear warm-up, then cosine, linear or constant."""
    if warmup_steps > 0 and step < warmup_steps:
        return (step + 1) / warmup_steps
    if kind == "constant":
        return 1.0
    span = max(1, total_steps - warmup_steps)
    progress = min(1.0, max(0.0, (step - warmup_steps) / span))
    if kind == "linear":
        return 1.0 - progress
    return 0.5 * (1.0 + math.cos(math.pi * progress))


def epoch_order(count, seed, epoch):
    """The shuffled order of `count` rows in an epoch: the same for a seed and epoch on every run and machine."""
    generator = torch.Generator()
    generator.manual_seed(seed * 1000003 + epoch)
    return torch.randperm(count, generator=generator).tolist()


def micro_batches(order, batch_size, rank=0, world=1):
    """Cuts an epoch's order into micro-batches of row indices and keeps this process's share (every world-th)."""
    batches = [order[start:start + batch_size] for start in range(0, len(order), batch_size)]
    return batches[rank::world]


def steps_per_epoch(rows, batch_size, accumulation, world=1):
    """Optimizer steps in one epoch of one process: its micro-batches divided by the accumulation, rounded up."""
    local = len(micro_batches(list(range(rows)), batch_size, 0, world))
    return max(1, math.ceil(local / accumulation))


@dataclass
class TrainState:
    """Where training stands: what a checkpoint needs to resume exactly where it stopped."""

    global_step: int = 0
    epoch: int = 0
    # Micro-batches of this epoch already consumed (by this process).
    micro_step: int = 0
    tokens_seen: int = 0
    last_loss: float = float("nan")

    def advance(self, micro_batches_per_epoch, accumulation):
        """Records one finished optimizer step (after `accumulation` micro-batches, or the epoch's last ones)."""
        self.global_step += 1
        self.micro_step = min(micro_batches_per_epoch, self.micro_step + accumulation)
        if self.micro_step >= micro_batches_per_epoch:
            self.epoch += 1
            self.micro_step = 0


# ----- heartbeat ----------------------------------------------------------------------------------------------


def heartbeat_record(state, lr, tokens_per_second, memory_gb, last_checkpoint, epoch_fraction):
    """One heartbeat line: {step, epoch, loss, lr, tokensPerSecond, memoryGb, lastCheckpoint, time}.

    last_checkpoint is the folder name inside checkpoints/ (e.g. "checkpoint-200") or None.
    """
    loss = state.last_loss
    return {
        "step": state.global_step,
        "epoch": round(epoch_fraction, 4),
        "loss": None if loss != loss else round(float(loss), 6),
        "lr": float(lr),
        "tokensPerSecond": round(float(tokens_per_second), 1),
        "memoryGb": None if memory_gb is None else round(float(memory_gb), 2),
        "lastCheckpoint": last_checkpoint,
        "time": now_iso(),
    }


def append_heartbeat(workdir, record):
    """Appends one heartbeat line and flushes it to disk, so a follower sees it at once."""
    path = os.path.join(workdir, FILES["heartbeat"])
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def write_json_atomic(path, value):
    """Writes JSON through a temporary file and a rename, so readers never see half a file."""
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(value, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def write_completed(workdir, steps, final_loss):
    """Writes completed.json, the marker of a finished job: {status, steps, finalLoss, time}."""
    value = {
        "status": "succeeded",
        "steps": steps,
        "finalLoss": None if final_loss != final_loss else float(final_loss),
        "time": now_iso(),
    }
    write_json_atomic(os.path.join(workdir, FILES["completed"]), value)
    return value


def hub_token(config, environ=None):
    """(name, value) of the Hub token: the variable secrets.hfTokenEnv names (default HF_TOKEN); value None when unset.

    The one place the script looks up its token, which it passes to huggingface_hub and never writes anywhere.
    """
    token_env = (config.get("secrets") or {}).get("hfTokenEnv") or "HF_TOKEN"
    return token_env, (os.environ if environ is None else environ).get(token_env) or None


def push_output(config, output_dir, hub=None):
    """Uploads the saved model and tokenizer to the spec's push.repo, creating it (private by default) if needed.

    The token is read from the variable secrets.hfTokenEnv names (default HF_TOKEN) and never written anywhere;
    HF_ENDPOINT, when set, is honoured by huggingface_hub. Returns the repository id, or None without push.
    `hub` is the huggingface_hub module (imported here when not given), so the upload can be tested offline.
    """
    push = config.get("push")
    if not push:
        return None
    if hub is None:
        import huggingface_hub as hub
    token_env, token = hub_token(config)
    if not token:
        raise RuntimeError("push.repo is set but %s is not: the job needs a Hub token to push" % token_env)
    api = hub.HfApi(token=token)
    repo = push["repo"]
    api.create_repo(repo_id=repo, private=push.get("private", True), exist_ok=True)
    api.upload_folder(
        repo_id=repo,
        folder_path=output_dir,
        commit_message="apigen train %s: merged model and tokenizer" % config["runId"],
    )
    return repo
