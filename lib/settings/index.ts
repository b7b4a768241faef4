export * from './settings';
export * from './online-sources';
export * from './transfer';
export * from './suggested-feeds';
export * from './wrong-cards';
