import { PrismaPg } from "@prisma/adapter-pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * `PrismaPg`, except that a transaction whose COMMIT or ROLLBACK fails still gives its
 * connection back to the pool.
 *
 * Prisma 6.19 ends an interactive transaction by sending COMMIT or ROLLBACK and only then
 * releasing the connection; when that statement fails — the server crashed or cut the
 * connection mid-transaction — the release is skipped and the pool slot is lost for good.
 * After a crash or two with busy transactions every slot was lost and the app answered 503
 * until restarted (bench/fault-restart found it). Released here, pg-pool drops the dead
 * connection and opens a new one when needed. After a failed COMMIT on a live connection,
 * PostgreSQL has already ended the transaction, so that connection is clean to reuse.
 */
export class PrismaPgReleasingCutTransactions extends PrismaPg {
  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => releaseWhenEndingFails(await startTransaction(isolationLevel));
    return adapter;
  }
}

function releaseWhenEndingFails(transaction: Transaction): Transaction {
  const executeRaw = transaction.executeRaw.bind(transaction);
  const release = transaction.rollback.bind(transaction);
  let released = false;
  const releaseOnce = async () => {
    if (released) return;
    released = true;
    await release();
  };
  transaction.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (/^(COMMIT|ROLLBACK)$/i.test(query.sql.trim())) await releaseOnce();
      throw error;
    }
  };
  // The adapter's commit and rollback only release the connection (the SQL went before).
  transaction.commit = releaseOnce;
  transaction.rollback = releaseOnce;
  return transaction;
}
