namespace McuSharp.Device.Tests;

[TestClass]
public sealed class InteropTests
{
    private const string NeoPixelProgram = """
        using McuSharp.Device;
        using McuSharp.Interop;

        [MicroPythonType("neopixel", "NeoPixel")]
        sealed class NeoPixel
        {
            public extern NeoPixel(Pin pin, int count);

            [MicroPython("{this}[{0}]")]
            public extern (int R, int G, int B) this[int index] { get; set; }

            [MicroPython("n")]
            public extern int Count { get; }

            public extern void Write();

            public extern void Fill((int R, int G, int B) color);
        }

        static class P
        {
            static void Main()
            {
                var strip = new NeoPixel(new Pin(5, PinMode.Out), 8);
                strip.Fill((0, 0, 0));
                strip[0] = (255, 0, 0);
                strip[strip.Count - 1] = (0, 0, 255);
                strip.Write();
            }
        }
        """;

    [TestMethod]
    public void NeoPixelBindingCompilesToTheModule()
    {
        var main = DeviceProgram.Compile(NeoPixelProgram, "esp32").Main;
        StringAssert.Contains(main, "import neopixel");
        StringAssert.Contains(main, "strip = neopixel.NeoPixel(machine.Pin(5, machine.Pin.OUT, None), 8)");
        StringAssert.Contains(main, "strip.fill((0, 0, 0))");
        StringAssert.Contains(main, "strip[0] = (255, 0, 0)");
        // A bound type's Count can be any int to the compiler, so `Count - 1` keeps its wraparound check.
        StringAssert.Matches(main, new System.Text.RegularExpressions.Regex(@"strip\[.*strip\.n - 1.*\] = \(0, 0, 255\)"));
        StringAssert.Contains(main, "strip.write()");
        Assert.IsFalse(main.Contains("class NeoPixel"), "a bound type describes Python; it is not emitted");
    }

    [TestMethod]
    public async Task BoundTypeAndModuleRunOnTheVm()
    {
        // hashlib and binascii are in the VM: a user binding of a type and of a module, run for real.
        const string source = """
            using McuSharp.Interop;

            [MicroPythonType("hashlib", "sha256")]
            sealed class Sha256
            {
                [MicroPython("hashlib.sha256({0}.encode())")]
                public extern Sha256(string text);

                [MicroPython("binascii.hexlify({this}.digest()).decode()")]
                public extern string HexDigest();
            }

            [MicroPythonModule("gc")]
            static class Gc
            {
                public static extern void Collect();
                public static extern int MemFree();
            }

            static class P
            {
                static void Main()
                {
                    Gc.Collect();
                    System.Console.WriteLine(Gc.MemFree() > 0);
                    System.Console.WriteLine(new Sha256("abc").HexDigest());
                }
            }
            """;
        var program = DeviceProgram.Compile(source);
        StringAssert.Contains(program.Main, "gc.collect()");
        StringAssert.Contains(program.Main, "gc.mem_free() > 0");
        var run = (await program.Run()).Succeeded();
        CollectionAssert.AreEqual(new[] { "True", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" }, run.Lines);
    }

    [TestMethod]
    public async Task PyExprAndPyExecAreVerbatim()
    {
        const string source = """
            using McuSharp.Interop;
            static class P
            {
                static void Main()
                {
                    Py.Exec("print(micropython.const(7))"); // before the Py.Import below: the import is module-level
                    Py.Import("micropython");
                    var free = Py.Expr<int>("gc.mem_free()");
                    System.Console.WriteLine(free > 0);
                    Py.Exec(@"
                        for i in range(2):
                            print('from python', i)
                        ");
                    System.Console.WriteLine(Py.Expr<string>("'abc'.upper()") + Py.Expr<int>("len([1, 2, 3])"));
                }
            }
            """;
        var program = DeviceProgram.Compile(source);
        StringAssert.Contains(program.Main, "import gc");
        Assert.IsTrue(program.Main.StartsWith("import gc\nimport micropython\n"), program.Main);
        StringAssert.Contains(program.Main, "    for i in range(2):\n        print('from python', i)\n");
        var run = (await program.Run()).Succeeded();
        CollectionAssert.AreEqual(new[] { "7", "True", "from python 0", "from python 1", "ABC3" }, run.Lines);
    }

    [TestMethod]
    public void PyCodeMustBeConstantAndParse()
    {
        var program = DeviceProgram.Compile("""
            using McuSharp.Interop;
            static class P
            {
                static void Main(string[] args)
                {
                    Py.Exec(args[0]);
                    var x = Py.Expr<int>("1 +");
                }
            }
            """);
        var errors = program.WithId("MCU0023").Select(d => d.GetMessage()).ToList();
        Assert.AreEqual(2, errors.Count, program.DiagnosticsText);
        StringAssert.Contains(errors[0], "Py.Exec: the code must be a constant string");
        StringAssert.Contains(errors[1], "Py.Expr: '1 +' ends too early");
    }

    [TestMethod]
    public void BadTemplateIsReportedAtItsDeclaration()
    {
        var program = DeviceProgram.Compile("""
            using McuSharp.Interop;
            [MicroPythonModule("thing")]
            static class Thing { [MicroPython("thing.go(")] public static extern void Go(); }
            static class P { static void Main() { Thing.Go(); } }
            """);
        var error = program.WithId("MCU0022").Single();
        StringAssert.Contains(error.GetMessage(), "The [MicroPython] template of 'Thing.Go()' (\"thing.go(\")");
        Assert.AreEqual(2, error.Location.GetLineSpan().StartLinePosition.Line);
    }
}
