// Raw servers for the tests that script the wire themselves: started on a free port of
// 127.0.0.1, a TCP server that keeps its connections, and a port where nothing listens.

import { type AddressInfo, type Server, type Socket, createServer } from "node:net";

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

/** A TCP server on 127.0.0.1 that hands each connection to `serve` (its errors ignored) and
 * keeps the open ones; `close` cuts them all and stops listening. */
export class RawServer {
  readonly sockets = new Set<Socket>();
  readonly #server: Server;

  constructor(serve: (socket: Socket) => void) {
    this.#server = createServer((socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
      socket.on("error", () => {});
      serve(socket);
    });
  }

  /** Start listening; the port. */
  start(): Promise<number> {
    return listen(this.#server);
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
