/**
 * The headline without the site's name: "Story | Site", "Site - Story" and "Story – Site" lose the site part
 * when it names the publisher or the domain, or reads as a site ("My website", "Example.com"); a headline that
 * merely contains a dash keeps it. chooseHeadline picks among the page's title sources.
 */

const SEPARATOR = /(?<!\s)\s+[|\-–—:»·•/\\]\s+/;
const SEPARATORS = new RegExp(SEPARATOR.source, 'g');
/** Longest title read: a longer one is no headline, and every pattern below stays cheap. */
const MAX_TITLE_CHARS = 2000;

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** A site name without its domain ending: "Factorio.com" and "Le Monde.fr" name "Factorio" and "Le Monde". */
const bareSite = (s: string) => squash(s.replace(/\.(?:com|net|org|info|co\.uk|[a-z]{2})\s*$/i, ''));

/** A segment that says "this is a site" whatever its name: "My website", "Firefox Nightly News", "Example.com". */
const SITE_WORDS =
  /^(?:[\p{L}\p{N}'’&.-]+\s+){0,3}(?:website|web site|site|blog|weblog|online|news|homepage)$|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|[a-z]{2})$/iu;

/** The archive label of blog themes between the blog's name and the post's title ("Blog » Blog Archive » Post"). */
const BLOG_ARCHIVE = /^blog[ -]?archiv(?:e)?$/i;

/** Does `part` name the site (publisher or a label of the host, "nytimes" for www.nytimes.com)? */
function namesSite(part: string, siteNames: string[], host: string): boolean {
  const p = squash(part);
  if (!p || p.length > 40) return false;
  const hostParts = host.replace(/^www\d?\./, '').split('.');
  const hostCore = squash(hostParts.slice(0, -1).join('')) || squash(host);
  // The registrable label: 'bbc' for www.bbc.co.uk, 'nytimes' for www.nytimes.com.
  const label = hostParts.filter((h) => !/^(co|com|org|net|ac|gov|edu|news)$/.test(h)).slice(-2, -1)[0] ?? '';
  if (
    label.length >= 3 &&
    p.startsWith(squash(label)) &&
    p.length <= label.length + 8 &&
    part.split(/\s+/).length <= 3
  )
    return true;
  if (
    siteNames.some(
      (s) => squash(s) === p || bareSite(s) === p || (squash(s).length > 3 && p.startsWith(squash(s))),
    )
  )
    return true;
  if (p === hostCore || hostParts.some((h) => h.length > 2 && squash(h) === p)) return true;
  // A club or group named after a hyphenated host: "EFC Bayrische Bembel Regensburg" on bayrische-bembel.de.
  const hostWords = label.split('-').filter((w) => w.length >= 4);
  if (hostWords.length >= 2 && part.split(/\s+/).length <= 5 && p.includes(hostWords.join(''))) return true;
  // A part that starts with the host's name names the site only when short ("Parallels Desktop 15 for Mac" is a product).
  return (
    p.length >= 4 && (hostCore.startsWith(p) || (p.startsWith(hostCore) && part.split(/\s+/).length <= 4))
  );
}

/** An archived copy's address: the Wayback Machine's "web.archive.org/web/<stamp>/<original address>". */
const ARCHIVED = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(.+)$/i;

/** The page's host; for an archived copy, the host of the page archived (its site names the title, not the archive). */
function hostOf(url: string): string {
  const archived = ARCHIVED.exec(url)?.[1];
  const address = archived ? (/^https?:/i.test(archived) ? archived : `http://${archived}`) : url;
  try {
    return new URL(address).hostname.toLowerCase();
  } catch {
    return '';
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `title` without a site name written whole before or after it, separators with or without spaces:
 * "NEWS WEB EASY|…", "… | AOC media - Analyse Opinion Critique" (a site name that holds a separator itself).
 */
function withoutSiteAffix(title: string, siteNames: string[]): string {
  for (const name of siteNames) {
    const n = name.replace(/\s+/g, ' ').trim();
    if (n.length < 3 || n.length > title.length / 1.5) continue;
    const e = escapeRe(n);
    // A hyphen glued on both sides joins a compound ("GdP-Vize", "CNN-backed"), it does not set a site apart.
    const after = new RegExp(`(?:\\s*[|–—:»·•]\\s*|\\s+-\\s*|-\\s+)${e}\\s*$`, 'i').exec(title);
    if (after) return title.slice(0, after.index).trim();
    const before = new RegExp(`^${e}(?:\\s*[|–—:»·•]\\s*|\\s+-\\s*|-\\s+)`, 'i').exec(title);
    if (before) return title.slice(before[0].length).trim();
  }
  return title;
}

/**
 * `title` without a trailing path of section names ("… » Local » Noticias", "… | iPhone | Forum"): two or
 * more parts of one or two words each, after a headline of at least four words, with one separator kind.
 */
function withoutTrailingPath(title: string): string {
  for (const sep of [' » ', ' › ', ' | ', ' - ']) {
    const parts = title.split(sep);
    if (parts.length < 3) continue;
    let k = parts.length;
    while (k > 1 && parts[k - 1].trim().split(/\s+/).length <= 2 && parts[k - 1].trim().length <= 24) k--;
    if (parts.length - k >= 2 && k >= 1 && parts.slice(0, k).join(sep).split(/\s+/).length >= 4)
      return parts.slice(0, k).join(sep).trim();
  }
  return title;
}

/** A Chinese site name glued to the title by a dash: "…城！-新华网" (网, "net", ends the names of news sites). */
const HAN_SITE_SUFFIX = /\s*[-|｜]\s*\p{Script=Han}{1,8}网$/u;

/**
 * `title` cut before the first part that names the site when more parts follow it, the site's taglines
 * ("Story : Krimiblog-Archiv | Ermittlungen zum Verfall eines Genres | Gegründet 2005"); at least three
 * words of headline stay.
 */
function withoutSiteAndTaglines(title: string, siteNames: string[], host: string): string {
  const seps = [...title.matchAll(SEPARATORS)];
  if (seps.length < 2) return title;
  for (let i = 0; i < seps.length - 1; i++) {
    const head = title.slice(0, seps[i].index);
    const part = title.slice(seps[i].index! + seps[i][0].length, seps[i + 1].index);
    if (head.split(/\s+/).length >= 3 && namesSite(part, siteNames, host)) return head.trim();
  }
  return title;
}

/** Remove a leading or trailing site name from `title`; keep the title if nothing site-like is there. */
export function stripSiteName(title: string, siteNames: string[], url: string): string {
  const host = hostOf(url);
  let t = withoutSiteAffix(title.slice(0, MAX_TITLE_CHARS).replace(/\s+/g, ' ').trim(), siteNames);
  t = withoutTrailingPath(withoutSiteAndTaglines(t, siteNames, host).replace(HAN_SITE_SUFFIX, ''));
  for (let i = 0; i < 2; i++) {
    const parts = t.split(SEPARATOR);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1];
    const first = parts[0];
    // The last separator, found in one pass (a look-ahead for "no separator after" is quadratic).
    const m = [...t.matchAll(SEPARATORS)].pop();
    // A segment that only reads as a site ("My website") goes when at least three words of headline stay.
    const siteLike = (part: string, sep: string, rest: string) =>
      namesSite(part, siteNames, host) ||
      (!sep.includes(':') && SITE_WORDS.test(part) && rest.split(/\s+/).length >= 3);
    if (m && m.index !== undefined && siteLike(last, m[0], t.slice(0, m.index))) {
      t = t.slice(0, m.index).trim();
    } else if (namesSite(first, siteNames, host) || BLOG_ARCHIVE.test(first)) {
      t = t.slice(t.search(SEPARATOR)).replace(SEPARATOR, '').trim();
    } else break;
  }
  // The site's name gone, a path of sections may end the title ("… » Local » Noticias » Ultima Hora").
  t = withoutTrailingPath(t);
  return t || title.trim();
}

/** The title sources of a page, as extractArticle reads them. */
export interface HeadlineSources {
  /** Readability's title: metadata first, else the document title cut by its heuristics. */
  readability?: string;
  /** The JSON-LD article's headline. */
  jsonLd?: string;
  /** og:title or twitter:title. */
  openGraph?: string;
  /** The page's first h1 of headline length. */
  h1?: string;
  /** document.title as written. */
  documentTitle?: string;
  /** Texts of the page's h1 and h2 elements: they confirm a "Topic: " prefix Readability cut off. */
  headings?: string[];
  /** The h1s printed in the article (outside site chrome), kickers left out: the headline as the reader sees it. */
  printed?: string[];
  /** The h1s inside site chrome (breadcrumbs, channel headers): the headline only when they equal a title source. */
  chromeH1s?: string[];
}

/** A leading domain name ("www.example.de: Der Präsident / Reden / …"): the title opens with the site, not a headline. */
const LEADING_DOMAIN = /^(?:www\d?\.)?([\p{L}\p{N}-]{2,63}\.[a-z]{2,10})(?=[\s:|/]|$)/iu;

function opensWithDomain(part: string, siteNames: string[], host: string): boolean {
  const domain = LEADING_DOMAIN.exec(part)?.[1];
  return !!domain && namesSite(domain, siteNames, host);
}

/** Word sets for comparing a printed headline with the page's title sources. */
const wordSet = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
/** Share of the smaller word set found in the other: how much two titles say the same thing. */
function overlap(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
}
/** Section labels and site parts an h1 may hold instead of a headline ("Opinion", "Navigation und Service"). */
const NOT_HEADLINE =
  /^(?:opinion|analysis|editorial|news|blog|home|startseite|aktuelles?|aktuell|neuigkeiten|medienmitteilungen|pressemitteilungen|navigation(?: und service)?|menu|menü|page|user|search|suche)$/i;
/** Fewest title words an h1 must share with the page's title sources (as a share of the shorter one). */
const PRINTED_MIN_OVERLAP = 0.4;

/**
 * The article's own h1 when it says what the title sources say: a headline printed differently from the
 * SEO title ("As his first debate nears, Bloomberg…" for "Michael Bloomberg is having…"), or the title
 * less a kicker or site part. An h1 that names the site, a section label, or shares too few words is not it.
 */
function printedHeadline(
  sources: HeadlineSources,
  titles: string[],
  siteNames: string[],
  host: string,
): string | undefined {
  // A part after a separator that follows a headline-long first part names the site or its tagline
  // ("Rinderleber mit Apfel und Zwiebel | Liebe geht durch den Magen"); after a short kicker it is the headline.
  const siteParts = new Set(
    [sources.documentTitle, sources.openGraph].flatMap((t) => {
      const parts = (t ?? '').slice(0, MAX_TITLE_CHARS).split(SEPARATOR);
      const first = parts[0].trim();
      return parts.length > 1 && first.split(/\s+/).length >= 3 && !opensWithDomain(first, siteNames, host)
        ? parts.slice(1).map(squash)
        : [];
    }),
  );
  // An h1 the page puts in its chrome (a breadcrumb's last item, a channel header) that is word for word the
  // page's title less the site's name is the headline as printed.
  const exact = new Set(titles.map((t) => t.toLowerCase()));
  const chromeMatch = (sources.chromeH1s ?? []).find((h) =>
    exact.has(h.replace(/\s+/g, ' ').trim().toLowerCase()),
  );
  // A page that prints the chosen title as a heading too keeps it.
  const printsTitle = (sources.headings ?? []).some((h) => h.replace(/\s+/g, ' ').trim() === titles[0]);
  // Two title sources (the JSON-LD headline and the document title) saying it word for word make it the
  // headline even when the shorter social title is printed lower down as a teaser heading.
  const saying = chromeMatch
    ? titles.filter((t) => t.toLowerCase() === chromeMatch.replace(/\s+/g, ' ').trim().toLowerCase()).length
    : 0;
  if (chromeMatch && ((!(sources.printed ?? []).length && !printsTitle) || saying >= 2))
    return chromeMatch.replace(/\s+/g, ' ').trim();
  for (const raw of sources.printed ?? []) {
    const h = raw
      .replace(/\s+/g, ' ')
      .replace(/^[\s:|•·–—-]+/, '')
      .trim();
    const words = h.split(' ').length;
    const inTitle = titles.some((t) => t.includes(h));
    // Scripts without spaces (Chinese, Japanese) write a headline as one long "word"; a short h1 that the
    // title does not hold is a section or topic ("Betriebliche Altersvorsorge"), not the headline.
    if ((words < 3 && h.length < 12) || (words < 4 && !inTitle)) continue;
    // A part after the first that a heading prints right after that first part is the headline, the first
    // its kicker ("<h1><span class=overline>Die Zukunft der Arbeit</span>"Wir dekorieren …"</h1>").
    const afterKicker = (sources.headings ?? []).some((x) => {
      const full = squash(x);
      return (
        full.length > squash(h).length && full.endsWith(squash(h)) && titles.some((t) => squash(t) === full)
      );
    });
    if (NOT_HEADLINE.test(h) || namesSite(h, siteNames, host) || (siteParts.has(squash(h)) && !afterKicker))
      continue;
    // "ProNATs e.V. Verein zur Unterstützung …": an h1 that opens with the site's part of the title is the site's.
    if (!afterKicker && [...siteParts].some((p) => p.length >= 4 && squash(h).startsWith(p))) continue;
    // An h1 holding the whole title and more glued to it ("Open ProgressWhy collaborative…") carries an
    // unmarked kicker: the title is the headline then. Set apart by a space or a colon, the more is the
    // printed headline's own ("\"Pure Leere\": Marita Kramer verpasst …", "… erhöht Kapazität in Tennessee").
    const glued = titles.some((t) => {
      const at = t !== h ? h.indexOf(t) : -1;
      if (at < 0) return false;
      const before = h.slice(0, at);
      const after = h.slice(at + t.length);
      // Before the title only a kicker set off by a colon or quote; after it only more words of headline.
      const keptBefore = !before || /[:"“”»«]\s$/.test(before);
      const keptAfter = !after || /^\s[\p{L}\s,'’-]+$/u.test(after);
      return !(keptBefore && keptAfter);
    });
    if (glued) return undefined;
    // A short h1 must say what the main title says, not merely a topic the page title also names.
    const opens = titles.some((t) => SEPARATOR.test(t.slice(h.length, h.length + 4)) && t.startsWith(h));
    if (words < 4 && !opens && overlap(h, titles[0] ?? '') < PRINTED_MIN_OVERLAP) continue;
    if (titles.some((t) => overlap(h, t) >= PRINTED_MIN_OVERLAP)) return h;
  }
  return undefined;
}

/**
 * The article's headline without the site's name. Readability's title comes first; where Readability cut a
 * "Topic: " prefix off the document title ("Brexit: May's deal defeated" → "May's deal defeated"), the prefix
 * comes back when a heading of the page starts with it too (a blog's name heading alone does not count).
 */
export function chooseHeadline(
  sources: HeadlineSources,
  siteNames: string[],
  url: string,
): string | undefined {
  const tidy = (s: string | undefined) =>
    s
      ?.replace(/\u00ad/g, '')
      .replace(/\s+/g, ' ')
      .trim() || undefined;
  let title =
    tidy(sources.readability) ??
    tidy(sources.jsonLd) ??
    tidy(sources.openGraph) ??
    tidy(sources.h1) ??
    tidy(sources.documentTitle);
  if (!title) return undefined;
  const full = tidy(sources.documentTitle);
  // A meta tag cut at an unescaped quote (content="… a Biden de "incapacitado""): the document title has it whole.
  if (
    full &&
    full.length > title.length &&
    full.startsWith(title) &&
    /^\s?["“„«']/.test(full.slice(title.length))
  )
    title = full;
  if (full && title === tidy(sources.readability) && full !== title) {
    const whole = stripSiteName(full, siteNames, url);
    const prefix = whole.endsWith(title) ? whole.slice(0, whole.length - title.length) : '';
    const topic = /^(.{1,60}?):\s*$/.exec(prefix)?.[1];
    const confirmed =
      !!topic && (sources.headings ?? []).some((h) => h.replace(/\s+/g, ' ').trim().startsWith(`${topic}: `));
    if (confirmed && !namesSite(topic, siteNames, hostOf(url))) title = whole;
  }
  let stripped = stripSiteName(title, siteNames, url);
  // "Aktuelles", "Home", "Blog Archive": Readability took a section label; another source names the article.
  if (isSectionLabel(stripped, siteNames, url)) {
    const other = [sources.openGraph, sources.jsonLd, full]
      .map((t) => (t ? stripSiteName(tidy(t) ?? '', siteNames, url) : ''))
      .find((t) => t && !isSectionLabel(t, siteNames, url) && t.split(' ').length >= 3);
    if (other) stripped = other;
  }
  // Still a label ("Home"): a page that prints one headline-long h1 names its article with it.
  // (A headline does not open in lower case: "yes we camp …" is a tag cloud.)
  const printed = (sources.printed ?? [])
    .map((h) => tidy(h) ?? '')
    .filter((h) => h.split(' ').length >= 3 && !/^\p{Ll}/u.test(h));
  if (
    isSectionLabel(stripped, siteNames, url) &&
    printed.length === 1 &&
    !isSectionLabel(printed[0], siteNames, url)
  )
    return printed[0];
  stripped = withoutSectionLabel(stripped, sources.headings ?? []);
  const titles = [stripped, sources.jsonLd, sources.openGraph, sources.documentTitle]
    .map((t) => tidy(t))
    .filter((t): t is string => !!t)
    .map((t) => stripSiteName(t, siteNames, url));
  return printedHeadline(sources, titles, siteNames, hostOf(url)) ?? asPrinted(stripped, tidy(sources.h1));
}

/**
 * "Outdoornews - Hochauflösende Schneekarten": a title led by a one- or two-word section before a dash or bar
 * loses it when the page prints the rest alone as a heading.
 */
function withoutSectionLabel(title: string, headings: string[]): string {
  const m = /^([^\s|–—-]+(?: [^\s|–—-]+)?) [|–—-] (.+)$/.exec(title);
  if (!m || m[2].split(' ').length < 3) return title;
  const rest = squash(m[2]);
  return headings.some((h) => squash(h) === rest) ? m[2] : title;
}

/** A title that is a section label, the blog-archive label or the site's own name. */
function isSectionLabel(title: string, siteNames: string[], url: string): boolean {
  return (
    NOT_HEADLINE.test(title.trim()) ||
    BLOG_ARCHIVE.test(title.trim()) ||
    namesSite(title, siteNames, hostOf(url))
  );
}

/**
 * The page's own h1 when the title is that h1 with a kicker before it ("Siemens und die Kohlemine Adani:
 * Kaeser verarscht Neubauer") or a site part after it that was not recognised ("… › Nordish by Nature").
 * A kicker printed in the h1 itself is left out by the caller (`<span class="dachzeile">`).
 */
function asPrinted(title: string, h1: string | undefined): string {
  if (!h1 || h1 === title || h1.length < title.length * 0.4 || h1.split(' ').length < 3) return title;
  if (title.endsWith(h1) && /:\s$/.test(title.slice(0, title.length - h1.length))) return h1;
  // "›" and "»" lead to a site or section; "|" and "-" may lead to the author's name, which titles keep.
  if (title.startsWith(h1) && /^\s[›»]\s/.test(title.slice(h1.length))) return h1;
  return title;
}
