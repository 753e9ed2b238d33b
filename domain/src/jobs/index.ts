export * from './job.schema';
export * from './job-store.port';
export * from './job-step';
export * from './job-caller';
export * from './job-runner';
export * from './domain-job-steps';
export * from './request-jobs.use-case';
export * from './merge-import-reports';
