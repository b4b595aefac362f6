// McuSharp simulator host: runs built MicroPython modules on the real MicroPython VM
// (npm @micropython/micropython-webassembly-pyscript, WebAssembly) in Node.js.
//
//   node sim-host.mjs --modules <dir> [--entry main] [--timeout <seconds>] [--device <dir>]
//                     [--events <file>] [--plugins <dir>] [--fs-root /] [--heapsize <bytes>] [--pystack <words>]
//                     [--config <file>]
//
//   --modules   folder of built modules; every file in it (recursively) is copied to the
//               VM's file system root, which is also the working directory ('' on sys.path),
//               so `main.py` is seen as "main.py" in tracebacks, as on a board.
//   --entry     module to import (default: main).
//   --timeout   seconds the program may run (default 0 = no limit).
//   --device    folder with extra device files (data, config), copied to the root before
//               the modules; also passed to the plug-ins as ctx.options.device.
//   --events    file that receives the plug-ins' events as JSON lines.
//   --plugins   an extra plug-in folder laid out like this one (modules/*.mjs, pylib/), loaded
//               after the built-in plug-ins (for tests and plug-in development).
//   --fs-root   where the device file system lives in the VM (default "/"; WiPy uses "/flash").
//   --config    a JSON file for the plug-ins (ctx.options.config): the simulated device's board profile and
//               scenario, written by the C# runner (DeviceConfig.cs); without it the device modules stay away.
//
// stdout: exactly the bytes the program writes to sys.stdout, streamed as they are written.
// stderr: the program's sys.stderr, the traceback of an uncaught exception, host messages.
// Exit codes: 0 normal end (or SystemExit/sys.exit() with no code), n for SystemExit(n),
//             1 uncaught exception (or SystemExit with a non-int value), 2 bad command line
//             or host failure, 124 timeout ("timeout: the program was still running after N s").
//
// The VM runs in a worker thread so that the main thread can stop a program that never yields
// (e.g. `while True: pass`). The program's stdout goes through a shared-memory ring buffer that
// the main thread drains as soon as it is written (and once more after the worker stopped), so
// output streams while the program runs and nothing is lost on timeout, partial lines included;
// everything else (stderr, events, the end) is posted as messages.
//
// Plug-ins (simulated device modules) need no change here:
//   host/modules/*.mjs  each default-exports `async function (mp, ctx)`; it runs in the worker
//                       before the program starts and typically calls mp.registerJsModule(...).
//   host/pylib/**/*.py  copied to /lib in the VM (on sys.path), like frozen modules.
// See host/modules/README.md for the contract.

