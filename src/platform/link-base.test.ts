import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkBaseUrl, loadConfig, localServerUrl } from './config.ts';

test('links point to the public address when one is set, else to the local server as this machine reaches it', () => {
  assert.equal(linkBaseUrl(loadConfig({})), 'http://127.0.0.1:8080');
  assert.equal(linkBaseUrl(loadConfig({ HOST: '0.0.0.0', PORT: '9000' })), 'http://127.0.0.1:9000');
  assert.equal(localServerUrl(loadConfig({ HOST: '::1' }), 4321), 'http://[::1]:4321');
  assert.equal(
    linkBaseUrl(loadConfig({ HWMO_PUBLIC_URL: 'https://hwmo.example.org/', PORT: '9000' })),
    'https://hwmo.example.org',
  );
});
