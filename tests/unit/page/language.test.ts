import { describe, expect, it } from 'vitest';
import { checkEnglish } from '../../../lib/page/language';
import { readPage } from '../../../lib/page/read-page';

const EN =
  'British security officials said on Tuesday that an attempted cyber attack on the main opposition Labour Party during general election campaigning had failed. The National Cyber Security Centre said it was confident the party took the necessary steps to deal with the attack, and that the incident is now closed.';
const DE =
  'Britische Sicherheitsbehörden haben am Dienstag mitgeteilt, dass ein versuchter Cyberangriff auf die oppositionelle Labour-Partei während des Wahlkampfs gescheitert sei. Das Nationale Zentrum für Cybersicherheit erklärte, es sei zuversichtlich, dass die Partei die notwendigen Schritte unternommen habe, um den Angriff abzuwehren.';
const FR =
  "Les responsables britanniques de la sécurité ont déclaré mardi qu'une tentative de cyberattaque contre le Parti travailliste, principal parti d'opposition, avait échoué pendant la campagne électorale. Le Centre national de cybersécurité s'est dit convaincu que le parti avait pris les mesures nécessaires.";

describe('checkEnglish', () => {
  it('tells English news text from German and French by its function words', () => {
    expect(checkEnglish(`${EN} ${EN}`).english).toBe(true);
    expect(checkEnglish(`${EN} ${EN}`).englishShare).toBeGreaterThan(0.2);
    expect(checkEnglish(`${DE} ${DE}`).english).toBe(false);
    expect(checkEnglish(`${FR} ${FR}`).english).toBe(false);
  });

  it('trusts the text over a template that declares the wrong language', () => {
    expect(checkEnglish(`${DE} ${DE}`, 'en').english).toBe(false);
    expect(checkEnglish(`${EN} ${EN}`, 'de').english).toBe(true);
  });

  it('on a text too short to judge, the declared language decides (none declared: English)', () => {
    expect(checkEnglish('Labour hack fails', 'de')).toEqual({
      english: false,
      englishShare: 0,
      declared: 'de',
    });
    expect(checkEnglish('Labour hack fails').english).toBe(true);
    expect(checkEnglish('', 'en').english).toBe(true);
  });
});

describe('readPage on a page in another language', () => {
  const page = (lang: string, text: string) =>
    `<html lang="${lang}"><head><title>Cyberangriff auf Labour</title><meta property="og:type" content="article"></head><body><article><h1>Cyberangriff auf Labour gescheitert</h1>${Array.from({ length: 6 }, () => `<p>${text}</p>`).join('')}</article></body></html>`;

  it('names the declared language when the text agrees it is not English', () => {
    const reading = readPage(
      page('de', DE),
      'https://zeitung.example/politik/2019/11/12/labour-cyberangriff',
    );
    expect('article' in reading).toBe(false);
    expect('language' in reading && reading.language).toBe('de');
  });

  it('a page that says English but reads as another language is not called English', () => {
    const reading = readPage(
      page('en-US', DE),
      'https://zeitung.example/politik/2019/11/12/labour-cyberangriff',
    );
    if (!('notNews' in reading)) throw new Error('read as an English article');
    expect(reading.notNews.reasons[0]).toMatch(/^Not in English \(the page says en;/);
    expect(reading.language).toBe('und');
  });
});
