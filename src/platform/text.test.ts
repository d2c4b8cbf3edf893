import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { repairMojibake } from './text.ts';

describe('repairMojibake', () => {
  test('repairs UTF-8 that was read as Latin-1, as in the WHO GHO comments', () => {
    assert.equal(
      repairMojibake('Colegio de MÃ©dicos y Cirujanos de Guatemala'),
      'Colegio de Médicos y Cirujanos de Guatemala',
    );
    assert.equal(
      repairMojibake('MÃ©dico com atuaÃ§Ã£o em ClÃ\u00adnica Geral'),
      'Médico com atuação em Clínica Geral',
    );
    assert.equal(repairMojibake('MÃ©decins gÃ©nÃ©ralistes, SantÃ©'), 'Médecins généralistes, Santé');
  });

  test('repairs UTF-8 that was read as Windows-1252 (curly quotes, dashes, euro)', () => {
    assert.equal(repairMojibake('Côte dâ€™Ivoire'), 'Côte d’Ivoire');
    assert.equal(repairMojibake('2010â€“2020 costs 5 â‚¬'), '2010–2020 costs 5 €');
  });

  test('leaves correct text alone, also text with accented capitals', () => {
    for (const ok of [
      'Médicos',
      "Côte d'Ivoire",
      'Türkiye',
      'ÂGE',
      'Ã',
      'São Tomé – Príncipe',
      'plain ASCII',
    ]) {
      assert.equal(repairMojibake(ok), ok);
    }
  });

  test('repairs the broken sequences and keeps the rest of a mixed string', () => {
    assert.equal(repairMojibake('Médicos and MÃ©dicos'), 'Médicos and Médicos');
  });
});
