// Raw servers for the tests that script the wire themselves: started on a free port of
// 127.0.0.1, and a port where nothing listens.

import type { AddressInfo, Server } from "node:net";

/** Start `server` on a free port of 127.0.0.1; the port. */
export async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}
