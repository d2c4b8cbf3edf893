import { DEFAULT_LANG, isLang, type Lang, negotiateLang } from '../../platform/i18n/langs.ts';

/** The cookie in which the web app remembers the reader's choice of language. */
export const LANG_COOKIE = 'hwmo_lang';

/** What a page request says about its language. */
export interface LangRequest {
  /** `?lang=` */
  query?: string | undefined;
  /** The Cookie header. */
  cookie?: string | undefined;
  /** The Accept-Language header. */
  acceptLanguage?: string | undefined;
}

/** The `hwmo_lang` cookie's language, if it holds one. */
export function cookieLang(cookie: string | undefined): Lang | null {
  for (const part of (cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === LANG_COOKIE && isLang(value)) return value;
  }
  return null;
}

/**
 * The language of an observatory page: `?lang=`, else the choice the reader made earlier (the cookie), else the
 * browser's Accept-Language, else English. The web app then writes the language into the URL.
 */
export function pageLang(req: LangRequest): Lang {
  if (isLang(req.query)) return req.query;
  return cookieLang(req.cookie) ?? negotiateLang(req.acceptLanguage) ?? DEFAULT_LANG;
}

/** The pages' `<meta name="description">` in each language. */
export const DESCRIPTIONS: Record<Lang, string> = {
  en: 'Health Worker Migration Observatory: public data on the international migration of doctors, nurses, midwives, dentists and pharmacists, each value traceable to its source.',
  fr: 'Observatoire des migrations des personnels de santé : données publiques sur la migration internationale des médecins, du personnel infirmier, des sages-femmes, des dentistes et des pharmaciens, chaque valeur reliée à sa source.',
  es: 'Observatorio de la migración del personal de salud: datos públicos sobre la migración internacional de médicos, personal de enfermería, parteras, odontólogos y farmacéuticos, cada valor vinculado a su fuente.',
  ru: 'Обсерватория миграции работников здравоохранения: открытые данные о международной миграции врачей, сестринского персонала, акушерок, стоматологов и фармацевтов; каждое значение прослеживается до своего источника.',
  zh: '卫生工作者迁移观察站：关于医生、护理人员、助产士、牙医和药剂师国际迁移的公开数据，每个数值均可追溯至其来源。',
  ar: 'مرصد هجرة العاملين الصحيين: بيانات عامة عن الهجرة الدولية للأطباء وموظفي التمريض والقابلات وأطباء الأسنان والصيادلة، ويمكن تتبع كل قيمة إلى مصدرها.',
};
