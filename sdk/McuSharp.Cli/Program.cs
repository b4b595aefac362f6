using System.CommandLine;
using McuSharp.Cli;
using McuSharp.Compiler.Frontend;

var boardOption = new Option<string?>("--board") { Description = "Board profile id (esp8266, esp32, rp2-pico-w, wipy, openmv, generic, sim; default: the project's McuBoard, else generic)" };

var buildPaths = new Argument<string[]>("path") { Description = "A .csproj, a folder holding one, or .cs files", Arity = ArgumentArity.OneOrMore };
var buildOut = new Option<string?>("--out") { Description = "Output folder for the modules (default: bin/mcu/<board> beside the project)" };
var build = new Command("build", "Compile C# to MicroPython modules (main.py, mcus_rt.py, mcus_map.json)") { buildPaths, boardOption, buildOut };
build.SetAction(parse => Cli.Run(() =>
{
    var output = BuildCommand.Build(parse.GetValue(buildPaths)!, parse.GetValue(boardOption), parse.GetValue(buildOut), Console.Error);
    if (output is null) return 1;
    Console.Error.WriteLine($"Wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), output)}");
    return 0;
}));

var simPath = new Argument<string?>("path") { Description = "A project, .cs files, or a folder of built modules (default: the current folder)", Arity = ArgumentArity.ZeroOrOne };
var simTimeout = new Option<double>("--timeout") { Description = "Stop the program after this many seconds", DefaultValueFactory = _ => 30 };
var simBoard = new Option<string?>("--board") { Description = "Board profile the simulated device imitates (see 'mcu boards'; default: the project's McuBoard, else sim)" };
var simScenario = new Option<string?>("--scenario") { Description = "Scenario file (JSON, see docs/scenarios.md): networks, DNS, HTTP routes, pin changes, reset cause" };
var simEvents = new Option<string?>("--events") { Description = "Also write the event timeline to this file as JSON lines" };
var sim = new Command("sim", "Build if needed and run the program on the MicroPython VM; stdout is exactly what the device prints, the timeline goes to stderr") { simPath, simBoard, simTimeout, simScenario, simEvents };
sim.SetAction(parse => Cli.Run(() => SimCommand.Run(parse.GetValue(simPath) ?? ".", parse.GetValue(simBoard), parse.GetValue(simTimeout), parse.GetValue(simScenario), parse.GetValue(simEvents))));

var boards = new Command("boards", "List the board profiles and their key facts");
boards.SetAction(_ => Cli.Run(() => BoardsCommand.Run(Console.Out)));

var root = new RootCommand("mcu: the McuSharp tool. Write C#, run MicroPython.") { build, sim, boards };
foreach (var command in DeviceCommands.All(boardOption)) root.Subcommands.Add(command);
return root.Parse(args).Invoke();

namespace McuSharp.Cli
{
    internal static class Cli
    {
        /// <summary>Runs a command; a user mistake becomes one clear line on stderr and exit code 1, never a stack trace.</summary>
        public static int Run(Func<int> command)
        {
            try
            {
                return command();
            }
            catch (UserInputException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 1;
            }
            catch (InvalidInputException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return InvalidInputException.ExitCode;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 1;
            }
            catch (UnauthorizedAccessException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 1;
            }
        }
    }
}
