/** `@relais/ui/components/tasks`: these components, as the pane and the tabs use them. */
export * from './complete-task';
export * from './group-tasks';
export * from './task-list';
export * from './task-row';
export * from './tasks.en';
export * from './tasks.fr';
export * from './use-task-completion.hook';
