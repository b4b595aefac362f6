using McuSharp.Compiler.Frontend;
using Microsoft.CodeAnalysis;

namespace McuSharp.Compiler.Tests;

/// <summary>
/// The proof that the generated MicroPython behaves like the C#: every program in Programs/ runs on .NET (in this
/// process) and, compiled by McuSharp, on the real MicroPython VM; the two outputs must be identical, byte for byte.
/// </summary>
[TestClass]
public sealed class DifferentialTests
{
    public static IEnumerable<object[]> Programs => ProgramCorpus.All();

    [TestMethod]
    [DynamicData(nameof(Programs))]
    public async Task DeviceOutputEqualsDotNetOutput(string program)
    {
        var sources = ProgramCorpus.Sources(program);
        var text = sources[0].Text;
        var compilation = CompilationFactory.FromText(sources);
        var result = McuCompiler.Compile(compilation);

        if (ProgramCorpus.ExpectedDiagnostic(text) is { } expected)
        {
            Assert.IsFalse(result.Success, $"{program} should be refused with {expected}, but it compiled.");
            Assert.IsTrue(result.Errors.Any(d => d.Id == expected),
                $"{program} should be refused with {expected}; got:\n" + string.Join("\n", result.Diagnostics.Select(d => McuCompiler.Format(d))));
            return;
        }

        Assert.IsTrue(result.Success, $"{program} did not compile:\n" + string.Join("\n", result.Diagnostics.Select(d => McuCompiler.Format(d))));
        var reference = DotNetRunner.Run(compilation);
        var device = await DeviceRunner.RunAsync(result);

        Assert.AreEqual(reference.Stdout, device.Stdout ?? "", $"{program}: the device printed something else than .NET.\n--- main.py ---\n{result.Modules[0].Text}\n--- device stderr ---\n{device.Stderr}");
        if (reference.UncaughtException is null)
            Assert.AreEqual(0, device.ExitCode, $"{program}: .NET ended normally but the device failed:\n{device.Stderr}\n--- main.py ---\n{result.Modules[0].Text}");
        else
            Assert.AreNotEqual(0, device.ExitCode, $"{program}: .NET threw {reference.UncaughtException} but the device ended normally.");
    }
}
