using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using McuSharp.Compiler.Runtime;

namespace McuSharp.Compiler.Lowering;

/// <summary>One top-level definition of the program (a class, a function, a static field's home) and its C# namespace.</summary>
internal sealed record Definition(PyStmt? Statement, string Namespace, IReadOnlyList<string> Names);

/// <summary>
/// Splits a program into Python modules, one per C# namespace, when it has several: `Plant.Floor` becomes
/// plant_floor.py. Such modules hold definitions only (classes, functions); main.py imports them (bases before the
/// classes that derive from them), runs every static initializer in C#'s order and calls the entry point, so no
/// code runs while a module loads and imports can be circular. A name another module defines is read and written
/// as `module.name` (static fields included), which Python resolves when the code runs. Namespaces whose classes
/// derive from each other's (a cycle of load-time needs) share one module. A program of one namespace stays one
/// main.py, as before.
/// </summary>
internal static class Modules
{
    public static List<PyModule> Split(ProgramContext context, IReadOnlyList<Definition> definitions, IReadOnlyList<PyStmt> mainCode)
    {
        var namespaces = definitions.Select(d => d.Namespace).Distinct(StringComparer.Ordinal).ToList();
        if (namespaces.Count <= 1)
        {
            var body = new List<PyStmt>();
            var all = definitions.Select(d => d.Statement).OfType<PyStmt>().Concat(mainCode).ToList();
            body.AddRange(Imports(context, all, Array.Empty<string>()));
            body.AddRange(Tables(context, all));
            body.AddRange(definitions.Select(d => d.Statement).OfType<PyStmt>());
            body.AddRange(mainCode);
            return new List<PyModule> { new("main", body) };
        }

        var moduleOf = GroupIntoModules(definitions, namespaces);
        var home = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in definitions)
            foreach (var name in definition.Names) home[name] = moduleOf[definition.Namespace];

        PyStmt Qualify(PyStmt statement, string module) => PyNameRewriter.Rewrite(statement, name =>
        {
            if (!home.TryGetValue(name.Id, out var owner) || owner == module) return name;
            return new PyAttribute(new PyName(owner), name.Id) { Origin = name.Origin };
        });

