/**
 * @apigen/publisher: see this package's README for its one job. Its public API lands here, and only here.
 */
export {};
