using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using McuSharp.Compiler.Frontend;
using McuSharp.Compiler.Output;
using McuSharp.Deploy;
using McuSharp.Deploy.Links;

namespace McuSharp.Cli;

/// <summary>`mcu repl` (the board's REPL on this terminal) and `mcu monitor` (its output, tracebacks at C# lines).</summary>
internal static partial class ReplCommand
{
    private const byte LeaveKey = 0x1d; // Ctrl-]

    public static Command CreateRepl()
    {
        var ports = new PortOptions();
        var command = new Command("repl", "The board's interactive REPL on this terminal; Ctrl-] leaves");
        ports.AddTo(command);
        command.SetAction(parse => PortOptions.Run(() =>
        {
            var repl = ports.Open(parse);
            using var link = repl.Link;
            Console.Error.WriteLine($"Connected to {link.Name}. Ctrl-] leaves, Ctrl-C interrupts the board's program, Ctrl-D soft-resets it.");
            var stdout = Console.OpenStandardOutput();
            var done = false;
            var reader = new Thread(() =>
            {
                var buffer = new byte[1024];
                while (!Volatile.Read(ref done))
                {
                    var n = link.Read(buffer, TimeSpan.FromMilliseconds(100));
                    if (n == 0) continue;
                    stdout.Write(buffer, 0, n);
                    stdout.Flush();
                }
            }) { IsBackground = true };
            reader.Start();
            using (RawTerminal.Enter())
            {
                var stdin = Console.OpenStandardInput();
                var key = new byte[256];
                while (true)
                {
                    var n = stdin.Read(key);
                    if (n <= 0) break; // input ended (a pipe)
                    var leave = Array.IndexOf(key, LeaveKey, 0, n);
                    link.Write(key.AsSpan(0, leave < 0 ? n : leave));
                    if (leave >= 0) break;
                }
            }
            Thread.Sleep(400); // the answer to the last keys may still be on its way
            Volatile.Write(ref done, true);
            reader.Join();
            Console.Error.WriteLine();
            return 0;
        }));
        return command;
    }

    public static Command CreateMonitor()
    {
        var ports = new PortOptions();
        var path = new Argument<string?>("path") { Description = "The project or built modules folder whose source map turns tracebacks into C# lines (default: the current folder)", Arity = ArgumentArity.ZeroOrOne };
        var reset = new Option<string>("--reset") { Description = "Restart the board first: soft (run main.py again), hard, or none", DefaultValueFactory = _ => "none" };
        reset.AcceptOnlyFromAmong("soft", "hard", "none");
        var duration = new Option<double>("--duration") { Description = "Stop after this many seconds (default: until Ctrl-C)" };
        var board = new Option<string?>("--board") { Description = "Board profile id the project was built for, to find its build output (default: the project's McuBoard, else generic)" };
        var command = new Command("monitor", "Show what the board prints, with tracebacks mapped to C# file(line)") { path, reset, duration, board };
        ports.AddTo(command);
        command.SetAction(parse => PortOptions.Run(() =>
        {
            var map = FindSourceMap(parse.GetValue(path) ?? ".", parse.GetValue(board));
            if (map is null) Console.Error.WriteLine("note: no build output with a source map here; tracebacks are shown as the board prints them.");
            var repl = ports.Open(parse);
            using var link = repl.Link;
            switch (parse.GetValue(reset))
            {
                case "soft": repl.Enter(softReset: false); repl.Leave(runMain: true); break;
                case "hard": repl.Enter(softReset: false); repl.Reset(); break;
            }
            var seconds = parse.GetValue(duration);
            var until = seconds > 0 ? Environment.TickCount64 + (long)(seconds * 1000) : long.MaxValue;
            var output = new AnnotatedOutput(Console.OpenStandardOutput(), map);
            while (Environment.TickCount64 < until) output.Write(repl.ReadSome(TimeSpan.FromMilliseconds(100)));
            output.Flush();
            return 0;
        }));
        return command;
    }

    private static SourceMap? FindSourceMap(string path, string? board)
    {
        string? folder = null;
        if (SimCommand.IsBuiltModulesFolder(path)) folder = path;
        else
        {
            try
            {
                var sources = SourceSet.Resolve([path]);
                folder = BuildCommand.DefaultOutput(sources, BuildCommand.BoardOf(sources, board));
            }
            catch (UserInputException)
            {
                // not a project: no source map
            }
        }
        var file = folder is null ? null : Path.Combine(folder, SourceMap.FileName);
        return file is not null && File.Exists(file) ? SourceMap.FromJson(File.ReadAllText(file)) : null;
    }

    /// <summary>Passes the device's bytes through as they come, adding the C# location at the end of each traceback line.</summary>
    private sealed partial class AnnotatedOutput(Stream output, SourceMap? map)
    {
        private readonly List<byte> _line = new();
        private bool _carriageReturn;

        private readonly TracebackAnnotator _annotator = new(map);

        public void Write(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes)
            {
                if (b == '\r') { _carriageReturn = true; continue; }
                if (b == '\n')
                {
                    output.Write(Encoding.UTF8.GetBytes(Location(Encoding.UTF8.GetString(_line.ToArray()))));
                    output.Write(_carriageReturn ? "\r\n"u8 : "\n"u8);
                    _line.Clear();
                    _carriageReturn = false;
                    continue;
                }
                if (_carriageReturn) { output.WriteByte((byte)'\r'); _line.Clear(); _carriageReturn = false; }
                output.WriteByte(b);
                _line.Add(b);
            }
            output.Flush();
        }

        public void Flush()
        {
            if (_carriageReturn) output.WriteByte((byte)'\r');
            output.Flush();
        }

        private string Location(string line) => _annotator.Annotate(line);
    }
}
