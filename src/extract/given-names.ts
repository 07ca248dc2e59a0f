// Given names that say a gender, for "he"/"she": a pronoun that cannot be a person must not name them. A short
// list of common English, Dutch and other European given names, written for this project; a name not on it says
// nothing, and a name used for both (Jordan, Robin, Kim, Lee, Andrea) is left off.
const MALE = `aaron adam adrian alan albert alexander alfred andrew andy angus anthony antonio arthur barack ben
 benjamin bernard bernie bill billy bob bobby boris brad brandon brian bruce bryan carl carlos charles charlie 
 christopher chuck colin craig dan daniel darren dave david dennis derek dick dirk dmitry don donald doug douglas
 dylan ed eddie edward emmanuel eric erik ernest frank fred frederick gary geert george gerald gerard gordon graham
 grant greg gregory hans harold harry henk henry herman howard hugh ian igor ivan jack jacob jake james jason jeb jeff
 jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan justin keith ken
 kenneth kevin klaas larry lawrence leonard luis luke marco marcus mark martin matt matthew maurice max michael
 mike mitch mitt mohammed muhammad nathan neil nicholas nick nigel norman olaf oliver oscar patrick paul pedro peter
 philip pieter ralph ray raymond reince richard rick rob robert roger ron ronald rudy russell ryan samuel
 scott sean sergei sergey stephen steve steven stuart ted thomas tim timothy todd tom viktor vladimir
 volodymyr walter wayne willem william `;
const FEMALE = `abigail alice alicia alison amanda amy angela ann anna anne annie barbara betty beverly
 brenda carla carol caroline catherine cheryl christina christine cindy claire claudia cynthia daphne debbie deborah
 debra denise diana diane donna doris dorothy elaine eleanor elizabeth ellen emily emma erin eva evelyn fatima
 frances gina gloria grace hannah heather helen hillary ingrid irene jacqueline jane janet janice jennifer jessica
 jill joan joanna joyce judith judy julia julie karen katherine kathleen kathy kirsten kristen laura lauren
 linda lisa liz louise lucy lydia madeleine maria marie martha mary megan melania melanie melissa
 michelle monica nancy natalie nicole nikki olga pamela patricia paula rachel rebecca rita rosa ruth sandra sara
 sarah sharon sheila shirley sophie stephanie susan suzanne tammy teresa theresa tina ursula valerie vanessa
 victoria virginia wendy yulia`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);
const GENDER = new Map<string, 'm' | 'f'>([...words(MALE).map((name) => [name, 'm'] as const), ...words(FEMALE).map((name) => [name, 'f'] as const)]);

/** The gender a given name says, or null (unknown, or used for both). */
export function genderOfGivenName(name: string): 'm' | 'f' | null {
 return GENDER.get(name.toLowerCase()) ?? null;
}