        var modules = new List<PyModule>();
        var order = LoadOrder(definitions, moduleOf, home);
        foreach (var module in order)
        {
            var ownDefinitions = definitions.Where(d => moduleOf[d.Namespace] == module && d.Statement is not null).ToList();
            var own = ownDefinitions.Select(d => Qualify(d.Statement!, module)).ToList();
            CheckWalrusTargets(context, own, home, module);
            // Modules this one's classes derive from are imported first; the others only at the end, once this
            // module's own definitions exist, so that a module importing this one back finds them.
            var loadTime = ownDefinitions.SelectMany(d => LoadTimeNames(d.Statement!)).Where(home.ContainsKey).Select(n => home[n]).Where(m => m != module).ToHashSet(StringComparer.Ordinal);
            var used = PyNameRewriter.NamesUsed(own);
            var body = new List<PyStmt>();
            body.AddRange(order.Where(m => loadTime.Contains(m)).Select(m => new PyImport(m)));
            body.AddRange(Imports(context, own, Array.Empty<string>()));
            body.AddRange(Tables(context, own));
            body.AddRange(own);
            body.AddRange(order.Where(m => m != module && !loadTime.Contains(m) && used.Contains(m)).Select(m => new PyImport(m)));
            modules.Add(new PyModule(module, body));
        }
        var main = mainCode.Select(s => Qualify(s, "main")).ToList();
        var mainBody = new List<PyStmt>();
        // Every module is imported, in load order: a module's classes may derive from an earlier one's.
        mainBody.AddRange(order.Select(m => new PyImport(m)));
        mainBody.AddRange(Imports(context, main, Array.Empty<string>()));
        mainBody.AddRange(Tables(context, main));
        mainBody.AddRange(main);
        modules.Insert(0, new PyModule("main", mainBody));
        return modules;
    }

    /// <summary>The module name of each namespace; namespaces whose classes derive from each other's in a cycle share one.</summary>
    private static Dictionary<string, string> GroupIntoModules(IReadOnlyList<Definition> definitions, List<string> namespaces)
    {
        var nameToNamespace = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in definitions) foreach (var n in d.Names) nameToNamespace[n] = d.Namespace;
        var needs = namespaces.ToDictionary(n => n, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var d in definitions.Where(d => d.Statement is not null))
            foreach (var dependency in LoadTimeNames(d.Statement!))
                if (nameToNamespace.TryGetValue(dependency, out var other) && other != d.Namespace) needs[d.Namespace].Add(other);
        // Namespaces that reach each other through load-time needs form one group (a strongly connected component).
        var group = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ns in namespaces)
        {
            if (group.ContainsKey(ns)) continue;
            var members = namespaces.Where(other => other == ns || Reaches(needs, ns, other) && Reaches(needs, other, ns)).ToList();
            var name = ModuleName(members.OrderBy(m => m, StringComparer.Ordinal).First(), group.Values);
            foreach (var m in members) group[m] = name;
        }
        return group;
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> needs, string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(new[] { from });
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (!seen.Add(current)) continue;
            foreach (var next in needs[current]) { if (next == to) return true; stack.Push(next); }
        }
        return false;
    }

    /// <summary>The names a definition needs while its module loads: a class's bases (and what its body computes at once).</summary>
    private static IEnumerable<string> LoadTimeNames(PyStmt statement) => statement switch
    {
        PyClassDef c => PyNameRewriter.NamesUsed(new PyTuple(c.Bases))
            .Concat(c.Body.OfType<PyAssign>().SelectMany(a => PyNameRewriter.NamesUsed(new[] { a }))),
        _ => Array.Empty<string>(),
    };

    /// <summary>Modules in an order where each comes after those whose classes it derives from.</summary>
    private static List<string> LoadOrder(IReadOnlyList<Definition> definitions, Dictionary<string, string> moduleOf, Dictionary<string, string> home)
    {
        var modules = definitions.Select(d => moduleOf[d.Namespace]).Distinct(StringComparer.Ordinal).ToList();
        var needs = modules.ToDictionary(m => m, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var d in definitions.Where(d => d.Statement is not null))
            foreach (var name in LoadTimeNames(d.Statement!))
                if (home.TryGetValue(name, out var owner) && owner != moduleOf[d.Namespace]) needs[moduleOf[d.Namespace]].Add(owner);
        var ordered = new List<string>();
        void Visit(string module)
        {
            if (ordered.Contains(module)) return;
            foreach (var dependency in needs[module].OrderBy(n => n, StringComparer.Ordinal)) Visit(dependency);
            if (!ordered.Contains(module)) ordered.Add(module);
        }
        foreach (var module in modules) Visit(module);
        return ordered;
    }

    /// <summary>`Plant.Floor` → `plant_floor`, clear of the runtime's, MicroPython's and the other modules' names.</summary>
    private static string ModuleName(string ns, IEnumerable<string> taken)
    {
        var name = ns.Length == 0 ? "program" : ns.Replace('.', '_').ToLowerInvariant();
        var reserved = new HashSet<string>(taken.Concat(new[] { "main", "boot", RuntimeLibrary.ModuleName, "network", "machine", "time", "utime", "socket",
            "urequests", "requests", "os", "sys", "gc", "math", "json", "struct", "re", "select", "random", "errno", "binascii", "hashlib",
            "deflate", "collections", "micropython", "config", "asyncio", "array", "io", "builtins" }), StringComparer.Ordinal);
        var unique = name;
        for (var i = 2; reserved.Contains(unique) || Names.IsPythonReserved(unique); i++) unique = name + "_ns" + (i == 2 ? "" : i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return unique;
    }

    /// <summary>The import lines for what <paramref name="code"/> uses: other modules, runtime helpers, modules of the VM.</summary>
    private static IEnumerable<PyStmt> Imports(ProgramContext context, IReadOnlyList<PyStmt> code, IReadOnlyList<string> otherModules)
    {
        var used = PyNameRewriter.NamesUsed(code);
        foreach (var module in otherModules.Where(used.Contains)) yield return new PyImport(module);
        foreach (var module in context.ModulesImported.Where(used.Contains).Union(context.ForcedImports).OrderBy(m => m, StringComparer.Ordinal)) yield return new PyImport(module);
        foreach (var (module, names) in context.FromImports)
            if (names.Where(used.Contains).ToList() is { Count: > 0 } imported) yield return new PyImportFrom(module, imported);
        if (context.HelpersUsed.Where(used.Contains).ToList() is { Count: > 0 } helpers) yield return new PyImportFrom(RuntimeLibrary.ModuleName, helpers);
    }

    /// <summary>The module-level tables (enum names) that <paramref name="code"/> reads: each module has its own copy.</summary>
    private static IEnumerable<PyStmt> Tables(ProgramContext context, IReadOnlyList<PyStmt> code)
    {
        var used = PyNameRewriter.NamesUsed(code);
        return context.ModuleDefinitions.Where(t => used.Contains(t.Key)).Select(t => t.Value);
    }

    /// <summary>`(x := ...)` cannot assign a name of another module (`m.x := ...` is not Python): refused where it happens.</summary>
    private static void CheckWalrusTargets(ProgramContext context, List<PyStmt> code, Dictionary<string, string> home, string module)
    {
        foreach (var statement in code)
            PyNameRewriter.VisitNamedExpressions(statement, target =>
            {
                if (home.TryGetValue(target.Id, out var owner) && owner != module)
                    context.ReportAt(McuDiagnostics.AssignmentInExpression, target.Origin, "An assignment", "a static field of another namespace");
            });
    }
}
