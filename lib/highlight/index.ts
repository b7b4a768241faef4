export * from './highlight';
export * from './article-root';
export * from './targets';
export * from './watch-additions';
export * from './hover-cards';
export * from './page-marks';
