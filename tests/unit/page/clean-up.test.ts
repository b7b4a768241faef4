import { describe, expect, it } from 'vitest';
import { cleanArticleContent } from '../../../lib/page/clean-up';
import { page } from './fixtures';

/** The text blocks left after clean-up of an article container holding `html`. */
function cleaned(html: string): string[] {
  const doc = page(`<article>${html}</article>`);
  const root = doc.querySelector('article')!;
  cleanArticleContent(root);
  return Array.from(root.children).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
}
const STORY = '<p>' + 'The council met on Monday to discuss the budget for next year. '.repeat(8) + '</p>';

describe('cleanArticleContent', () => {
  it('drops "Related:" lines and copyright notices', () => {
    const left = cleaned(
      `${STORY}<p>Related: Rich are paying more in taxes</p><p>Copyright 2019 Gazette Media</p><p>© Gazette</p>`,
    );
    expect(left).toHaveLength(1);
  });

  it('keeps story paragraphs that merely start with a label word', () => {
    const story = [
      'Related to each other: for example, a caching server and a web server.',
      'Subscribers said the price rise came without warning.',
      'Copyright law has not kept pace with the technology.',
      'Advertisements for the product were pulled last week.',
      'More from the survey: four in ten farmers expect losses.',
    ];
    expect(cleaned(STORY + story.map((s) => `<p>${s}</p>`).join(''))).toEqual([
      expect.stringContaining('The council met'),
      ...story,
    ]);
  });

  it('drops short "More from …" and "Recommended" labels', () => {
    expect(cleaned(`${STORY}<p>More from Sport</p><p>Recommended</p>`)).toHaveLength(1);
  });

  it('drops a link list under a related-stories heading, keeps one under a section heading', () => {
    const links = '<ul><li><a href="/a">First story</a></li><li><a href="/b">Second story</a></li></ul>';
    expect(cleaned(`${STORY}<h3>More stories</h3>${links}`)).toHaveLength(1);
    expect(cleaned(`${STORY}<h3>More ways to customize</h3>${links}`)).toHaveLength(3);
  });
});

describe('cleanArticleContent reads the text of small blocks only', () => {
  it('never reads the whole text of a block of more than three children, and cleans inside it as before', () => {
    const doc = page(
      `<article><div class="story-body">${STORY}<p>The mayor said the plan would be put to a vote.</p>` +
        `<p>Copyright 2031 Valley Courier</p><p>Residents can comment until the end of May.</p></div></article>`,
    );
    const root = doc.querySelector('article')!;
    const body = root.querySelector('.story-body')!;
    // Count the reads of the four-child block's text (the article's own total is read through `root`).
    let proto: object | null = Object.getPrototypeOf(body);
    while (proto && !Object.getOwnPropertyDescriptor(proto, 'textContent'))
      proto = Object.getPrototypeOf(proto);
    const getter = Object.getOwnPropertyDescriptor(proto!, 'textContent')!.get!;
    let reads = 0;
    Object.defineProperty(body, 'textContent', {
      get() {
        reads++;
        return getter.call(body) as string;
      },
    });
    cleanArticleContent(root);
    expect(reads).toBe(0);
    const left = Array.from(body.children).map((c) => (c.textContent ?? '').trim());
    expect(left).toHaveLength(3);
    expect(left.some((t) => t.startsWith('Copyright'))).toBe(false);
  });
});
