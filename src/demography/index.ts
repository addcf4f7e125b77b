export * from './life-table';
export * from './mortality-model';
export * from './fertility-model';
export * from './cohort-component';
