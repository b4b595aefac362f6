// McuSharp board emulator: a MicroPython board at the far end of a serial line, for deploy tests.
//
//   node board.mjs --vm <micropython.mjs> --flash <dir> [--raw-paste yes|no|unsupported]
//                  [--without hashlib,binascii,deflate,rename,stdin] [--capacity <bytes>] [--window <bytes>]
//
// The board is the MicroPython WebAssembly VM. Its own REPL engine (replInit/replProcessChar) answers
// the normal and the raw REPL exactly as firmware does; this file adds what a UART board has around it:
//   - output is "cooked" like a UART console (a lone \n goes out as \r\n);
//   - raw-paste mode (\x05A\x01), which the VM's engine would block on, is implemented here with the
//     firmware's flow-control windows, or answered like older firmware (--raw-paste no: the raw REPL
//     restarts) or like firmware that knows the command but lacks it (--raw-paste unsupported: R\x00);
//   - Ctrl-C interrupts a running program: the VM has no UART interrupt, so the interrupt is raised
//     from the calls a program makes into the host (time, output, input);
//   - the file system lives in the --flash folder: it is loaded at boot and written back whenever the
//     board waits for input, so a reset keeps what was written up to that moment, as flash does;
//   - --capacity makes writes beyond that many bytes of files fail with ENOSPC (errno 28);
//   - --without hides modules (hashlib, binascii, deflate), os.rename, or sys.stdin from programs;
//   - soft reset (Ctrl-D), machine.reset() and a reset frame from the host restart the VM in a new
//     worker: one VM per worker is what the WebAssembly port supports.
//
// stdin: frames from the host side of the wire: 1 byte kind, 2 bytes little-endian length, payload.
//        Kind 0: bytes the host sent on the UART. Kind 1: hard reset (the reset pin), no payload.
// stdout: exactly the bytes the board sends on its UART. stderr: emulator notes, never on the wire.

import { Worker, isMainThread, workerData, parentPort } from "node:worker_threads";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const RING = 1 << 16, MASK = RING - 1;
const HEAD = 0, TAIL = 1, CTRL_C_SENT = 2, PARK = 3; // Int32 slots before the ring's bytes
const FLASH = "/flash";

function parseArgs(argv) {
  const o = { vm: null, flash: null, rawPaste: "yes", without: [], capacity: 0, window: 128 };
  const names = { "--vm": "vm", "--flash": "flash", "--raw-paste": "rawPaste", "--without": "without", "--capacity": "capacity", "--window": "window" };
  for (let i = 0; i < argv.length; i += 2) {
    const key = names[argv[i]];
    if (!key || i + 1 >= argv.length) throw new Error(`unknown or incomplete option '${argv[i]}'`);
    o[key] = argv[i + 1];
  }
  if (!o.vm || !o.flash) throw new Error("--vm and --flash are required");
  if (!["yes", "no", "unsupported"].includes(o.rawPaste)) throw new Error("--raw-paste is yes, no or unsupported");
  o.without = typeof o.without === "string" ? o.without.split(",").filter(Boolean) : [];
  o.capacity = Number(o.capacity);
  o.window = Number(o.window);
  fs.mkdirSync(o.flash, { recursive: true });
  return o;
}

