/**
 * A D1 binding wrapper that records every statement the code prepares and how many parameters it
 * binds, so tests can check D1's production limit of 100 bound parameters per statement (local D1
 * does not enforce it). Pass it to the query layer: `createDb(recordingD1(env.DB, log))`.
 */

export interface RecordedStatement {
  sql: string;
  /** `?` placeholders in the SQL. */
  placeholders: number;
  /** Values actually bound (null until bind() is called). */
  bound: number | null;
}

export function recordingD1(inner: D1Database, log: RecordedStatement[]): D1Database {
  const realOf = new WeakMap<object, D1PreparedStatement>();

  const wrap = (statement: D1PreparedStatement, entry: RecordedStatement): D1PreparedStatement => {
    const proxy = new Proxy(statement, {
      get(target, prop) {
        if (prop === 'bind') {
          return (...values: unknown[]) => {
            const bound: RecordedStatement = { ...entry, bound: values.length };
            log.push(bound);
            return wrap(target.bind(...values), bound);
          };
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    realOf.set(proxy, statement);
    return proxy;
  };

  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'prepare') {
        return (sql: string) => {
          const entry: RecordedStatement = { sql, placeholders: (sql.match(/\?/g) ?? []).length, bound: null };
          log.push(entry);
          return wrap(target.prepare(sql), entry);
        };
      }
      if (prop === 'batch') {
        return (statements: D1PreparedStatement[]) => target.batch(statements.map((s) => realOf.get(s) ?? s));
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The largest parameter count any recorded statement used. */
export function maxParameters(log: RecordedStatement[]): number {
  return Math.max(0, ...log.map((s) => Math.max(s.placeholders, s.bound ?? 0)));
}
