import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AssemblyFile } from '../assembly.js';
import { faultPoint } from './_fault-point.js';
import { withOutputLock } from './_output-lock.js';
import { assertReplaceable, filesOfOurAssembly, osMetadataFilesIn } from './_ownership.js';
import { describingFailure, OutputDirectoryError, writeFailure } from './output-directory-error.js';

/**
 * Writes the assembly so that the output path always holds a complete assembly, old or new, and nothing that synth
 * did not write is ever deleted:
 * 1. follow a symbolic link at `outdir` (the link stays; its target is written);
 * 2. take the directory's lock, so concurrent synths take turns;
 * 3. finish what a killed synth left: put back an assembly moved aside just before the kill, remove stale
 *    `.staging-` and `.previous-` directories;
 * 4. refuse a directory that is not wholly ours (see `assertReplaceable`);
 * 5. write every file into a staging directory beside it, with a copy of the desktop metadata files of the old
 *    directory (`.DS_Store` and the like, which are not ours but must not be lost), fsync files and directory;
 * 6. swap: rename the staging directory over an absent or empty target; otherwise move the old one aside, rename
 *    the new one in, fsync the parent, delete the old one. A kill between the two renames is repaired by step 3
 *    of the next synth.
 * Failures are `OutputDirectoryError`s naming the path and the cause; the previous output is then as it was.
 */
export function writeAssemblyAtomically(outdir: string, files: readonly AssemblyFile[]): void {
  const target = followLink(outdir);
  const parent = path.dirname(target);
  const base = path.basename(target);
  createParent(parent, outdir);
  withOutputLock(path.join(parent, `.${base}.lock`), outdir, () => {
    faultPoint('locked');
    describingFailure(outdir, 'cleaning up after an interrupted synth', () => recoverInterruptedWrite(parent, base));
    assertReplaceable(target, outdir);
    const staging = stage(parent, base, target, files, outdir);
    swap(staging, target, outdir);
  });
}

/**
 * Checks, without writing anything, that synth may write its assembly to `outdir`: the path does not run through a
 * file or a dangling link, and the directory is absent, empty or an assembly synth wrote (nothing else in it).
 * Throws the `OutputDirectoryError` synth would throw; file-system failures (read-only, full) show only on writing.
 */
export function checkOutputDirectory(outdir: string): void {
  const target = followLink(outdir);
  assertParentIsDirectory(path.dirname(target), outdir);
  assertReplaceable(target, outdir);
}

/** The directory `outdir` names: itself, or where the symbolic link at `outdir` points. */
function followLink(outdir: string): string {
  let isLink: boolean;
  try {
    isLink = fs.lstatSync(outdir).isSymbolicLink();
  } catch {
    return outdir;
  }
  if (!isLink) return outdir;
  try {
    return fs.realpathSync(outdir);
  } catch (error) {
    const to = fs.readlinkSync(outdir);
    const loop = (error as NodeJS.ErrnoException).code === 'ELOOP';
    throw new OutputDirectoryError(
      loop
        ? `The output path ${outdir} is a symbolic link in a loop of links (${to}).`
        : `The output path ${outdir} is a symbolic link to ${to}, which does not exist.`,
      `Create the directory the link points to, point the link at a directory, or choose another outdir.`,
      outdir,
    );
  }
}

/** Creates the parent folders of the output directory, refusing a path that runs through a file. */
function createParent(parent: string, shown: string): void {
  assertParentIsDirectory(parent, shown);
  describingFailure(shown, `creating the directory ${parent}`, () => fs.mkdirSync(parent, { recursive: true }));
}

function assertParentIsDirectory(parent: string, shown: string): void {
  let existing = parent;
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  if (!fs.statSync(existing).isDirectory()) {
    throw new OutputDirectoryError(
      `Cannot write the assembly to ${shown}: ${existing} is a file, not a directory.`,
      `Choose an outdir whose parent folders are directories (or move ${existing} away).`,
      shown,
    );
  }
}

