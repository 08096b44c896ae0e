import { describe, expect, it } from 'vitest';
import { demo } from './demo';

describe('cleaning the demo pages', () => {
  it('finds the RT headline, drops the icon strip and the repeated headline, and reads the timestamp', () => {
    const rt = demo('rt');
    expect(rt.headline).toBe('Xi gave Biden promise on 2024 election ‘interference’ – CNN');
    expect(rt.headlineSpan).toEqual({ start: 0, end: rt.headline!.length });
    expect(rt.text).not.toContain('icon bookmark');
    expect(rt.text).not.toContain('30 Jan, 2024');
    expect(rt.text.split('Xi gave Biden promise on 2024 election').length).toBe(2);
    expect(rt.published).toBe('2024-01-30');
    expect(rt.paragraphs[1]).toEqual({ start: rt.headline!.length + 2, end: rt.headline!.length + 2 + 103 });
    expect(rt.text.slice(rt.paragraphs[1]!.start, rt.paragraphs[1]!.end)).toBe(
      'Senior US officials have reportedly pressed Beijing on alleged meddling multiple times in recent months',
    );
  });

  it('drops the republisher breadcrumb, category line and "Source: CNN" tail around the CNN story', () => {
    const cnn = demo('cnn');
    expect(cnn.headline).toBe('Exclusive: Xi promised Biden China wouldn’t interfere in 2024 election');
    expect(cnn.text).not.toContain('Home »');
    expect(cnn.text).not.toContain('Asia Featured General Election');
    expect(cnn.text).not.toContain('Source: CNN');
    expect(cnn.text.split('Exclusive: Xi promised').length).toBe(2);
    expect(cnn.text.endsWith('This story has been updated with a statement from the Chinese Foreign Ministry.')).toBe(true);
    expect(cnn.published).toBeNull();
  });

  it('reads the India Today byline and dateline and drops the image caption', () => {
    const it = demo('indiaToday');
    expect(it.headline).toBe('China won’t interfere in 2024 US election, Xi Jinping promised Biden: Report');
    expect(it.bylines).toEqual(['Devika Bhattacharya']);
    expect(it.published).toBe('2024-01-31');
    expect(it.text).not.toContain('UPDATED');
    expect(it.text).not.toContain('Written By');
    expect(it.text).not.toContain('Xi Jinping and Joe Biden\n');
    expect(it.text.split('\n\n')[1]!.startsWith('Chinese President Xi Jinping assured')).toBe(true);
  });

  it('reads the Mothership byline and drops the "Related stories" and "Top image" tail', () => {
    const m = demo('mothership');
    expect(m.bylines).toEqual(['Fiona Tan']);
    expect(m.published).toBe('2024-01-31');
    expect(m.text).not.toContain('Related stories');
    expect(m.text).not.toContain('Top image from');
    expect(m.text).not.toContain('Fiona Tan');
    expect(m.text.split('\n\n').slice(0, 2)).toEqual(['Xi Jinping promised Joe Biden China won’t interfere in 2024 US election: CNN', 'Pinky promise?']);
  });

  it('does not promote the first sentence of the unattributed text to a headline', () => {
    const u = demo('unattributed');
    expect(u.headline).toBeNull();
    expect(u.headlineSpan).toBeNull();
    expect(u.bylines).toEqual([]);
    expect(u.published).toBeNull();
    expect(u.paragraphs).toHaveLength(7);
    expect(u.text.startsWith('In a previously undisclosed conversation')).toBe(true);
  });
});
