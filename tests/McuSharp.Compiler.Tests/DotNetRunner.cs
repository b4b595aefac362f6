using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace McuSharp.Compiler.Tests;

/// <summary>Runs a C# program on .NET in this process and captures what it prints: the reference the device output is compared with.</summary>
internal static class DotNetRunner
{
    private static readonly object ConsoleLock = new();

    public sealed record Result(string Stdout, string? UncaughtException);

    public static Result Run(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        if (!emit.Success)
            throw new AssertFailedException("The program does not compile on .NET:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        var context = new AssemblyLoadContext("program", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var entry = assembly.EntryPoint ?? throw new AssertFailedException("The program has no entry point.");
            lock (ConsoleLock)
            {
                var previousOut = Console.Out;
                var previousCulture = CultureInfo.CurrentCulture;
                var output = new StringWriter { NewLine = "\n" };
                Console.SetOut(output);
                CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                string? uncaught = null;
                try
                {
                    var args = entry.GetParameters().Length == 1 ? new object[] { Array.Empty<string>() } : null;
                    entry.Invoke(null, args);
                }
                catch (TargetInvocationException e)
                {
                    uncaught = e.InnerException?.GetType().FullName ?? "exception";
                }
                finally
                {
                    Console.Out.Flush();
                    Console.SetOut(previousOut);
                    CultureInfo.CurrentCulture = previousCulture;
                }
                return new Result(output.ToString(), uncaught);
            }
        }
        finally
        {
            context.Unload();
        }
    }
}
