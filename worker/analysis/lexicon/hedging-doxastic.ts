/**
 * Doxastic hedges: the proposition is presented as someone's belief, opinion, expectation or
 * supposition ("is believed to", "is widely considered", "regarded as", "expected to"), often
 * nobody's in particular. Szarvas et al. (2012) class these as doxastic uncertainty; in news they
 * are how a claim is reported without being asserted. Cue rates are from the WikiWeasel dev file.
 */
import { DETERMINERS } from './guards';
import type { Guard, LexiconEntry } from './types';

const CONSIDERED_FOR: Guard = {
  id: 'guard.considered-for',
  kind: 'notFollowedBy',
  terms: ['for', 'carefully'],
  rationale: '"considered for the post": weighed as a candidate, not believed to be something.',
  examples: ['Three judges were considered for the vacancy.'],
};

export const DOXASTIC: readonly LexiconEntry[] = [
  {
    id: 'hedging.belief-passive',
    metric: 'hedging',
    category: 'doxastic',
    pattern: ['believed', 'is thought', 'are thought', 'was thought', 'were thought', 'expected to', 'is expected to', 'are expected to', 'was expected to', 'is considered', 'are considered', 'was considered', 'were considered', 'widely considered', 'is regarded as', 'are regarded as', 'was regarded as', 'widely regarded', 'suspected', 'speculated', 'rumored', 'rumoured', 'presumed'],
    rationale:
      'Belief, expectation and reputation verbs ("is believed to", "is expected to", "is considered") present a claim as ' +
      'someone\'s belief, often nobody\'s in particular; "believed" alone is a cue in 95% of its WikiWeasel uses.',
    examples: ['The topic is expected to continue to be a theme.', 'The group is believed to be behind the attack.'],
    guards: [CONSIDERED_FOR],
  },
  {
    id: 'hedging.first-person-belief',
    metric: 'hedging',
    category: 'doxastic',
    pattern: ['i think', 'we think', 'i believe', 'we believe', 'i guess', 'i suspect', 'we suspect', 'i suppose'],
    rationale: 'First-person belief verbs mark the speaker\'s claim as opinion.',
    examples: ['"I think it will hold," she said.'],
    counterExamples: ["I'll believe it when I see it."],
  },
  {
    id: 'hedging.belief-verb',
    metric: 'hedging',
    category: 'doxastic',
    pattern: ['believe', 'believes', 'believing', 'the belief that', 'a belief that', 'popular belief', 'common belief', 'widespread belief', 'the view that', 'in the view of', 'in his view', 'in her view', 'in their view', 'in my view', 'in our view', 'the idea that', 'the notion that', 'the assumption that', 'the theory that', 'the hypothesis that'],
    rationale: '"Officials believe", "the belief that": the proposition is held, not shown (84% of "believe" in WikiWeasel are cues).',
    examples: ['Investigators believe the fire was set.', 'The idea that the vote was rigged spread quickly.'],
    counterExamples: ['Many people believe in ghosts.'],
    guards: [
      {
        id: 'guard.believe-in',
        kind: 'notFollowedBy',
        terms: ['in', 'it when', 'me', 'you', 'him', 'her', 'them', 'us', 'my eyes', 'their eyes', 'his eyes', 'her eyes'],
        rationale: '"believe in" (faith, trust) and "believe him" (trusting a person) do not present a proposition as uncertain.',
        examples: ['She believes in the project.', "I'll believe it when I see it."],
      },
    ],
  },
  {
    id: 'hedging.think',
    metric: 'hedging',
    category: 'doxastic',
    pattern: ['think', 'thinks', 'thought', 'thought of as'],
    rationale: '"analysts think", "was thought to": opinion verbs (64–72% cues in WikiWeasel); the noun "thought" is not.',
    examples: ['Analysts think the rate will rise.', 'The ship was long thought lost.'],
    counterExamples: ['She studied Chinese political thought.', 'The plan was well thought out.', 'The think tank published a report.'],
    guards: [
      {
        id: 'guard.thought-noun',
        kind: 'notPrecededBy',
        terms: [...DETERMINERS, 'of', 'well', 'political', 'religious', 'economic', 'philosophical', 'scientific', 'modern', 'western', 'eastern', 'chinese', 'islamic', 'christian', 'jewish', 'marxist', 'liberal', 'conservative', 'critical', 'free', 'second', 'much', 'some', 'any', 'no'],
        rationale: '"school of thought", "political thought", "well thought out", "second thought": the noun or an idiom, not an opinion.',
        examples: ['a school of thought', 'on second thought'],
      },
      {
        id: 'guard.think-idiom',
        kind: 'notFollowedBy',
        terms: ['tank', 'tanks', 'out', 'about', 'twice', 'again', 'so', 'of', 'highly', 'best'],
        rationale: '"think tank", "think about", "think of", "think twice", "thought highly of" are not opinions about a proposition ("thought of as" is matched as a whole before this guard applies).',
        examples: ['a think tank in Washington', 'Voters should think twice.'],
      },
    ],
  },
  {
    id: 'hedging.considered',
    metric: 'hedging',
    category: 'doxastic',
    pattern: ['considered', 'regarded', 'regarded as', 'viewed as', 'seen as', 'considered as'],
    rationale: '"considered the favourite", "seen as a threat": reputation, not fact (84% of "considered" and "regarded" in WikiWeasel are cues).',
    examples: ['He is seen as the heir apparent.', 'Taiwan, long considered a flashpoint, held its vote.'],
    counterExamples: ['She was considered for the post.', 'a highly regarded economist'],
    guards: [
      CONSIDERED_FOR,
      {
        id: 'guard.regarded-esteem',
        kind: 'notPrecededBy',
        terms: ['highly', 'well', 'widely respected and'],
        rationale: '"highly regarded", "well regarded" express esteem, not a belief about a proposition.',
        examples: ['a well regarded surgeon'],
      },
    ],
  },
  {
    id: 'hedging.consider',
    metric: 'hedging',
    category: 'doxastic',
    pattern: ['consider', 'considers'],
    rationale: '"Historians consider him a reformer": an opinion held by someone (52% of "consider" in WikiWeasel are cues; the rest are imperatives and deliberation).',
    examples: ['Many economists consider it a gamble.'],
    counterExamples: ['Consider the case of Ohio.', 'The board will consider the proposal.'],
    guards: [
      {
        id: 'guard.consider-imperative',
        kind: 'notAtSentenceStart',
        rationale: 'A sentence-initial "Consider …" is an imperative to the reader, not an opinion.',
        examples: ['Consider the following example.'],
      },
      {
        id: 'guard.consider-deliberate',
        kind: 'notPrecededBy',
        terms: ['to', 'will', 'would', 'should', 'must', 'may', 'might', 'could', 'can', 'example', ',', ':', ';', 'let', "let's", 'not', "didn't", "doesn't", "don't", 'now'],
        rationale: '"will consider the proposal", "refused to consider", "for example, consider": weighing or an instruction, not a belief.',
        examples: ['The court will consider the appeal next month.'],
      },
      {
        id: 'guard.consider-options',
        kind: 'notFollowedBy',
        terms: ['the', 'a', 'an', 'how', 'what', 'options', 'his options', 'her options', 'their options', 'running', 'whether'],
        rationale: '"consider the proposal", "consider how": deliberation about something, not an opinion about a proposition.',
        examples: ['Senators consider the bill this week.'],
      },
    ],
  },
  {
    id: 'hedging.expectation',
    metric: 'hedging',
    category: 'doxastic',
    pattern: ['expect', 'expects', 'expected', 'expecting'],
    rationale: 'An expectation presents a future event as foreseen, not as fact (74–80% cues in WikiWeasel).',
    examples: ['Officials expect a close vote.', 'A ruling is expected next week.'],
    counterExamples: ['Turnout was higher than expected.'],
    guards: [
      {
        id: 'guard.expected-comparison',
        kind: 'notPrecededBy',
        terms: ['than', 'as', 'the', 'an', 'a', 'unexpected', 'life'],
        rationale: '"higher than expected", "as expected", "the expected outcome" compare with an expectation rather than make one.',
        examples: ['Sales rose faster than expected.'],
      },
    ],
  },
  {
    id: 'hedging.supposition',
    metric: 'hedging',
    category: 'doxastic',
    pattern: ['assume', 'assumes', 'assumed', 'assuming', 'assumption', 'speculate', 'speculation', 'speculating', 'rumor', 'rumors', 'rumour', 'rumours', 'suspect that', 'suspects that', 'suspicion that', 'suspicions that', 'feared', 'fear that', 'fears that', 'hypothesized', 'hypothesised', 'presumption'],
    rationale: 'Suppositions, speculation, rumours and fears present a proposition as unverified.',
    examples: ['Many assumed the deal was done.', 'Rumors of a merger lifted the shares.', 'Officials feared the ceasefire would collapse.'],
    counterExamples: ['She assumed office in January.'],
    guards: [
      {
        id: 'guard.assume-office',
        kind: 'notFollowedBy',
        terms: ['office', 'power', 'control', 'command', 'responsibility', 'responsibilities', 'role', 'roles', 'leadership', 'duties', 'post', 'position', 'presidency', 'throne', 'name', 'identity', 'debt', 'risk', 'risks', 'charge', 'custody', 'ownership', 'significance', 'importance', 'greater', 'new', 'added', 'urgency', 'prominence'],
        skip: DETERMINERS,
        rationale: '"assumed office", "assumed control", "assume the risk", "assumes significance": taking something on, not supposing.',
        examples: ['The general assumed command of the army.', 'The pledge assumes significance ahead of the vote.'],
      },
    ],
  },
];
