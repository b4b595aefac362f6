// McuSharp benchmark host: runs MicroPython programs on the MicroPython WebAssembly VM and measures them.
//
//   node bench-host.mjs <job.json>
//
// job.json: { "micropython": "<path to micropython.mjs>", "heapsize": n, "pystack": n,
//             "programs": [ { "id": "sieve/generated", "files": { "main.py": "...", "mcus_rt.py": "..." } }, ... ],
//             "schedule": [ "sieve/generated", "sieve/handwritten", ... ] }
// Each entry of "schedule" is one run, in a fresh VM; the host prints one JSON line per run to stdout:
//   { "id", "index", "us", "cpuUs", "code", "alloc", "heap", "output": [lines], "error" }
// Protocol of a run (the same for every program, so that both sides of a comparison pay the same):
//   1. load a fresh VM, write the program's files to /k, put /k on sys.path;
//   2. collect, read gc.mem_alloc()                                              -> base
//   3. import every module except main.py, compile main.py (not run yet)         -> code  = heap after loading
//   4. time.ticks_us() around exec(main code): the module body, i.e. the program's
//      top-level statements and so its Main() / main() call                     -> us; heap growth -> alloc
//      (and process.cpuUsage() around the same step                             -> cpuUs)
//   5. drop the code object, collect                                            -> heap  = heap after import
//                                                                                  (what an `import main` keeps)
// Parsing and compiling are outside the timed span, for every program alike.
// This VM variant never collects inside a runPython call (gc.collect() is deferred to the top level and the heap
// grows instead), so the collections happen between the steps above, and "alloc" is the total the run allocated.
import fs from "node:fs";
import { pathToFileURL } from "node:url";

const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const { loadMicroPython } = await import(pathToFileURL(job.micropython).href);
const programs = new Map(job.programs.map((p) => [p.id, p]));
const MARK = "\u0001MCUS-BENCH";

function emit(record) {
  process.stdout.write(JSON.stringify(record) + "\n");
}

async function runOnce(program, index) {
  const lines = [];
  const errors = [];
  const mp = await loadMicroPython({
    stdout: (line) => lines.push(line),
    stderr: (line) => errors.push(line),
    linebuffer: true,
    heapsize: job.heapsize,
    pystack: job.pystack,
  });
  mp.FS.mkdirTree("/k");
  for (const [name, text] of Object.entries(program.files)) mp.FS.writeFile("/k/" + name, text);
  const others = Object.keys(program.files).filter((n) => n !== "main.py" && n.endsWith(".py")).map((n) => n.slice(0, -3));

  const step = (code) => mp.runPython(code);
  let outputStart = 0;
  let outputEnd = 0;
  let cpu = null;
  try {
    step("import gc, sys, time\nsys.path.insert(0, '/k')\ngc.collect()");
    step("_bench_m0 = gc.mem_alloc()");
    step(
      others.map((m) => `import ${m}\n`).join("") +
        "_bench_code = compile(open('/k/main.py').read(), 'main.py', 'exec')\n" +
        "_bench_g = {'__name__': '__main__'}\n" +
        "gc.collect()",
    );
    step("_bench_m1 = gc.mem_alloc()");
    outputStart = lines.length;
    cpu = process.cpuUsage();
    step(
      "_bench_t0 = time.ticks_us()\n" +
        "exec(_bench_code, _bench_g)\n" +
        "_bench_us = time.ticks_diff(time.ticks_us(), _bench_t0)\n" +
        "_bench_m2 = gc.mem_alloc()",
    );
    cpu = process.cpuUsage(cpu);
    outputEnd = lines.length;
    step("del _bench_code\ngc.collect()");
    step(`print('${MARK}', _bench_us, _bench_m1 - _bench_m0, _bench_m2 - _bench_m1, gc.mem_alloc() - _bench_m0)`);
  } catch (e) {
    if (outputEnd === 0) outputEnd = lines.length;
    emit({ id: program.id, index, output: lines.slice(outputStart, outputEnd), error: (errors.join("\n") + "\n" + String(e?.message ?? e)).trim() });
    return;
  }
  const mark = lines.find((l) => l.startsWith(MARK));
  const [us, code, alloc, heap] = mark.slice(MARK.length).trim().split(/\s+/).map(Number);
  emit({ id: program.id, index, us, cpuUs: cpu.user + cpu.system, code, alloc, heap, output: lines.slice(outputStart, outputEnd), error: null });
}

let index = 0;
for (const id of job.schedule) {
  const program = programs.get(id);
  if (!program) throw new Error("unknown program " + id);
  await runOnce(program, index++);
}
