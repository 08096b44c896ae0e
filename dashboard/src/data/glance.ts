/**
 * "At a glance": the one-sentence finding of each comparison, in the order a lesson would take them,
 * for the top of the story page (pure; the same sentences the sections show).
 */
import { buildCitationGraph, summarizeCitations } from './citations';
import { summarizeHeadlines } from './headlines';
import type { LabelledArticle } from './labels';
import { PROFILE_METRICS, READER_METRICS } from './metrics';
import { buildPeopleMatrix, summarizePeople } from './people';
import { selectProfile, summarizeProfile } from './profile';
import { selectSourcing, summarizeSourcing } from './sourcing';

export interface Finding {
  /** Id of the section that shows it. */
  section: 'profile' | 'sourcing' | 'headlines' | 'citations' | 'people';
  /** The section's name. */
  title: string;
  text: string;
}

export function storyFindings(articles: readonly LabelledArticle[]): Finding[] {
  const view = { voice: 'outlet', measure: 'per1k' } as const;
  return [
    { section: 'profile', title: 'Framing profile', text: summarizeProfile(selectProfile(articles, PROFILE_METRICS, view), PROFILE_METRICS, view) },
    { section: 'sourcing', title: 'Sourcing', text: summarizeSourcing(selectSourcing(articles)) },
    { section: 'headlines', title: 'Headlines', text: summarizeHeadlines(articles, READER_METRICS) },
    { section: 'citations', title: 'Who cites whom', text: summarizeCitations(buildCitationGraph(articles)) },
    { section: 'people', title: 'Who names whom', text: summarizePeople(buildPeopleMatrix(articles)) },
  ];
}
