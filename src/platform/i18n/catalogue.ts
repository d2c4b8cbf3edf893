import type { Lang, PluralCategory } from './langs.ts';

/**
 * The types that make a catalogue complete: English is the reference, and every other language must have each of
 * its messages, each plural message in every plural category the language has, and each placeholder the English
 * uses. A missing key, a missing plural form or a lost `{{placeholder}}` fails the type check.
 *
 * Keys are flat. A plural message is written in English as `key_one` and `key_other`; i18next picks the form with
 * `Intl.PluralRules` from `count`.
 */

/** The `{{name}}` placeholders of a message (formats such as `{{n, number}}` included by name). */
export type Placeholders<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}`
  ? (P extends `${infer Name},${string}` ? Name : P) | Placeholders<Rest>
  : never;

/** A string holding the placeholder `P`, with or without a format (`{{n}}`, `{{n, number}}`). */
type Holding<P extends string> = `${string}{{${P}}}${string}` | `${string}{{${P},${string}}}${string}`;
type Boxed<P> = P extends string ? { v: Holding<P> } : never;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/** A string holding every placeholder in `P`, in any order. */
type WithPlaceholders<P extends string> = [P] extends [never]
  ? string
  : UnionToIntersection<Boxed<P>> extends { v: infer S }
    ? S
    : never;

type PluralBase<K> = K extends `${infer B}_other` ? B : never;
type PluralForm<K> = K extends `${string}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? K : never;

/** Keys of a reference catalogue as a caller passes them to `t`: plural messages by their base name. */
export type MessageName<Ref> =
  | Exclude<keyof Ref & string, PluralForm<keyof Ref & string>>
  | PluralBase<keyof Ref & string>;

/** A language's catalogue for a reference (English) catalogue. */
export type Catalogue<Ref extends Record<string, string>, L extends Lang> = {
  [K in Exclude<keyof Ref & string, PluralForm<keyof Ref & string>>]: WithPlaceholders<Placeholders<Ref[K]>>;
} & {
  // Plural forms may leave the number out ("une seule", "بلدان"), so only the other placeholders are required.
  [K in PluralBase<keyof Ref & string> as `${K}_${PluralCategory<L>}`]: WithPlaceholders<
    Exclude<Placeholders<Ref[`${K}_other` & keyof Ref] & string>, 'count'>
  >;
};

/** Every language's catalogue for one reference. */
export type Catalogues<Ref extends Record<string, string>> = { en: Ref } & {
  [L in Exclude<Lang, 'en'>]: Catalogue<Ref, L>;
};
