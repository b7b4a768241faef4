/**
 * A heavy news page the project writes itself: the seed article's story body repeated (each copy varied so
 * it is not one paragraph a thousand times) inside a page full of navigation, related-article lists and
 * comments, to a target size. Used by the main-thread benchmark and the huge-page end-to-end test.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEED_PAGE = fileURLToPath(
  new URL('../../fixtures/site/news/labour-cyber-attack.html', import.meta.url),
);

/** The seed page grown to about `bytes` bytes of HTML (story text about a third, boilerplate the rest). */
export function bigNewsPage(bytes = 1_000_000): string {
  const seed = readFileSync(SEED_PAGE, 'utf8');
  const body = seed.match(/<div class="story-body">([\s\S]*?)<\/div>/)?.[1] ?? '';
  const paragraphs = body.match(/<p>[\s\S]*?<\/p>/g) ?? [];
  const storyParts: string[] = [];
  const chromeParts: string[] = [];
  let size = seed.length;
  for (let copy = 1; size < bytes; copy++) {
    const section = paragraphs.map((p) => p.replace('</p>', ` (Part ${copy}.)</p>`)).join('\n');
    storyParts.push(`<h2>Part ${copy}</h2>\n${section}`);
    const related = Array.from(
      { length: 12 },
      (_, i) =>
        `<li class="teaser"><a href="/politics/story-${copy}-${i}.html"><img alt="" width="80" height="60" src="data:,">` +
        `<span class="teaser-title">Another politics story number ${copy}.${i} about the campaign</span></a>` +
        `<time datetime="2021-01-${String((i % 27) + 1).padStart(2, '0')}">January ${(i % 27) + 1}</time></li>`,
    ).join('');
    const comments = Array.from(
      { length: 4 },
      (_, i) =>
        `<div class="comment" data-id="${copy}-${i}"><span class="who">reader${copy * 10 + i}</span>` +
        `<p class="comment-text">Comment ${i} on part ${copy}: I read this twice and still have questions.</p></div>`,
    ).join('');
    chromeParts.push(`<ul class="related">${related}</ul><section class="comments">${comments}</section>`);
    size += section.length + related.length + comments.length + 80;
  }
  return seed
    .replace(
      /<div class="story-body">[\s\S]*?<\/div>/,
      `<div class="story-body">\n${storyParts.join('\n')}\n</div>`,
    )
    .replace('</main>', `</main>\n<aside class="more">${chromeParts.join('\n')}</aside>`);
}
