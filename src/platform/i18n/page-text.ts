/**
 * The observatory's page titles and its not-found page in each language the web app speaks. The server writes them
 * into the HTML it sends for each path; the web app takes them into its message catalogue (web/src/i18n).
 */
export const PAGE_TEXT = {
  en: {
    'title.map': 'World map — hwmo',
    'title.country': '{{name}} — country profile — hwmo',
    'title.countryNotFound': 'Country not found — hwmo',
    'title.compare': 'Compare countries — hwmo',
    'title.flows': 'Flows — hwmo',
    'title.data': 'Data — hwmo',
    'title.api-docs': 'API documentation — hwmo',
    'title.not-found': 'Page not found — hwmo',
    'title.audit': 'Audit trail — hwmo',
    'title.import': 'Import data — hwmo',
    'title.sign-in': 'Sign in — hwmo',
    'title.setup': 'First administrator — hwmo',
    'title.invitation': 'Invitation — hwmo',
    'title.reset-password': 'Reset the password — hwmo',
    'title.account': 'Your account — hwmo',
    'title.admin-users': 'Users — hwmo',
    'title.admin-invitations': 'Invitations — hwmo',
    'title.admin-outbox': 'Outbox — hwmo',
    'notFound.title': 'Page not found',
    'notFound.text': 'There is no page at this address.',
    'notFound.country': 'No country has the code {{code}}.',
    'notFound.links': 'You may be looking for:',
    'notFound.map': 'the world map',
    'notFound.compare': 'the comparison of countries',
    'notFound.flows': 'the flows of health workers',
    'notFound.data': 'the data loaded and their sources',
    'title.approvals': 'Data approval — hwmo',
  },
  fr: {
    'title.map': 'Carte du monde — hwmo',
    'title.country': '{{name}} — fiche pays — hwmo',
    'title.countryNotFound': 'Pays introuvable — hwmo',
    'title.compare': 'Comparer des pays — hwmo',
    'title.flows': 'Flux — hwmo',
    'title.data': 'Données — hwmo',
    'title.api-docs': 'Documentation de l’API — hwmo',
    'title.not-found': 'Page introuvable — hwmo',
    'title.audit': 'Journal d’audit — hwmo',
    'title.import': 'Importer des données — hwmo',
    'title.sign-in': 'Connexion — hwmo',
    'title.setup': 'Premier administrateur — hwmo',
    'title.invitation': 'Invitation — hwmo',
    'title.reset-password': 'Réinitialiser le mot de passe — hwmo',
    'title.account': 'Votre compte — hwmo',
    'title.admin-users': 'Utilisateurs — hwmo',
    'title.admin-invitations': 'Invitations — hwmo',
    'title.admin-outbox': 'Boîte d’envoi — hwmo',
    'notFound.title': 'Page introuvable',
    'notFound.text': 'Il n’y a pas de page à cette adresse.',
    'notFound.country': 'Aucun pays n’a le code {{code}}.',
    'notFound.links': 'Vous cherchez peut-être :',
    'notFound.map': 'la carte du monde',
    'notFound.compare': 'la comparaison des pays',
    'notFound.flows': 'les flux de personnels de santé',
    'notFound.data': 'les données chargées et leurs sources',
    'title.approvals': 'Approbation des données — hwmo',
  },
} as const satisfies Record<'en' | 'fr', Record<string, string>>;

export type PageLang = keyof typeof PAGE_TEXT;
export type PageTextKey = keyof (typeof PAGE_TEXT)['en'];

/** The links a not-found page offers, with the key of each one's label. */
export const NOT_FOUND_LINKS = [
  { path: '/', label: 'notFound.map' },
  { path: '/compare', label: 'notFound.compare' },
  { path: '/flows', label: 'notFound.flows' },
  { path: '/data', label: 'notFound.data' },
] as const satisfies readonly { path: string; label: PageTextKey }[];

/** A page text with its `{{name}}` placeholders filled. */
export function pageText(lang: PageLang, key: PageTextKey, vars: Record<string, string> = {}): string {
  return PAGE_TEXT[lang][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');
}

/** A locale file of i18n-iso-countries: names by ISO 3166 alpha-2 code, the official one first where there are several. */
export interface CldrLocale {
  locale: string;
  countries: Record<string, string | readonly string[]>;
}

/** The official CLDR name of a country in a locale, or null when the locale does not know the code. */
export function cldrName(locale: CldrLocale, iso2: string): string | null {
  const name = locale.countries[iso2.toUpperCase()];
  if (name === undefined) return null;
  return typeof name === 'string' ? name : (name[0] ?? null);
}
