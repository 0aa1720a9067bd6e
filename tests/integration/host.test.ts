import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src-main/core/app';
import { startHost, type RunningHost } from '../../src-main/host/server';
import { tempDir } from '../helpers/temp';

let host: RunningHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

/** A raw HTTP request, so the Host header and the path can be whatever a hostile page might send. */
function raw(port: number, options: { method?: string; path?: string; host?: string; body?: string; token?: string; type?: string; origin?: string }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: {
          host: options.host ?? `127.0.0.1:${port}`,
          'content-type': options.type ?? 'application/json',
          ...(options.origin ? { origin: options.origin } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

async function startOnFreshJournal() {
  const renderer = tempDir();
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Registrum</title>');
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  const core = createCore({ dataDir: tempDir() });
  host = await startHost({ core, rendererDir: renderer, port: 0 });
  return host;
}

describe('headless host', () => {
  it('listens on 127.0.0.1 only and serves the renderer and the API', async () => {
    const h = await startOnFreshJournal();
    expect(h.url).toBe(`http://127.0.0.1:${h.port}/`);
    expect((await raw(h.port, { path: '/' })).body).toContain('<title>Registrum</title>');
    expect((await raw(h.port, { path: '/assets/app.js' })).body).toBe('console.log(1)');
    // Client-side routes fall back to the app.
    expect((await raw(h.port, { path: '/users' })).body).toContain('<title>Registrum</title>');
    const status = await raw(h.port, { method: 'POST', path: '/api/call', body: JSON.stringify({ method: 'setup.status', input: {} }) });
    expect(JSON.parse(status.body)).toEqual({ ok: true, value: { state: 'uninitialized', collegeName: null } });
  });

  it('refuses another Host (DNS rebinding), a path outside the renderer, malformed calls and calls without a session', async () => {
    const h = await startOnFreshJournal();
    expect((await raw(h.port, { host: 'evil.example:80' })).status).toBe(421);
    expect((await raw(h.port, { path: '/%' })).status).toBe(400);
    const call = JSON.stringify({ method: 'setup.status', input: {} });
    // A hostile page may post text/plain without a preflight, or send its own Origin: both refused.
    expect((await raw(h.port, { method: 'POST', path: '/api/call', type: 'text/plain', body: call })).status).toBe(415);
    expect((await raw(h.port, { method: 'POST', path: '/api/call', origin: 'http://evil.example', body: call })).status).toBe(403);
    expect((await raw(h.port, { method: 'POST', path: '/api/call', origin: `http://127.0.0.1:${h.port}`, body: call })).status).toBe(200);
    expect((await raw(h.port, { path: '/../../etc/passwd' })).body).not.toContain('root:');
    expect((await raw(h.port, { path: '/%2e%2e/%2e%2e/etc/passwd' })).body).not.toContain('root:');
    const malformed = await raw(h.port, { method: 'POST', path: '/api/call', body: '{not json' });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'validation', message: 'Неверный запрос' } });
    await raw(h.port, {
      method: 'POST',
      path: '/api/call',
      body: JSON.stringify({
        method: 'setup.initialize',
        input: { collegeName: 'К', adminLogin: 'admin', adminFullName: 'А', adminPassword: 'host-password-1' },
      }),
    });
    const anonymous = await raw(h.port, { method: 'POST', path: '/api/call', body: JSON.stringify({ method: 'users.list', input: {} }) });
    expect(JSON.parse(anonymous.body)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const forged = await raw(h.port, { method: 'POST', path: '/api/call', token: 'forged', body: JSON.stringify({ method: 'users.list', input: {} }) });
    expect(JSON.parse(forged.body)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const login = await raw(h.port, {
      method: 'POST',
      path: '/api/call',
      body: JSON.stringify({ method: 'auth.login', input: { login: 'admin', password: 'host-password-1' } }),
    });
    const { value } = JSON.parse(login.body) as { value: { token: string } };
    const list = await raw(h.port, { method: 'POST', path: '/api/call', token: value.token, body: JSON.stringify({ method: 'users.list', input: {} }) });
    expect(JSON.parse(list.body)).toMatchObject({ ok: true, value: { users: [{ login: 'admin' }] } });
  });
});
