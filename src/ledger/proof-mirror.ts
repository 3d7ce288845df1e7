/**
 * A local, derived copy of the log's node hashes for the proof reader: one append-only file per
 * Merkle level, node `i` of a level at byte i·32, holding only nodes of complete subtrees (which
 * never change). A proof then costs about one 32-byte pread per level instead of a database
 * round trip, and the process's memory stays bounded: the files live in the OS page cache, not
 * in the heap.
 *
 * The database stays the source of truth. The mirror is filled from it (fillMirror in
 * mirrored-hash-store.ts, and the integrator's own commits), never fsynced, and never trusted: the
 * ledger checks every proof served from it against the signed checkpoint's root and serves the
 * database's when one does not verify (resetting the mirror when the database's does), so a torn
 * write after a crash, a disk error or an edited file cannot produce a wrong proof. One process
 * at a time may use a mirror directory (a lock file holds its pid).
 */
import fs from 'node:fs';
import path from 'node:path';
import { HASH_BYTES } from './node.repository.js';

/** Levels of a log of up to 2^63 leaves. */
const MAX_LEVELS = 64;
const LOCK = 'mirror.lock';
const OWNER = 'log.vkey';
/** Mirror directories this process has open: a lock holding our own pid is stale unless listed (a restarted container's process can get its predecessor's pid). */
const openDirs = new Set<string>();

export class ProofMirror {
  /** File descriptor and node count by level; a level gets its file at its first append. */
  private readonly fds: Array<number | undefined> = [];
  private readonly counts: number[] = [];
  private readonly scratch = Buffer.alloc(HASH_BYTES);

  private constructor(private readonly dir: string) {}

  /**
   * Opens (creating) the mirror in `dir` for the log with verifier key `verifierKey`: a mirror
   * of another log (or of none recorded) is emptied first. Returns null when another live
   * process holds the directory.
   */
  static open(dir: string, verifierKey: string): ProofMirror | null {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (openDirs.has(path.resolve(dir)) || !takeLock(path.join(dir, LOCK))) return null;
    const mirror = new ProofMirror(dir);
    const owner = path.join(dir, OWNER);
    const sameLog = fs.existsSync(owner) && fs.readFileSync(owner, 'utf8') === verifierKey;
    for (let level = 0; level < MAX_LEVELS; level++) {
      const file = mirror.file(level);
      if (!fs.existsSync(file)) continue;
      if (!sameLog) {
        fs.rmSync(file);
        continue;
      }
      const fd = fs.openSync(file, 'r+');
      // A crash can leave a torn last node: drop it (its bytes are read again from the database).
      const whole = Math.floor(fs.fstatSync(fd).size / HASH_BYTES);
      fs.ftruncateSync(fd, whole * HASH_BYTES);
      mirror.fds[level] = fd;
      mirror.counts[level] = whole;
    }
    if (!sameLog) fs.writeFileSync(owner, verifierKey, { mode: 0o600 });
    openDirs.add(path.resolve(dir));
    return mirror;
  }

  /** Nodes stored at `level` (node indexes 0 … count − 1). */
  count(level: number): number {
    return this.counts[level] ?? 0;
  }

  /** Node `index` of `level`, or null when the mirror does not hold it yet. */
  get(level: number, index: number): Uint8Array | null {
    const fd = this.fds[level];
    if (fd === undefined || index >= (this.counts[level] ?? 0)) return null;
    // Synchronous on purpose: a 32-byte read from the page cache takes a microsecond or two,
    // far less than a round trip through libuv's thread pool.
    if (fs.readSync(fd, this.scratch, 0, HASH_BYTES, index * HASH_BYTES) !== HASH_BYTES) return null;
    return Uint8Array.from(this.scratch);
  }

  /** Appends nodes first … of `level` (concatenated hashes); `first` MUST be count(level). */
  append(level: number, first: number, hashes: Uint8Array): void {
    if (level < 0 || level >= MAX_LEVELS || first !== this.count(level) || hashes.length % HASH_BYTES !== 0) {
      throw new Error(`mirror level ${level}: an append of ${hashes.length} bytes at node ${first} does not continue its ${this.count(level)} nodes`);
    }
    const fd = this.fds[level] ?? fs.openSync(this.file(level), 'w+', 0o600);
    this.fds[level] = fd;
    let done = 0;
    while (done < hashes.length) done += fs.writeSync(fd, hashes, done, hashes.length - done, first * HASH_BYTES + done);
    this.counts[level] = first + hashes.length / HASH_BYTES;
  }

  /** Empties every level (after a proof from it failed to verify); the filler rebuilds it. */
  reset(): void {
    this.fds.forEach((fd, level) => {
      if (fd !== undefined) fs.ftruncateSync(fd, 0);
      this.counts[level] = 0;
    });
  }

  close(): void {
    for (const fd of this.fds.splice(0)) if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(path.join(this.dir, LOCK), { force: true });
    openDirs.delete(path.resolve(this.dir));
  }

  private file(level: number): string {
    return path.join(this.dir, `level-${String(level).padStart(2, '0')}.hashes`);
  }
}

/** Takes the directory's lock file, or takes over one whose process is gone. */
function takeLock(lock: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx', mode: 0o600 });
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(fs.readFileSync(lock, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) return false;
      // A dead holder's lock, or our own pid left by a predecessor (openDirs ruled out this process).
      fs.rmSync(lock, { force: true });
    }
  }
  return false;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
