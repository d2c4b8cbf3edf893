/** Windows-1252 characters that stand for the bytes 0x80–0x9F when UTF-8 was read as that code page. */
const CP1252: Record<string, number> = {
  '\u20AC': 0x80,
  '\u201A': 0x82,
  '\u0192': 0x83,
  '\u201E': 0x84,
  '\u2026': 0x85,
  '\u2020': 0x86,
  '\u2021': 0x87,
  '\u02C6': 0x88,
  '\u2030': 0x89,
  '\u0160': 0x8a,
  '\u2039': 0x8b,
  '\u0152': 0x8c,
  '\u017D': 0x8e,
  '\u2018': 0x91,
  '\u2019': 0x92,
  '\u201C': 0x93,
  '\u201D': 0x94,
  '\u2022': 0x95,
  '\u2013': 0x96,
  '\u2014': 0x97,
  '\u02DC': 0x98,
  '\u2122': 0x99,
  '\u0161': 0x9a,
  '\u203A': 0x9b,
  '\u0153': 0x9c,
  '\u017E': 0x9e,
  '\u0178': 0x9f,
};

const CONT = `[\\u0080-\\u00BF${Object.keys(CP1252).join('')}]`;
/** A UTF-8 lead byte followed by its continuation bytes, each shown as a Latin-1 or Windows-1252 character. */
const SEQUENCE = new RegExp(
  `[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`,
  'g',
);
const SUSPECT = /[\u00C2-\u00F4]/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function toByte(ch: string): number {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? code : (CP1252[ch] ?? -1);
}

/**
 * Repairs text that was UTF-8 but got decoded as Latin-1 or Windows-1252 somewhere upstream
 * (`MÃ©dicos` → `Médicos`). Only sequences that decode to valid UTF-8 are replaced, so correct text is left alone.
 */
export function repairMojibake(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(SEQUENCE, (seq) => {
    const bytes = new Uint8Array(seq.length);
    for (let i = 0; i < seq.length; i++) {
      const b = toByte(seq.charAt(i));
      if (b < 0) return seq;
      bytes[i] = b;
    }
    try {
      return strictUtf8.decode(bytes);
    } catch {
      return seq;
    }
  });
}
