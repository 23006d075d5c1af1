import { type Compilable, CompiledQuery, type Kysely } from 'kysely';

/** Text no caller sends, standing for argument i while the query is compiled. */
const standIn = (i: number) => `\u0000runstrong-argument-${i}\u0000`;

/** Where each parameter of the compiled SQL comes from: a call argument, or a fixed value. */
type Source = { argument: number } | { value: unknown };

/**
 * A query kysely builds and compiles once; each call runs that SQL with the call's values.
 * Building and compiling a query tree costs kysely some 25–35 µs, more than SQLite needs to
 * answer a small indexed read, and the calendar makes five such reads per request.
 * `build` must use each of its (text) arguments as a plain value, as in where('id', '=', id):
 * the compiled parameters are searched for the stand-ins it was given.
 */
export function compiledOnce<DB, Args extends string[], Row>(
  db: Kysely<DB>,
  build: (...args: Args) => Compilable<Row>,
): (...args: Args) => Promise<Row[]> {
  let compiled: { sql: string; sources: Source[] } | undefined;
  const compile = () => {
    const standIns = Array.from({ length: build.length }, (_, i) => standIn(i)) as Args;
    const { sql, parameters } = build(...standIns).compile();
    const sources = parameters.map((value): Source => {
      const argument = standIns.indexOf(value as string);
      return argument >= 0 ? { argument } : { value };
    });
    standIns.forEach((_, i) => {
      if (!sources.some((s) => 'argument' in s && s.argument === i)) {
        throw new Error(`compiledOnce: argument ${i} is not a plain parameter of ${sql}`);
      }
    });
    return { sql, sources };
  };
  return async (...args) => {
    compiled ??= compile();
    const parameters = compiled.sources.map((s) => ('argument' in s ? args[s.argument] : s.value));
    const result = await db.executeQuery<Row>(CompiledQuery.raw(compiled.sql, parameters));
    return result.rows;
  };
}
