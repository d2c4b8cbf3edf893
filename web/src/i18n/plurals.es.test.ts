import assert from 'node:assert/strict';
import { test } from 'node:test';
import { translatorFor } from './i18n.ts';

const render = await translatorFor('es');
const t = (key: string, vars: Record<string, unknown>) => render(key, vars);
const n = (x: number) => new Intl.NumberFormat('es').format(x);

// Spanish CLDR plural rules: one = 1; many = integer multiples of a million (1 000 000, "de" before the noun);
// other = everything else, 0 and fractions included.
const COUNTS = [0, 1, 1.5, 2, 5, 11, 21, 100, 1000000] as const;

const EXPECTED: Record<string, Record<number, string>> = {
  'common.countries': {
    0: '0 países',
    1: '1 país',
    1.5: '1,5 países',
    2: '2 países',
    5: '5 países',
    11: '11 países',
    21: '21 países',
    100: '100 países',
    1000000: '1.000.000 de países',
  },
  'accounts.tokens.days': {
    0: '0 días',
    1: '1 día',
    1.5: '1,5 días',
    2: '2 días',
    5: '5 días',
    11: '11 días',
    21: '21 días',
    100: '100 días',
    1000000: '1.000.000 de días',
  },
  'accounts.sessions.revoked': {
    0: '0 sesiones cerradas.',
    1: '1 sesión cerrada.',
    1.5: '1,5 sesiones cerradas.',
    2: '2 sesiones cerradas.',
    5: '5 sesiones cerradas.',
    11: '11 sesiones cerradas.',
    21: '21 sesiones cerradas.',
    100: '100 sesiones cerradas.',
    1000000: '1.000.000 de sesiones cerradas.',
  },
};

for (const [key, forms] of Object.entries(EXPECTED)) {
  test(`es ${key}: the right plural form and locale digits for each count`, () => {
    for (const count of COUNTS) assert.equal(t(key, { count }), forms[count], `${key} ${count}`);
  });
}

test('es numbers inside plural messages come formatted as Intl.NumberFormat("es") formats them', () => {
  for (const count of [1.5, 1234, 12345, 1000000, 2500000]) {
    const text = t('common.countries', { count });
    assert.ok(text.startsWith(`${n(count)} `), `${count}: ${text}`);
  }
  assert.equal(n(1000000), '1.000.000');
  assert.equal(n(1.5), '1,5');
});

test('es plural message with other placeholders keeps them: flows.warnings', () => {
  assert.equal(t('flows.warnings', { count: 1, codes: 'W1' }), 'La estimación señaló 1 advertencia: W1.');
  assert.equal(
    t('flows.warnings', { count: 21, codes: 'W1, W2' }),
    'La estimación señaló 21 advertencias: W1, W2.',
  );
  assert.equal(
    t('flows.warnings', { count: 1000000, codes: 'W1' }),
    'La estimación señaló 1.000.000 de advertencias: W1.',
  );
});
