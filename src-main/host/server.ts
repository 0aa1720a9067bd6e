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

  const ownOrigins = () => [`http://127.0.0.1:${port}`, `http://localhost:${port}`];

  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!ownOrigins().some((o) => o === `http://${host}`)) return sendText(res, 421, 'Запрос адресован другому серверу');
    if (req.url === '/api/call' && req.method === 'POST') {
      // Only the app's own pages may call: another site's form or fetch carries its own Origin, and a
      // cross-site request cannot set a JSON content type without a preflight this host never answers.
      const origin = req.headers.origin;
      if (origin !== undefined && !ownOrigins().includes(origin)) return sendText(res, 403, 'Запрос с чужой страницы отклонён');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return sendText(res, 415, 'Ожидается JSON');
      handleCall(req, res).catch(() => {
        if (!res.headersSent) sendText(res, 500, 'Внутренняя ошибка');
        else res.destroy();
      });
      return;
    }
    if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(req, res);
    sendText(res, 405, 'Метод не поддерживается');
  });

  async function handleCall(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > maxBodyBytes) return sendText(res, 413, 'Слишком большой запрос');
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
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return sendText(res, 400, 'Неверный адрес');
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return sendText(res, 403, 'Доступ запрещён');
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    if (!existsSync(file)) return sendText(res, 404, 'Интерфейс не собран: выполните npm run build');
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

function sendText(res: ServerResponse, status: number, body: string): void {
  send(res, status, 'text/plain; charset=utf-8', body);
}
