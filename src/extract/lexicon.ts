// Word lists the extractor's rules read. Cue words follow the frequency lists of annotated political news
// (PARC/PolNeAR for English, Dutch quote-extraction rule sets for Dutch); see shared/RESEARCH.md.
import type { Polarity } from '../model.ts';

/** Reporting verbs whose subject is the speaker and whose complement is what was said. */
export const CUE_VERBS = new Set(
  `said says say told tells wrote writes added adds asked noted notes reported announced announces tweeted posted
  reads urged urges warned warns insisted insists claimed claims claiming denied denies stressed stresses argued argues
  arguing explained confirmed confirms saying stated declared declares suggested suggests acknowledged admitted
  maintained maintains emphasised emphasized emphasises emphasizes accused accuses accusing expressed expressing
  describing describes described calling calls called hopes believes
  zei zegt zeggen zeiden stelt stelde stellen schrijft schreef verklaarde verklaart meldde meldt benadrukte benadrukt
  bevestigde bevestigt beweert beweerde concludeerde erkende erkent waarschuwde waarschuwt vertelde vertelt noemde
  noemt meent meende uitte opgeroepen riep roept liet laat gaf geeft antwoordde antwoordt onderstreepte onderstreept
  verzekerde verzekert herhaalde herhaalt beloofde belooft tweette twitterde ontkent ontkende ontkennen ontkenden
  weerspreekt weersprak weerspraken weerlegt weerlegde sprak spreekt voegde voegt reageerde reageert vindt vond vinden vonden denkt dacht eist eiste
  eisten`
    .split(/\s+/)
    .filter(Boolean),
);

/** Cue verbs that need a particle to be a cue: "called for", "calls on", "roept op". */
export const CUE_PARTICLES: Record<string, ReadonlySet<string>> = {
  calling: new Set(['for', 'on', 'it']),
  calls: new Set(['for', 'on']),
  called: new Set(['for', 'on', 'it']),
  hopes: new Set(['that']),
  believes: new Set(['that']),
  // Beliefs: "vindt dat het kabinet moet aftreden"; "vindt de oplossing" finds it.
  vindt: new Set(['dat']),
  vond: new Set(['dat']),
  vinden: new Set(['dat']),
  vonden: new Set(['dat']),
  denkt: new Set(['dat']),
  dacht: new Set(['dat']),
  riep: new Set(['op']),
  roept: new Set(['op']),
  // "liet weten dat", "gaf aan dat": Dutch reporting in two words.
  liet: new Set(['weten']),
  laat: new Set(['weten']),
  gaf: new Set(['aan']),
  geeft: new Set(['aan']),
  // "sprak van een “zwarte dag”", "spreekt over …".
  sprak: new Set(['van', 'over']),
  spreekt: new Set(['van', 'over']),
};

/**
 * Dutch past participles of saying: a cue after "heeft", "hebben" or "had" in the same clause ("Jansen heeft
 * dinsdag gezegd dat …"); alone they are adjectives or the passive ("zoals gezegd").
 */
export const DUTCH_PARTICIPLE_CUES = new Set(['gezegd', 'verklaard', 'gemeld', 'bevestigd', 'ontkend', 'gewaarschuwd', 'beweerd', 'erkend', 'geschreven']);

/**
 * Dutch verbs that report only what follows a colon or "dat" close after them ("reageerde verheugd: “…”"); with an
 * object they mean something else ("reageerde op de kritiek").
 */
export const DUTCH_CLAUSE_ONLY = new Set(['reageerde', 'reageert']);

/** Separable verbs whose particle comes later: "voegde eraan toe dat", "laat in een verklaring weten dat". */
export const DUTCH_SEPARATED: Record<string, { particle: string; before?: ReadonlySet<string> }> = {
  voegde: { particle: 'toe', before: new Set(['eraan', 'daaraan', 'aan']) },
  voegt: { particle: 'toe', before: new Set(['eraan', 'daaraan', 'aan']) },
  liet: { particle: 'weten' },
  laat: { particle: 'weten' },
  // "Jansen spreekt tegen dat het plan dood is": a denial, its particle apart from the verb.
  spreekt: { particle: 'tegen' },
  sprak: { particle: 'tegen' },
};