/** `.litellm.out.staging-1a2b3c4d5e6f` and `.litellm.out.previous-…`: the directories a write leaves while it runs. */
function leftoverPattern(base: string): RegExp {
  return new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(staging|previous)-[0-9a-f]{12}$`);
}

/**
 * Repairs what a synth killed mid-write left behind (callers hold the lock, so no write is in progress): when the
 * output directory is missing but a complete previous assembly was moved aside, it goes back; then every leftover
 * staging or previous directory is removed.
 */
function recoverInterruptedWrite(parent: string, base: string): void {
  const pattern = leftoverPattern(base);
  const leftovers = fs.readdirSync(parent).filter((name) => pattern.test(name));
  if (leftovers.length === 0) return;
  const target = path.join(parent, base);
  if (!fs.existsSync(target)) {
    const restorable = leftovers.filter(
      (name) => name.includes('.previous-') && isCompleteAssembly(path.join(parent, name)),
    );
    const newest = restorable.sort(
      (a, b) => fs.statSync(path.join(parent, b)).mtimeMs - fs.statSync(path.join(parent, a)).mtimeMs,
    )[0];
    if (newest) {
      fs.renameSync(path.join(parent, newest), target);
      fsyncDirectory(parent);
    }
  }
  for (const name of leftovers) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
}

function isCompleteAssembly(directory: string): boolean {
  const files = filesOfOurAssembly(directory);
  return files !== undefined && [...files].every((file) => fs.existsSync(path.join(directory, file)));
}

/** Writes every file into a new staging directory beside the target, with the target's permissions, and fsyncs it all. */
function stage(parent: string, base: string, target: string, files: readonly AssemblyFile[], shown: string): string {
  const staging = path.join(parent, `.${base}.staging-${randomBytes(6).toString('hex')}`);
  describingFailure(shown, `creating the staging directory ${staging}`, () => fs.mkdirSync(staging));
  try {
    describingFailure(shown, 'writing the assembly files', () => {
      if (fs.existsSync(target)) fs.chmodSync(staging, fs.statSync(target).mode & 0o7777);
      files.forEach((file, index) => {
        // Custom modules and extensions' artifacts may sit in folders of their own (hooks/custom_auth.py, kubernetes/prod.yaml).
        if (file.name.includes('/')) fs.mkdirSync(path.dirname(path.join(staging, file.name)), { recursive: true });
        writeDurably(path.join(staging, file.name), file.content);
        faultPoint(`staged:${index}`);
      });
      for (const name of osMetadataFilesIn(target)) fs.copyFileSync(path.join(target, name), path.join(staging, name));
      fsyncDirectory(staging);
    });
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  faultPoint('staged');
  return staging;
}

function swap(staging: string, target: string, shown: string): void {
  const parent = path.dirname(target);
  // Over an absent or empty directory, one rename replaces it atomically.
  try {
    fs.renameSync(staging, target);
    fsyncDirectory(parent);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') {
      fs.rmSync(staging, { recursive: true, force: true });
      throw writeFailure(shown, 'moving the new assembly in place', error);
    }
  }
  const previous = staging.replace(/\.staging-(?=[0-9a-f]{12}$)/, '.previous-');
  describingFailure(shown, 'moving the old assembly aside', () => {
    try {
      fs.renameSync(target, previous);
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw error;
    }
  });
  faultPoint('swap:old-moved-aside');
  try {
    fs.renameSync(staging, target);
  } catch (error) {
    fs.renameSync(previous, target);
    fs.rmSync(staging, { recursive: true, force: true });
    throw writeFailure(shown, 'moving the new assembly in place', error);
  }
  faultPoint('swap:new-in-place');
  fsyncDirectory(parent);
  fs.rmSync(previous, { recursive: true, force: true });
  faultPoint('swap:done');
}

/** Writes `content` and flushes it to the device, so a power cut after the swap cannot leave an empty file. */
function writeDurably(file: string, content: string): void {
  const fd = fs.openSync(file, 'wx');
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncDirectory(directory: string): void {
  const fd = fs.openSync(directory, 'r');
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    // Some file systems cannot fsync a directory; the files themselves are flushed already.
    if (!['EINVAL', 'EISDIR', 'EBADF', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    fs.closeSync(fd);
  }
}
