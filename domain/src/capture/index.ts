export * from './capture.schema';
export * from './capture.port';
export * from './capture-record';
export * from './capture-settings.use-case';
export * from './capture-sync.use-case';
export * from './suggestions.use-case';
export * from './receive-notifications.use-case';
export * from './skip-rules';
