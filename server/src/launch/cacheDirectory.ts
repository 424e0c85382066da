// Where the language server keeps its code cache (codeCache.ts).
import * as os from 'os';
import * as path from 'path';

/** The user's cache directory for StatLens on this platform, or undefined when it cannot be told. */
export function defaultCacheDirectory(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  if (platform === 'win32') return env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'statlens', 'cache') : undefined;
  const home = env.HOME || os.homedir();
  if (platform === 'darwin') return home ? path.join(home, 'Library', 'Caches', 'statlens') : undefined;
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'statlens');
  return home ? path.join(home, '.cache', 'statlens') : undefined;
}

/**
 * STATLENS_CODE_CACHE=off turns the cache off; STATLENS_CODE_CACHE_DIR names the directory (the VS Code client
 * points it into the extension's global storage); else the user's cache directory.
 */
export function codeCacheDirectory(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  if ((env.STATLENS_CODE_CACHE ?? '').toLowerCase() === 'off') return undefined;
  return env.STATLENS_CODE_CACHE_DIR || defaultCacheDirectory(env, platform);
}
