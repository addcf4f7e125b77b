export * from './scheme-projection';
export * from './scheme-inputs';
export * from './premium';
export * from './pension-result';
export * from './run-pension';
