// Plug-in: the virtual clock behind `time` (pylib/time.py wraps the built-in module, see host/modules/README.md).
import { device, reply } from "../device/index.mjs";

export default function (mp, ctx) {
  const d = device(ctx);
  if (!d) return;
  mp.registerJsModule("_sim_time", {
    ticks_ms: () => d.clock.ticksMs(),
    ticks_us: () => d.clock.ticksUs(),
    time: () => d.clock.epochNow(),
    sleep_ms: (ms, what) => reply(() => d.sleep(Number(ms), what ?? "sleep")),
  });
  // Import the wrapper now, ahead of the frozen `time` extension on sys.path, so that the program's `import time`
  // (and `import utime`) gets it from sys.modules.
  mp.runPython("import sys\nsys.path.insert(0, '/lib')\ntry:\n    import time\nfinally:\n    sys.path.pop(0)\n    del sys");
}
