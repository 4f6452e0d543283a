import { type TSchema, Type } from 'typebox';

/** The error answers a route can give, by status, for the OpenAPI document. */
export function errors(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((s) => [s, Type.Ref('Error')]));
}

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const PageQuery = {
  cursor: Type.Optional(
    Type.String({ maxLength: 500, description: 'nextCursor of the previous page' }),
  ),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
};

/** A one-line human text: names, subjects. Content rules (no CR/LF) are the domain's. */
export const Line = (max = 200) => Type.String({ minLength: 1, maxLength: max });

/**
 * For routes whose whole body may be left out: Fastify would otherwise validate the missing
 * body as `undefined` and refuse it. Used as the route's `preValidation`.
 */
export async function defaultEmptyBody(request: { body: unknown }): Promise<void> {
  request.body ??= {};
}
