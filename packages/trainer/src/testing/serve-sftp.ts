import {
  close,
  constants,
  fstat,
  mkdir,
  open,
  read,
  readdir,
  realpath,
  type Stats,
  stat,
  write,
} from "node:fs";
import type { Attributes, SFTPWrapper } from "ssh2";
import ssh2 from "ssh2";

const { STATUS_CODE, flagsToString } = ssh2.utils.sftp;

type Open = { kind: "file"; fd: number } | { kind: "dir"; path: string; sent: boolean };

const attributesOf = (stats: Stats): Attributes => ({
  mode: stats.mode,
  uid: stats.uid,
  gid: stats.gid,
  size: stats.size,
  atime: Math.floor(stats.atimeMs / 1000),
  mtime: Math.floor(stats.mtimeMs / 1000),
});

const failure = (error: NodeJS.ErrnoException | null) =>
  error?.code === "ENOENT" ? STATUS_CODE.NO_SUCH_FILE : STATUS_CODE.FAILURE;

/**
 * Answers the SFTP requests the SSH backend makes (open, read, write, close, mkdir, stat, lstat, fstat, opendir,
 * readdir, realpath) from the real file system, resolving paths with `resolve`. Anything else is refused.
 */
export function serveSftp(sftp: SFTPWrapper, resolve: (path: string) => string): void {
  const handles = new Map<number, Open>();
  let next = 0;
  const newHandle = (entry: Open) => {
    const id = next++;
    handles.set(id, entry);
    const buffer = Buffer.alloc(4);
    buffer.writeUInt32BE(id);
    return buffer;
  };
  const lookup = (handle: Buffer) => (handle.length === 4 ? handles.get(handle.readUInt32BE(0)) : undefined);
  const sendStat = (reqId: number, error: NodeJS.ErrnoException | null, stats: Stats | undefined) =>
    error || stats === undefined
      ? sftp.status(reqId, failure(error))
      : sftp.attrs(reqId, attributesOf(stats));

  sftp.on("OPEN", (reqId, filename, flags) => {
    const mode = flagsToString(flags) ?? "r";
    open(resolve(filename), mode, 0o644, (error, fd) =>
      error ? sftp.status(reqId, failure(error)) : sftp.handle(reqId, newHandle({ kind: "file", fd })),
    );
  });
  sftp.on("WRITE", (reqId, handle, offset, data) => {
    const entry = lookup(handle);
    if (entry?.kind !== "file") {
      return sftp.status(reqId, STATUS_CODE.FAILURE);
    }
    write(entry.fd, data, 0, data.length, offset, (error) =>
      sftp.status(reqId, error ? STATUS_CODE.FAILURE : STATUS_CODE.OK),
    );
  });
  sftp.on("READ", (reqId, handle, offset, length) => {
    const entry = lookup(handle);
    if (entry?.kind !== "file") {
      return sftp.status(reqId, STATUS_CODE.FAILURE);
    }
    const buffer = Buffer.alloc(length);
    read(entry.fd, buffer, 0, length, offset, (error, bytesRead) => {
      if (error) {
        sftp.status(reqId, STATUS_CODE.FAILURE);
      } else if (bytesRead === 0) {
        sftp.status(reqId, STATUS_CODE.EOF);
      } else {
        sftp.data(reqId, buffer.subarray(0, bytesRead));
      }
    });
  });
  sftp.on("CLOSE", (reqId, handle) => {
    const entry = lookup(handle);
    handles.delete(handle.readUInt32BE(0));
    if (entry?.kind === "file") {
      close(entry.fd, (error) => sftp.status(reqId, error ? STATUS_CODE.FAILURE : STATUS_CODE.OK));
    } else {
      sftp.status(reqId, entry === undefined ? STATUS_CODE.FAILURE : STATUS_CODE.OK);
    }
  });
  sftp.on("MKDIR", (reqId, path) =>
    mkdir(resolve(path), (error) => sftp.status(reqId, error ? failure(error) : STATUS_CODE.OK)),
  );
  sftp.on("STAT", (reqId, path) => stat(resolve(path), (error, stats) => sendStat(reqId, error, stats)));
  sftp.on("LSTAT", (reqId, path) => stat(resolve(path), (error, stats) => sendStat(reqId, error, stats)));
  sftp.on("FSTAT", (reqId, handle) => {
    const entry = lookup(handle);
    if (entry?.kind !== "file") {
      return sftp.status(reqId, STATUS_CODE.FAILURE);
    }
    fstat(entry.fd, (error, stats) => sendStat(reqId, error, stats));
  });
  sftp.on("OPENDIR", (reqId, path) =>
    stat(resolve(path), (error, stats) =>
      error || !stats.isDirectory()
        ? sftp.status(reqId, failure(error))
        : sftp.handle(reqId, newHandle({ kind: "dir", path: resolve(path), sent: false })),
    ),
  );
  sftp.on("READDIR", (reqId, handle) => {
    const entry = lookup(handle);
    if (entry?.kind !== "dir") {
      return sftp.status(reqId, STATUS_CODE.FAILURE);
    }
    if (entry.sent) {
      return sftp.status(reqId, STATUS_CODE.EOF);
    }
    entry.sent = true;
    readdir(entry.path, { withFileTypes: true }, (error, entries) => {
      if (error) {
        return sftp.status(reqId, failure(error));
      }
      const names = entries.map((item) => {
        const mode = item.isDirectory() ? constants.S_IFDIR | 0o755 : constants.S_IFREG | 0o644;
        return {
          filename: item.name,
          longname: item.name,
          attrs: { mode, uid: 0, gid: 0, size: 0, atime: 0, mtime: 0 },
        };
      });
      return names.length === 0 ? sftp.status(reqId, STATUS_CODE.EOF) : sftp.name(reqId, names);
    });
  });
  sftp.on("REALPATH", (reqId, path) =>
    realpath(resolve(path), (error, resolved) =>
      error
        ? sftp.status(reqId, failure(error))
        : sftp.name(reqId, [{ filename: resolved, longname: resolved, attrs: {} as Attributes }]),
    ),
  );
}
