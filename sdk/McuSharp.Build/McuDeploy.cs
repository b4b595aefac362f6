using System.Text;
using McuSharp.Deploy;
using McuSharp.Deploy.Links;
using Microsoft.Build.Framework;

namespace McuSharp.Build;

/// <summary>
/// Deploys the built modules and the McuFile items to the board on <see cref="Port"/>: changed files only, each
/// written atomically. A failure is one MSBuild error MCU2xxx with its cause; progress names files, never contents.
/// </summary>
public sealed class McuDeploy : Microsoft.Build.Utilities.Task
{
    [Required] public string ModulesPath { get; set; } = "";
    [Required] public string Port { get; set; } = "";
    [Required] public string ProjectDirectory { get; set; } = "";
    public int Baud { get; set; } = DeviceLink.DefaultBaud;
    public string Reset { get; set; } = "soft";
    public double Timeout { get; set; } = 5;

    /// <summary>Extra files (McuFile items); metadata BoardPath puts one elsewhere on the board.</summary>
    public ITaskItem[] Files { get; set; } = [];

    public override bool Execute()
    {
        try
        {
            if (!Enum.TryParse<ResetAfterDeploy>(Reset, ignoreCase: true, out var reset))
                throw new DeployException(DeployErrors.BadOption, $"McuReset must be soft, hard or none (got '{Reset}').");
            if (Timeout <= 0) throw new DeployException(DeployErrors.BadOption, $"McuTimeout must be a positive number of seconds (got {Timeout}).");
            var redactor = new Redactor();
            var extras = Files.Select(f => new ExtraFile(f.ItemSpec, string.IsNullOrEmpty(f.GetMetadata("BoardPath")) ? null : f.GetMetadata("BoardPath")));
            var files = DeployFiles.Collect(ModulesPath, extras, ProjectDirectory, redactor);
            using var link = new CountingLink(DeviceLink.Open(Port, Baud));
            var repl = new RawRepl(link, new ReplOptions { ReadTimeout = TimeSpan.FromSeconds(Timeout), Redactor = redactor });
            using var progress = new LogWriter(this);
            var result = Deployer.Deploy(repl, files, new DeployOptions { Reset = reset, Reporter = new ConsoleReporter(progress, interactive: false) });
            Log.LogMessage(MessageImportance.High, $"McuSharp: deployed to {Port}: {result.Written} written, {result.Unchanged} unchanged, {result.Removed} removed ({result.PayloadBytes:N0} file bytes, {link.BytesWritten:N0} bytes sent, {result.Elapsed.TotalSeconds:0.0} s)");
            return true;
        }
        catch (DeployException e)
        {
            Log.LogError(null, e.Id, null, ProjectDirectory, 0, 0, 0, 0, e.Message);
            return false;
        }
    }

    /// <summary>Turns the reporter's lines into MSBuild messages.</summary>
    private sealed class LogWriter(McuDeploy task) : TextWriter
    {
        private readonly StringBuilder _line = new();
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n') Flush();
            else if (value != '\r') _line.Append(value);
        }

        public override void Flush()
        {
            if (_line.Length > 0) task.Log.LogMessage(MessageImportance.High, _line.ToString());
            _line.Clear();
        }
    }
}
