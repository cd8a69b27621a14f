// The embedded default: PostgreSQL 17 compiled to WebAssembly (PGlite), served
// on a local port so that the app talks to it with the same pg driver as to
// a real server. PGlite runs one query at a time: the app's pool holds a
// single connection (DATABASE_POOL_MAX=1); a few more slots let a closing
// connection (the migration engine's, the seed's) finish while the next opens.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<EmbeddedPostgres> {
  await mkdir(options.dataDir, { recursive: true });
  const database = await PGlite.create({ dataDir: options.dataDir });
  const server = new PGLiteSocketServer({ db: database, host: "127.0.0.1", port: options.port, maxConnections: 4 });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgresql://postgres@${address}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await database.close();
    },
  };
}
