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
 volodymyr walter wayne willem william
 aidan alec alejandro alfonso ali allen alvin andre andres antoine archie arnold austin barry bart
 basil benny bernardo bert blake boyd brett bruno bryce byron caleb calvin cameron carlo carter cecil cesar chad
 chester christian clarence clark claude clay clayton clifford clint cody cole connor conor corey cory curtis dale
 damon darrell darryl dean desmond devin dexter diego dominic donovan drew duane dustin dwight earl edgar edmund
 eduardo edwin elijah elliot elliott emil enrique ethan eugene evan everett fernando floyd francis francisco
 franklin freddie gabriel garrett gavin gene geoffrey gilbert glen glenn gus guy hank harvey hector herbert hugo
 isaac jacques jaime jared jay jeffery jesse jorge julian julius karl kurt kyle lamar lance lars leo leon leroy
 lewis lloyd lorenzo louis lucas luther malcolm manuel marc mario marshall marvin mason maxwell melvin miguel
 milton mitchell moses murray nathaniel ned nelson newt noah omar orrin otto owen pablo pete phil preston rafael
 ramon rand randall randy raul reggie reginald ricardo ricky rodney rodrigo roland roman ross roy ruben rudolph
 rupert sam sammy saul sebastian seth shane sherrod simon spencer stan stanley sterling theo theodore tobias
 tony travis trent trevor troy tyler vernon victor vince vincent wade wallace warren wes wesley wilbur willie
 winston wolfgang xavier zachary jaap joost bas ruud rutger frans sander thijs bram daan wouter jeroen maarten
 niels sjoerd arjen harm gerrit wim kees piet hendrik johan jos koen stef stijn menno pim roel wopke lodewijk mart`;
const FEMALE = `abigail alice alicia alison amanda amy angela ann anna anne annie barbara betty beverly
 brenda carla carol caroline catherine cheryl christina christine cindy claire claudia cynthia daphne debbie deborah
 debra denise diana diane donna doris dorothy elaine eleanor elizabeth ellen emily emma erin eva evelyn fatima
 frances gina gloria grace hannah heather helen hillary ingrid irene jacqueline jane janet janice jennifer jessica
 jill joan joanna joyce judith judy julia julie karen katherine kathleen kathy kirsten kristen laura lauren
 linda lisa liz louise lucy lydia madeleine maria marie martha mary megan melania melanie melissa
 michelle monica nancy natalie nicole nikki olga pamela patricia paula rachel rebecca rita rosa ruth sandra sara
 sarah sharon sheila shirley sophie stephanie susan suzanne tammy teresa theresa tina ursula valerie vanessa
 victoria virginia wendy yulia
 abby adriana agnes aileen alexandra alma alyssa amber amelia angelina anita annette antoinette april
 arlene audrey ayanna beatrice becky belinda bernadette beth bethany betsy bianca bonnie brianna bridget brittany
 candace cara carly carmen carolyn cassandra cathy cecilia charlene charlotte chelsea chloe christy clara colleen
 connie constance courtney crystal danielle darlene deanna dolores edith eileen elena eliza ella elsa eunice
 felicia fiona florence francesca gabriela gail geraldine gladys greta gwen harriet hazel heidi helena holly ida
 irma isabel isabella ivanka jeanne jeannette jenna jenny joanne jocelyn josephine juanita kamala kara kate katie
 katrina kayla kellyanne kristin kristina laurie leah lillian lily lois loretta lorraine louisa lucia luisa
 maggie marcia margaret marianne marilyn marjorie marlene maureen maxine meghan melinda meredith mia miranda
 miriam molly nadia naomi natasha nina nora norma olivia paige pauline peggy penny phyllis priscilla rachael
 regina renee rhonda roberta robyn rosemary ruby sabrina sally samantha selena serena shannon sheryl shelley
 sonia stacey stella sue sylvia tamara tanya tara tiffany valentina vera veronica vicki violet vivian wanda
 whitney yolanda yvonne zoe anouk annemarie els esther femke fleur ilse inge janneke karin lieke lotte marieke
 marjolein mieke mona nathalie petra renate sanne saskia sigrid willemijn hanneke dilan`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);
const GENDER = new Map<string, 'm' | 'f'>([...words(MALE).map((name) => [name, 'm'] as const), ...words(FEMALE).map((name) => [name, 'f'] as const)]);

/** The gender a given name says, or null (unknown, or used for both). */
export function genderOfGivenName(name: string): 'm' | 'f' | null {
 return GENDER.get(name.toLowerCase()) ?? null;
}
