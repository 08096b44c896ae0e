/**
 * A story for widget and oEmbed tests: three articles (CNN, RT, one unattributed) and a title full
 * of characters HTML must escape, so every page and embed code is checked against hostile text.
 */
import { ingest, makeStory, sampleArticle } from './helpers';

export const HOSTILE_TITLE = `Votes "delayed" </title><script>alert(1)</script> & 'again'`;

export interface WidgetStory {
  slug: string;
  ids: { cnn: number; rt: number; unattributed: number };
}

export async function makeWidgetStory(title = HOSTILE_TITLE): Promise<WidgetStory> {
  const slug = await makeStory({ title });
  const cnn = await ingest(slug, { outlet: 'CNN', text: sampleArticle('cnn') });
  const rt = await ingest(slug, { outlet: 'RT', text: `${sampleArticle('rt')}\n\nThe so-called “interference” was denied, Reuters said.` });
  const unattributed = await ingest(slug, { text: sampleArticle('copy') });
  return { slug, ids: { cnn: cnn.id, rt: rt.id, unattributed: unattributed.id } };
}
