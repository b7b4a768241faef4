export * from './settings';
export * from './online-sources';
export * from './transfer';
