import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/**
 * The fonts embedded in PDFs (SIL Open Font License 1.1), as npm packages ship them: Noto Sans for Latin, Cyrillic
 * and Greek, Amiri for Arabic (its letter forms are whole glyphs, so that the text copied from the PDF is the text
 * written; Noto Sans Arabic draws dots as marks shared between letters), Noto Sans SC for Chinese. One file per
 * script, tried in this order for each character; pdfkit embeds only the glyphs a document uses.
 */
const FILES = [
  '@fontsource/noto-sans/files/noto-sans-latin-WEIGHT-normal.woff',
  '@fontsource/noto-sans/files/noto-sans-latin-ext-WEIGHT-normal.woff',
  '@fontsource/noto-sans/files/noto-sans-cyrillic-WEIGHT-normal.woff',
  '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-WEIGHT-normal.woff',
  '@fontsource/noto-sans/files/noto-sans-greek-WEIGHT-normal.woff',
  '@fontsource/amiri/files/amiri-arabic-WEIGHT-normal.woff',
  '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-WEIGHT-normal.woff',
  '@fontsource/noto-sans-sc/files/noto-sans-sc-latin-WEIGHT-normal.woff',
] as const;

export interface FontFace {
  /** The name the PDF registers it under. */
  name: string;
  data: Buffer;
  font: fontkit.Font;
  /** Its size relative to the others' (Amiri's letters are small for their point size). */
  scale: number;
}

export interface FontSet {
  regular: FontFace[];
  bold: FontFace[];
}

let loaded: FontSet | undefined;

/** The fonts, read from node_modules once. */
export function fonts(): FontSet {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const load = (weight: '400' | '700'): FontFace[] =>
    FILES.map((file, i) => {
      const data = readFileSync(require.resolve(file.replace('WEIGHT', weight)));
      return {
        name: `f${i}-${weight}`,
        data,
        font: fontkit.create(data),
        scale: file.includes('amiri') ? 1.2 : 1,
      };
    });
  loaded = { regular: load('400'), bold: load('700') };
  return loaded;
}

/** The first face that has a glyph for the character; the first face when none has. */
export function faceFor(faces: readonly FontFace[], codePoint: number): FontFace {
  for (const face of faces) if (face.font.hasGlyphForCodePoint(codePoint)) return face;
  return faces[0] as FontFace;
}
