/** A worker body for the pool's tests that fails as it loads, as a missing module would. */
throw new Error('this worker cannot load');
