import { describe, expect, it } from 'vitest';
import { demo } from './demo';

const names = (key: Parameters<typeof demo>[0]): string[] => demo(key).people.map((p) => p.name);

describe('people in the demo texts', () => {
  it('names the India Today and Mothership authors from their bylines', () => {
    expect(demo('indiaToday').people[0]).toEqual({ name: 'Devika Bhattacharya', role: 'author', mentions: [] });
    expect(demo('mothership').people[0]).toEqual({ name: 'Fiona Tan', role: 'author', mentions: [] });
  });

  it('names Natasha Bertrand as a contributor in RT and joins "Bertrand" to her', () => {
    const rt = demo('rt');
    const bertrand = rt.people.find((p) => p.name === 'Natasha Bertrand')!;
    expect(bertrand.role).toBe('contributor');
    expect(bertrand.mentions.map((m) => rt.text.slice(m.start, m.end))).toEqual(['Natasha Bertrand', 'Bertrand']);
  });

  it('joins later "Wray" to FBI Director Christopher Wray, without the title, as a source', () => {
    const cnn = demo('cnn');
    const wray = cnn.people.find((p) => p.name === 'Christopher Wray')!;
    expect(wray.role).toBe('source');
    expect(wray.mentions.map((m) => cnn.text.slice(m.start, m.end))).toEqual(['Christopher Wray', 'Wray']);
    expect(cnn.text.slice(wray.mentions[0]!.start - 13, wray.mentions[0]!.start)).toBe('FBI Director ');
  });

  it('joins "President Xi" and "Xi’s" to Xi Jinping and "Biden" to Joe Biden', () => {
    const u = demo('unattributed');
    const xi = u.people.find((p) => p.name === 'Xi Jinping')!;
    expect(xi.mentions.map((m) => u.text.slice(m.start, m.end))).toEqual(['Xi Jinping', 'Xi', 'Xi', 'Xi']);
    const cnn = demo('cnn');
    expect(cnn.people.find((p) => p.name === 'Xi Jinping')!.mentions).toHaveLength(7);
    expect(cnn.people.find((p) => p.name === 'Joe Biden')!.role).toBe('source');
  });

  it('lists the people of the CNN story and no organisations or places', () => {
    expect(names('cnn')).toEqual(['Xi Jinping', 'Joe Biden', 'Wang Yi', 'Jake Sullivan', 'Hillary Clinton', 'Christopher Wray', 'Chris Krebs', 'Antony Blinken']);
    for (const key of ['cnn', 'indiaToday', 'mothership', 'rt', 'unattributed'] as const) {
      for (const not of ['Justice Department', 'San Francisco', 'South China Morning Post', 'White House', 'National Security Council', 'Statue of Liberty', 'Woodside']) {
        expect(names(key).some((n) => n.includes(not) || not.includes(n))).toBe(false);
      }
    }
  });

  it('makes Chris Krebs a source through "said Chris Krebs" and "Krebs told CNN"', () => {
    const krebs = demo('cnn').people.find((p) => p.name === 'Chris Krebs')!;
    expect(krebs.role).toBe('source');
    expect(krebs.mentions).toHaveLength(2);
  });
});
