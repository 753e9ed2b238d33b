export * from './work-message.schema';
export * from './work-queue.port';
export * from './background.port';
export * from './enqueue';
export * from './defer-completion';
export * from './handle-work.use-case';
export * from './sweep-pending.use-case';
export * from './dead-letters.use-case';
