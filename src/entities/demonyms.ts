// Country adjectives in English and Dutch: a role names a country by its adjective more often than by its name
// ("Ukrainian President", "Amerikaanse minister van Buitenlandse Zaken"). Written by hand; extend as needed.
const BY_COUNTRY: Record<string, string[]> = {
  'United States': ['American', 'US', 'U.S.', 'Amerikaanse', 'Amerikaans'],
  'United Kingdom': ['British', 'UK', 'Britse', 'Brits'],
  China: ['Chinese', 'Chinees'],
  Russia: ['Russian', 'Russische', 'Russisch'],
  Ukraine: ['Ukrainian', 'Oekraïense', 'Oekraïens'],
  Belarus: ['Belarusian', 'Belarussian', 'Wit-Russische'],
  France: ['French', 'Franse', 'Frans'],
  Germany: ['German', 'Duitse', 'Duits'],
  Netherlands: ['Dutch', 'Nederlandse', 'Nederlands'],
  Belgium: ['Belgian', 'Belgische', 'Belgisch'],
  Italy: ['Italian', 'Italiaanse'],
  Spain: ['Spanish', 'Spaanse'],
  Poland: ['Polish', 'Poolse'],
  Turkey: ['Turkish', 'Turkse'],
  Israel: ['Israeli', 'Israëlische'],
  Iran: ['Iranian', 'Iraanse'],
  India: ['Indian', 'Indiase'],
  Japan: ['Japanese', 'Japanse'],
  Canada: ['Canadian', 'Canadese'],
  Mexico: ['Mexican', 'Mexicaanse'],
  Brazil: ['Brazilian', 'Braziliaanse'],
};

/** The adjectives that name a country, for the country's canonical name; none for anything else. */
export function demonymsOf(country: string): readonly string[] {
  return BY_COUNTRY[country] ?? [];
}

const ALL_DEMONYMS = new Set(Object.values(BY_COUNTRY).flat());

/** Whether the word is a country's adjective ("American", "Dutch"). */
export function isDemonym(word: string): boolean {
  return ALL_DEMONYMS.has(word);
}
