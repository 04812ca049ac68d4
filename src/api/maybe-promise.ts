/**
 * Resolvers answer with a plain value when the data is already in the request's loaders, and with a
 * promise otherwise; graphql-js completes plain values without a microtask per field.
 */
export type MaybePromise<T> = T | Promise<T>;

export function mapMaybe<T, U>(value: MaybePromise<T>, map: (resolved: T) => U): MaybePromise<U> {
  return value instanceof Promise ? value.then(map) : map(value);
}
