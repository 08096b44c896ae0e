/**
 * Classroom mode on the demo story in real Chromium: projector type (body ≥ 28px), every slide
 * reached with ArrowRight/PageDown/Space and back with ArrowLeft/PageUp, Home/End, the hash naming
 * each slide (a reload keeps it), the counter and progress bar, prompts with numbers from the data
 * (the same pure functions computed in Node), charts drawn on their slides, Escape back to the story.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSlides, type Slide } from '../../../dashboard/src/classroom/slides';
import { waitForChartsDrawn } from '../helpers/charts';
import { launchChromium } from '../helpers/chromium';
import { expectNoProblems, openPage, type PageSession } from '../helpers/page';
import { saveScreenshot } from '../helpers/screenshots';
import { DEMO_SLUG, url } from '../helpers/server';
import { demoTeachingStory } from './demo-story';

const PATH = `/stories/${DEMO_SLUG}/classroom`;

let browser: Browser;
let slides: Slide[];

beforeAll(async () => {
  slides = buildSlides(await demoTeachingStory());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openDeck(hash = ''): Promise<PageSession> {
  const session = await openPage(browser, `${PATH}${hash}`);
  await session.page.locator('section.slide:not([hidden])').waitFor();
  return session;
}

/** What the deck shows now: the visible slide's id, the counter, the progress value and the URL hash. */
function state(page: Page) {
  return page.evaluate(() => {
    const visible = [...document.querySelectorAll<HTMLElement>('section.slide')].filter((s) => !s.hidden);
    return {
      visible: visible.map((s) => s.dataset.slideId),
      counter: document.querySelector('.deck__count')?.textContent,
      progress: (document.querySelector('progress') as HTMLProgressElement | null)?.value,
      hash: location.hash,
    };
  });
}

async function expectOn(page: Page, index: number): Promise<void> {
  const slide = slides[index] as Slide;
  expect(await state(page)).toEqual({
    visible: [slide.id],
    counter: `${index + 1} / ${slides.length}`,
    progress: index + 1,
    hash: `#${slide.id}`,
  });
}

