/** Argument parsing and request shaping of the seed and ingest CLIs, and .dev.vars handling. */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestRequestBody, parseIngestArgs } from '../../../scripts/ingest';
import { adminTokenFrom, ensureDevVarsToken, parseDevVar } from '../../../scripts/lib/dev-vars';
import { DEMO_STORIES_DIR, describeSeed, ingestBody, readStoryFolder } from '../../../scripts/seed';

describe('parseIngestArgs', () => {
  it('reads the options and files', () => {
    expect(parseIngestArgs(['--story', 'xi-biden', '--outlet', 'CNN', '--url', 'https://cnn.com/a', 'a.txt'])).toEqual({
      story: 'xi-biden',
      outlet: 'CNN',
      url: 'https://cnn.com/a',
      headline: null,
      published: null,
      base: 'http://127.0.0.1:8787',
      files: ['a.txt'],
    });
  });

  it('normalises --base to an origin', () => {
    expect(parseIngestArgs(['--story', 's', '--base', 'https://framelens.example/some/path', 'a.txt']).base).toBe('https://framelens.example');
  });

  it.each([
    [['a.txt'], '--story is required'],
    [['--story', 's'], 'Give at least one FILE'],
    [['--story', 's', '--url', 'https://x.example/', 'a.txt', 'b.txt'], '--url names one article'],
    [['--story', 's', '--base', 'not a url', 'a.txt'], '--base must be a URL'],
    [['--story', 's', '--bogus', 'a.txt'], "Unknown option '--bogus'"],
  ])('rejects %j', (argv, message) => {
    expect(() => parseIngestArgs(argv)).toThrow(message);
  });
});

describe('ingestRequestBody', () => {
  const args = parseIngestArgs(['--story', 's', '--outlet', 'RT', '--published', '2024-01-30', 'x']);
  it('sends .html files as html and everything else as text', () => {
    expect(ingestRequestBody(args, 'page.HTML', '<p>x</p>')).toEqual({ outlet: 'RT', published: '2024-01-30', html: '<p>x</p>' });
    expect(ingestRequestBody(args, 'page.htm', '<p>x</p>')).toHaveProperty('html');
    expect(ingestRequestBody(args, 'story.txt', 'x')).toEqual({ outlet: 'RT', published: '2024-01-30', text: 'x' });
  });
});

describe('.dev.vars', () => {
  it('parses plain, quoted and exported values', () => {
    const text = '# comment\nOTHER=1\nexport ADMIN_TOKEN="abc def"\n';
    expect(parseDevVar(text, 'ADMIN_TOKEN')).toBe('abc def');
    expect(parseDevVar('ADMIN_TOKEN=xyz', 'ADMIN_TOKEN')).toBe('xyz');
    expect(parseDevVar('ADMIN_TOKENX=1', 'ADMIN_TOKEN')).toBeNull();
  });

  it('creates .dev.vars with a random 64-hex token once, readable only by the owner', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fl-devvars-'));
    const first = ensureDevVarsToken(dir);
    expect(first.created).toBe(true);
    expect(first.token).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(join(dir, '.dev.vars')).mode & 0o777).toBe(0o600);
    expect(ensureDevVarsToken(dir)).toEqual({ token: first.token, created: false });
    expect(adminTokenFrom(dir, {})).toBe(first.token);
    expect(adminTokenFrom(dir, { ADMIN_TOKEN: 'from-env' })).toBe('from-env');
  });

  it('adds a token to an existing .dev.vars without one, keeping its other lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fl-devvars-'));
    writeFileSync(join(dir, '.dev.vars'), 'OTHER=1');
    const { created, token } = ensureDevVarsToken(dir);
    expect(created).toBe(true);
    expect(readFileSync(join(dir, '.dev.vars'), 'utf8')).toBe(`OTHER=1\nADMIN_TOKEN=${token}\n`);
  });
});

describe('seed', () => {
  it('reads the demo story folder with its five texts byte for byte', () => {
    const { story, texts } = readStoryFolder(join(DEMO_STORIES_DIR, 'xi-biden-election-2024'));
    expect(story.slug).toBe('xi-biden-election-2024');
    expect(story.articles.map((a) => a.outlet ?? null)).toEqual(['CNN', 'India Today', 'Mothership', 'RT', null]);
    expect(texts.get('cnn.txt')).toBe(readFileSync(join(DEMO_STORIES_DIR, 'xi-biden-election-2024', 'cnn.txt'), 'utf8'));
  });

  it('builds ingest bodies from story.json entries (no outlet for the unattributed text)', () => {
    const { story } = readStoryFolder(join(DEMO_STORIES_DIR, 'xi-biden-election-2024'));
    expect(ingestBody(story.articles[3]!, 'text')).toEqual({
      outlet: { name: 'RT', country: 'RU' },
      url: 'https://www.rt.com/news/591565-xi-biden-election-interference/',
      published: '2024-01-30',
      text: 'text',
    });
    expect(ingestBody(story.articles[1]!, 'text')).toEqual({ outlet: { name: 'India Today', country: 'IN' }, published: '2024-01-31', text: 'text' });
    expect(ingestBody(story.articles[4]!, 'text')).toEqual({ text: 'text' });
  });

  it('describes a seeding run', () => {
    expect(
      describeSeed({ slug: 's', storyCreated: true, articles: [{ file: 'a', id: 1, created: true }, { file: 'b', id: 2, created: false }] }),
    ).toBe('s: 2 articles (1 new), story created');
  });
});
