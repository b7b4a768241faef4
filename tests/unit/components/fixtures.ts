/** A small, hand-written analysis the component tests render. */
import type { Analysis, AnalysisEntity } from '@/lib/contract/types';

const card = (title: string, description: string) => ({
  title,
  description,
  facts: [],
  links: [],
  source: 'Test',
  licence: 'CC0 1.0',
});
const mentions = (n: number, start = 0) =>
  Array.from({ length: n }, (_, i) => ({ start: start + i * 100, end: start + i * 100 + 4, text: 'x' }));

export const NCSC: AnalysisEntity = {
  id: 'e-ncsc',
  name: 'NCSC',
  type: 'organization',
  confidence: 0.9,
  mentions: mentions(3, 50),
  card: card('National Cyber Security Centre', 'UK cyber security authority, part of GCHQ.'),
};
export const CORBYN: AnalysisEntity = {
  id: 'e-corbyn',
  name: 'Jeremy Corbyn',
  type: 'person',
  confidence: 0.9,
  mentions: mentions(2, 10),
  card: card('Jeremy Corbyn', 'Leader of the Labour Party 2015–2020.'),
};
export const BLACKPOOL: AnalysisEntity = {
  id: 'e-bp',
  name: 'Blackpool',
  type: 'place',
  confidence: 0.7,
  mentions: mentions(5, 5),
};
export const LABOUR: AnalysisEntity = {
  id: 'e-labour',
  name: 'Labour',
  type: 'organization',
  confidence: 0.95,
  mentions: mentions(6, 0),
  card: card('Labour Party', 'UK political party.'),
};

export const ANALYSIS: Analysis = {
  article: {
    url: 'https://news.example/2019/11/12/labour-cyber',
    isNews: true,
    newsScore: 0.9,
    title: 'British security officials play down cyber attack on Labour',
    publisher: 'The Northern Courier',
    publishedAt: '2019-11-12T14:38:00Z',
    text: 'x'.repeat(1000),
  },
  entities: [BLACKPOOL, NCSC, CORBYN, LABOUR],
  claims: [
    {
      text: 'The attack was not successful',
      start: 10,
      end: 40,
      kind: 'quote',
      speaker: { name: 'NCSC spokeswoman' },
      checkworthiness: 0.4,
    },
    {
      text: 'Forty per cent of parties were attacked',
      start: 50,
      end: 90,
      kind: 'statistic',
      checkworthiness: 0.9,
    },
  ],
  timeline: [
    { date: '2019-12-12', text: 'the December 12 election', start: 300, end: 320, label: 'General election' },
    { date: '2019-11-04', text: 'last week', start: 200, end: 209, precision: 'week' },
    { date: '2019-11-12', text: '12 November 2019', start: 0, end: 0, isPublication: true },
  ],
  related: [
    {
      title: 'Labour hit by second attack',
      url: 'https://other.example/a',
      publisher: 'Other',
      score: 0.8,
      why: 'Shares Labour, NCSC',
    },
  ],
};
