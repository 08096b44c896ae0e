/**
 * Seeds every demo story (demo/stories/<slug>/story.json + its texts, byte for byte) into a running
 * Framelens through the HTTP API. Idempotent: a story is created only if GET says it is missing,
 * and article ingest is idempotent on the cleaned text, so a second run writes nothing.
 *
 * CLI: `npm run seed [-- --base http://127.0.0.1:8787]` (token from ADMIN_TOKEN or .dev.vars).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { apiRequest, ApiRequestError, type ApiTarget } from './lib/api-client';
import { adminTokenFrom } from './lib/dev-vars';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DEMO_STORIES_DIR = join(ROOT, 'demo', 'stories');

/** The shape of demo/stories/<slug>/story.json (extra keys such as `note` are allowed). */
export const StoryFileSchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string().nullish(),
  event_date: z.string().nullish(),
  articles: z.array(
    z.object({
      file: z.string().regex(/^[\w.-]+$/, 'must be a file name in the story folder'),
      outlet: z.string().nullish(),
      country: z.string().nullish(),
      homepage: z.string().nullish(),
      headline: z.string().nullish(),
      published: z.string().nullish(),
      url: z.string().nullish(),
    }),
  ),
});

export type StoryFile = z.infer<typeof StoryFileSchema>;

export interface SeedReport {
  slug: string;
  storyCreated: boolean;
  articles: { file: string; id: number; created: boolean }[];
}

/** Reads one story folder. */
export function readStoryFolder(dir: string): { story: StoryFile; texts: Map<string, string> } {
  const parsed = StoryFileSchema.safeParse(JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8')));
  if (!parsed.success) throw new Error(`${dir}/story.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const texts = new Map(parsed.data.articles.map((a) => [a.file, readFileSync(join(dir, a.file), 'utf8')]));
  return { story: parsed.data, texts };
}

/** The ingest request body for one article of a story file. */
export function ingestBody(article: StoryFile['articles'][number], content: string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (article.outlet) {
    body.outlet = {
      name: article.outlet,
      ...(article.country ? { country: article.country } : {}),
      ...(article.homepage ? { homepage: article.homepage } : {}),
    };
  }
  if (article.headline) body.headline = article.headline;
  if (article.url) body.url = article.url;
  if (article.published) body.published = article.published;
  body[article.file.endsWith('.html') ? 'html' : 'text'] = content;
  return body;
}

/** Seeds one story folder. */
export async function seedStory(target: ApiTarget, dir: string): Promise<SeedReport> {
  const { story, texts } = readStoryFolder(dir);
  let storyCreated = false;
  try {
    await apiRequest(target, 'GET', `/api/stories/${story.slug}`);
  } catch (error) {
    if (!(error instanceof ApiRequestError && error.status === 404)) throw error;
    await apiRequest(target, 'POST', '/api/stories', {
      slug: story.slug,
      title: story.title,
      ...(story.summary ? { summary: story.summary } : {}),
      ...(story.event_date ? { eventDate: story.event_date } : {}),
    });
    storyCreated = true;
  }
  const articles: SeedReport['articles'] = [];
  for (const article of story.articles) {
    const { status, body } = await apiRequest<{ id: number }>(
      target,
      'POST',
      `/api/stories/${story.slug}/articles`,
      ingestBody(article, texts.get(article.file) ?? ''),
    );
    articles.push({ file: article.file, id: body.id, created: status === 201 });
  }
  return { slug: story.slug, storyCreated, articles };
}

/** Seeds every story under `storiesDir` (default demo/stories). */
export async function seedStories(target: ApiTarget, storiesDir = DEMO_STORIES_DIR): Promise<SeedReport[]> {
  const dirs = readdirSync(storiesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(storiesDir, d.name, 'story.json')))
    .map((d) => join(storiesDir, d.name))
    .sort();
  const reports: SeedReport[] = [];
  for (const dir of dirs) reports.push(await seedStory(target, dir));
  return reports;
}

/** "xi-biden-election-2024: 5 articles (5 new), story created" */
export function describeSeed(report: SeedReport): string {
  const fresh = report.articles.filter((a) => a.created).length;
  return `${report.slug}: ${report.articles.length} articles (${fresh} new)${report.storyCreated ? ', story created' : ''}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { base: { type: 'string', default: 'http://127.0.0.1:8787' } } });
  const token = adminTokenFrom(ROOT);
  if (!token) throw new Error('No ADMIN_TOKEN: set it in the environment or in .dev.vars (npm start creates one).');
  for (const report of await seedStories({ baseUrl: values.base, token })) console.log(describeSeed(report));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
