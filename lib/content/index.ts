export * from './highlight';
export * from './article-root';
export * from './watch-additions';
export * from './hover-cards';
export type { PageMarks } from '@/lib/contract/marks';
