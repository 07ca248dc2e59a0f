// Finding a person by a written name through the name-part index must find exactly what trying every person would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PersonNameIndex, matchesPerson } from '../src/entities/names.ts';

const given = ['John', 'Jon', 'J.', 'Mary', 'Xi', 'Ann', 'Donald', 'Ivanka', 'Volodymyr', 'Volodimir', 'Hassan'];
const family = ['Smith', 'Lee', 'Jinping', 'Trump', 'Zelensky', 'Zelenskyy', 'Hassan', 'John', 'Roberts'];
const writtenName = fc.oneof(
  fc.constantFrom(...family, ...given),
  fc.tuple(fc.constantFrom(...given), fc.constantFrom(...family)).map(([a, b]) => `${a} ${b}`),
  fc.tuple(fc.constantFrom('Sen.', 'President', 'Mr.'), fc.constantFrom(...given), fc.constantFrom(...family)).map((p) => p.join(' ')),
  fc.tuple(fc.constantFrom(...given), fc.constantFrom(...family)).map(([a, b]) => `${a} G. ${b} Jr.`),
);

describe('GIVEN people known by several written names', () => {
  it('WHEN a name is looked up THEN the index finds every person a full scan finds, first added first', () => {
    fc.assert(
      fc.property(fc.array(fc.array(writtenName, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), writtenName, (people, query) => {
        const index = new PersonNameIndex<number>();
        people.forEach((names, person) => { for (const name of names) index.add(person, name); });
        const scanned = people.map((_, person) => person).filter((person) => matchesPerson(people[person] ?? [], query));
        expect(index.findAll(query, (person) => people[person] ?? [])).toEqual(scanned);
      }),
      { numRuns: 2000 },
    );
  });
});
