// Deploy benchmark (a measurement, not a test): the board emulator throttled to 115200 baud 8N1 (11,520 bytes/s
// each way), the real termios link on a pseudo-terminal. For a 20 KB .py file and a 20 KB binary file it prints the
// payload rate and the bytes on the wire per payload byte, per transfer mode, and what an unchanged redeploy sends.
//
//   dotnet run --project bench/McuSharp.DeployBench -c Release [-- --baud 115200]

using System.Diagnostics;
using McuSharp.Deploy;
using McuSharp.Deploy.Emulator;
using McuSharp.Deploy.Links;

var baud = args.Length == 2 && args[0] == "--baud" ? int.Parse(args[1]) : 115200;
var lineRate = baud / 10.0;

var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !File.Exists(Path.Combine(root.FullName, "McuSharp.sln"))) root = root.Parent;
if (root is null) { Console.Error.WriteLine("run from inside the McuSharp repository"); return 2; }
// Real Python source: the compiler's runtime helpers, cut to 20 KB.
var runtime = Path.Combine(root.FullName, "sdk", "McuSharp.Compiler", "Runtime");
var python = string.Concat(new[] { "format.py", "strings.py", "collections.py", "core.py" }.Select(f => File.ReadAllText(Path.Combine(runtime, f))));
var py = System.Text.Encoding.UTF8.GetBytes(python)[..20480];
var binary = new byte[20480];
new Random(2024).NextBytes(binary);

Console.WriteLine($"Deploy benchmark: emulated board at {baud} baud 8N1 (line rate {lineRate / 1000:0.00} KB/s), termios link on a pty; KB = 1000 bytes.");
Console.WriteLine();
Console.WriteLine("| file               | firmware                    | transfer              | payload KB/s | wire bytes / payload byte |");
Console.WriteLine("| :----------------- | :-------------------------- | :-------------------- | -----------: | ------------------------: |");
Row("20 KB .py", py, "deflate, sys.stdin", [], null);
Row("20 KB .py", py, "no deflate", ["deflate"], null);
Row("20 KB binary", binary, "deflate, sys.stdin", [], null);
Row("20 KB .py", py, "no sys.stdin", ["stdin"], TransferMode.Base64);
Row("20 KB binary", binary, "no sys.stdin", ["stdin"], TransferMode.Base64);
Row("20 KB .py", py, "no sys.stdin, no binascii", ["stdin", "binascii"], TransferMode.Literal);
Row("20 KB binary", binary, "no sys.stdin, no binascii", ["stdin", "binascii"], TransferMode.Literal);
Console.WriteLine();

// An unchanged redeploy: the probe and the hash comparison, no file bytes.
using (var board = new BoardEmulator(new EmulatorOptions { Baud = baud }))
using (var link = new CountingLink(DeviceLink.Open(board.Port)))
{
    var repl = new RawRepl(link);
    var files = new[] { new DeployFile("main.py", py), new DeployFile("data.bin", binary) };
    Deployer.Deploy(repl, files, new DeployOptions { Reset = ResetAfterDeploy.None });
    var before = link.BytesWritten;
    var clock = Stopwatch.StartNew();
    var again = Deployer.Deploy(repl, files, new DeployOptions { Reset = ResetAfterDeploy.None });
    Console.WriteLine($"Unchanged redeploy of both files: {again.Written} files written, {again.PayloadBytes} file bytes sent, {link.BytesWritten - before:N0} bytes sent in all, {clock.Elapsed.TotalSeconds:0.00} s.");
}
return 0;

void Row(string name, byte[] data, string firmware, string[] without, TransferMode? mode)
{
    using var board = new BoardEmulator(new EmulatorOptions { Baud = baud, Without = without });
    using var link = new CountingLink(DeviceLink.Open(board.Port));
    var session = BoardSession.Start(new RawRepl(link));
    session.Mode = mode ?? session.Info.BestMode;
    Deployer.Put(session, "warmup.py", "x = 1\n"u8.ToArray()); // helpers loaded before the clock starts
    var before = link.BytesWritten;
    var clock = Stopwatch.StartNew();
    Deployer.Put(session, name.EndsWith("py") ? "bench.py" : "bench.bin", data);
    var seconds = clock.Elapsed.TotalSeconds;
    var deflated = session.Info.Deflate && Checksums.Deflate(data).Length * 10L < data.Length * 9L; // as the deploy decides
    var transfer = session.Mode switch { TransferMode.Stream => deflated ? "raw stream + deflate" : "raw stream", TransferMode.Base64 => "base64 chunks", _ => "plain chunks" };
    Console.WriteLine($"| {name,-18} | {firmware,-27} | {transfer,-21} | {data.Length / seconds / 1000,12:0.00} | {(link.BytesWritten - before) / (double)data.Length,25:0.000} |");
}
