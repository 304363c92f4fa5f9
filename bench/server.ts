/**
 * A static file server for the benchmark that compresses like a real static host (brotli when
 * the browser accepts it, else gzip), with long-lived caching for hashed assets. Loopback only.
 */

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotli, gzip } from '../scripts/sizes';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const cache = new Map<string, { br: Buffer; gz: Buffer; raw: Buffer }>();

export interface Served {
  readonly server: Server;
  readonly url: string;
  /** Bytes of response bodies sent so far, as they went on the wire (compressed). */
  sent(): number;
}

export function serve(root: string, port = 0): Promise<Served> {
  let sent = 0;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    let entry = cache.get(file);
    if (!entry) {
      const raw = readFileSync(file);
      entry = {
        raw,
        br: brotli(raw),
        gz: gzip(raw),
      };
      cache.set(file, entry);
    }
    const accept = String(req.headers['accept-encoding'] ?? '');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': /-[\w-]{8,}\.\w+$/.test(file)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      vary: 'accept-encoding',
    };
    let body = entry.raw;
    if (type.includes('woff2') || type.includes('png')) body = entry.raw;
    else if (accept.includes('br')) {
      body = entry.br;
      headers['content-encoding'] = 'br';
    } else if (accept.includes('gzip')) {
      body = entry.gz;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    sent += body.length;
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}`, sent: () => sent });
    });
  });
}
