// Plug-in: the JS side of `socket` (pylib/socket.py): DNS and TCP connections of the simulated network.
import { device, reply } from "../device/index.mjs";

export default function (mp, ctx) {
  const d = device(ctx);
  if (!d) return;
  const connections = new Map();
  let next = 1;
  const withSync = (body) => reply(() => { d.sync(); return body(); });
  const timeout = (ms) => (ms === null || ms === undefined ? null : Number(ms));
  mp.registerJsModule("_sim_socket", {
    resolve: (host) => withSync(() => d.net.resolve(String(host))),
    connect: (ip, port, timeoutMs) => withSync(() => {
      const connection = d.net.connect(String(ip), Number(port), timeout(timeoutMs));
      connections.set(next, connection);
      return next++;
    }),
    // Bytes cross between Python and JS as hex text: the VM hands Python bytes to JS as proxies, not buffers.
    send: (id, hex) => withSync(() => connections.get(id).send(Buffer.from(hex, "hex"))),
    recv: (id, n, timeoutMs) => withSync(() => connections.get(id).recv(Number(n), timeout(timeoutMs)).toString("hex")),
    close: (id) => { connections.get(id)?.close(); connections.delete(id); },
  });
}
