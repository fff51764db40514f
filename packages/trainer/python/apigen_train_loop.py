"""The training loop of the apigen training script: transformers + peft + accelerate, a hand-written loop.

The main process mirrors each checkpoint and completed.json to the Hub data set APIGEN_CHECKPOINT_DATASET names
(a Hugging Face job's), so a resubmitted job on a fresh machine resumes from there.
"""

import contextlib
import logging
import os
import random
import signal
import time

import torch
import transformers
from accelerate import Accelerator
from transformers import AutoModelForCausalLM, AutoTokenizer

from apigen_train_checkpoints import (
    latest_checkpoint,
    load_checkpoint_state,
    mirror_checkpoints,
    mirror_completed,
    save_checkpoint,
)
from apigen_train_core import (
    FILES,
    TrainState,
    append_heartbeat,
    chat_template_texts,
    epoch_order,
    heartbeat_record,
    learning_rate_factor,
    micro_batches,
    pad_batch,
    push_output,
    tokenize_row,
    write_completed,
)

LOG = logging.getLogger("apigen_train")

TERMINATED_OK = 0
# 128 + SIGTERM, the status a shell reports for a process ended by SIGTERM.
TERMINATED_BY_SIGNAL = 143


class TerminationRequest:
    """Turns SIGTERM into a flag the loop reads after each optimizer step (to checkpoint, then stop)."""

    def __init__(self):
        self.requested = False
        signal.signal(signal.SIGTERM, self.handle)

    def handle(self, signum, frame):
        self.requested = True


def any_process(accelerator, flag):
    """True when the flag is set in any process, so every process stops at the same step."""
    if accelerator.num_processes == 1:
        return flag
    value = torch.tensor([1.0 if flag else 0.0], device=accelerator.device)
    return bool(accelerator.gather(value).max() > 0)


def tokenize_rows(tokenizer, rows, max_length):
    """Token rows of the data (prompt masked); rows too long or not renderable are counted and left out."""
    features, dropped = [], {}
    for row in rows:
        if "messages" in row:
            try:
                prompt, completion = chat_template_texts(tokenizer, row["messages"], row.get("tools") or [])
            except Exception as error:  # a template may refuse a row (e.g. several calls where it allows one)
                reason = "template: %s" % str(error).splitlines()[0][:120]
                dropped[reason] = dropped.get(reason, 0) + 1
                continue
            feature = tokenize_row(tokenizer, prompt, completion, max_length, prompt_special_tokens=False)
        else:
            feature = tokenize_row(tokenizer, row["prompt"], row["completion"], max_length)
        if feature is None:
            dropped["longer than maxLength"] = dropped.get("longer than maxLength", 0) + 1
            continue
        features.append(feature)
    return features, dropped


def load_model(config, use_cuda):
    method, optimizer = config["method"], config["optimizer"]
    lora = method["kind"] == "lora"
    low_precision = {"bf16": torch.bfloat16, "fp16": torch.float16}.get(optimizer["precision"])
    dtype = low_precision if (lora and use_cuda and low_precision is not None) else torch.float32
    # transformers 5 renamed torch_dtype to dtype (4.56+ accept both).
    dtype_key = "dtype" if int(transformers.__version__.split(".")[0]) >= 5 else "torch_dtype"
    model = AutoModelForCausalLM.from_pretrained(config["baseModel"], **{dtype_key: dtype})
    if optimizer.get("gradientCheckpointing", True):
        model.gradient_checkpointing_enable()
        model.config.use_cache = False
        if lora:
            model.enable_input_require_grads()
    if lora:
        from peft import LoraConfig, get_peft_model

        adapters = LoraConfig(
            r=method["r"], lora_alpha=method["alpha"], lora_dropout=method["dropout"],
            target_modules=method["targets"], task_type="CAUSAL_LM",
        )
        model = get_peft_model(model, adapters)
        for parameter in model.parameters():
            if parameter.requires_grad:
                parameter.data = parameter.data.float()
    return model


def trainable_state(model):
    return {name: parameter.detach().cpu() for name, parameter in model.named_parameters() if parameter.requires_grad}


