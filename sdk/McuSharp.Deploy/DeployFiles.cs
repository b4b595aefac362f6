namespace McuSharp.Deploy;

/// <summary>An extra file to deploy (MSBuild McuFile item, mcu deploy --include): a local path and, optionally, where it goes on the board.</summary>
public sealed record ExtraFile(string LocalPath, string? BoardPath = null);

/// <summary>What a deploy uploads: the build's modules (not the host-only source map) and the project's extra files.</summary>
public static class DeployFiles
{
    /// <summary>Files that stay on the host: the source map is for tracebacks on the developer's machine.</summary>
    private static readonly HashSet<string> HostOnly = new(StringComparer.Ordinal) { "mcus_map.json" };

    /// <summary>
    /// Collects the files; every one must lie inside <paramref name="projectRoot"/> (symbolic links resolved), so a
    /// deploy cannot pick up ../secrets or /etc files by accident. String literals of config.py join the redactor.
    /// </summary>
    public static IReadOnlyList<DeployFile> Collect(string modulesFolder, IEnumerable<ExtraFile> extras, string projectRoot, Redactor redactor)
    {
        var root = Path.GetFullPath(projectRoot);
        var modules = Path.GetFullPath(modulesFolder);
        if (!Directory.Exists(modules))
            throw new DeployException(DeployErrors.NothingToDeploy, $"The build output {modules} does not exist. Build the project first (mcu build).");
        var files = new List<DeployFile>();
        foreach (var file in Directory.EnumerateFiles(modules, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(modules, file).Replace(Path.DirectorySeparatorChar, '/');
            if (HostOnly.Contains(relative) || relative.Split('/').Any(s => s.StartsWith('.'))) continue;
            files.Add(Read(file, relative, modules, redactor));
        }
        foreach (var extra in extras)
        {
            var local = Path.GetFullPath(extra.LocalPath, root);
            if (!File.Exists(local))
                throw new DeployException(DeployErrors.BadOption, $"The file to deploy '{extra.LocalPath}' does not exist (looked for {local}).");
            var boardPath = extra.BoardPath ?? Path.GetRelativePath(root, local).Replace(Path.DirectorySeparatorChar, '/');
            files.Add(Read(local, boardPath, root, redactor));
        }
        return files;
    }

    private static DeployFile Read(string path, string boardPath, string allowedRoot, Redactor redactor)
    {
        var real = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        if (!IsInside(real, allowedRoot))
            throw new DeployException(DeployErrors.OutsideProject, $"'{path}' is outside the project folder {allowedRoot}{(real != path ? $" (it links to {real})" : "")}. McuSharp deploys only files inside the project: copy the file into it.");
        var content = File.ReadAllBytes(real);
        if (Path.GetFileName(boardPath) == "config.py") redactor.AddLiteralsOf(System.Text.Encoding.UTF8.GetString(content));
        return new DeployFile(boardPath, content);
    }

    private static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
