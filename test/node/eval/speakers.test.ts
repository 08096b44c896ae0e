import { describe, expect, it } from 'vitest';
import { isNamedSpeaker, normalizeName, speakerMatchesLenient, speakerMatchesStrict } from '../../../scripts/eval/speakers';

describe('speaker matching', () => {
  it('normalises BASIL entity ids and names alike', () => {
    expect(normalizeName('Felipe_Calderón')).toBe('felipe calderon');
    expect(normalizeName('  Nancy  Pelosi. ')).toBe('nancy pelosi');
  });

  it('strict needs the whole name', () => {
    expect(speakerMatchesStrict('Michael Steele', 'Michael_Steele')).toBe(true);
    expect(speakerMatchesStrict('Steele', 'Michael_Steele')).toBe(false);
    expect(speakerMatchesStrict(null, 'Michael_Steele')).toBe(false);
  });

  it('lenient accepts a surname match either way, not a first name', () => {
    expect(speakerMatchesLenient('Martin Luther King Jr.', 'Martin_King')).toBe(true);
    expect(speakerMatchesLenient('Steele', 'Michael_Steele')).toBe(true);
    expect(speakerMatchesLenient('Donald Trump', 'Trump')).toBe(true);
    expect(speakerMatchesLenient('Michael', 'Michael_Steele')).toBe(false);
    expect(speakerMatchesLenient('Nancy Pelosi', 'House_Democrats')).toBe(false);
    expect(speakerMatchesLenient(null, 'Trump')).toBe(false);
  });

  it('leniently matches an entity id cut at a non-ASCII letter, and nothing else by prefix', () => {
    expect(speakerMatchesLenient('Felipe Calderón', 'Felipe_Calder')).toBe(true);
    expect(speakerMatchesStrict('Felipe Calderón', 'Felipe_Calder')).toBe(false);
    expect(speakerMatchesLenient('Bill Clinton', 'Bill_Clint')).toBe(false);
  });

  it('treats other_* and empty speakers as unnamed', () => {
    expect(isNamedSpeaker('other_anti')).toBe(false);
    expect(isNamedSpeaker('')).toBe(false);
    expect(isNamedSpeaker('Democratic_lawmakers')).toBe(true);
  });
});