import { Worker, isMainThread, workerData, MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HOST_DIR = path.dirname(fileURLToPath(import.meta.url));
const RING_SIZE = 1 << 16; // bytes, a power of two; int32 counters wrap consistently
const HEAD = 0, TAIL = 1; // total bytes written / read, as Int32 counters

// Single-producer (worker) single-consumer (main thread) byte ring over a SharedArrayBuffer.
// The reader sleeps only on an empty ring (Atomics.waitAsync(HEAD, tail)), so the writer wakes it
// only when it finds the ring emptied up to where its write started.
function ring(shared) {
  const ctrl = new Int32Array(shared, 0, 2), data = new Uint8Array(shared, 8);
  return {
    write(bytes) { // worker side; blocks while the ring is full
      for (let done = 0; done < bytes.length;) {
        const head = Atomics.load(ctrl, HEAD), tail = Atomics.load(ctrl, TAIL);
        const free = RING_SIZE - ((head - tail) | 0);
        if (free === 0) { Atomics.wait(ctrl, TAIL, tail, 50); continue; }
        const n = Math.min(free, bytes.length - done, RING_SIZE - (head & (RING_SIZE - 1)));
        data.set(bytes.subarray(done, done + n), head & (RING_SIZE - 1));
        done += n;
        Atomics.store(ctrl, HEAD, (head + n) | 0);
        if (Atomics.load(ctrl, TAIL) === head) Atomics.notify(ctrl, HEAD);
      }
    },
    wait() { // main side: a promise that resolves when the ring is not empty
      const w = Atomics.waitAsync(ctrl, HEAD, Atomics.load(ctrl, TAIL));
      return w.async ? w.value : new Promise(setImmediate);
    },
    read() { // main side; returns the bytes written since the last read (may be empty)
      const head = Atomics.load(ctrl, HEAD), tail = Atomics.load(ctrl, TAIL);
      const length = (head - tail) | 0, start = tail & (RING_SIZE - 1);
      const out = new Uint8Array(length);
      const first = Math.min(length, RING_SIZE - start);
      out.set(data.subarray(start, start + first));
      out.set(data.subarray(0, length - first), first);
      Atomics.store(ctrl, TAIL, head);
      Atomics.notify(ctrl, TAIL);
      return out;
    },
  };
}

function parseArgs(argv) {
  const o = { modules: null, entry: "main", timeout: 0, device: null, events: null, plugins: null, fsRoot: "/", heapsize: 0, pystack: 0, config: null };
  const names = { "--modules": "modules", "--entry": "entry", "--timeout": "timeout", "--device": "device",
    "--events": "events", "--plugins": "plugins", "--fs-root": "fsRoot", "--heapsize": "heapsize", "--pystack": "pystack",
    "--config": "config" };
  for (let i = 0; i < argv.length; i++) {
    const key = names[argv[i]];
    if (!key || i + 1 >= argv.length) throw new Error(`unknown or incomplete option '${argv[i]}'`);
    o[key] = argv[++i];
  }
  for (const k of ["timeout", "heapsize", "pystack"]) {
    o[k] = Number(o[k]);
    if (!Number.isFinite(o[k]) || o[k] < 0) throw new Error(`--${k} must be a non-negative number`);
  }
  if (!o.modules) throw new Error("--modules <dir> is required");
  for (const k of ["modules", "device", "plugins"]) {
    if (o[k] === null) continue;
    o[k] = path.resolve(o[k]);
    if (!fs.statSync(o[k], { throwIfNoEntry: false })?.isDirectory()) throw new Error(`--${k}: no such folder: ${o[k]}`);
  }
  if (o.events) o.events = path.resolve(o.events);
  if (o.config !== null) {
    o.config = path.resolve(o.config);
    if (!fs.statSync(o.config, { throwIfNoEntry: false })?.isFile()) throw new Error(`--config: no such file: ${o.config}`);
  }
  return o;
}

if (isMainThread) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`sim-host: ${e.message}\nusage: node sim-host.mjs --modules <dir> [--entry main] [--timeout <seconds>] [--device <dir>] [--events <file>] [--plugins <dir>] [--fs-root /] [--heapsize <bytes>] [--pystack <words>] [--config <file>]\n`);
    process.exit(2);
  }
  const events = options.events ? fs.openSync(options.events, "w") : null;
  const { port1, port2 } = new MessageChannel();
  const shared = new SharedArrayBuffer(8 + RING_SIZE), stdout = ring(shared);
  const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { options, port: port2, shared }, transferList: [port2] });
  let finished = false, timedOut = false;

  const drain = () => {
    const bytes = stdout.read();
    if (bytes.length > 0) process.stdout.write(bytes);
    return bytes.length;
  };
  const watch = () => { // sleep until the worker writes; while it keeps writing, drain every ms
    if (finished) return;
    if (drain() > 0) setTimeout(watch, 1); else stdout.wait().then(watch);
  };
  watch();

  const handle = (m) => {
    if (finished) return;
    drain(); // stdout written before this message comes first
    switch (m.t) {
      case "err": process.stderr.write(m.b); break;
      case "event": if (events !== null) fs.writeSync(events, JSON.stringify(m.e) + "\n"); break;
      case "done": finish(m.code); break;
    }
  };
  const finish = (code, message) => {
    if (finished) return;
    drain();
    finished = true;
    clearTimeout(timer);
    if (message) process.stderr.write(message);
    if (events !== null) fs.closeSync(events);
    process.exitCode = code;
    port1.close();
    worker.terminate();
  };

  const handleQueued = () => { for (let m; !finished && (m = receiveMessageOnPort(port1)) !== undefined;) handle(m.message); };

  process.stdout.on("error", () => {}); // a reader that went away (EPIPE) must not crash the host
  port1.on("message", handle);
  worker.on("error", (e) => { handleQueued(); finish(2, `sim-host: ${e?.stack ?? e}\n`); });
  worker.on("exit", () => { // deliver what the worker wrote before it stopped, then end
    handleQueued();
    if (timedOut) finish(124, `timeout: the program was still running after ${options.timeout} s\n`);
    else finish(2, "sim-host: the VM worker ended unexpectedly\n");
  });
  const timer = options.timeout > 0 ? setTimeout(() => { timedOut = true; worker.terminate(); }, options.timeout * 1000) : null;
} else {
  const { options, port, shared } = workerData;
  const stdout = ring(shared);
  // `bytes` may be a view of the VM's heap: the ring copies it, a message needs its own copy.
  const post = (t, bytes) => { if (t === "out") stdout.write(bytes); else port.postMessage({ t, b: bytes.slice() }); };
  // Resolved from node_modules next to the host folder (the project folder, or the copy in bin).
  const { loadMicroPython } = await import("@micropython/micropython-webassembly-pyscript");
  const vmOptions = { linebuffer: false, stdout: (b) => post("out", b), stderr: (b) => post("err", b) };
  if (options.heapsize > 0) vmOptions.heapsize = options.heapsize;
  if (options.pystack > 0) vmOptions.pystack = options.pystack;
  const mp = await loadMicroPython(vmOptions);

  // The VM writes through Emscripten's FS devices, which hand over one byte per call; replace the
  // write of fd 1 and 2 so that each write of the program is passed on whole, exact and at once.
  for (const [fd, t] of [[1, "out"], [2, "err"]]) {
    const stream = mp.FS.getStream(fd);
    stream.stream_ops = { ...stream.stream_ops, write(_s, buffer, offset, length) {
      if (length > 0) post(t, new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length));
      return length;
    } };
  }

  const copyTree = (from, to, filter = () => true) => {
    if (!fs.existsSync(from)) return;
    mp.FS.mkdirTree(to);
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      const src = path.join(from, entry.name), dst = path.posix.join(to, entry.name);
      if (entry.isDirectory()) copyTree(src, dst, filter);
      else if (entry.isFile() && filter(entry.name)) mp.FS.writeFile(dst, fs.readFileSync(src));
    }
  };
  const pluginRoots = [HOST_DIR, ...(options.plugins ? [options.plugins] : [])];
  const root = options.fsRoot;
  for (const dir of pluginRoots) copyTree(path.join(dir, "pylib"), "/lib", (name) => /\.m?py$/.test(name));
  if (options.device) copyTree(options.device, root);
  copyTree(options.modules, root);

  const ctx = {
    options,
    emit: (type, data = {}) => port.postMessage({ t: "event", e: { time: Date.now(), type, ...data } }),
    log: (text) => post("err", new TextEncoder().encode(text.endsWith("\n") ? text : text + "\n")),
  };
  for (const dir of pluginRoots.map((d) => path.join(d, "modules")).filter((d) => fs.existsSync(d))) {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".mjs")).sort()) {
      const plugin = await import(pathToFileURL(path.join(dir, file)).href);
      await (plugin.default ?? plugin.register)(mp, ctx);
    }
  }

  // Only the SystemExit handler wraps the import, so a traceback has exactly one host frame
  // ('File "<stdin>", line 5, in <module>'), which is removed to show what a board would show.
  let code = 0;
  try {
    mp.runPython([
      "import os", `os.chdir(${JSON.stringify(root)})`, "_mcusharp_exit = None", "try:",
      `    __import__(${JSON.stringify(options.entry)})`,
      "except SystemExit as e:", "    _mcusharp_exit = e.args[0] if e.args else None", "    del e"].join("\n"));
    const value = mp.globals.get("_mcusharp_exit");
    if (Number.isInteger(value)) code = value;
    else if (value !== null && value !== undefined) { post("err", new TextEncoder().encode(`${value}\n`)); code = 1; }
  } catch (e) {
    const text = String(e?.message ?? e).replace(/^(Traceback \(most recent call last\):\n)  File "<stdin>", line \d+, in <module>\n/, "$1");
    post("err", new TextEncoder().encode(text.endsWith("\n") ? text : text + "\n"));
    code = 1;
  }
  port.postMessage({ t: "done", code });
}
