import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * GraphiQL served from our own node_modules: no CDN, so it works offline. The page and its example
 * operations live in src/api/ide/.
 */

const require = createRequire(import.meta.url);
/** The page and examples are not TypeScript, so they stay in src/ also when the server runs from dist/. */
const IDE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'api', 'ide');

/** A file inside an installed package, found through its package.json (exports maps hide the UMD builds). */
function packageFile(name: string, file: string): string {
  return resolve(dirname(require.resolve(`${name}/package.json`)), file);
}

const ASSETS: Record<string, { file: () => string; type: string }> = {
  '/ide/react.js': { file: () => packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  '/ide/react-dom.js': { file: () => packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  '/ide/graphiql.js': { file: () => packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  '/ide/graphiql.css': { file: () => packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
  '/ide/examples.graphql': { file: () => resolve(IDE_DIR, 'examples.graphql'), type: 'text/plain' },
  '/ide/index.html': { file: () => resolve(IDE_DIR, 'index.html'), type: 'text/html' },
};

const cache = new Map<string, Buffer>();

export function wantsIde(request: IncomingMessage, url: URL): boolean {
  if (url.searchParams.has('query')) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

export function serveIde(response: ServerResponse, path = '/ide/index.html'): void {
  const asset = ASSETS[path];
  if (!asset) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
    return;
  }
  let body = cache.get(path);
  if (!body) {
    body = readFileSync(asset.file());
    cache.set(path, body);
  }
  response.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'public, max-age=3600' });
  response.end(body);
}
