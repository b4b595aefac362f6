// One synchronous TCP exchange with a real server on this machine (127.0.0.1 only), for routes that forward.
// The Python program runs synchronously inside the VM worker, so the socket work happens in a helper worker
// thread; this thread blocks on a shared flag until the helper has posted the answer.
import { Worker, MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import { performance } from "node:perf_hooks";

let helper = null;

const HELPER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const net = require("node:net");
parentPort.on("message", ({ port, host, portNumber, request, timeoutMs, flag }) => {
  const chunks = [];
  let done = false;
  const finish = (answer) => {
    if (done) return;
    done = true;
    socket.destroy();
    port.postMessage(answer);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  };
  const socket = net.connect({ host, port: portNumber }, () => socket.write(Buffer.from(request)));
  socket.setTimeout(timeoutMs, () => finish({ error: "timed out" }));
  socket.on("data", (d) => chunks.push(d));
  socket.on("end", () => finish({ bytes: Buffer.concat(chunks) }));
  socket.on("error", (e) => finish({ error: e.code ?? e.message }));
});
`;

/**
 * Sends `request` (bytes) to host:port, reads until the server closes; returns { bytes } or { error }, with the
 * wall-clock milliseconds the exchange took (`elapsedMs`: the device's clock counts them, as a board would wait).
 */
export function exchange(host, portNumber, request, timeoutMs) {
  if (host !== "127.0.0.1") throw new Error(`forwarding only reaches 127.0.0.1, not ${host}`);
  helper ??= new Worker(HELPER_SOURCE, { eval: true });
  helper.unref();
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const started = performance.now();
  helper.postMessage({ port: port2, host, portNumber, request: new Uint8Array(request), timeoutMs, flag }, [port2]);
  Atomics.wait(flag, 0, 0, timeoutMs + 2000);
  const message = receiveMessageOnPort(port1)?.message ?? { error: "no answer from the forwarding helper" };
  port1.close();
  const elapsedMs = performance.now() - started;
  return message.bytes ? { bytes: Buffer.from(message.bytes), elapsedMs } : { ...message, elapsedMs };
}
