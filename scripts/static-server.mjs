// A small static file server for dist/, bound to 127.0.0.1, with the right MIME types (wasm
// must be application/wasm for streaming compilation). Used by scripts/serve and the e2e tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.otf': 'font/otf', '.ttf': 'font/ttf', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};

// Pages served beside the site without being part of it: the demo blog page lives in web/.
export const DEMO_PAGES = { '/demo-blog.html': join(dirname(fileURLToPath(import.meta.url)), '..', 'web', 'demo-blog.html') };

async function send(file, req, res) {
  const body = await readFile(file);
  // Public static files: any origin may read them, which a sandboxed embed (an opaque origin)
  // needs to fetch the data files and the wasm.
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
    'Cache-Control': 'no-cache',
    'Access-Control-Allow-Origin': '*',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export function startServer(directory, port = 0, host = '127.0.0.1', extras = {}) {
  const root = resolve(directory);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      if (extras[path]) {
        await send(extras[path], req, res);
        return;
      }
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      await send(file, req, res);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [directory = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await startServer(directory, Number(port), '127.0.0.1', DEMO_PAGES);
  const url = `http://127.0.0.1:${server.address().port}/`;
  console.log(`Knotmap is served at ${url}  (the demo blog page: ${url}demo-blog.html; Ctrl+C to stop)`);
}
