// The pg driver adapter, with one addition: a transaction opened by runInScope
// gets the request's scope from the adapter itself, right after its BEGIN, on
// the same connection. Sent through Prisma's client, that statement cost the
// interactive transaction a second trip through its query pipeline (compile,
// interpret, convert): about half of Prisma's own time on a dashboard read,
// measured against the same statements sent with pg (tests/benchmarks/HISTORY.md, session 5).
import type { PrismaPg } from "@prisma/adapter-pg";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { takeOpeningScope } from "./transaction-scope";

const ROLLBACK: SqlQuery = { sql: "ROLLBACK", args: [], argTypes: [] };

class ScopeSettingAdapter implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  readonly getConnectionInfo?: SqlDriverAdapter["getConnectionInfo"];

  constructor(private readonly inner: SqlDriverAdapter) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
    if (inner.getConnectionInfo) this.getConnectionInfo = () => inner.getConnectionInfo!();
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const transaction = await this.inner.startTransaction(isolationLevel);
    const settings = takeOpeningScope();
    if (settings) {
      try {
        await transaction.executeRaw({ sql: settings.sql, args: settings.args, argTypes: settings.args.map(() => ({ scalarType: "string", arity: "scalar" })) });
      } catch (error) {
        // Prisma never saw this transaction: end it here before the connection goes back to the pool.
        await transaction.executeRaw(ROLLBACK).catch(() => undefined);
        await transaction.rollback();
        throw error;
      }
    }
    return transaction;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  executeScript(script: string): Promise<void> {
    return this.inner.executeScript(script);
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }
}

export class ScopeSettingAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider: SqlDriverAdapterFactory["provider"];
  readonly adapterName: string;

  constructor(private readonly inner: PrismaPg) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return new ScopeSettingAdapter(await this.inner.connect());
  }
}
