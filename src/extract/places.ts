// Places news lets speak for a government: "China said", "Moscow denied", "Downing Street said", "het Binnenhof
// laat weten". Such a speaker is an organisation, never a "he" or "she" of the sentences after it. A list written
// for this project, in English and Dutch: the world's countries and capitals as news names them, and the buildings
// that stand for a government. Left off: capitals that are also given names a story may use alone ("Victoria"),
// and countries that are ("Chad", "Jordan", "Georgia").
import { fold } from '../text/fold.ts';

const COUNTRIES = `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
  bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
  burkina burundi cambodia cameroon canada chile china colombia comoros congo croatia cuba cyprus czechia denmark
  djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia germany ghana
  greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel
  italy jamaica japan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
  liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
  micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands
  nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland portugal
  qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan
  suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkiye
  turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe britain
  america`;

const COUNTRIES_OF_MORE_WORDS = [
  'united states', 'the united states', 'united kingdom', 'the united kingdom', 'great britain', 'north korea',
  'south korea', 'south africa', 'saudi arabia', 'new zealand', 'sri lanka', 'costa rica', 'el salvador',
  'ivory coast', 'south sudan', 'east timor', 'the netherlands', 'the philippines', 'the vatican', 'vatican city',
  'the gulf states', 'the european union', 'the eu',
];

const CAPITALS = `kabul tirana algiers luanda yerevan canberra vienna baku manama dhaka minsk brussels thimphu sarajevo
  brasilia sofia ottawa santiago beijing bogota havana nicosia prague copenhagen cairo tallinn helsinki paris
  tbilisi berlin accra athens budapest reykjavik delhi jakarta tehran baghdad dublin jerusalem rome tokyo amman
  astana nairobi pristina bishkek vientiane riga beirut tripoli vilnius antananarivo bamako valletta mexico
  chisinau ulaanbaatar podgorica rabat maputo naypyidaw windhoek kathmandu amsterdam wellington managua niamey abuja
  pyongyang skopje oslo muscat islamabad ramallah lima manila warsaw lisbon doha bucharest moscow kigali riyadh dakar
  belgrade bratislava ljubljana mogadishu pretoria seoul juba madrid colombo khartoum stockholm bern damascus taipei
  dushanbe dodoma bangkok tunis ankara ashgabat kampala kyiv kiev caracas hanoi sanaa lusaka harare london
  washington`;

const CAPITALS_OF_MORE_WORDS = ['new delhi', 'kuala lumpur', 'abu dhabi', 'buenos aires', 'mexico city', 'the hague', 'addis ababa'];

/** Buildings and streets that stand for a government ("Downing Street said", "the Kremlin said"). */
const SEATS = [
  'downing street', 'no 10', 'no. 10', 'number 10', 'whitehall', 'westminster', 'the kremlin', 'kremlin',
  'the pentagon', 'pentagon', 'the elysee', 'elysee', 'the white house', 'white house', 'foggy bottom',
  'zhongnanhai', 'the quai d’orsay', 'quai d’orsay', 'the blue house', 'the chancellery',
];

const DUTCH = `china rusland oekraine duitsland frankrijk belgie nederland amerika engeland turkije israel iran irak
  syrie japan india italie spanje polen griekenland egypte brazilie canada mexico zweden noorwegen denemarken
  finland oostenrijk zwitserland hongarije roemenie servie libanon jemen qatar marokko peking moskou parijs
  berlijn londen brussel kiev kyiv kyjiv ankara teheran jeruzalem rome madrid warschau wenen washington`;

const DUTCH_OF_MORE_WORDS = [
  'verenigde staten', 'de verenigde staten', 'verenigd koninkrijk', 'het verenigd koninkrijk', 'groot-brittannie',
  'noord-korea', 'zuid-korea', 'zuid-afrika', 'saudi-arabie', 'den haag', 'het binnenhof', 'binnenhof',
  'het torentje', 'torentje', 'de europese unie', 'europese unie',
];

const words = (list: string) => list.split(/\s+/).filter(Boolean);

const PLACES = new Set(
  [...words(COUNTRIES), ...COUNTRIES_OF_MORE_WORDS, ...words(CAPITALS), ...CAPITALS_OF_MORE_WORDS, ...SEATS, ...words(DUTCH), ...DUTCH_OF_MORE_WORDS].map((place) =>
    fold(place),
  ),
);

/** Whether a name, as written, is a country, a capital or a seat of government standing for its government. */
export function isGovernmentPlace(name: string): boolean {
  return PLACES.has(fold(name.trim()));
}
