// Organisations news names in one word, as a person's family name would be written: "Hamas said", "Nato said",
// "Google said", "Likud said". Guessed from the word alone they would be people, and a later "he" could mean them.
// A list written for this project of the ones international, British and Dutch news quote most: bodies written as
// words rather than capitals ("Nato", "Opec", "Ofcom"), parties and movements, armed groups, and large companies.
// Left off: names that are also a well-known person's ("Bloomberg", "Disney", "Goldman", "Wagner").
// Names in capitals ("NATO", "UN", "VVD") are organisations already.
import { fold } from '../text/fold.ts';

const BODIES = `nato opec unicef unesco interpol europol eurojust frontex eurostat eurogroup ofcom ofgem ofsted ofwat
  fifa uefa mercosur asean ecowas comecon gavi unaids unrwa unhcr`;

const PARTIES_AND_MOVEMENTS = `labour likud fidesz syriza podemos vox groenlinks christenunie volt denk ja21 fatah
  hamas hezbollah taliban houthis kadima ennahda peronists`;

const COMPANIES = `google alphabet apple microsoft amazon meta facebook instagram whatsapp twitter tiktok bytedance
  nvidia intel tesla spacex openai anthropic boeing airbus lockheed raytheon gazprom rosneft lukoil aramco exxon
  exxonmobil chevron shell bp totalenergies equinor pfizer moderna astrazeneca novartis roche bayer netflix uber
  samsung huawei xiaomi alibaba tencent toyota volkswagen siemens philips unilever heineken ahold asml rabobank
  klm ryanair easyjet lufthansa walmart starbucks paypal visa mastercard citigroup barclays hsbc
  reuters politico axios`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);

const ORGANISATIONS = new Set([...words(BODIES), ...words(PARTIES_AND_MOVEMENTS), ...words(COMPANIES)].map((name) => fold(name)));

/** Whether a one-word name, as written, is an organisation news quotes by that word alone. */
export function isKnownOrganisation(name: string): boolean {
  return ORGANISATIONS.has(fold(name.trim()));
}
