// Raw servers for the tests that script the wire themselves: started on a free port of
// 127.0.0.1, and a port where nothing listens.

import { type AddressInfo, type Server, createServer } from "node:net";

/** Start `server` on a free port of 127.0.0.1; the port. */
export async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

/** A port of 127.0.0.1 where nothing listens (one just let go). */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
