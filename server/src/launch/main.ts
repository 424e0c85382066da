// The language server's entry in the bundle (dist/server.js): runs the server bundle beside it
// (dist/statlens-server.js) through V8's code cache (codeCache.ts). Kept tiny: it is compiled on every start.
// STATLENS_TRACE_CODE_CACHE=1 prints what became of the cache on stderr (the tests read it).
import * as path from 'path';
import { codeCacheDirectory } from './cacheDirectory';
import { loadWithCodeCache } from './codeCache';

const { outcome } = loadWithCodeCache(path.join(__dirname, 'statlens-server.js'), { directory: codeCacheDirectory() });
if (process.env.STATLENS_TRACE_CODE_CACHE === '1') process.stderr.write(`statlens: code cache ${outcome}\n`);
