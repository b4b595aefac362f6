using System.CommandLine;
using McuSharp.Compiler.Frontend;
using McuSharp.Deploy;
using McuSharp.Deploy.Links;

namespace McuSharp.Cli;

/// <summary>The commands that talk to a board over serial: deploy, repl, monitor, fs, reset, ports.</summary>
internal static class DeviceCommands
{
    public static IEnumerable<Command> All(Option<string?> boardOption) =>
        [DeployCommand.Create(boardOption), ReplCommand.CreateRepl(), ReplCommand.CreateMonitor(), FsCommand.Create(), FsCommand.CreateReset(), FsCommand.CreatePorts()];
}

/// <summary>The --port/--baud/--reset-line/--timeout options every device command has, and opening the board with them.</summary>
internal sealed class PortOptions
{
    public readonly Option<string> Port = new("--port", "-p") { Description = "Serial port (/dev/ttyUSB0, /dev/ttyACM0, /dev/cu.usbserial-*) or socket://host:port", Required = true };
    public readonly Option<int> Baud = new("--baud") { Description = "Baud rate", DefaultValueFactory = _ => DeviceLink.DefaultBaud };
    public readonly Option<string> ResetLine = new("--reset-line") { Description = "Modem line wired to the board's reset pin, pulsed when Ctrl-C cannot stop the program (ESP dev boards: rts)", DefaultValueFactory = _ => "none" };
    public readonly Option<double> Timeout = new("--timeout") { Description = "Seconds the board may stay silent before McuSharp gives up", DefaultValueFactory = _ => 5 };

    public PortOptions() => ResetLine.AcceptOnlyFromAmong("none", "rts", "dtr");

    public void AddTo(Command command)
    {
        command.Options.Add(Port);
        command.Options.Add(Baud);
        command.Options.Add(ResetLine);
        command.Options.Add(Timeout);
    }

    public RawRepl Open(ParseResult parse, Redactor? redactor = null)
    {
        var timeout = parse.GetValue(Timeout);
        if (timeout <= 0) throw new DeployException(DeployErrors.BadOption, $"--timeout must be a positive number of seconds (got {timeout}).");
        var link = new CountingLink(DeviceLink.Open(parse.GetValue(Port)!, parse.GetValue(Baud)));
        return new RawRepl(link, new ReplOptions
        {
            ReadTimeout = TimeSpan.FromSeconds(timeout),
            HardResetLine = Enum.Parse<ResetLine>(parse.GetValue(ResetLine)!, ignoreCase: true),
            Redactor = redactor ?? new Redactor(),
        });
    }

    /// <summary>Runs a device command: a deploy failure is one "error MCU2xxx: ..." line and a non-zero exit, never a stack trace.</summary>
    public static int Run(Func<int> command) => Cli.Run(() =>
    {
        try
        {
            return command();
        }
        catch (DeployException e)
        {
            Console.Error.WriteLine($"error {e.Id}: {e.Message}");
            return e.Id is DeployErrors.BadOption or DeployErrors.OutsideProject ? InvalidInputException.ExitCode : 1;
        }
    });
}

/// <summary>`mcu deploy`: build if needed, then sync the modules to the board (changed files only, atomically) and reset it.</summary>
internal static class DeployCommand
{
    public static Command Create(Option<string?> boardOption)
    {
        var ports = new PortOptions();
        var path = new Argument<string?>("path") { Description = "A project, .cs files, or a folder of built modules (default: the current folder)", Arity = ArgumentArity.ZeroOrOne };
        var reset = new Option<string>("--reset") { Description = "After the upload: soft (restart MicroPython, run main.py), hard (reset the chip), none", DefaultValueFactory = _ => "soft" };
        reset.AcceptOnlyFromAmong("soft", "hard", "none");
        var include = new Option<string[]>("--include") { Description = "Extra file to upload (inside the project), as FILE or FILE=BOARD/PATH; repeatable", AllowMultipleArgumentsPerToken = false };
        var command = new Command("deploy", "Build if needed and upload the modules to a board: changed files only, each written atomically") { path, boardOption, reset, include };
        ports.AddTo(command);
        command.SetAction(parse => PortOptions.Run(() =>
        {
            var target = parse.GetValue(path) ?? ".";
            var (modules, root) = Modules(target, parse.GetValue(boardOption));
            if (modules is null) return 1;
            var redactor = new Redactor();
            var extras = (parse.GetValue(include) ?? []).Select(ParseInclude);
            var files = DeployFiles.Collect(modules, extras, root, redactor);
            var repl = ports.Open(parse, redactor);
            using var link = (CountingLink)repl.Link;
            var interactive = !Console.IsErrorRedirected;
            var result = Deployer.Deploy(repl, files, new DeployOptions
            {
                Reset = Enum.Parse<ResetAfterDeploy>(parse.GetValue(reset)!, ignoreCase: true),
                Reporter = new ConsoleReporter(Console.Error, interactive),
            });
            Console.Error.WriteLine($"Deployed to {link.Name}: {result.Written} written, {result.Unchanged} unchanged, {result.Removed} removed; {result.PayloadBytes:N0} file bytes, {link.BytesWritten:N0} bytes sent in {result.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        }));
        return command;
    }

    /// <summary>The built modules folder to deploy and the project folder extra files must lie in. Null modules: the build failed.</summary>
    public static (string? Modules, string Root) Modules(string path, string? board)
    {
        if (SimCommand.IsBuiltModulesFolder(path)) return (Path.GetFullPath(path), Path.GetFullPath(path));
        var root = SourceSet.Resolve([path]).DisplayRoot;
        return (BuildCommand.Build([path], board, null, Console.Error), root);
    }

    private static ExtraFile ParseInclude(string value)
    {
        var equals = value.IndexOf('=');
        return equals < 0 ? new ExtraFile(value) : new ExtraFile(value[..equals], value[(equals + 1)..]);
    }
}