describe('the classroom deck', () => {
  it('builds the ten-slide lesson for the demo story', () => {
    expect(slides.map((s) => s.id)).toEqual([
      'start', 'headlines', 'profile', 'words', 'sourcing', 'citations', 'evidence-1', 'evidence-2', 'evidence-3', 'end',
    ]);
  });

  it('sets projector type: the body at least 28px, slide titles larger still', async () => {
    const session = await openDeck();
    try {
      const sizes = await session.page.evaluate(() => ({
        body: Number.parseFloat(getComputedStyle(document.body).fontSize),
        title: Number.parseFloat(getComputedStyle(document.querySelector('section.slide:not([hidden]) h1') as Element).fontSize),
        question: Number.parseFloat(getComputedStyle(document.querySelector('section.slide:not([hidden]) .prompt__question') as Element).fontSize),
      }));
      expect(sizes.body).toBeGreaterThanOrEqual(28);
      expect(sizes.question).toBeGreaterThanOrEqual(28);
      expect(sizes.title).toBeGreaterThan(sizes.body);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('steps through every slide with ArrowRight, PageDown and Space, then back with ArrowLeft and PageUp', async () => {
    const session = await openDeck();
    const { page } = session;
    try {
      await expectOn(page, 0);
      const forward = ['ArrowRight', 'PageDown', ' '];
      for (let i = 1; i < slides.length; i++) {
        await page.keyboard.press(forward[i % forward.length] as string);
        await expectOn(page, i);
        const slide = slides[i] as Slide;
        const shown = page.locator('section.slide:not([hidden])');
        expect(await shown.locator('h1').textContent()).toBe(slide.title);
        expect(await shown.locator('.prompt__finding').textContent()).toBe(slide.prompt.finding);
        expect(await shown.locator('.prompt__question').textContent()).toBe(`Discuss ${slide.prompt.question}`);
      }
      await page.keyboard.press('PageDown');
      await expectOn(page, slides.length - 1);
      expect(await page.getByRole('button', { name: 'Next →' }).isDisabled()).toBe(true);
      const back = ['ArrowLeft', 'PageUp'];
      for (let i = slides.length - 2; i >= 0; i--) {
        await page.keyboard.press(back[i % back.length] as string);
        await expectOn(page, i);
      }
      await page.keyboard.press('PageUp');
      await expectOn(page, 0);
      await page.keyboard.press('End');
      await expectOn(page, slides.length - 1);
      await page.keyboard.press('Shift+Space');
      await expectOn(page, slides.length - 2);
      await page.keyboard.press('Home');
      await expectOn(page, 0);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('shows prompts with numbers from the data on the slides a lesson turns on', async () => {
    const session = await openDeck('#words');
    const { page } = session;
    const finding = () => page.locator('section.slide:not([hidden]) .prompt__finding').textContent();
    try {
      expect(await finding()).toBe('Mothership and RT each say ‘reportedly’ three times in their own voice; CNN never does.');
      expect(await page.locator('section.slide:not([hidden]) .prompt__question').textContent()).toBe('Discuss Why might a re-report add it?');
      const row = page.locator('section.slide:not([hidden]) tr.is-key td');
      expect(await row.evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.value))).toEqual(['0', '0', '3', '3', '0']);
      await page.keyboard.press('ArrowLeft');
      expect(await finding()).toBe('RT used 34.1 skepticism markers per 1,000 words, 31× the next outlet (CNN, 1.1).');
      await page.keyboard.press('End');
      expect(await finding()).toBe('Framelens counted 69 framing markers in five articles (2,744 words). Each one is a word match, not a verdict.');
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('draws the profile and sourcing charts on their slides, with every outlet', async () => {
    const session = await openDeck('#profile');
    const { page } = session;
    const datasets = (name: string) =>
      page.locator(`section.slide:not([hidden]) [data-chart="${name}"]`).evaluate((el) => {
        const chart = (el as HTMLElement & { framelensChart?: { data: { labels?: unknown[]; datasets: { label?: string }[] } } }).framelensChart;
        return { labels: chart?.data.labels, datasets: chart?.data.datasets.map((d) => d.label) };
      });
    try {
      expect(await datasets('profile')).toEqual({
        labels: ['Hedging', 'Skepticism / distancing', 'Scare quotes', 'Loaded attribution verbs'],
        datasets: ['CNN', 'India Today', 'Mothership', 'RT', 'Unattributed'],
      });
      await saveScreenshot(page, 'classroom-profile');
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      expect(await datasets('sourcing')).toEqual({
        labels: ['CNN', 'India Today', 'Mothership', 'RT', 'Unattributed'],
        datasets: ['Anonymous', 'Named'],
      });
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('keeps the slide across a reload (URL hash), and highlights the excerpt’s markers', async () => {
    const session = await openDeck('#evidence-1');
    const { page } = session;
    try {
      await page.reload();
      await page.locator('section.slide:not([hidden])').waitFor();
      expect((await state(page)).visible).toEqual(['evidence-1']);
      const marks = await page.locator('section.slide:not([hidden]) .excerpt mark.hl').allTextContents();
      expect(marks).toEqual(['claimed', '“interfering”', 'claims', 'unsubstantiated', 'so-called', '“collusion”', 'supposed']);
      await saveScreenshot(page, 'classroom-evidence');
      await page.goto(url(`${PATH}#words`));
      await saveScreenshot(page, 'classroom-words');
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('opens from the story page’s Classroom link, which sits beside the exercise and handout links', async () => {
    const session = await openPage(browser, `/stories/${DEMO_SLUG}`);
    const { page } = session;
    try {
      const teach = page.locator('.story-head__teach a');
      // Let the story page finish its own requests, so leaving it aborts none of them.
      await waitForChartsDrawn(page);
      await page.waitForLoadState('networkidle');
      expect(await teach.evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([
        ['Classroom', PATH],
        ['Spot the marker', `/stories/${DEMO_SLUG}/exercise`],
        ['Printable handout', `/stories/${DEMO_SLUG}/handout`],
      ]);
      expect(await page.locator('.site-footer a[href="/method"]').textContent()).toBe('How every number is made');
      await Promise.all([page.waitForURL(url(`${PATH}#start`)), teach.first().click()]);
      await page.locator('section.slide:not([hidden])').waitFor();
      await expectOn(page, 0);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('goes full screen from its button or F; Escape leaves full screen first, then the deck', async () => {
    const session = await openDeck('#headlines');
    const { page } = session;
    const fullscreen = () => page.evaluate(() => document.fullscreenElement === document.documentElement);
    try {
      const button = page.locator('.deck__fullscreen');
      await button.click();
      await expect.poll(fullscreen).toBe(true);
      await expect.poll(() => button.textContent()).toBe('Exit full screen');
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('Escape');
      await expect.poll(fullscreen).toBe(false);
      expect(new URL(page.url()).pathname).toBe(PATH);
      await page.keyboard.press('f');
      await expect.poll(fullscreen).toBe(true);
      await page.keyboard.press('F');
      await expect.poll(fullscreen).toBe(false);
      expect((await state(page)).visible).toEqual(['headlines']);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('leaves for the story page on Escape', async () => {
    const session = await openDeck('#sourcing');
    const { page } = session;
    try {
      await Promise.all([page.waitForURL(url(`/stories/${DEMO_SLUG}`)), page.keyboard.press('Escape')]);
      expect(new URL(page.url()).pathname).toBe(`/stories/${DEMO_SLUG}`);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });
});
