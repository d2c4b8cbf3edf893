import { repairMojibake } from '../../../platform/text.ts';

export const AREA_KINDS = [
  'country',
  'subnational',
  'who-region',
  'income-group',
  'aggregate',
  'total',
  'unspecified',
  'none',
] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/**
 * A country, territory, subnational unit, grouping or pseudo-area. `whoRegion`, `wbIncome` and `wbRegion` hold area
 * codes (`AFR`, `HIC`, `SSF`); `unRegion` and `unSubregion` hold UN M49 names.
 */
export interface Area {
  code: string;
  kind: AreaKind;
  name: string;
  iso2: string | null;
  m49: string | null;
  parent: string | null;
  whoRegion: string | null;
  whoMember: boolean;
  wbIncome: string | null;
  wbRegion: string | null;
  unRegion: string | null;
  unSubregion: string | null;
}

export interface AreaAlias {
  alias: string;
  code: string;
}

/** A name of an area in one language (CLDR territory names): `code` is the ISO 3166 alpha-3 code. */
export interface AreaName {
  name: string;
  code: string;
  lang: string;
}

/** Areas that report their own figures and may be summed: countries, territories and subnational units. */
export function isCountryLike(area: Pick<Area, 'kind'>): boolean {
  return area.kind === 'country' || area.kind === 'subnational';
}

/** Pseudo-areas: all partners, partners not elsewhere classified, not applicable. */
export function isPseudoArea(area: Pick<Area, 'kind'>): boolean {
  return area.kind === 'total' || area.kind === 'unspecified' || area.kind === 'none';
}

const FOLD: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};

/**
 * The key names are compared by: case-folded, without diacritics, `&` read as "and", punctuation and spaces
 * collapsed to one space, and without a leading "the".
 */
export function normaliseAreaName(name: string): string {
  const key = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßđłıþð]/g, (c) => FOLD[c] ?? c)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key.startsWith('the ') ? key.slice(4) : key;
}

// When two areas claim one name, countries win over groupings and subnational units come last.
const KIND_RANK: Record<AreaKind, number> = {
  country: 0,
  'who-region': 1,
  'income-group': 2,
  aggregate: 3,
  total: 4,
  unspecified: 5,
  none: 6,
  subnational: 7,
};

interface Claim {
  area: Area;
  rank: number;
}

const MEMO_LIMIT = 100_000;

/**
 * Finds the area a file's area cell means: a code (hwmo, ISO 3166 alpha-3 or alpha-2, any case), a UN M49 number,
 * a name or an alias. Empty cells mean "not applicable" (`_Z`).
 */
export class AreaResolver {
  readonly areas: readonly Area[];
  private readonly byCode = new Map<string, Area>();
  private readonly byUpperCode = new Map<string, Area>();
  private readonly byCodeKey = new Map<string, Claim>();
  private readonly byM49 = new Map<string, Claim>();
  private readonly byName = new Map<string, Claim>();
  private readonly memo = new Map<string, Area | null>();
  private readonly none: Area | undefined;
  /** Names that, in the languages given, mean different areas: never guessed, reported instead. */
  private readonly ambiguousNames = new Map<string, Array<{ code: string; lang: string }>>();

  /**
   * `names` (the area's names in other languages) rank below the reference names and aliases; a name they give to
   * two areas is ambiguous unless the reference decides it.
   */
  constructor(areas: readonly Area[], aliases: readonly AreaAlias[], names: readonly AreaName[] = []) {
    this.areas = areas;
    for (const a of areas) {
      this.byCode.set(a.code, a);
      this.byUpperCode.set(a.code.toUpperCase(), a);
    }
    const claim = (map: Map<string, Claim>, key: string, area: Area, rank: number) => {
      if (key === '') return;
      const old = map.get(key);
      if (!old || rank < old.rank || (rank === old.rank && area.code < old.area.code))
        map.set(key, { area, rank });
    };
    // An area's own code beats an ISO alpha-2; for names the kind decides first, then names beat aliases.
    for (const a of areas) {
      const kind = KIND_RANK[a.kind];
      claim(this.byCodeKey, a.code.toUpperCase(), a, kind);
      if (a.iso2) claim(this.byCodeKey, a.iso2.toUpperCase(), a, 10 + kind);
      if (a.m49 && /^\d+$/.test(a.m49)) claim(this.byM49, String(Number(a.m49)), a, kind);
      claim(this.byName, normaliseAreaName(a.name), a, kind * 10);
    }
    for (const { alias, code } of aliases) {
      const a = this.byCode.get(code);
      if (!a) continue;
      const kind = KIND_RANK[a.kind];
      claim(this.byName, normaliseAreaName(alias), a, kind * 10 + 1);
    }
    const foreign = new Map<string, Map<string, string>>();
    for (const { name, code, lang } of names) {
      if (!this.byCode.has(code)) continue;
      const key = normaliseAreaName(name);
      if (key === '' || this.byName.has(key)) continue;
      const codes = foreign.get(key) ?? new Map<string, string>();
      foreign.set(key, codes);
      if (!codes.has(code)) codes.set(code, lang);
    }
    for (const [key, codes] of foreign) {
      if (codes.size === 1) {
        const [code] = codes.keys();
        const a = this.byCode.get(code as string) as Area;
        this.byName.set(key, { area: a, rank: KIND_RANK[a.kind] * 10 + 2 });
      } else {
        this.ambiguousNames.set(
          key,
          [...codes].map(([code, lang]) => ({ code, lang })),
        );
      }
    }
    this.none = areas.find((a) => a.kind === 'none');
  }

  /** The area with exactly this code (or this code in upper case). */
  get(code: string): Area | undefined {
    return this.byCode.get(code) ?? this.byUpperCode.get(code.toUpperCase());
  }

  /** The areas a name that does not resolve could mean in different languages, or null when it is not ambiguous. */
  ambiguity(raw: string): Array<{ code: string; lang: string }> | null {
    return this.ambiguousNames.get(normaliseAreaName(raw.trim())) ?? null;
  }

  resolve(raw: string): Area | undefined {
    const hit = this.memo.get(raw);
    if (hit !== undefined) return hit ?? undefined;
    const area = this.lookup(raw);
    if (this.memo.size < MEMO_LIMIT) this.memo.set(raw, area ?? null);
    return area;
  }

  private lookup(raw: string): Area | undefined {
    const text = raw.trim();
    if (text === '') return this.none;
    const found = this.find(text);
    if (found) return found;
    const repaired = repairMojibake(text);
    if (repaired !== text) {
      const again = this.find(repaired.trim());
      if (again) return again;
    }
    // SDMX `labels=both` cells: "AFG: Afghanistan".
    const colon = text.indexOf(': ');
    if (colon > 0) return this.find(text.slice(0, colon).trim());
    return undefined;
  }

  private find(text: string): Area | undefined {
    const byCode = this.byCodeKey.get(text.toUpperCase());
    if (byCode) return byCode.area;
    if (/^\d{1,3}$/.test(text)) return this.byM49.get(String(Number(text)))?.area;
    return this.byName.get(normaliseAreaName(text))?.area;
  }
}
