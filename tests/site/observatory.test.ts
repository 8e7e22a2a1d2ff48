/**
 * The MDN HTTP Observatory's own scanner (npm @mdn/mdn-http-observatory) grades the built site served over
 * HTTPS with its `_headers` file, the way Netlify or Cloudflare Pages would serve it.
 *
 * The scanner is given `localhost:<port>`: it fetches http://localhost:<port> and https://localhost:<port>
 * (its URLs are the hostname plus the scheme). So one free high port, no root needed, answers both: TLS
 * connections (first byte 0x16, a handshake) get HTTPS with a throwaway certificate this process trusts;
 * plain HTTP gets a 301 to the HTTPS URL, as a host with "force HTTPS" does. The scanner's own retrieval,
 * tests and scoring then grade the site unchanged.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createRequire } from 'node:module';
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import type * as Observatory from '@mdn/mdn-http-observatory';
import selfsigned from 'selfsigned';
import sirv from 'sirv';
import { beforeAll, describe, expect, it } from 'vitest';
import { headerRules, type ApplyHeaders } from '../helpers/headers';
import { DIST } from '../helpers/paths';

type ScanResult = Awaited<ReturnType<typeof Observatory.scan>>;

/**
 * The package's postinstall downloads Chromium's HSTS preload list, which cannot run without the open web
 * (package.json denies that script). An empty list is the true answer for `localhost`, which no preload
 * list holds, so the scanner grades the site only on the headers it actually sends.
 */
function ensurePreloadList() {
  const pkg = createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json');
  const list = path.join(path.dirname(pkg), 'conf/hsts-preload.json');
  if (!existsSync(list)) writeFileSync(list, '{}\n');
}

/** A TLS record starts with 0x16 (handshake); anything else on the port is plain HTTP. */
const TLS_HANDSHAKE = 0x16;

/**
 * Serves dist/ on https://localhost:<port> (with `applyHeaders`, if given) and redirects
 * http://localhost:<port> to it, on one free port chosen by the system. Returns the host and a stop function.
 */
async function serveLocalhost(applyHeaders?: ApplyHeaders) {
  const files = sirv(DIST, { dev: false, extensions: ['html'] });
  const https = createHttpsServer({ key: certificate.private, cert: certificate.cert }, (req, res) => {
    applyHeaders?.(new URL(req.url ?? '/', 'https://localhost').pathname, res);
    files(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  const http = createHttpServer((req, res) => {
    res.writeHead(301, { Location: `https://${req.headers.host}${req.url ?? '/'}` }).end();
  });
  // Each connection goes to the HTTPS or the HTTP server by its first byte, which is put back first.
  const sockets = new Set<Socket>();
  const port: Server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === TLS_HANDSHAKE ? https : http).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  await new Promise<void>((resolve, reject) => {
    port.once('error', reject);
    port.listen(0, 'localhost', resolve);
  });
  const host = `localhost:${(port.address() as AddressInfo).port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      port.close(() => resolve());
      // The scanner's keep-alive connections would hold the port open for seconds.
      sockets.forEach((socket) => socket.destroy());
    });
  return { host, stop };
}

async function scanLocalhost(applyHeaders?: ApplyHeaders): Promise<ScanResult> {
  const { host, stop } = await serveLocalhost(applyHeaders);
  try {
    // Imported when first needed: after ensurePreloadList has written the file the package reads.
    const { scan } = await import('@mdn/mdn-http-observatory');
    return await scan(host);
  } finally {
    await stop();
  }
}

let certificate: Awaited<ReturnType<typeof selfsigned.generate>>;

beforeAll(async () => {
  ensurePreloadList();
  certificate = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] }],
  });
  // Trust the throwaway certificate in this test process only, as a real host's certificate would be.
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), certificate.cert]);
});

describe('MDN HTTP Observatory', () => {
  let result: ScanResult;
  beforeAll(async () => {
    result = await scanLocalhost(await headerRules(DIST));
    console.log(
      [
        `Observatory: ${result.scan.grade} (${result.scan.score})`,
        ...Object.entries(result.tests).map(
          ([name, t]) =>
            `  ${t.pass ? 'pass' : 'FAIL'} ${name}: ${t.result} (${t.scoreModifier >= 0 ? '+' : ''}${t.scoreModifier})`,
        ),
      ].join('\n'),
    );
  });

  it('grades the site A+ when served with its _headers file', () => {
    expect(result.scan.grade).toBe('A+');
    expect(result.scan.testsFailed).toBe(0);
  });

  it('finds a CSP without unsafe-inline or unsafe-eval, and framing forbidden by it', () => {
    expect(result.tests['content-security-policy'].result).toBe('csp-implemented-with-no-unsafe');
    expect(result.tests['x-frame-options'].result).toBe('x-frame-options-implemented-via-csp');
  });

  it('finds HSTS of at least six months, no referrer, same-origin CORP and no cookies', () => {
    expect(result.tests['strict-transport-security'].result).toBe('hsts-implemented-max-age-at-least-six-months');
    expect(result.tests['referrer-policy'].result).toBe('referrer-policy-private');
    expect(result.tests['cross-origin-resource-policy'].result).toBe('corp-implemented-with-same-origin');
    expect(result.tests.cookies.result).toBe('cookies-not-found');
  });

  it('was sent from plain HTTP to HTTPS on the same host, as a "force HTTPS" host does', () => {
    expect(result.tests.redirection.result).toBe('redirection-to-https');
  });

  it('grades the same pages below A+ without the _headers file, so the grade is earned by it', async () => {
    const bare = await scanLocalhost();
    console.log(`Observatory without _headers: ${bare.scan.grade} (${bare.scan.score})`);
    expect(bare.scan.grade).not.toMatch(/^A/);
    expect(bare.tests['strict-transport-security'].pass).toBe(false);
  });
});
