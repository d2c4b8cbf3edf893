declare module 'fontkit' {
  export interface GlyphRun {
    direction: 'ltr' | 'rtl';
  }
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): GlyphRun;
  }
  export function create(buffer: Buffer): Font;
}
