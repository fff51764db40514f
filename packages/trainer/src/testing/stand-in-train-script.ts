/**
 * A stand-in for the training script, in plain Python (standard library only), for backend tests: it resumes
 * from its latest `checkpoints/checkpoint-<step>/`, writes one heartbeat line per step and a checkpoint every
 * `checkpointEvery` steps, starts a grandchild (`sleep`) whose pid it writes to `grandchild.pid`, says on stdout
 * whether each secret it was told to expect is present (never its value), honours SIGTERM, and ends with
 * `output/` and `completed.json`. Settings come from `stand-in.json` in its folder.
 */
export const standInTrainScript = String.raw`import json, os, signal, subprocess, sys, time

config = json.load(open("stand-in.json"))
steps, pause, every = config["steps"], config["stepSeconds"], config["checkpointEvery"]

def on_term(signum, frame):
    print("received SIGTERM, stopping", flush=True)
    sys.exit(143)

signal.signal(signal.SIGTERM, on_term)
os.makedirs("checkpoints", exist_ok=True)
done = [int(name.split("-")[1]) for name in os.listdir("checkpoints") if name.startswith("checkpoint-")]
start = max(done, default=0)
print("resuming from checkpoint-%d" % start if start else "starting from scratch", flush=True)
for name in config.get("secretEnv", []):
    print("secret %s: %s" % (name, "present" if os.environ.get(name) else "missing"), flush=True)
grandchild = subprocess.Popen(["sleep", "300"])
open("grandchild.pid", "w").write(str(grandchild.pid))
last = "checkpoint-%d" % start if start else None
for step in range(start + 1, steps + 1):
    time.sleep(pause)
    loss = 2.0 / step
    if step % every == 0:
        os.makedirs("checkpoints/checkpoint-%d" % step, exist_ok=True)
        json.dump({"step": step}, open("checkpoints/checkpoint-%d/state.json" % step, "w"))
        last = "checkpoint-%d" % step
    line = {"step": step, "epoch": step / steps, "loss": loss, "lr": 5e-06, "tokensPerSecond": 1000.0,
            "memoryGb": 1.5, "lastCheckpoint": last, "time": time.time()}
    with open("heartbeat.jsonl", "a") as heartbeat:
        heartbeat.write(json.dumps(line) + "\n")
    print("step %d loss %.4f" % (step, loss), flush=True)
os.makedirs("output", exist_ok=True)
open("output/model.txt", "w").write("weights\n")
json.dump({"status": "succeeded", "steps": steps, "finalLoss": 2.0 / steps, "time": time.time()},
          open("completed.json", "w"))
grandchild.terminate()
print("done", flush=True)
`;
