import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/main/app.ts';
import { listen } from '../src/main/server.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/client.ts';
import { testApp, userActor } from './actors.ts';
import { testDatabase } from './db.ts';

const SLICE = readFileSync(
  fileURLToPath(new URL('./fixtures/core/who_gho_doctors_slice.csv', import.meta.url)),
);

const EVIL = 'https://evil.example';

const form = () => {
  const f = new FormData();
  f.append('file', new File([SLICE], 'doctors.csv', { type: 'text/csv' }));
  return f;
};

const batchCount = async (db: Database) =>
  (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM import_batch'))[0]?.n ?? -1;

const problemCode = async (res: Response) => {
  assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
  return ((await res.json()) as { code: string }).code;
};

// Every request comes from a signed-in administrator, as a forged one would: the browser sends the victim's cookie.
const ADMIN = userActor('admin');

describe('cross-site changes are refused whatever their form', () => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: () => {}, web: null }, ADMIN);
  });
  after(async () => {
    await db.close();
  });

  test("a no-cors FormData import from another origin, or from a file:// page, stores nothing; one from hwmo's own page does", async () => {
    for (const headers of [
      { origin: EVIL, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' },
      { origin: 'null', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'http://localhost:8080.evil.example' },
      { origin: 'http://localhost:9999' },
    ]) {
      const res = await app.request('/api/imports', { method: 'POST', body: form(), headers });
      assert.equal(res.status, 403, JSON.stringify(headers));
      assert.equal(await problemCode(res), 'cross_site');
    }
    assert.equal(await batchCount(db), 0);
    const own = await app.request('/api/imports', {
      method: 'POST',
      body: form(),
      headers: { origin: 'http://localhost:8080', 'sec-fetch-site': 'same-origin' },
    });
    assert.equal(own.status, 200, await own.clone().text());
    assert.equal(await batchCount(db), 1);
  });

  test('an auto-submitted form rolling back a batch is refused; the same rollback without a form body is done', async () => {
    const [batch] = await db.query<{ id: number }>('SELECT id FROM import_batch ORDER BY id DESC LIMIT 1');
    assert.ok(batch);
    const path = `/api/batches/${batch.id}/rollback`;
    const formPost = (headers: Record<string, string>) =>
      app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: 'confirm=1',
      });
    const foreign = await formPost({
      origin: EVIL,
      'sec-fetch-site': 'cross-site',
      'sec-fetch-mode': 'navigate',
    });
    assert.equal(foreign.status, 403);
    assert.equal(await problemCode(foreign), 'cross_site');
    const fromFile = await formPost({ origin: 'null' });
    assert.equal(fromFile.status, 403);
    // A form without Origin (an old browser, or a header stripped on the way) is still not a body the route takes.
    const bare = await formPost({});
    assert.equal(bare.status, 415);
    assert.equal(await problemCode(bare), 'unsupported_media_type');
    const plain = await app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '',
    });
    assert.equal(plain.status, 415);
    const still = await db.query<{ rolled_back_at: unknown }>(
      'SELECT rolled_back_at FROM import_batch WHERE id = $1',
      [batch.id],
    );
    assert.equal(still[0]?.rolled_back_at, null);
    const done = await app.request(path, { method: 'POST', headers: { origin: 'http://127.0.0.1:8080' } });
    assert.equal(done.status, 200, await done.clone().text());
  });

  test('an area created with a text/plain body is refused; as application/json from the same page it is added', async () => {
    const body = JSON.stringify({ areas: [{ code: 'GH-AA', name: 'Greater Accra', parent: 'GHA' }] });
    const foreign = await app.request('/api/areas', {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: EVIL, 'sec-fetch-site': 'cross-site' },
      body,
    });
    assert.equal(foreign.status, 403);
    for (const type of [
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await app.request('/api/areas', {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      assert.equal(res.status, 415, type);
      assert.match(((await res.json()) as { detail: string }).detail, /application\/json/);
    }
    const none = await app.request('/api/areas', { method: 'POST', body });
    assert.equal(none.status, 415);
    assert.equal((await db.query("SELECT 1 FROM area WHERE code = 'GH-AA'")).length, 0);
    const ok = await app.request('/api/areas', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'http://localhost:8080',
        'sec-fetch-site': 'same-origin',
      },
      body,
    });
    assert.equal(ok.status, 200, await ok.clone().text());
    assert.equal((await db.query("SELECT 1 FROM area WHERE code = 'GH-AA'")).length, 1);
  });

  test('reads stay open to every origin; a foreign Host is refused (in process)', async () => {
    const read = await app.request('/api/health', {
      headers: { origin: EVIL, 'sec-fetch-site': 'cross-site' },
    });
    assert.equal(read.status, 200);
    const rebound = await app.request('/api/health', { headers: { host: 'rebind.evil.example:8080' } });
    assert.equal(rebound.status, 421);
    assert.equal(await problemCode(rebound), 'misdirected');
    const own = await app.request('/api/health', { headers: { host: 'localhost:8080' } });
    assert.equal(own.status, 200);
  });

  test('HWMO_PUBLIC_URL and HWMO_ALLOWED_HOSTS name the further hosts and origins accepted', async () => {
    const configured = testApp(
      {
        db,
        config: loadConfig({
          HWMO_PUBLIC_URL: 'https://hwmo.example.org',
          HWMO_ALLOWED_HOSTS: 'intranet.moh, 10.0.0.5:8443',
        }),
        log: () => {},
        web: null,
      },
      ADMIN,
    );
    for (const host of [
      'hwmo.example.org',
      'intranet.moh:8080',
      'intranet.moh',
      '10.0.0.5:8443',
      'localhost:8080',
    ])
      assert.equal((await configured.request('/api/health', { headers: { host } })).status, 200, host);
    for (const host of ['evil.example', '10.0.0.5:8080', 'hwmo.example.org.evil.example', 'localhost:9000'])
      assert.equal((await configured.request('/api/health', { headers: { host } })).status, 421, host);
    const post = (origin: string) =>
      configured.request('/api/flows/net', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: '{}',
      });
    assert.notEqual((await post('https://hwmo.example.org')).status, 403);
    assert.equal((await post('http://hwmo.example.org.evil.example')).status, 403);
  });

  test('every answer says nosniff, same-origin referrer and no framing: API, problems, refusals, pages, assets', async () => {
    const withWeb = createApp({ db, config: loadConfig({}), log: () => {} });
    const page = await withWeb.request('/');
    const html = await page.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const answers = [
      page,
      await withWeb.request('/api/health'),
      await withWeb.request('/api/no-such-route'),
      await withWeb.request('/country/ZZZ'),
      await withWeb.request('/api/observations?measure=stoc'),
      await withWeb.request('/problems/cross_site'),
      await withWeb.request('/api/health', { headers: { host: 'evil.example' } }),
      await withWeb.request('/api/areas', { method: 'POST', headers: { origin: 'null' } }),
      ...(asset ? [await withWeb.request(asset)] : []),
    ];
    for (const res of answers) {
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${res.status} ${res.url}`);
      assert.equal(res.headers.get('referrer-policy'), 'same-origin');
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
      assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    }
  });
});

/** Sends one raw HTTP request and resolves with its status line's code, or 'closed' when the socket was closed. */
function raw(port: number, text: string): Promise<number | 'closed'> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    let got = '';
    s.on('data', (d) => {
      got += d.toString('latin1');
    });
    s.on('close', () => resolve(/^HTTP\/1\.1 (\d{3})/.exec(got) ? Number(RegExp.$1) : 'closed'));
    s.on('error', () => {});
    s.write(text);
  });
}

const get = (port: number, path: string, host: string) =>
  new Promise<number>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });

describe('a served instance: Host, slow headers and slow bodies', () => {
  let db: Database;
  let server: Server;
  let port: number;
  before(async () => {
    db = await testDatabase();
    const config = loadConfig({
      PORT: '0',
      HWMO_HEADERS_TIMEOUT_MS: '600',
      HWMO_REQUEST_TIMEOUT_MS: '0',
      HWMO_MIN_BODY_RATE: '1024',
      HWMO_BODY_RATE_WINDOW_MS: '800',
    });
    const app = createApp({ db, config, log: () => {}, web: null });
    server = await listen(app, config);
    port = (server.address() as { port: number }).port;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await db.close();
  });

  test('the Host is checked against the port served: a rebinding name is a 421, the loopback names are answered', async () => {
    assert.equal(await get(port, '/api/health', `127.0.0.1:${port}`), 200);
    assert.equal(await get(port, '/api/health', `localhost:${port}`), 200);
    assert.equal(await get(port, '/api/health', `[::1]:${port}`), 200);
    assert.equal(await get(port, '/api/health', `rebind.evil.example:${port}`), 421);
    assert.equal(await get(port, '/api/health', '127.0.0.1:8080'), 421);
    assert.equal(
      await raw(port, 'GET /api/health HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n'),
      421,
    );
  });

  const trickle = (head: string, count: number) => {
    const sockets: Socket[] = [];
    const closed: Promise<number>[] = [];
    const started = Date.now();
    for (let i = 0; i < count; i++) {
      const s = connect(port, '127.0.0.1');
      s.on('error', () => {});
      sockets.push(s);
      closed.push(new Promise((resolve) => s.on('close', () => resolve(Date.now() - started))));
      s.write(head);
    }
    const timer = setInterval(() => {
      for (const s of sockets) if (!s.destroyed) s.write('a');
    }, 150);
    return {
      closed,
      stop: () => {
        clearInterval(timer);
        for (const s of sockets) s.destroy();
      },
    };
  };

  const within = <T>(p: Promise<T>, ms: number) =>
    Promise.race([p, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms))]);

  test('50 connections sending their headers a byte at a time are all closed; a normal request is still served', async () => {
    const slow = trickle(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `, 50);
    const silent = Array.from({ length: 10 }, () => {
      const s = connect(port, '127.0.0.1');
      s.on('error', () => {});
      return s;
    });
    try {
      const quiet = await within(
        Promise.all(silent.map((s) => new Promise((resolve) => s.on('close', resolve)))),
        5000,
      );
      assert.notEqual(quiet, 'timeout', 'connections that send nothing still open after 5 s');
      assert.equal(await get(port, '/api/health', `127.0.0.1:${port}`), 200);
      const times = await within(Promise.all(slow.closed), 5000);
      assert.notEqual(times, 'timeout', 'slow-header connections still open after 5 s');
      assert.equal(await get(port, '/api/health', `127.0.0.1:${port}`), 200);
    } finally {
      slow.stop();
      for (const s of silent) s.destroy();
    }
  });

  test('50 connections sending their bodies a byte at a time are all closed; a normal request is still served', async () => {
    const slow = trickle(
      `POST /api/flows/net HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n`,
      50,
    );
    try {
      const times = await within(Promise.all(slow.closed), 6000);
      assert.notEqual(times, 'timeout', 'slow-body connections still open after 6 s');
      assert.equal(await get(port, '/api/health', `127.0.0.1:${port}`), 200);
    } finally {
      slow.stop();
    }
  });

  test('an upload above the minimum rate, however long it takes, is received whole', async () => {
    const body = JSON.stringify({ matrix: 'x'.repeat(9000) });
    const chunks: string[] = [];
    for (let i = 0; i < body.length; i += 300) chunks.push(body.slice(i, i + 300));
    const status = await new Promise<number | 'closed'>((resolve) => {
      const s = connect(port, '127.0.0.1');
      let got = '';
      s.on('data', (d) => {
        got += d.toString('latin1');
      });
      s.on('error', () => {});
      s.on('close', () => resolve(/^HTTP\/1\.1 (\d{3})/.exec(got) ? Number(RegExp.$1) : 'closed'));
      s.write(
        `POST /api/flows/net HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
      );
      // 300 bytes every 100 ms: 3000 B/s for 3 s, longer than the 0.8 s window and above 1024 B/s.
      const timer = setInterval(() => {
        const next = chunks.shift();
        if (next === undefined) clearInterval(timer);
        else s.write(next);
      }, 100);
    });
    assert.equal(typeof status, 'number', 'the connection was closed before an answer');
    assert.ok((status as number) < 500 && status !== 408, String(status));
  });
});