if (isMainThread) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`board: ${e.message}\n`);
    process.exit(2);
  }
  const shared = new SharedArrayBuffer(16 + RING);
  const ctrl = new Int32Array(shared, 0, 4), ring = new Uint8Array(shared, 16);
  let worker = null, pending = [];

  const boot = (mode) => {
    process.stderr.write(`board: boot (${mode})\n`);
    worker = new Worker(fileURLToPath(import.meta.url), { workerData: { options, shared, mode } });
    const self = worker;
    worker.on("message", (m) => {
      if (self !== worker) return;
      if (m.out) process.stdout.write(m.out);
      if (m.ready) process.stderr.write(`board: ready (${mode})\n`);
      if (m.reboot) restart(m.reboot, false);
    });
    worker.on("error", (e) => {
      process.stderr.write(`board: the VM failed (${e.message}); rebooting\n`);
      if (self === worker) restart("power-on", false);
    });
  };
  const restart = (mode, dropInput) => {
    const old = worker;
    worker = null;
    old.terminate().then(() => {
      if (dropInput) { Atomics.store(ctrl, TAIL, Atomics.load(ctrl, HEAD)); pending = []; }
      // The new VM counts the Ctrl-C bytes it reads from zero: only those still in the buffer are unread.
      let unread = 0;
      for (let i = Atomics.load(ctrl, TAIL); i !== Atomics.load(ctrl, HEAD); i = (i + 1) | 0) if (ring[i & MASK] === 3) unread++;
      Atomics.store(ctrl, CTRL_C_SENT, unread);
      boot(mode);
    });
  };
  // The ring is the board's receive buffer; when the board does not read, the host side waits.
  const pump = () => {
    while (pending.length > 0) {
      const head = Atomics.load(ctrl, HEAD), tail = Atomics.load(ctrl, TAIL);
      if (((head - tail) | 0) >= RING) { setTimeout(pump, 1); return; }
      const b = pending.shift();
      ring[head & MASK] = b;
      if (b === 3) Atomics.add(ctrl, CTRL_C_SENT, 1);
      Atomics.store(ctrl, HEAD, (head + 1) | 0);
      Atomics.notify(ctrl, HEAD);
    }
  };
  let frames = Buffer.alloc(0);
  process.stdin.on("data", (chunk) => {
    frames = Buffer.concat([frames, chunk]);
    while (frames.length >= 3) {
      const kind = frames[0], length = frames.readUInt16LE(1);
      if (frames.length < 3 + length) break;
      const payload = frames.subarray(3, 3 + length);
      frames = frames.subarray(3 + length);
      if (kind === 0) { for (const b of payload) pending.push(b); pump(); }
      else if (kind === 1 && worker) restart("power-on", true);
    }
  });
  process.stdin.on("end", () => process.exit(0));
  boot("power-on");
} else {
  runBoard(workerData);
}

