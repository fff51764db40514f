import { readdirSync, readFileSync } from "node:fs";

/** The state letter and process group of a pid from `/proc/<pid>/stat`, or undefined when unreadable. */
function procStat(pid: number | string): { state: string; group: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) S ppid pgrp ...": the command may hold spaces and parentheses, so split after the last ')'.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0] ?? "", group: Number(fields[2]) };
  } catch {
    return undefined;
  }
}

/**
 * True while a process exists and is not a zombie. Zombies count as dead: an orphan's zombie lingers where
 * pid 1 does not reap, and `kill(pid, 0)` alone would call it alive.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  const stat = procStat(pid);
  return stat === undefined ? true : stat.state !== "Z";
}

/** True while any live (non-zombie) process belongs to the process group `group`. */
export function isProcessGroupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return true;
  }
  return entries.some((entry) => {
    if (!/^\d+$/.test(entry)) {
      return false;
    }
    const stat = procStat(entry);
    return stat !== undefined && stat.group === group && stat.state !== "Z";
  });
}
