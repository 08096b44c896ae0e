/** `true` when A and B are mutually assignable, else `never`: pins zod schemas to the contract types. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