async function runBoard({ options, shared, mode }) {
  const ctrl = new Int32Array(shared, 0, 4), ring = new Uint8Array(shared, 16);
  // rawLine mirrors the raw REPL's input line (its last 3 bytes) to catch \x05A\x01 before the VM's engine does:
  // its own raw-paste would block this worker.
  let rawLine = [];
  let vm = null, ctrlCRead = 0, ctrlCHandled = 0, muteOk = 0, lastOut = 0, lastFlush = 0, rawMode = false, tail = "";
  let output = [];

  // ---- the UART: output, cooked like a console, and the receive buffer ----
  const flush = () => {
    if (output.length > 0) parentPort.postMessage({ out: Uint8Array.from(output) });
    output = [];
    lastFlush = realNow();
  };
  const raw = (bytes) => { for (const b of (typeof bytes === "string" ? Buffer.from(bytes, "latin1") : bytes)) output.push(b); };
  const fromVm = (bytes) => {
    for (const b of bytes) {
      if (muteOk > 0) { muteOk--; continue; }
      if (b === 10 && lastOut !== 13) output.push(13);
      output.push(b);
      lastOut = b;
      tail = (tail + String.fromCharCode(b)).slice(-40);
      if (tail.endsWith("raw REPL; CTRL-B to exit\r\n")) { rawMode = true; rawLine = []; }
      else if (tail.endsWith("for more information.\r\n")) rawMode = false;
    }
    if (output.length >= 512) flush();
    pollInterrupt();
  };
  const takeByte = () => { // one received byte, or -1 when the buffer is empty
    const head = Atomics.load(ctrl, HEAD), t = Atomics.load(ctrl, TAIL);
    if (head === t) return -1;
    const b = ring[t & MASK];
    Atomics.store(ctrl, TAIL, (t + 1) | 0);
    if (b === 3) {
      ctrlCRead++;
      if (ctrlCHandled > 0) { ctrlCHandled--; return takeByte(); } // this Ctrl-C already interrupted a program
    }
    return b;
  };
  const waitByte = () => { // blocks until a byte arrives; the board is idle meanwhile
    for (;;) {
      const b = takeByte();
      if (b >= 0) return b;
      syncFlash(); // before the answer goes out: the board replies once its flash write is done
      flush();
      Atomics.wait(ctrl, HEAD, Atomics.load(ctrl, TAIL), 1000);
    }
  };
  // A Ctrl-C that arrived while a program runs (interrupt char set) raises KeyboardInterrupt in it.
  const pollInterrupt = () => {
    if (vm && Atomics.load(ctrl, CTRL_C_SENT) - ctrlCRead - ctrlCHandled > 0 && vm._module._mp_hal_get_interrupt_char() === 3) {
      ctrlCHandled++;
      vm._module._mp_sched_keyboard_interrupt();
    }
  };
  const realNow = Date.now;
  let nowCalls = 0;
  Date.now = () => { // the VM reads the clock in time.ticks_ms/sleep: the board's hook for interrupts
    if ((++nowCalls & 1023) === 0) {
      pollInterrupt();
      if (output.length > 0 && realNow() - lastFlush > 20) flush();
    }
    return realNow();
  };
  const programStdin = () => { // a running program reads sys.stdin: it waits for bytes like firmware does
    for (;;) {
      const b = takeByte();
      if (b === 3 && vm._module._mp_hal_get_interrupt_char() === 3) { vm._module._mp_sched_keyboard_interrupt(); return null; }
      if (b >= 0) return b;
      syncFlash();
      flush();
      Atomics.wait(ctrl, HEAD, Atomics.load(ctrl, TAIL), 1000);
    }
  };
  const reboot = (next) => {
    flush();
    syncFlash();
    parentPort.postMessage({ reboot: next });
    Atomics.wait(ctrl, PARK, 0); // parked until the main thread ends this worker
  };

  // ---- flash: the --flash folder, mirrored into the VM's /flash ----
  let dirty = false;
  const synced = new Map(); // relative path → bytes last written to the host folder (null for folders)
  const walk = (FS, dir, rel, found) => {
    for (const name of FS.readdir(dir)) {
      if (name === "." || name === "..") continue;
      const full = `${dir}/${name}`, r = rel ? `${rel}/${name}` : name;
      if (FS.isDir(FS.stat(full).mode)) { found.set(r, null); walk(FS, full, r, found); }
      else found.set(r, FS.readFile(full));
    }
    return found;
  };
  const loadFlash = (FS) => {
    FS.mkdirTree(FLASH);
    const copy = (hostDir, rel) => {
      for (const entry of fs.readdirSync(hostDir, { withFileTypes: true })) {
        const r = rel ? `${rel}/${entry.name}` : entry.name, host = path.join(hostDir, entry.name);
        if (entry.isDirectory()) { FS.mkdir(`${FLASH}/${r}`); synced.set(r, null); copy(host, r); }
        else if (!entry.name.startsWith(".board-")) { const bytes = fs.readFileSync(host); FS.writeFile(`${FLASH}/${r}`, bytes); synced.set(r, new Uint8Array(bytes)); }
      }
    };
    copy(options.flash, "");
  };
  const syncFlash = () => {
    if (!dirty || !vm) return;
    dirty = false;
    const now = walk(vm.FS, FLASH, "", new Map());
    for (const [r, bytes] of now) {
      const host = path.join(options.flash, ...r.split("/")), before = synced.get(r);
      if (bytes === null) { if (before !== null) fs.mkdirSync(host, { recursive: true }); }
      else if (before == null || Buffer.compare(Buffer.from(before), Buffer.from(bytes)) !== 0) {
        const temporary = path.join(options.flash, `.board-${process.pid}.tmp`);
        fs.writeFileSync(temporary, bytes);
        fs.renameSync(temporary, host);
      }
    }
    for (const r of [...synced.keys()].reverse()) {
      if (now.has(r)) continue;
      const host = path.join(options.flash, ...r.split("/"));
      if (synced.get(r) === null) fs.rmSync(host, { recursive: true, force: true }); else fs.rmSync(host, { force: true });
    }
    synced.clear();
    for (const [r, bytes] of now) synced.set(r, bytes);
  };
  const guardFlash = (FS) => {
    for (const name of ["open", "write", "unlink", "rename", "mkdir", "rmdir", "truncate", "ftruncate"]) {
      const original = FS[name];
      FS[name] = function (...args) { dirty = true; return original.apply(this, args); };
    }
    if (options.capacity > 0) {
      const write = FS.write;
      FS.write = function (stream, buffer, offset, length, position, canOwn) {
        if (stream.path?.startsWith(FLASH + "/")) {
          let used = 0;
          for (const bytes of walk(FS, FLASH, "", new Map()).values()) used += bytes ? bytes.length : 0;
          const end = (typeof position === "number" ? position : stream.position) + length;
          if (used + Math.max(0, end - stream.node.usedBytes) > options.capacity) throw new FS.ErrnoError(28);
        }
        return write.call(this, stream, buffer, offset, length, position, canOwn);
      };
    }
  };

  // ---- boot ----
  const { loadMicroPython } = await import(pathToFileURL(path.resolve(options.vm)).href);
  vm = await loadMicroPython({ stdout: fromVm, stderr: fromVm, stdin: programStdin, linebuffer: false });
  output = []; // nothing the VM printed while loading belongs on the wire
  loadFlash(vm.FS);
  guardFlash(vm.FS);
  vm.registerJsModule("machine", { reset: () => reboot("power-on"), soft_reset: () => reboot(rawMode ? "soft-raw" : "soft-friendly") });
  const hidden = options.without.filter((m) => ["hashlib", "binascii", "deflate"].includes(m));
  vm.runPython([
    "import os, sys, builtins",
    `os.chdir('${FLASH}')`,
    `sys.path[:] = ['', '${FLASH}/lib', '/lib']`,
    ...(options.without.includes("rename") ? ["del os.rename"] : []),
    "class _SysWithoutStdin:",
    "    def __init__(self, real):",
    "        self._real = real",
    "    def __getattr__(self, name):",
    "        if name == 'stdin': raise AttributeError(name)",
    "        return getattr(self._real, name)",
    "_sys_view = _SysWithoutStdin(sys)",
    "_real_import = builtins.__import__",
    `_hidden = ${JSON.stringify(hidden.flatMap((m) => [m, "u" + m]))}`,
    `_hide_stdin = ${options.without.includes("stdin") ? "True" : "False"}`,
    "def _board_import(name, *rest):",
    "    if name in _hidden: raise ImportError(\"no module named '%s'\" % name)",
    "    if name == 'sys' and _hide_stdin: return _sys_view",
    "    return _real_import(name, *rest)",
    "builtins.__import__ = _board_import",
    "del _board_import, _SysWithoutStdin, os, sys, builtins  # _real_import stays: boot files are run with it",
  ].join("\n"));
  output = [];
  parentPort.postMessage({ ready: true }); // the VM is loaded: from here on the board runs its files and answers
  if (mode !== "power-on") raw("MPY: soft reboot\r\n");
  const runFile = (name) => { // like the firmware's pyexec_file: Ctrl-C interrupts, errors are printed
    if (!vm.FS.analyzePath(`${FLASH}/${name}`).exists) return;
    const module = name.slice(0, -3);
    try {
      vm.runPython([
        "import sys, io, micropython",
        "micropython.kbd_intr(3)",
        "try:",
        "    try:",
        `        _real_import('${module}')`,
        "    except BaseException as e:",
        "        report = io.StringIO()",
        "        sys.print_exception(e, report)",
        "        print(''.join(line + '\\n' for line in report.getvalue().split('\\n')[:-1] if '\"<stdin>\"' not in line), end='')",
        "finally:",
        "    micropython.kbd_intr(-1)",
        `    sys.modules.pop('${module}', None)`,
      ].join("\n"));
    } catch {
      // A second Ctrl-C while the first one's traceback was printed: the firmware drops it too.
    }
  };
  runFile("boot.py");
  if (mode !== "soft-raw") runFile("main.py");
  if (mode === "soft-raw") {
    const printed = output.length;
    vm.replInit();
    vm.replProcessChar(1);
    output.length = printed; // firmware in raw mode prints only the raw REPL banner
    lastOut = 10;
    raw("raw REPL; CTRL-B to exit\r\n>");
    rawMode = true;
  } else {
    vm.replInit();
  }

  // ---- the REPL loop ----
  const feed = (b) => {
    const result = vm.replProcessChar(b);
    if (result !== 0) reboot(rawMode ? "soft-raw" : "soft-friendly");
  };
  const rawPaste = () => {
    const window = options.window;
    raw([0x52, 0x01, window & 0xff, window >> 8, 0x01]);
    const code = [];
    for (let remain = window; ;) {
      const b = waitByte();
      if (b === 4) { raw([4]); break; }
      if (b === 3) { raw([4, 4]); fromVm(Buffer.from("KeyboardInterrupt: \n")); raw([4]); raw(">"); return; }
      code.push(b);
      if (--remain === 0) { raw([1]); remain = window; }
    }
    // Run it as the raw REPL runs a command, without the "OK" that raw-paste mode does not send.
    for (const b of code) vm.replProcessChar(b);
    muteOk = 2;
    feed(4);
  };
  for (;;) {
    const b = waitByte();
    if (rawMode && b === 1 && rawLine.length === 2 && rawLine[0] === 5 && rawLine[1] === 0x41) {
      rawLine = [];
      vm.replProcessChar(3); // clears the engine's copy of the line
      if (options.rawPaste === "yes") rawPaste();
      else if (options.rawPaste === "unsupported") raw("R\x00>");
      else feed(1); // older firmware: Ctrl-A restarts the raw REPL
      continue;
    }
    rawLine = rawMode && b > 4 ? [...rawLine.slice(-2), b] : []; // Ctrl-A..D all end the engine's line
    feed(b);
  }
}
