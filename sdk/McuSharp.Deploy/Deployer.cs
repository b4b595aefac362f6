using System.Diagnostics;
using System.Text;

namespace McuSharp.Deploy;

/// <summary>A file to put on the board: its path there (relative to the board's working folder, '/'-separated) and its bytes.</summary>
public sealed record DeployFile(string BoardPath, byte[] Content);

/// <summary>What happens after the files are in place.</summary>
public enum ResetAfterDeploy { Soft, Hard, None }

public sealed class DeployOptions
{
    public ResetAfterDeploy Reset { get; init; } = ResetAfterDeploy.Soft;

    /// <summary>Sessions to try when the link fails on the way (a reset, lost bytes, a stall): each resumes by hash.</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>Forces a transfer mode (benchmarks, tests); null picks the fastest the firmware has.</summary>
    public TransferMode? Mode { get; init; }

    public IDeployReporter Reporter { get; init; } = new SilentReporter();
}

public sealed record DeployResult(int Written, int Unchanged, int Removed, long PayloadBytes, TimeSpan Elapsed, BoardInfo Board, TransferMode Mode);

/// <summary>
/// File sync (`mcu deploy`): compares the board's files with the build by size and hash, uploads only what changed,
/// and never leaves a half-written file under a real name. Every file goes to NAME.mcus-new, is verified there
/// (size and hash, computed by the board), and only then renamed over NAME, dependencies first and main.py last.
/// A manifest on the board (.mcus_manifest) lists what McuSharp wrote, so files the project no longer has are
/// removed, and files McuSharp did not write are never touched.
/// </summary>
public static class Deployer
{
    public const string ManifestName = ".mcus_manifest";
    public const string NewSuffix = ".mcus-new";
    public const string OldSuffix = ".mcus-old";

    private const string Assurance = "Each file on the board is either its old version or its complete new one (McuSharp writes to temporary names and renames after verifying).";

