import http from "node:http";
import type { AddressInfo } from "node:net";

export type LocalServer = {
  port: number;
  /** "127.0.0.1:<port>", the form the internal allow-list uses. */
  hostPort: string;
  url(path?: string): string;
  close(): Promise<void>;
};

/** An HTTP server on 127.0.0.1 only: these tests never send a packet anywhere else. */
export async function startLocalServer(handler: http.RequestListener): Promise<LocalServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    hostPort: `127.0.0.1:${port}`,
    url: (path = "/") => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
