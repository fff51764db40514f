import { jobFiles } from "../job-files.js";
import { shellJoin, shellQuote } from "./shell-quote.js";

const { log, exitCode, pid, heartbeat, completed } = jobFiles;

/**
 * The shell script that starts a job on an SSH host, detached (refusing, exit 4, while a job still runs in the
 * folder): it reads each secret as one line from stdin
 * (so no value appears in the command line, a file or a log), exports it, and starts the command in its own
 * session with `setsid nohup`, output appended to `train.log`, exit status to `exit_code`, and the session
 * leader's pid (the process group id) in `pid`.
 *
 * @example
 * remoteLaunchScript({ dir: "runs/a", command: ["python3", "train.py"], secretEnv: ["HF_TOKEN"] })
 */
export function remoteLaunchScript({
  dir,
  command,
  secretEnv,
}: {
  dir: string;
  command: readonly string[];
  secretEnv: readonly string[];
}): string {
  const reads = secretEnv.map((name) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new TypeError(`Not an environment variable name: '${name}'`);
    }
    return `IFS= read -r ${name} && export ${name} && `;
  });
  const inner = `${shellJoin(command)} >> ${log} 2>&1; echo $? > ${exitCode}`;
  return (
    `cd ${shellQuote(dir)} && ${remoteRunningGuard({ dir })}${reads.join("")}rm -f ${exitCode} && ` +
    `{ setsid nohup sh -c ${shellQuote(inner)} > /dev/null 2>&1 < /dev/null & echo $! > ${pid}; } && cat ${pid}`
  );
}

/**
 * A shell snippet, run inside a job folder, that exits 4 saying so while a job still runs there (its `pid` is alive
 * and it wrote no `exit_code`), so that a job launched from elsewhere is never started a second time beside it.
 */
export function remoteRunningGuard({ dir }: { dir: string }): string {
  const shown = dir.replace(/[^\w./-]/g, "_");
  return (
    `p=$(cat ${pid} 2>/dev/null); if [ -n "$p" ] && kill -0 "$p" 2>/dev/null && [ ! -f ${exitCode} ]; then ` +
    `echo "a job is already running in ${shown} (pid $p): follow it, or cancel it first" >&2; exit 4; fi; `
  );
}

/**
 * The shell script that reports a job's state as `key=value` lines: `state` (running, exited or gone; a zombie
 * counts as gone), `exit`, the last `heartbeat` line and `completed` (the marker, on one line).
 */
export function remotePollScript({ dir }: { dir: string }): string {
  return [
    `cd ${shellQuote(dir)} || exit 3`,
    `p=$(cat ${pid} 2>/dev/null); s=gone`,
    `if [ -f ${exitCode} ]; then s=exited; elif [ -n "$p" ] && kill -0 "$p" 2>/dev/null; then s=running; ` +
      `if [ -r /proc/$p/stat ] && sed 's/.*) //' /proc/$p/stat | grep -q '^Z'; then s=gone; fi; fi`,
    `echo "state=$s"`,
    `echo "exit=$(cat ${exitCode} 2>/dev/null)"`,
    `echo "heartbeat=$(tail -n 1 ${heartbeat} 2>/dev/null)"`,
    `echo "completed=$(tr -d '\\n' < ${completed} 2>/dev/null)"`,
  ].join("\n");
}

/**
 * The shell script that stops a job: SIGTERM to its process group, up to `graceSeconds` for it to end, then
 * SIGKILL.
 */
export function remoteCancelScript({ dir, graceSeconds }: { dir: string; graceSeconds: number }): string {
  const ticks = Math.max(1, Math.ceil(graceSeconds * 10));
  return [
    `cd ${shellQuote(dir)} || exit 3`,
    `p=$(cat ${pid} 2>/dev/null); [ -n "$p" ] || exit 0`,
    `kill -TERM -$p 2>/dev/null || exit 0`,
    `i=0; while [ $i -lt ${ticks} ] && kill -0 -$p 2>/dev/null; do sleep 0.1; i=$((i+1)); done`,
    `kill -KILL -$p 2>/dev/null; exit 0`,
  ].join("\n");
}
