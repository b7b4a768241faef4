/** A tiny static file server on 127.0.0.1 for the demo and the end-to-end tests (no network beyond loopback). */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Extra response headers per path prefix, e.g. a strict Content-Security-Policy for /csp/. */
export type HeaderRules = Array<{ prefix: string; headers: Record<string, string> }>;

/** Pages made in memory (path → HTML), served before the files, e.g. a generated 1 MB page. */
export type GeneratedPages = Record<string, () => string>;

/** Serve `root` on 127.0.0.1:`port` (0 = any free port). Resolves with the server and its base URL. */
export async function startStaticServer(
  root: string,
  port = 0,
  rules: HeaderRules = [],
  generated: GeneratedPages = {},
): Promise<{ server: Server; baseUrl: string }> {
  const base = resolve(root);
  const made = new Map<string, string>();
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (Object.hasOwn(generated, path)) {
        if (!made.has(path)) made.set(path, generated[path]());
        res
          .writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' })
          .end(made.get(path));
        return;
      }
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const extra = Object.assign(
        {},
        ...rules.filter((r) => path.startsWith(r.prefix)).map((r) => r.headers),
      );
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...extra,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, baseUrl: `http://127.0.0.1:${actualPort}` };
}
