// The statlens package's own facts (version, where its documentation lives), read from its package.json so that
// there is one place to bump the version. Found by walking up from this module: the same code runs from out/.
import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { pathToFileURL } from 'url';

export interface PackageInfo {
  name: string;
  version: string;
  root: string;
  /** Absolute URI of the project's home page (package.json homepage), or of the installed package's folder. */
  informationUri: string;
  /** Absolute URI of a documentation file given relative to the package root (`docs/rules/x.md`). */
  docUri(relativePath: string): string;
}

interface Manifest {
  name?: string;
  version?: string;
  homepage?: string;
}

function findManifest(from: string): { root: string; manifest: Manifest } | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const manifest = JSON.parse(readFileSync(candidate, 'utf8')) as Manifest;
      if (manifest.name === 'statlens') return { root: dir, manifest };
    }
    if (dirname(dir) === dir) return null;
  }
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  const found = findManifest(__dirname);
  const root = found?.root ?? __dirname;
  const homepage = found?.manifest.homepage?.replace(/#.*$/, '').replace(/\/+$/, '');
  const rootUri = pathToFileURL(root + '/').href;
  cached = {
    name: found?.manifest.name ?? 'statlens',
    version: found?.manifest.version ?? '0.0.0',
    root,
    informationUri: homepage ?? rootUri,
    // A GitHub-style homepage serves files under blob/HEAD/; without one, point at the installed copy.
    docUri: (relativePath) => (homepage ? `${homepage}/blob/HEAD/${relativePath}` : new URL(relativePath, rootUri).href),
  };
  return cached;
}
