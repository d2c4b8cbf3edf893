import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpointsByTag, parameterText, typeOf } from './state.ts';

test('parameter types in words', () => {
  assert.equal(typeOf(undefined), '');
  assert.equal(typeOf({ type: 'string' }), 'string');
  assert.equal(typeOf({ enum: ['a', 1] }), 'a | 1');
  assert.equal(typeOf({ type: 'array', items: { type: 'integer', format: 'int32' } }), 'integer (int32)[]');
  assert.equal(typeOf({ type: ['string', 'null'] }), 'string | null');
});

test('endpoints grouped by their first tag, in the order the tags first appear', () => {
  const groups = endpointsByTag({
    paths: {
      '/api/areas': { get: { tags: ['reference'] } },
      '/api/indicators': { get: { tags: ['indicators', 'extra'] } },
      '/api/areas/{iso3}': { get: { tags: ['reference'] }, post: {} },
    },
  });
  assert.deepEqual(
    groups.map((g) => [g.tag, g.endpoints.map((e) => `${e.method} ${e.path}`)]),
    [
      ['reference', ['get /api/areas', 'get /api/areas/{iso3}']],
      ['indicators', ['get /api/indicators']],
      ['', ['post /api/areas/{iso3}']],
    ],
  );
});

test("a parameter's description, else its schema's", () => {
  assert.equal(
    parameterText({ name: 'a', in: 'query', description: 'own', schema: { description: 's' } }),
    'own',
  );
  assert.equal(parameterText({ name: 'a', in: 'query', schema: { description: 's' } }), 's');
  assert.equal(parameterText({ name: 'a', in: 'query' }), '');
});