    public static DeployResult Deploy(RawRepl repl, IReadOnlyList<DeployFile> files, DeployOptions options)
    {
        ValidateBoardPaths(files);
        var clock = Stopwatch.StartNew();
        var wrote = false;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = DeployOnce(repl, files, options, ref wrote);
                return result with { Elapsed = clock.Elapsed };
            }
            catch (DeployException e) when (e.Transient && attempt < options.Attempts)
            {
                options.Reporter.Note($"{e.Message} Starting a new session ({attempt + 1} of {options.Attempts}).");
            }
            catch (DeployException e) when (e.Id != DeployErrors.BadOption && e.Id != DeployErrors.Unsupported && e.Id != DeployErrors.OutsideProject)
            {
                throw new DeployException(e.Id, e.Message + " " + (wrote ? Assurance : "Nothing on the board was changed."));
            }
        }
    }

    private static DeployResult DeployOnce(RawRepl repl, IReadOnlyList<DeployFile> files, DeployOptions options, ref bool wrote)
    {
        var report = options.Reporter;
        var board = BoardSession.Start(repl);
        board.Mode = options.Mode ?? board.Info.BestMode;
        var needFolders = files.SelectMany(f => Parents(f.BoardPath)).Distinct().OrderBy(p => p.Count(c => c == '/')).ToList();
        if (needFolders.Count > 0 && !board.Info.Folders)
            throw new DeployException(DeployErrors.Unsupported, $"This board's file system has no folders ({board.Info.Platform}, MicroPython {board.Info.Version}), but the project has {files.First(f => f.BoardPath.Contains('/')).BoardPath}. Keep every file at the top level for this board.");

        var root = board.List("");
        var manifest = root.Contains(ManifestName) ? Manifest.Parse(Encoding.UTF8.GetString(board.Read(ManifestName))) : new Manifest();
        var temporaries = Recover(board, root, manifest.Folders.Concat(needFolders).Distinct(), files.Select(f => f.BoardPath + NewSuffix).ToHashSet());

        var remote = board.Stat(files.Select(f => (f.BoardPath, (long)f.Content.Length)).ToList());
        var changed = files.Where((f, i) => !Same(board, remote[i], f.Content)).ToList();
        // A temporary file that an interrupted deploy already verified need not travel again.
        var pending = changed.Where(f => temporaries.Contains(f.BoardPath + NewSuffix)).ToList();
        var ready = board.Stat(pending.Select(f => (f.BoardPath + NewSuffix, (long)f.Content.Length)).ToList())
            .Select((r, i) => (pending[i], Same(board, r, pending[i].Content))).Where(p => p.Item2).Select(p => p.Item1).ToHashSet();
        foreach (var file in files.Except(changed).Where(f => temporaries.Contains(f.BoardPath + NewSuffix))) board.RemoveIfPresent(file.BoardPath + NewSuffix);
        var wanted = files.Select(f => f.BoardPath).ToHashSet(StringComparer.Ordinal);
        var stale = manifest.Files.Where(f => !wanted.Contains(f)).ToList();
        var target = new Manifest(files.Select(f => f.BoardPath), needFolders);
        report.Started(board.Info, board.Mode, changed.Count, files.Count - changed.Count, stale.Count);

        var needed = changed.Sum(f => (long)f.Content.Length);
        if (board.Info.Free is { } free && needed > free)
            throw new DeployException(DeployErrors.NoSpace, $"The board has {free:N0} bytes free; the changed files need {needed:N0} (they are written beside the old ones first). Remove files from the board (mcu fs ls / mcu fs rm) or deploy less.");

        wrote |= changed.Count > 0 || stale.Count > 0 || temporaries.Count > 0;
        // Record what McuSharp is about to own before writing it: an interrupted deploy still cleans up after itself.
        var intent = manifest.Union(target);
        if (!intent.Equals(manifest)) Put(board, ManifestName, Encoding.UTF8.GetBytes(intent.ToText()));
        var folders = root.Where(e => e.EndsWith('/')).Select(e => e.TrimEnd('/')).ToHashSet();
        foreach (var folder in needFolders.Where(f => f.Contains('/') || !folders.Contains(f))) board.MakeFolder(folder);

        var uploaded = new List<DeployFile>();
        try
        {
            foreach (var file in changed)
            {
                if (ready.Contains(file))
                {
                    uploaded.Add(file);
                    report.Note($"{file.BoardPath}: verified copy from the interrupted deploy kept");
                    continue;
                }
                var clock = Stopwatch.StartNew();
                Upload(board, file.BoardPath + NewSuffix, file.Content, done => report.FileProgress(file.BoardPath, done, file.Content.Length, clock.Elapsed.TotalSeconds));
                uploaded.Add(file);
                report.FileDone(file.BoardPath, file.Content.Length, clock.Elapsed.TotalSeconds);
            }
        }
        catch (DeployException e) when (!e.Transient)
        {
            foreach (var file in uploaded) board.RemoveIfPresent(file.BoardPath + NewSuffix);
            board.RemoveIfPresent(changed[uploaded.Count].BoardPath + NewSuffix);
            throw;
        }
        foreach (var file in CommitOrder(changed)) CommitVerified(board, file.BoardPath + NewSuffix, file.BoardPath, file.Content);

        foreach (var path in stale)
        {
            board.RemoveIfPresent(path);
            report.Removed(path);
        }
        foreach (var folder in manifest.Folders.Where(f => !target.Folders.Contains(f)).OrderByDescending(f => f.Length)) board.RemoveIfPresent(folder, folder: true);
        if (!target.Equals(intent)) Put(board, ManifestName, Encoding.UTF8.GetBytes(target.ToText()));

        switch (options.Reset)
        {
            case ResetAfterDeploy.Soft: repl.Leave(runMain: true); break;
            case ResetAfterDeploy.Hard: repl.Reset(); break;
            default: repl.Leave(runMain: false); break;
        }
        return new DeployResult(changed.Count, files.Count - changed.Count, stale.Count, needed, TimeSpan.Zero, board.Info, board.Mode);
    }

    /// <summary>Writes a file atomically: to NAME.mcus-new, verified, then renamed over NAME.</summary>
    public static void Put(BoardSession board, string path, byte[] content, Action<long>? progress = null)
    {
        Upload(board, path + NewSuffix, content, progress);
        CommitVerified(board, path + NewSuffix, path, content);
    }

    /// <summary>Writes and verifies a temporary file; a mismatch (bytes lost on the line) is written again, twice at most.</summary>
    private static void Upload(BoardSession board, string temporary, byte[] content, Action<long>? progress)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                board.Write(temporary, content, progress);
                if (Matches(board, temporary, content)) return;
                board.ReloadHelpers(); // a helper damaged on its way would damage every copy
            }
            catch (DeployException e) when (e.Transient && e is not SessionLostException && board.Mode == TransferMode.Stream && attempt < 3)
            {
                board.Repl.Enter(softReset: false); // a stream cannot resume mid-file: write it again
                continue;
            }
            if (attempt >= 3)
                throw new DeployException(DeployErrors.VerifyFailed, $"{temporary[..^NewSuffix.Length]} arrived damaged {attempt} times (its size or hash on the board differs from the build): the line loses or changes bytes. Check the cable, try a lower --baud, or another USB port.");
        }
    }

    private static bool Matches(BoardSession board, string path, byte[] content) => Same(board, board.Stat([(path, content.Length)])[0], content);

    private static bool Same(BoardSession board, RemoteFile? remote, byte[] content) =>
        remote is { } r && r.Size == content.Length && r.Hash == board.HashOf(content);

    private static void CommitVerified(BoardSession board, string temporary, string path, byte[] content)
    {
        board.Commit(temporary, path);
        if (board.Info.Rename) return;
        // Without os.rename the board copied the file: check the copy, then drop the temporary one.
        if (!Matches(board, path, content))
            throw new DeployException(DeployErrors.VerifyFailed, $"The board's copy of {path} differs from the verified upload. Deploy again.", transient: true);
        board.RemoveIfPresent(temporary);
    }

    /// <summary>Modules first, boot.py next, main.py last: a reset between two renames runs the old main.py with at most newer modules.</summary>
    private static IEnumerable<DeployFile> CommitOrder(IEnumerable<DeployFile> files) =>
        files.OrderBy(f => f.BoardPath == "main.py" ? 2 : f.BoardPath == "boot.py" ? 1 : 0);

    /// <summary>
    /// Leftovers of an interrupted deploy: temporary files go, except those of files this deploy writes (returned:
    /// they may be complete already); a file set aside (FAT) comes back if its new version never arrived.
    /// </summary>
    private static HashSet<string> Recover(BoardSession board, IReadOnlyList<string> root, IEnumerable<string> folders, HashSet<string> keep)
    {
        var listings = new List<(string Folder, IReadOnlyList<string> Entries)> { ("", root) };
        var present = root.ToHashSet();
        foreach (var folder in folders.Where(f => present.Contains(f.Split('/')[0] + "/")))
        {
            try
            {
                listings.Add((folder, board.List(folder)));
            }
            catch (DeployException e) when (e.Id == DeployErrors.BoardError)
            {
                // a folder in the manifest that is gone now
            }
        }
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (folder, entries) in listings)
        {
            var prefix = folder.Length == 0 ? "" : folder + "/";
            foreach (var entry in entries.Where(e => e.EndsWith(NewSuffix, StringComparison.Ordinal)).Select(e => prefix + e))
            {
                if (keep.Contains(entry)) kept.Add(entry);
                else board.RemoveIfPresent(entry);
            }
            foreach (var entry in entries.Where(e => e.EndsWith(OldSuffix, StringComparison.Ordinal)))
            {
                var original = entry[..^OldSuffix.Length];
                if (entries.Contains(original)) board.RemoveIfPresent(prefix + entry);
                else board.Commit(prefix + entry, prefix + original); // the same rename, old copy back under its name
            }
        }
        return kept;
    }

    /// <summary>Board paths are relative, '/'-separated, without '..', and not McuSharp's own names.</summary>
    public static void ValidateBoardPaths(IReadOnlyList<DeployFile> files)
    {
        if (files.Count == 0)
            throw new DeployException(DeployErrors.NothingToDeploy, "There is nothing to deploy: the build output has no files. Build the project first (mcu build).");
        foreach (var file in files)
        {
            var p = file.BoardPath;
            var segments = p.Split('/');
            if (p.Length == 0 || p.StartsWith('/') || p.Contains('\\') || segments.Any(s => s is "" or "." or ".."))
                throw new DeployException(DeployErrors.OutsideProject, $"'{p}' is not a path inside the board's folder: use a relative path such as lib/module.py (no '..', no leading '/').");
            if (p == ManifestName || p.EndsWith(NewSuffix, StringComparison.Ordinal) || p.EndsWith(OldSuffix, StringComparison.Ordinal))
                throw new DeployException(DeployErrors.OutsideProject, $"'{p}' is a name McuSharp keeps for itself on the board; rename the file.");
        }
        var duplicate = files.GroupBy(f => f.BoardPath, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DeployException(DeployErrors.OutsideProject, $"Two files would both go to '{duplicate.Key}' on the board.");
    }

    private static IEnumerable<string> Parents(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1)) yield return path[..slash];
    }
}

