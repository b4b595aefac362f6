using System.Diagnostics;
using McuSharp.Deploy.Emulator;

namespace McuSharp.Deploy.Tests;

/// <summary>`dotnet build -p:McuPort=...` on a project that imports McuSharp.Build.targets: compile, then deploy, incrementally.</summary>
[TestClass]
public sealed class MSBuildTests
{
    private static string Project(string extraItems = "")
    {
        var folder = Directory.CreateTempSubdirectory("mcu-msbuild-").FullName;
        var targets = Path.Combine(AppContext.BaseDirectory, "build", "McuSharp.Build.targets");
        File.WriteAllText(Path.Combine(folder, "Blink.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <McuFile Include="data/table.bin" BoardPath="table.bin" />
                {extraItems}
              </ItemGroup>
              <Import Project="{targets}" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "static class Program { static void Main() { System.Console.WriteLine(\"blink\"); } }\n");
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        File.WriteAllBytes(Path.Combine(folder, "data", "table.bin"), Enumerable.Range(0, 512).Select(i => (byte)i).ToArray());
        return folder;
    }

    private static McuCli.Result DotnetBuild(string folder, params string[] properties)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "build", "-nodeReuse:false", "-v:n", "-clp:NoSummary" }.Concat(properties.Select(p => "-p:" + p))) start.ArgumentList.Add(a);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(300_000)) { process.Kill(entireProcessTree: true); Assert.Fail("dotnet build did not finish in 300 s"); }
        return new McuCli.Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    [TestMethod]
    public void BuildWithMcuPortDeploysChangedFilesOnly()
    {
        var folder = Project();
        using var board = new BoardEmulator();
        var first = DotnetBuild(folder, $"McuPort={board.Port}", "McuReset=none");
        Assert.AreEqual(0, first.ExitCode, first.ToString());
        StringAssert.Contains(first.Stdout, "McuSharp: deployed to");
        Assert.AreEqual("print('blink')", File.ReadAllText(Path.Combine(board.FlashFolder, "main.py")).Trim().Split('\n').FirstOrDefault(l => l.Contains("blink"))?.Trim());
        CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(folder, "data", "table.bin")), File.ReadAllBytes(Path.Combine(board.FlashFolder, "table.bin")));
        Assert.IsTrue(File.Exists(Path.Combine(folder, "bin", "Debug", "net10.0", "micropython", "main.py")), "the modules are in bin/<config>/<tfm>/micropython");

        var second = DotnetBuild(folder, $"McuPort={board.Port}", "McuReset=none");
        Assert.AreEqual(0, second.ExitCode, second.ToString());
        StringAssert.Contains(second.Stdout, "0 written");
    }

    [TestMethod]
    public void ADeployFailureIsOneMcu2xxxBuildErrorAfterTheModulesAreBuilt()
    {
        var folder = Project();
        var build = DotnetBuild(folder, "McuPort=/dev/ttyUSB96");
        Assert.AreNotEqual(0, build.ExitCode);
        StringAssert.Contains(build.Stdout, "error MCU2001: No such port: /dev/ttyUSB96");
        Assert.IsFalse(build.Stdout.Contains("MSB4018"), "no task crash: " + build.Stdout);
        Assert.IsTrue(File.Exists(Path.Combine(folder, "bin", "Debug", "net10.0", "micropython", "main.py")));
    }

    [TestMethod]
    public void FacadesBindAndFollowMcuBoardAndMcuSecret()
    {
        // `using McuSharp.Device;` binds in csc (the targets reference the façade assembly) and the board picks the constants.
        var folder = Project("""<McuSecret Include="wifi_password" Value="from-msbuild" />""");
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            using McuSharp.Device;
            using McuSharp.Interop;
            [McuConfig] static class Secrets { public static extern string WifiPassword { get; } }
            static class Program
            {
                static void Main()
                {
                    var wlan = Wlan.Station;
                    wlan.Active = true;
                    wlan.Connect("HomeNet", Secrets.WifiPassword);
                    System.Console.WriteLine(wlan.Status == WlanStatus.GotIp);
                }
            }
            """);
        var build = DotnetBuild(folder, "McuBoard=esp8266");
        Assert.AreEqual(0, build.ExitCode, build.ToString());
        Assert.IsFalse(build.Stdout.Contains("from-msbuild"), "a secret never reaches the build log");
        Assert.IsFalse(build.Stdout.Contains("warning CS"), build.Stdout);
        var output = Path.Combine(folder, "bin", "Debug", "net10.0", "micropython");
        StringAssert.Contains(File.ReadAllText(Path.Combine(output, "main.py")), "print(wlan.status() == network.STAT_GOT_IP)");
        StringAssert.Contains(File.ReadAllText(Path.Combine(output, "config.py")), "wifi_password = 'from-msbuild'");

        var unknown = DotnetBuild(folder, "McuBoard=esp33");
        Assert.AreNotEqual(0, unknown.ExitCode);
        StringAssert.Contains(unknown.Stdout, "error MCU0021: Unknown board 'esp33' (McuBoard). Known boards: esp8266, esp32");
    }
}
