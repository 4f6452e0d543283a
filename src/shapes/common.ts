import { type TSchema, type TSchemaOptions, Type } from 'typebox';

/**
 * One value of a constant list kept in domain/ (say INTERVIEW_STATUSES), as a union of
 * literals: the list is written once, and the schema, its type and the OpenAPI `anyOf` follow.
 */
export function OneOf<const T extends readonly string[]>(values: T, options?: TSchemaOptions) {
  return Type.Unsafe<T[number]>(
    Type.Union(
      values.map((value) => Type.Literal(value)),
      options,
    ),
  );
}

export const Nullable = <T extends TSchema>(schema: T, options?: TSchemaOptions) =>
  Type.Union([schema, Type.Null()], options);

/** `{items, nextCursor}`: keyset pages; nextCursor is null on the last page. */
export function Page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()]),
    total: Type.Optional(
      Type.Integer({
        minimum: 0,
        description:
          'How many match the filters, all pages together: when asked for (withTotal=true)',
      }),
    ),
  });
}

/** The type of a `Page(item)` answer, for any item type. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

/** `{items}`: a whole list in one answer. */
export function List<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item) });
}

/**
 * One problem with one input field. Template problems also say where: the unknown token, its
 * 1-based line and column. More keys may follow, so clients keep what they do not know.
 */
export const FieldIssueSchema = Type.Object(
  {
    field: Type.String({ description: 'The input field, e.g. "timeZone" or "candidate.body"' }),
    message: Type.String(),
    in: Type.Optional(
      Type.String({ description: 'Where the field was: body, querystring or params' }),
    ),
    token: Type.Optional(Type.String()),
    line: Type.Optional(Type.Integer()),
    column: Type.Optional(Type.Integer()),
  },
  { additionalProperties: true },
);

/** Every 4xx/5xx answer: `{error:{code,message,details?}}`. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Optional(
        Type.Object(
          {
            issues: Type.Optional(
              Type.Array(FieldIssueSchema, {
                description: 'With validation_error: each field that was refused, and why',
              }),
            ),
          },
          { additionalProperties: true },
        ),
      ),
    }),
  },
  { $id: 'Error' },
);