/// <summary>The board-side list of what McuSharp wrote: files and the folders it created.</summary>
public sealed class Manifest : IEquatable<Manifest>
{
    private const string Header = "mcusharp-manifest 1";

    public SortedSet<string> Files { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> Folders { get; } = new(StringComparer.Ordinal);

    public Manifest(IEnumerable<string>? files = null, IEnumerable<string>? folders = null)
    {
        Files.UnionWith(files ?? []);
        Folders.UnionWith(folders ?? []);
    }

    public static Manifest Parse(string text)
    {
        var manifest = new Manifest();
        foreach (var line in text.Split('\n').Skip(1))
        {
            if (line.StartsWith("f\t", StringComparison.Ordinal)) manifest.Files.Add(line[2..]);
            else if (line.StartsWith("d\t", StringComparison.Ordinal)) manifest.Folders.Add(line[2..]);
        }
        return manifest;
    }

    public Manifest Union(Manifest other) => new(Files.Concat(other.Files), Folders.Concat(other.Folders));

    public string ToText() => string.Join("\n", new[] { Header }.Concat(Files.Select(f => "f\t" + f)).Concat(Folders.Select(d => "d\t" + d))) + "\n";

    public bool Equals(Manifest? other) => other is not null && Files.SetEquals(other.Files) && Folders.SetEquals(other.Folders);
    public override bool Equals(object? obj) => Equals(obj as Manifest);
    public override int GetHashCode() => Files.Count ^ Folders.Count;
}
