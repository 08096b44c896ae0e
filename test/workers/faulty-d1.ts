/**
 * A D1 binding wrapper that makes chosen statements of a `batch()` fail, to show that a failure in
 * the middle of a write leaves nothing behind. The chosen statement is replaced by an INSERT of a
 * metrics row for an article that does not exist, which violates its FOREIGN KEY inside the same
 * batch (a real constraint failure, raised by SQLite, not a thrown JS error).
 *
 * @example const db = createDb(faultyD1(env.DB, ({ sql }) => sql.startsWith('insert into "evidence"')));
 */

export interface BatchStatement {
  /** The SQL as prepared. */
  sql: string;
  /** The values bound to it. */
  params: unknown[];
  /** Its position in the batch, and the batch's length. */
  index: number;
  size: number;
}

export interface FaultLog {
  /** Every batch the wrapper ran, as lists of SQL. */
  batches: string[][];
  /** The statements it replaced with a failing one. */
  failed: BatchStatement[];
}

const VIOLATION = "insert into metrics (article_id, metric, voice, count, per1k) values (-1, 'hedging', 'outlet', 0, 0)";

export function faultyD1(inner: D1Database, shouldFail: (statement: BatchStatement) => boolean, log: FaultLog = { batches: [], failed: [] }): D1Database {
  // Proxies handed to the caller → the real statement (D1's batch() needs real ones) and its SQL.
  const described = new WeakMap<object, { sql: string; params: unknown[]; real: D1PreparedStatement }>();

  const track = (statement: D1PreparedStatement, sql: string, params: unknown[]): D1PreparedStatement => {
    const proxy = new Proxy(statement, {
      get(target, prop) {
        if (prop === 'bind') return (...values: unknown[]) => track(target.bind(...values), sql, values);
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    described.set(proxy, { sql, params, real: statement });
    return proxy;
  };

  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'prepare') {
        return (sql: string) => track(target.prepare(sql), sql, []);
      }
      if (prop === 'batch') {
        return (statements: D1PreparedStatement[]) => {
          log.batches.push(statements.map((s) => described.get(s)?.sql ?? '?'));
          const run = statements.map((statement, index) => {
            const { sql = '?', params = [], real = statement } = described.get(statement) ?? {};
            const description: BatchStatement = { sql, params, index, size: statements.length };
            if (!shouldFail(description)) return real;
            log.failed.push(description);
            return target.prepare(VIOLATION);
          });
          return target.batch(run);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
