import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { z } from 'zod';
import type { Core } from '../core/app';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const callSchema = z.object({ method: z.string(), input: z.unknown().optional() });
const maxBodyBytes = 20 * 1024 * 1024;

export interface HostOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
}

export interface RunningHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The headless host: the built renderer and the same `dispatch` over HTTP, on 127.0.0.1 only.
 * The session token travels in the Authorization header; requests naming another Host are refused (DNS rebinding).
 */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const root = resolve(options.rendererDir);
  let port = options.port ?? 0;

  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, 'text/plain', 'Misdirected request');
    if (req.url === '/api/call' && req.method === 'POST') return void handleCall(req, res);
    if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(req, res);
    send(res, 405, 'text/plain', 'Method not allowed');
  });

  async function handleCall(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > maxBodyBytes) return send(res, 413, 'text/plain', 'Too large');
      chunks.push(chunk as Buffer);
    }
    let body: z.infer<typeof callSchema>;
    try {
      body = callSchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    } catch {
      return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'validation', message: 'Неверный запрос' } }));
    }
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
    const result = await options.core.dispatch(token, body.method, body.input);
    send(res, 200, 'application/json', JSON.stringify(result));
  }

  function serveStatic(req: IncomingMessage, res: ServerResponse): void {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'text/plain', 'Forbidden');
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    if (!existsSync(file)) return send(res, 404, 'text/plain; charset=utf-8', 'Интерфейс не собран: выполните npm run build');
    res.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}
