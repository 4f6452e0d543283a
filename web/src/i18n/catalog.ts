/**
 * The shape of the app's message catalogs (ADR 019). Each area of the app (the shell, Manage
 * Interviews, a dialog…) has its English messages in `en/<area>.ts`, imported by the components
 * that show them, so an area's words travel in the same chunk as its code. Another language is a
 * folder beside `en/` with one file per area, typed against English's.
 */

/** ICU MessageFormat messages by key, e.g. `{ 'nav.people': 'People' }`. */
export type Messages = Readonly<Record<string, string>>;

/** One area's English messages, with the area's name (its file name in every language's folder). */
export interface Catalog<M extends Messages = Messages> {
  readonly area: string;
  readonly messages: M;
}

/** The keys of an area: a key it does not have is a type error where it is used. */
export type MessageKey<C extends Catalog> = keyof C['messages'] & string;

/**
 * Another language's messages for an area: exactly English's keys (`satisfies` refuses a missing
 * or extra one), e.g. `export default { … } satisfies Translation<typeof shell>;` in `fr/shell.ts`.
 */
export type Translation<C extends Catalog> = { readonly [K in MessageKey<C>]: string };

/** Declares an area's English messages: `export const shell = catalog('shell', { … });`. */
export function catalog<M extends Messages>(area: string, messages: M): Catalog<M> {
  return { area, messages };
}
