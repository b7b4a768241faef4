export * from './highlight';
export * from "./article-root";
