using System.CommandLine;
using McuSharp.Deploy;
using McuSharp.Deploy.Links;

namespace McuSharp.Cli;

/// <summary>`mcu fs ls|cat|get|put|rm|rmdir|mkdir`, `mcu reset` and `mcu ports`.</summary>
internal static class FsCommand
{
    public static Command Create()
    {
        var fs = new Command("fs", "Files on the board: ls, cat, get, put, rm, rmdir, mkdir");
        var folder = new Argument<string?>("folder") { Description = "Folder on the board (default: its top folder)", Arity = ArgumentArity.ZeroOrOne };
        var remote = new Argument<string>("path") { Description = "Path on the board" };
        var local = new Argument<string>("local") { Description = "File on this computer" };
        var remoteOptional = new Argument<string?>("path") { Description = "Path on the board (default: the file's name)", Arity = ArgumentArity.ZeroOrOne };
        var localOptional = new Argument<string?>("local") { Description = "File on this computer (default: the board file's name, here)", Arity = ArgumentArity.ZeroOrOne };

        fs.Subcommands.Add(Session("ls", "List a folder on the board (folders end with /)", [folder], (parse, board) =>
        {
            foreach (var entry in board.List(parse.GetValue(folder) ?? "")) Console.WriteLine(entry);
        }));
        fs.Subcommands.Add(Session("cat", "Print a file from the board", [remote], (parse, board) =>
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(board.Read(parse.GetValue(remote)!));
        }));
        fs.Subcommands.Add(Session("get", "Copy a file from the board to this computer", [remote, localOptional], (parse, board) =>
        {
            var path = parse.GetValue(remote)!;
            var target = parse.GetValue(localOptional) ?? path.Split('/')[^1];
            var bytes = board.Read(path);
            var temporary = target + ".mcu-partial";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, target, overwrite: true);
            Console.Error.WriteLine($"{path} → {target} ({bytes.Length:N0} bytes)");
        }));
        fs.Subcommands.Add(Session("put", "Copy a file to the board (written under a temporary name, verified, then renamed)", [local, remoteOptional], (parse, board) =>
        {
            var source = parse.GetValue(local)!;
            if (!File.Exists(source)) throw new DeployException(DeployErrors.BadOption, $"No such file: {source}.");
            var file = new DeployFile(parse.GetValue(remoteOptional) ?? Path.GetFileName(source), File.ReadAllBytes(source));
            Deployer.ValidateBoardPaths([file]);
            Deployer.Put(board, file.BoardPath, file.Content);
            Console.Error.WriteLine($"{source} → {file.BoardPath} ({file.Content.Length:N0} bytes, verified)");
        }));
        fs.Subcommands.Add(Session("rm", "Remove a file from the board", [remote], (parse, board) => board.Remove(parse.GetValue(remote)!, folder: false)));
        fs.Subcommands.Add(Session("rmdir", "Remove an empty folder from the board", [remote], (parse, board) => board.Remove(parse.GetValue(remote)!, folder: true)));
        fs.Subcommands.Add(Session("mkdir", "Create a folder on the board", [remote], (parse, board) => board.MakeFolder(parse.GetValue(remote)!)));
        return fs;
    }

    /// <summary>A subcommand that runs in a raw REPL session (the board's program is interrupted, not restarted).</summary>
    private static Command Session(string name, string description, Argument[] arguments, Action<ParseResult, BoardSession> action)
    {
        var ports = new PortOptions();
        var command = new Command(name, description);
        foreach (var argument in arguments) command.Arguments.Add(argument);
        ports.AddTo(command);
        command.SetAction(parse => PortOptions.Run(() =>
        {
            var repl = ports.Open(parse);
            using var link = repl.Link;
            var board = BoardSession.Start(repl, softReset: false);
            action(parse, board);
            repl.Leave(runMain: false);
            return 0;
        }));
        return command;
    }

    public static Command CreateReset()
    {
        var ports = new PortOptions();
        var soft = new Option<bool>("--soft") { Description = "Soft reset (restart MicroPython and run main.py) instead of resetting the chip" };
        var command = new Command("reset", "Reset the board: the chip (machine.reset(), or the --reset-line), or with --soft only MicroPython") { soft };
        ports.AddTo(command);
        command.SetAction(parse => PortOptions.Run(() =>
        {
            var repl = ports.Open(parse);
            using var link = repl.Link;
            repl.Enter(softReset: false);
            if (parse.GetValue(soft)) repl.Leave(runMain: true);
            else repl.Reset();
            Console.Error.WriteLine($"Reset the board on {link.Name}.");
            return 0;
        }));
        return command;
    }

    public static Command CreatePorts()
    {
        var command = new Command("ports", "List serial ports, with USB vendor/product ids and a guess of the board");
        command.SetAction(_ => PortOptions.Run(() =>
        {
            var ports = SerialPorts.List();
            if (ports.Count == 0)
            {
                Console.Error.WriteLine("No serial ports found. Plug the board in (a data cable, not a charge-only one); USB serial ports appear as /dev/ttyUSB* or /dev/ttyACM* on Linux, /dev/cu.* on macOS.");
                return 0;
            }
            foreach (var port in ports)
                Console.WriteLine($"{port.Device,-16} {(port.Vendor is null ? "" : $"{port.Vendor}:{port.Product}"),-10} {port.Description ?? ""}{(port.Guess is null ? "" : $"  (likely {port.Guess})")}");
            return 0;
        }));
        return command;
    }
}
