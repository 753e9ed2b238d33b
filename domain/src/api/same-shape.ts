/**
 * Compile-time proof that a response schema describes exactly the type a use case returns, so the
 * published contract cannot drift from what the API sends: `Assert<SameShape<A, B>>` fails to
 * compile as soon as either side gains, loses or changes a field.
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type Assert<T extends true> = T;