def train(config, workdir, train_rows, eval_rows, max_steps, setup_logging, make_plan, stop_after=None):
    """Trains (resuming from the newest checkpoint), saves output/ and writes completed.json.

    stop_after ends the process after that many optimizer steps of this run without finishing the job, as a
    crash would (used to test resuming). SIGTERM stops after the current step with a checkpoint. Returns the
    exit status: 0, or 143 after SIGTERM.
    """
    optimizer_spec, data = config["optimizer"], config["data"]
    use_cuda = torch.cuda.is_available()
    precision = {"bf16": "bf16", "fp16": "fp16"}.get(optimizer_spec["precision"], "no") if use_cuda else "no"
    accelerator = Accelerator(mixed_precision=precision)
    setup_logging(workdir, accelerator.is_main_process)
    token_env = (config.get("secrets") or {}).get("hfTokenEnv")
    if token_env and os.environ.get(token_env):
        os.environ.setdefault("HF_TOKEN", os.environ[token_env])
    seed = int(data.get("seed", 1))
    random.seed(seed)
    torch.manual_seed(seed)

    tokenizer = AutoTokenizer.from_pretrained(config["baseModel"])
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    features, dropped = tokenize_rows(tokenizer, train_rows, int(data["maxLength"]))
    if not features:
        raise ValueError("no training row is left after tokenizing: %s" % dropped)
    plan = make_plan(
        config, workdir, train_rows, eval_rows, world=accelerator.num_processes, max_steps=max_steps,
        train_count=len(features),
    )
    LOG.info("plan: %s; dropped: %s", plan, dropped)

    model = load_model(config, use_cuda)
    parameters = [parameter for parameter in model.parameters() if parameter.requires_grad]
    optimizer = torch.optim.AdamW(parameters, lr=optimizer_spec["learningRate"], weight_decay=optimizer_spec["weightDecay"])
    total, warmup, kind = plan["totalSteps"], optimizer_spec["warmupSteps"], optimizer_spec["scheduler"]
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: learning_rate_factor(step, total, warmup, kind))

    state, last_checkpoint = TrainState(), None
    found = latest_checkpoint(workdir)
    if found is not None:
        step, path = found
        loaded = model.load_state_dict(torch.load(os.path.join(path, "model.pt"), weights_only=False), strict=False)
        if loaded.unexpected_keys:
            raise ValueError("checkpoint %s does not match the model: %s" % (path, loaded.unexpected_keys[:5]))
        optimizer.load_state_dict(torch.load(os.path.join(path, "optimizer.pt"), weights_only=False))
        scheduler.load_state_dict(torch.load(os.path.join(path, "scheduler.pt"), weights_only=False))
        state = load_checkpoint_state(path)
        last_checkpoint = os.path.basename(path)
        LOG.info("resuming from %s (step %d, epoch %d, micro-batch %d)", last_checkpoint, step, state.epoch, state.micro_step)

    model, optimizer = accelerator.prepare(model, optimizer)
    model.train()
    batch_size, accumulation = optimizer_spec["perDeviceBatchSize"], optimizer_spec["gradientAccumulation"]
    log_every, keep = optimizer_spec.get("logEverySteps", 10), config["checkpoint"]["keep"]
    every = config["checkpoint"]["everySteps"]
    max_norm = optimizer_spec.get("maxGradNorm", 1.0)
    pad_id = tokenizer.pad_token_id
    window_tokens, window_start = 0, time.time()
    steps_this_run = 0
    terminate = TerminationRequest()

    def checkpoint():
        nonlocal last_checkpoint
        accelerator.wait_for_everyone()
        if accelerator.is_main_process:
            unwrapped = accelerator.unwrap_model(model)

            def payload(directory):
                torch.save(trainable_state(unwrapped), os.path.join(directory, "model.pt"))
                torch.save(optimizer.state_dict(), os.path.join(directory, "optimizer.pt"))
                torch.save(scheduler.state_dict(), os.path.join(directory, "scheduler.pt"))

            last_checkpoint = os.path.basename(save_checkpoint(workdir, state, payload, keep))
            mirror_checkpoints(workdir, config)
        accelerator.wait_for_everyone()

    while state.global_step < total:
        order = epoch_order(len(features), seed, state.epoch)
        batches = micro_batches(order, batch_size, accelerator.process_index, accelerator.num_processes)
        epoch_at_start = state.epoch
        while state.epoch == epoch_at_start and state.global_step < total:
            group = batches[state.micro_step:state.micro_step + accumulation]
            loss_sum = torch.zeros((), device=accelerator.device)
            for index, rows in enumerate(group):
                batch = {key: value.to(accelerator.device) for key, value in pad_batch([features[i] for i in rows], pad_id).items()}
                sync = index == len(group) - 1
                with contextlib.nullcontext() if sync else accelerator.no_sync(model):
                    loss = model(**batch).loss / len(group)
                    accelerator.backward(loss)
                loss_sum += loss.detach()
                tokens = int(batch["attention_mask"].sum())
                window_tokens += tokens
                state.tokens_seen += tokens
            if max_norm and max_norm > 0:
                accelerator.clip_grad_norm_(parameters, max_norm)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            state.last_loss = float(accelerator.gather(loss_sum.reshape(1)).mean())
            state.advance(len(batches), accumulation)
            if state.global_step % every == 0 or state.global_step >= total:
                checkpoint()
            if state.global_step % log_every == 0 or state.global_step >= total or state.global_step == 1:
                elapsed = max(1e-6, time.time() - window_start)
                memory = torch.cuda.max_memory_allocated() / 1e9 if use_cuda else None
                fraction = state.epoch + state.micro_step / max(1, len(batches))
                record = heartbeat_record(
                    state, scheduler.get_last_lr()[0], window_tokens * accelerator.num_processes / elapsed,
                    memory, last_checkpoint, fraction,
                )
                if accelerator.is_main_process:
                    append_heartbeat(workdir, record)
                    LOG.info("step %d/%d loss %s lr %.3g tokens/s %.0f", state.global_step, total, record["loss"], record["lr"], record["tokensPerSecond"])
                window_tokens, window_start = 0, time.time()
            steps_this_run += 1
            if stop_after is not None and steps_this_run >= stop_after and state.global_step < total:
                LOG.info("stopping after %d steps as asked (--stop-after)", steps_this_run)
                return TERMINATED_OK
            if state.global_step < total and any_process(accelerator, terminate.requested):
                if state.global_step % every != 0:
                    checkpoint()
                LOG.info("received SIGTERM: saved %s, stopping (a restart resumes from it)", last_checkpoint)
                return TERMINATED_BY_SIGNAL

    accelerator.wait_for_everyone()
    if accelerator.is_main_process:
        final = accelerator.unwrap_model(model)
        if config["method"]["kind"] == "lora":
            final = final.merge_and_unload()
        if use_cuda and precision == "bf16":
            final = final.to(torch.bfloat16)
        output = os.path.join(workdir, FILES["output"])
        final.save_pretrained(output, safe_serialization=True)
        tokenizer.save_pretrained(output)
        pushed = push_output(config, output)
        if pushed is not None:
            LOG.info("pushed %s to the Hub model repository %s", FILES["output"], pushed)
        completed = write_completed(workdir, state.global_step, state.last_loss)
        mirror_completed(workdir, config)
        LOG.info("completed: %s", completed)
    accelerator.wait_for_everyone()
    return TERMINATED_OK
