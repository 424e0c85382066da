// How the client starts the language server process, apart from anything VS Code: kept free of the `vscode` module
// so the bench (scripts/bench/lsp.ts) starts the server exactly as the extension does.

/** glibc malloc arenas the server process may use (see serverEnvironment). */
export const SERVER_MALLOC_ARENAS = '2';

/**
 * Variables the client adds to the server process's environment (which is otherwise the extension host's; the
 * language client merges the two):
 * - `MALLOC_ARENA_MAX` capped, unless the user set it. glibc gives each thread that allocates its own arena (up to 8
 *   per core), and V8's worker threads each keep the memory they freed in theirs. With two arenas, the settled RSS of
 *   the server holding ten 1 MiB documents was 90–92 MiB against 92–101 without (docs/performance.md); speed is
 *   unchanged, as the engine allocates on the main thread. Other editors start the `statlens-language-server` bin
 *   themselves and can set the variable the same way.
 * - `STATLENS_CODE_CACHE_DIR`, where the server keeps V8's code cache of its bundle (server/src/launch/codeCache.ts),
 *   when the client has a directory of its own for it (the extension's global storage), unless the user set it.
 */
export function serverEnvironment(base: NodeJS.ProcessEnv = process.env, codeCacheDirectory?: string): Record<string, string> {
  const env: Record<string, string> = { MALLOC_ARENA_MAX: base.MALLOC_ARENA_MAX ?? SERVER_MALLOC_ARENAS };
  const cacheDirectory = base.STATLENS_CODE_CACHE_DIR ?? codeCacheDirectory;
  if (cacheDirectory) env.STATLENS_CODE_CACHE_DIR = cacheDirectory;
  return env;
}
