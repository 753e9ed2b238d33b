/** Time and identity come from outside so the domain stays pure and testable. */
export type Clock = { now: () => string };
export type IdGenerator = {
  /** A fresh opaque id. */
  newId: () => string;
  /** The same opaque id for the same key, always: what makes retried writes land on the same record. */
  fromKey: (namespace: string, key: string) => string;
};
