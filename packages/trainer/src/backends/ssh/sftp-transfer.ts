import { mkdir, open, readdir } from "node:fs/promises";
import { join, posix } from "node:path";
import type { FileEntryWithStats, SFTPWrapper } from "ssh2";

const chunkSize = 64 * 1024;

const call = <Value>(run: (done: (error: Error | null | undefined, value: Value) => void) => void) =>
  new Promise<Value>((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value))));

/** Creates a remote folder unless it exists (parents must exist). */
async function ensureRemoteDir(sftp: SFTPWrapper, path: string): Promise<void> {
  const isDirectory = await call<boolean>((done) =>
    sftp.stat(path, (error, stats) => done(null, error ? false : stats.isDirectory())),
  );
  if (!isDirectory) {
    await call<void>((done) => sftp.mkdir(path, (error) => done(error, undefined)));
  }
}

/** Copies one local file to a remote path over SFTP (open, write, close). */
export async function uploadFile(sftp: SFTPWrapper, localPath: string, remotePath: string): Promise<void> {
  const local = await open(localPath, "r");
  const handle = await call<Buffer>((done) => sftp.open(remotePath, "w", done));
  try {
    const buffer = Buffer.alloc(chunkSize);
    for (let position = 0; ; ) {
      const { bytesRead } = await local.read(buffer, 0, chunkSize, position);
      if (bytesRead === 0) {
        break;
      }
      await call<void>((done) =>
        sftp.write(handle, buffer, 0, bytesRead, position, (error) => done(error, undefined)),
      );
      position += bytesRead;
    }
  } finally {
    await local.close();
    await call<void>((done) => sftp.close(handle, (error) => done(error, undefined)));
  }
}

/** Copies a local folder's files and sub-folders into a remote folder (created). Resolves to the files copied. */
export async function uploadDirectory(
  sftp: SFTPWrapper,
  localDir: string,
  remoteDir: string,
): Promise<string[]> {
  await ensureRemoteDir(sftp, remoteDir);
  const copied: string[] = [];
  for (const entry of await readdir(localDir, { withFileTypes: true })) {
    const from = join(localDir, entry.name);
    const to = posix.join(remoteDir, entry.name);
    if (entry.isDirectory()) {
      copied.push(...(await uploadDirectory(sftp, from, to)));
    } else if (entry.isFile()) {
      await uploadFile(sftp, from, to);
      copied.push(to);
    }
  }
  return copied;
}

/** Copies one remote file to a local path over SFTP (open, read until end of file, close). */
export async function downloadFile(sftp: SFTPWrapper, remotePath: string, localPath: string): Promise<void> {
  const handle = await call<Buffer>((done) => sftp.open(remotePath, "r", done));
  const local = await open(localPath, "w");
  try {
    const buffer = Buffer.alloc(chunkSize);
    for (let position = 0; ; ) {
      const bytesRead = await call<number>((done) => sftp.read(handle, buffer, 0, chunkSize, position, done));
      if (bytesRead === 0) {
        break;
      }
      await local.write(buffer, 0, bytesRead, position);
      position += bytesRead;
    }
  } finally {
    await local.close();
    await call<void>((done) => sftp.close(handle, (error) => done(error, undefined)));
  }
}

/**
 * Copies a remote file or folder (recursively) to a local path. Resolves to the local files written; a remote
 * path that does not exist copies nothing.
 */
export async function downloadPath(
  sftp: SFTPWrapper,
  remotePath: string,
  localPath: string,
): Promise<string[]> {
  const kind = await call<"file" | "directory" | "missing">((done) =>
    sftp.stat(remotePath, (error, stats) =>
      done(null, error ? "missing" : stats.isDirectory() ? "directory" : "file"),
    ),
  );
  if (kind === "missing") {
    return [];
  }
  if (kind === "file") {
    await downloadFile(sftp, remotePath, localPath);
    return [localPath];
  }
  await mkdir(localPath, { recursive: true });
  const entries = await call<FileEntryWithStats[]>((done) => sftp.readdir(remotePath, done));
  const written: string[] = [];
  for (const entry of entries) {
    if (entry.filename !== "." && entry.filename !== "..") {
      written.push(
        ...(await downloadPath(
          sftp,
          posix.join(remotePath, entry.filename),
          join(localPath, entry.filename),
        )),
      );
    }
  }
  return written;
}