/** Dutch weekdays, Sunday first as Date.getUTCDay() counts (said-on.ts dates them; statements.ts frames them). */
export const DUTCH_WEEKDAYS: readonly string[] = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** Participles and gerunds: their speaker is the subject of the clause they hang on. */
export const PARTICIPLE_CUES = new Set(['saying', 'arguing', 'calling', 'describing', 'claiming', 'expressing', 'accusing']);

/** Cues that put the speaker after them: "aldus X", "volgens X", "according to X", "staat te lezen in X". */
export const PREPOSED_SOURCE = [/\baccording to\b/giu, /\baldus\b/giu, /\bvolgens\b/giu, /\bstaat te lezen in\b/giu];

/** Words that may stand between a speaker and the cue without breaking the link. */
export const LINKING_WORDS = new Set(
  `has have had also reportedly repeatedly earlier previously publicly further then later again now once recently
  mainly would will is was were did does do not has also heeft hebben had ook verder eerder nog al echter dan
  immediately quickly openly firmly`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words of a role or title: what stands before a name ("US State Department spokesman Ned Price"). */
export const ROLE_WORDS = new Set(
  `president spokesman spokeswoman spokesperson minister leader official diplomat chief secretary ambassador premier
  chancellor envoy general commander governor mayor senator representative adviser advisor director head king queen
  prince pope dictator prime foreign deputy top mr mrs ms dr chairman chairwoman chair sen rep gov lt col gen sgt
  congressman congresswoman lawmaker candidate nominee attorney judge justice ceo executive founder strategist
  pollster economist analyst professor lawyer aide manager treasurer speaker whip host anchor moderator correspondent
  columnist commentator commissioner delegate del rev reverend rabbi imam pastor bishop cardinal democrat democratic republican gop rival challenger incumbent opponent fellow colleague ally critic activist businessman
  businesswoman billionaire mogul actor actress singer author novelist comedian coach member councilman councilwoman
  councilmember councillor councilor alderman alderwoman assemblyman assemblywoman assemblymember legislator sheriff
  prosecutor superintendent officer detective trustee supervisor inspector auditor pm mp mep cfo woordvoerder woordvoerster premier leider minister
  staatshoofd bondskanselier burgemeester wethouder kamerlid fractievoorzitter partijleider staatssecretaris directeur
  trainer bondscoach voorzitter hoogleraar advocaat rechter ambassadeur gouverneur commissaris topman topvrouw presentator collega
  tegenstander zanger zangeres schrijver acteur actrice raadslid gemeenteraadslid statenlid europarlementariër
  lijsttrekker partijvoorzitter oppositieleider korpschef hoofdcommissaris politiechef`
    .split(/\s+/)
    .filter(Boolean),
);

/** A role word, singular or plural ("candidates" in "Presidential candidates Hillary Clinton and Donald Trump"). */
export function isRoleWord(norm: string): boolean {
  // ("president-elect", "mayor-elect": the title, not yet taken up.)
  if (norm.endsWith('-elect')) return isRoleWord(norm.slice(0, -'-elect'.length));
  // ("PVV-leider", "CDA-Kamerlid", "ex-president", "vice-chairman": a compound whose last part is a title.)
  const hyphen = norm.lastIndexOf('-');
  if (hyphen > 0 && hyphen < norm.length - 1) return isRoleWord(norm.slice(hyphen + 1));
  return ROLE_WORDS.has(norm) || (/[^s]s$/.test(norm) && ROLE_WORDS.has(norm.slice(0, -1)));
}

/** Lower-case heads of a description of one person: "a Democratic source", "the Republican nominee". */
export const PERSON_NOUNS = new Set(
  `source spokesman spokeswoman spokesperson official aide adviser advisor lawyer attorney nominee candidate
  congressman congresswoman senator governor president chairman chairwoman director executive analyst expert
  economist professor strategist pollster witness resident voter supporter critic member leader officer agent
  activist organizer organiser observer insider staffer consultant woman man person friend father mother
  daughter son wife husband widow sister brother colleague neighbor neighbour owner worker employee manager
  bron deskundige advocaat kamerlid inwoner bewoner getuige`
    .split(/\s+/)
    .filter(Boolean),
);

/** Honorifics dropped from a name. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dhr', 'mevrouw', 'meneer', 'rev']);

/** Words that make a name an organisation's. */
export const ORGANISATION_WORDS = new Set(
  `ministry department government council assembly nations office agency union bank committee commission
  parliament congress senate cabinet court police army military navy kremlin administration embassy party
  affairs campaign group company firm organization organisation association coalition network institute
  foundation center centre bureau service newspaper magazine station channel board
  zaken ministerie regering departement kabinet raad gemeente provincie partij politie rechtbank vakbond stichting
  defensie financien onderwijs volksgezondheid volkshuisvesting infrastructuur waterstaat landbouw klimaat asiel
  vereniging bedrijf organisatie ziekenhuis universiteit concern brandweer veiligheidsregio marechaussee leger
  krijgsmacht toezichthouder
  omroep krant bestuur directie college fractie inspectie oppositie coalitie justitie rechter bond`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that make a capitalised name a company's, not a person's ("American Motors Corp", "Dean Witter Reynolds Inc"). */
export const COMPANY_WORDS = new Set(
  `corp corporation inc incorporated co cos company companies ltd limited plc llc lp ag nv bv sa spa gmbh group holdings
  industries international systems technologies partners associates bancorp bankshares trust fund exchange airlines
  motors petroleum energy resources communications enterprises brothers bros securities capital`
    .split(/\s+/)
    .filter(Boolean),
);

/** Nouns that name a document or a collective source; they can be the subject of "reads", "said", "urges". */
export const DOCUMENT_NOUNS = new Set(
  `plan plans proposal proposals document paper statement resolution initiative report declaration communique
  communiqué letter memo position email e-mail brief filing lawsuit complaint release tweet post
  lijst voorstel verklaring twaalfpuntenplan vredesplan resolutie`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case heads of a collective source: "Western countries", "media reports", "Chinese officials". */
export const COLLECTIVE_NOUNS = new Set(
  `countries nations officials reports sources analysts experts diplomats media leaders ministers critics lawmakers
  police authorities prosecutors investigators republicans democrats aides advisers supporters opponents voters
  residents economists scientists researchers landen bronnen ingewijden deskundigen experts critici bewoners inwoners
  onderzoekers wetenschappers ambtenaren politici kamerleden analisten economen diplomaten demonstranten betogers
  actievoerders boeren ouders leerlingen studenten medewerkers werknemers artsen agenten omwonenden buurtbewoners
  slachtoffers nabestaanden passagiers reizigers ondernemers klanten vluchtelingen asielzoekers`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Whether a description names people in the plural ("critics of the plan", "Republican senators", "the aides"): its
 * head, the last word before any preposition, is a plural of people. "Such measures" and "their analysis" are not.
 */
export function isPeopleInPlural(description: string): boolean {
  const words = description.toLowerCase().split(/\s+/);
  const preposition = words.findIndex((word, i) => i > 0 && PREPOSITIONS.has(word));
  const head = (preposition > 0 ? words[preposition - 1] : words.at(-1)) ?? '';
  if (!/[^s]s$/.test(head)) return false;
  return COLLECTIVE_NOUNS.has(head) || PERSON_NOUNS.has(head.slice(0, -1)) || isRoleWord(head);
}

/** Lower-case words allowed inside a speaker phrase. */
export const PHRASE_INNER_WORDS = new Set(
  `of the for van de het der den and en both cease fire peace state`.split(/\s+/).filter(Boolean),
);

export const DETERMINERS = new Set(['the', 'a', 'an', 'de', 'het', 'een', 'both', 'its', 'his', 'her', 'their']);

export const PERSON_PRONOUNS = new Set(['he', 'she', 'hij', 'zij', 'ze']);
export const THING_PRONOUNS = new Set(['it', 'het', 'they']);
export const RELATIVE_PRONOUNS = new Set(['who', 'die', 'dat', 'that', 'which']);

/** Complementisers that open the reported clause. */
export const COMPLEMENTISERS = new Set(['that', 'dat']);

/** Verbs that start a reported clause the speaker put in quotes: `both China and Belarus "expressed deep concern"`. */
export const QUOTED_CUE_START = /^(expressed|called|said|urged|warned|agreed|pledged|vowed|stressed|uitten|riepen)\b/i;

/** Capitalised only because they open a sentence: never part of a speaker's name. */
export const SENTENCE_OPENERS = new Set(
  `while however meanwhile during last in on at after before although visiting following but and yet so then also
  when as if since because despite still instead later earlier today yesterday zo daarnaast toch ook maar en dan toen
  volgens daarom daarna daarop daarover daarbij hierover hierop bovendien vervolgens intussen inmiddels dus nu echter
  desondanks tegelijk eerder later vandaag gisteren`
    .split(/\s+/)
    .filter(Boolean),
);

/** A capitalised word after one of these is an object ("critical of Moscow"), not a clause's subject. */
export const PREPOSITIONS = new Set(
  `of to in with from on at by for about against into van met naar op over bij aan tegen tegenover uit tijdens na
  voor door namens via sinds onder`.split(/\s+/).filter(Boolean),
);

/** A cue under these is not a statement: "stopped short of calling for", "did not say". */
export const NEGATIONS = /\b(short of|not|never|no longer|without|refused to|declined to|niet|nooit|geen|zonder)\s+(?:\S+\s+){0,1}$/i;

/** Future markers: a weekday under them points forward, not back. */
export const FUTURE_MARKERS = /\b(will|shall|going to|zal|zullen|gaat|gaan)\b/i;

/** "X's statement that", "an accusation from X that". */
export const NOMINAL_CUES = `statement|claim|accusation|warning|assertion|pledge|promise|insistence|suggestion|call|demand|request|verklaring|beschuldiging|oproep`;

/** Cues by which the speaker says the content is not so: deny, reject, refute, dispute; ontkennen, weerleggen. */
/** Denial verbs in English and Dutch, every inflection: one list for extraction and for reading questions. */
const ENGLISH_DENIAL_STEMS = 'den(?:y|ies|ied|ying|ial)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)';
const DENIAL_STEMS = `${ENGLISH_DENIAL_STEMS}|ontk(?:en|ent|ende|enden|ennen)|weerleg(?:t|de|den|gen)?|weersp(?:reekt|reken|rak|raken)`;
/**
 * As a reporting verb "dispute" denies too; in a question it is more often the noun ("the dispute had ended").
 * Dutch "spreekt … tegen dat" denies, its particle apart from the verb.
 */
const DENIAL_CUE = new RegExp(`^(?:${DENIAL_STEMS}|disput(?:e|es|ed|ing)|(?:spreekt|spreken|sprak|spraken)\\s+(?:\\S+\\s+){0,3}?tegen)\\b`, 'i');

/** Verbs that set aside what others said: "dismissed reports that …", "rebuffed claims that …". */
const DISMISSING_CUE = /^(?:dismiss(?:es|ed|ing)?|rebuff(?:s|ed|ing)?|brush(?:es|ed|ing)? (?:aside|off)|push(?:es|ed|ing)? back(?: on| against)?|scoff(?:s|ed|ing)? at)\b/i;
/** What they set aside: others' words about it ("claims that …", "reports that …"). */
const OTHERS_WORDS = '(?:claims?|reports?|suggestions?|allegations?|accusations?|speculation|rumou?rs?|charges?|assertions?)';
const OTHERS_WORDS_THAT = new RegExp(`^(?:the\\s+|those\\s+)?${OTHERS_WORDS}\\s+that\\b`, 'i');
const OTHERS_WORDS_BEFORE = new RegExp(`\\b${OTHERS_WORDS}\\s*$`, 'i');
const ENGLISH_DENIAL = new RegExp(`^(?:${ENGLISH_DENIAL_STEMS}|disput(?:e|es|ed|ing))\\b`, 'i');
/** Whether a cue opens on an English verb of denial ("denies", "rejected", "disputes"): one an answer can say as is. */
export function isEnglishDenial(cue: string): boolean {
  return ENGLISH_DENIAL.test(cue.trim());
}

/** A denial word as a question is read (lower-cased, one word). */
export const DENIAL_WORD = new RegExp(`^(?:${DENIAL_STEMS})$`);

/**
 * Whether the speaker says what was said is so, or denies it: by the cue ("denied", "ontkent"), or by a cue that
 * sets others' words aside when what was said is those words ("dismissed reports that the deal was dead").
 */
export function polarityOf(cue: string, said = '', before = ''): Polarity {
  if (DENIAL_CUE.test(cue.trim())) return 'denied';
  // ("pushed back on claims that …": the claims may stand between the cue and what was said.)
  const othersWords = OTHERS_WORDS_THAT.test(said.trim()) || (/^that\b/i.test(said.trim()) && OTHERS_WORDS_BEFORE.test(before));
  return DISMISSING_CUE.test(cue.trim()) && othersWords ? 'denied' : 'asserted';
}
