// Function words of English and Dutch: they carry no topic, so a query made only of them matches nothing and
// they never count towards how much of a query an answer covers.
const WORDS = `a an and are as at be been but by can could did do does for from had has have he her his i if in into is it
its of on or our she so than that the their them there these they this those to was we were what when which who will
with would you your not no us my me all any about after before also just more most other over such only very
de het een en van in is dat die op te met voor zijn er aan niet ook als bij om door maar naar dan nog wel geen
hij zij ze wij we ik je u het hun haar zich of tot uit over onder worden werd wordt was waren heeft hebben had
deze dit der des den al ons onze mijn zo`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}
