// A consistent copy of a live SQLite database. VACUUM INTO copies one read snapshot (under WAL the
// app keeps writing meanwhile); it goes to a ".partial" file that is flushed to disk and only then
// renamed, so the target is either a complete backup or absent. SQLite itself does not fsync it.
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";

function flush(path: string) {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Copies the database at source to target (a new file); returns the copy's size in bytes. */
export function backupSqlite(source: string, target: string): number {
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  if (existsSync(target)) throw new Error(`${target} already exists; give a new file name`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const database = new SQLite(source, { fileMustExist: true });
  try {
    database.pragma("busy_timeout = 5000");
    database.prepare("VACUUM INTO ?").run(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    database.close();
  }
  flush(partial);
  renameSync(partial, target);
  flush(dirname(target));
  return statSync(target).size;
}
