import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../worker/analysis';
import { analysisSeries, analyzeInput, debounce, isHtml } from '../../../dashboard/src/try/source';
import { demoText } from '../analysis/demo';

describe('/try input', () => {
  it('treats .html files and markup as HTML, .txt files and prose as text', () => {
    expect(isHtml('plain words', 'story.html')).toBe(true);
    expect(isHtml('<p>tags</p>', 'notes.txt')).toBe(false);
    expect(isHtml('<!doctype html><html><body><p>Hi</p></body></html>')).toBe(true);
    expect(isHtml('<p>So-called “collusion”</p>')).toBe(true);
    expect(isHtml('Prices < 5 and > 2 </ not a tag')).toBe(false);
    expect(isHtml(demoText('rt'))).toBe(false);
  });

  it('builds the analyser input, with passage mode when asked', () => {
    expect(analyzeInput('<p>x</p>', { fileName: 'a.htm' })).toEqual({ html: '<p>x</p>' });
    expect(analyzeInput('x', { passage: true })).toEqual({ text: 'x', passage: true });
  });

  it('analyses RT’s text in the page exactly as the server does, scare quotes and so-called included', () => {
    const analysis = analyze(analyzeInput(demoText('rt')));
    const marked = analysis.evidence.map((e) => `${e.metric}:${e.text}`);
    expect(marked).toContain('skepticism:so-called');
    expect(marked).toContain('scareQuotes:‘interference’');
    const series = analysisSeries(analysis, ['skepticism', 'boosters'], 'Your text');
    expect(series.label).toBe('Your text');
    expect(series.values[0]).toBeCloseTo(34.1, 1);
    expect(series.values[1]).toBe(0);
  });
});

describe('debounce', () => {
  it('runs once after input pauses, or at once on flush', () => {
    vi.useFakeTimers();
    try {
      const seen: string[] = [];
      const run = debounce((text: string) => seen.push(text), 300);
      run('a');
      run('ab');
      vi.advanceTimersByTime(299);
      expect(seen).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(seen).toEqual(['ab']);
      run('abc');
      run.flush('file');
      vi.advanceTimersByTime(1000);
      expect(seen).toEqual(['ab', 'file']);
    } finally {
      vi.useRealTimers();
    }
  });
});
