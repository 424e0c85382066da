// Loads a CommonJS file through V8's code cache, so a later start of the language server skips compiling the
// 600 KiB bundle and the functions its first analysis ran. Measured with the bundle on 3 Dec 2026: spawn →
// first diagnostics 255 ms against 328 ms without the cache (docs/performance.md).
//
// Why not Node's own compile cache: `module.enableCompileCache()` came in Node 22, and the server also runs on the
// Node inside VS Code's extension host. `vm.Script` with `cachedData` works on both.
//
// Safety: V8 checks the cache's version, flags and source length and rejects a mismatch (`cachedDataRejected`), and
// then the file is compiled from source as usual. The cache's file name carries a hash of the source, the runtime's
// version and the architecture, so an updated bundle never meets an old cache of the same length; the directory is
// the user's own (created 0700) and a cache is written whole to a temporary name, then renamed. Any failure here
// (unreadable directory, full disk) costs only the speed-up: the file still loads.
import { createHash } from 'crypto';
import * as fs from 'fs';
import Module = require('module');
import * as path from 'path';
import * as vm from 'vm';

/** What became of the cache on this start: the outcome a test or a trace can check. */
export type CodeCacheOutcome =
  /** A cache was found and V8 accepted it. */
  | 'used'
  /** No cache yet: one is written once the server has run a while (or at exit). */
  | 'missing'
  /** A cache was found but V8 refused it (another V8, other flags, a damaged file): it is replaced. */
  | 'rejected'
  /** No directory was given: plain compilation. */
  | 'off';

export interface CodeCacheOptions {
  /** Where caches live; undefined turns the cache off. */
  directory: string | undefined;
  /** Write the cache this long after loading if the process is still running (it is also written at exit). */
  writeAfterMs?: number;
}

/** Node's internal fields of Module used here (public since Node 0.x, typed loosely by @types/node). */
interface ModuleInternals {
  filename: string;
  paths: string[];
  loaded: boolean;
}
const ModuleConstructor = Module as unknown as {
  new (id: string, parent?: NodeModule): NodeModule & ModuleInternals;
  wrap(source: string): string;
  _nodeModulePaths(from: string): string[];
};

/** The cache file for `source` in `directory`: one per source text, runtime version and architecture. */
export function cacheFileFor(directory: string, file: string, source: string): string {
  const key = createHash('sha256').update(source).update('\0').update(process.version).update('\0').update(process.arch).digest('hex');
  return path.join(directory, `${path.basename(file, '.js')}-${key.slice(0, 20)}.v8cache`);
}

export interface Loaded {
  outcome: CodeCacheOutcome;
  /** What the module exported. */
  exports: unknown;
}

/**
 * Runs the CommonJS module `file` (as `require(file)` would, in its own module object) and tells what happened
 * to its code cache. Throws only what the module itself throws.
 */
export function loadWithCodeCache(file: string, options: CodeCacheOptions): Loaded {
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = options.directory === undefined ? undefined : cacheFileFor(options.directory, file, source);
  const cachedData = cacheFile === undefined ? undefined : readIfPresent(cacheFile);
  const script = new vm.Script(ModuleConstructor.wrap(source), { filename: file, cachedData });
  const outcome: CodeCacheOutcome = cacheFile === undefined ? 'off' : cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';

  const module = new ModuleConstructor(file, require.main);
  module.filename = file;
  module.paths = ModuleConstructor._nodeModulePaths(path.dirname(file));
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: NodeModule, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  // Only a module that loaded is worth a cache.
  if (cacheFile !== undefined && outcome !== 'used') scheduleWrite(script, cacheFile, options.writeAfterMs ?? 10_000);
  return { outcome, exports: module.exports };
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes the cache once: after `delayMs` (by then the first documents have been analyzed, so the functions they ran
 * are compiled and go into the cache too) or at exit, whichever comes first. The timer never keeps the process alive.
 */
function scheduleWrite(script: vm.Script, cacheFile: string, delayMs: number): void {
  let written = false;
  const write = (): void => {
    if (written) return;
    written = true;
    process.removeListener('exit', write);
    writeCache(script, cacheFile);
  };
  setTimeout(write, delayMs).unref();
  process.on('exit', write);
}

function writeCache(script: vm.Script, cacheFile: string): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
    fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(temporary, cacheFile);
    removeOtherCaches(cacheFile);
  } catch {
    try {
      fs.unlinkSync(temporary);
    } catch {
      // nothing was written
    }
  }
}

/** Caches of older bundles (an extension update) are dead weight; a few are kept for other runtimes sharing the directory. */
const CACHES_KEPT = 4;

function removeOtherCaches(keep: string): void {
  const directory = path.dirname(keep);
  const prefix = path.basename(keep).replace(/-[0-9a-f]+\.v8cache$/, '-');
  const others = fs.readdirSync(directory)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.v8cache') && path.join(directory, name) !== keep)
    .map((name) => ({ file: path.join(directory, name), mtime: modifiedAt(path.join(directory, name)) }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { file } of others.slice(CACHES_KEPT - 1)) {
    try {
      fs.unlinkSync(file);
    } catch {
      // another server may be removing it too
    }
  }
}

function modifiedAt(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
