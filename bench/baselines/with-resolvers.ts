/**
 * PostGraphile 5 needs Node 22's Promise.withResolvers; this checkout runs on Node 20, where it is
 * the only missing API (issue 18). Imported before postgraphile (imports run in order).
 */
const promise = Promise as unknown as { withResolvers?: () => unknown };
promise.withResolvers ??= () => {
  let resolve!: (value: unknown) => void;
  let reject!: (reason: unknown) => void;
  const created = new Promise((res, rej) => ((resolve = res), (reject = rej)));
  return { promise: created, resolve, reject };
};
