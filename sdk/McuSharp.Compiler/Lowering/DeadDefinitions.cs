using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Definitions that inlining and flattening left without a caller: a method of a plain struct that every call
/// inlined, a struct's `_cp` no copy uses, and a struct class nothing names any more (every value of it kept as
/// fields). Python finds a method by name only, so one goes when no code of the program reads an attribute of its
/// name (whatever the object), no runtime helper and no verbatim Python mentions the name; a class when no code
/// names it. Repeated until nothing more goes (a removed method may have been the last user of another).
/// An interface nothing names at run time (no `is`, `as`, cast or type pattern) goes too, from the bases of the
/// classes that implement it: a call through it is an ordinary attribute call in Python.
/// </summary>
internal static class DeadDefinitions
{
    public static void Prune(ProgramContext context, List<(INamedTypeSymbol Type, PyStmt Class)> classes, List<(ISymbol Owner, PyStmt Function)> functions, IReadOnlyList<PyStmt> other)
    {
        var plain = context.PlainValues;
        if (plain.Inlined.Count == 0 && !classes.Any(c => c.Type.IsValueType || c.Type.TypeKind == TypeKind.Interface)) return;
        var verbatim = string.Join("\n", classes.Select(c => c.Class).Concat(functions.Select(f => f.Function)).Concat(other).SelectMany(Verbatims));
        // `_cp` is called by the runtime's _cp_any only, which is not used when it may go.
        bool MentionedOutside(string name) => name != "_cp" && context.Runtime.Mentions(name) || Runtime.RuntimeLibrary.HasWord(verbatim, name);
        RemoveUnnamedInterfaces(classes, functions, other, MentionedOutside);

        // Which struct methods may go: the inlined ones (by their Python name), and _cp where no helper copies by it.
        var removableMethods = new Dictionary<INamedTypeSymbol, HashSet<string>>(SymbolEqualityComparer.Default);
        foreach (var method in plain.Inlined.Where(m => !m.IsStatic))
        {
            if (!removableMethods.TryGetValue(method.ContainingType.OriginalDefinition, out var set)) removableMethods[method.ContainingType.OriginalDefinition] = set = new(StringComparer.Ordinal);
            set.Add(context.Members.Of(method.AssociatedSymbol is IPropertySymbol property ? property : method));
        }
        if (!context.HelpersUsed.Contains("_cp_any"))
            foreach (var (type, _) in classes.Where(c => c.Type.IsValueType))
            {
                if (!removableMethods.TryGetValue(type, out var set)) removableMethods[type] = set = new(StringComparer.Ordinal);
                set.Add("_cp");
            }
        var removableFunctions = new HashSet<string>(plain.Inlined.Where(m => m.IsStatic).Select(m => context.Names.GlobalName(m)).OfType<string>(), StringComparer.Ordinal);

        for (var changed = true; changed;)
        {
            changed = false;
            // Every unit of code with what it uses: each member of each class, each function, the rest.
            var units = new List<(object Owner, PyStmt Statement)>();
            foreach (var (type, cls) in classes)
            {
                var def = (PyClassDef)cls;
                units.Add((def, new PyExprStmt(new PyTuple(def.Bases))));
                foreach (var member in def.Body) units.Add((member, member));
            }
            foreach (var (_, function) in functions) units.Add((function, function));
            foreach (var statement in other) units.Add((statement, statement));
            var uses = units.Select(u => (u.Owner, Used: PyNameRewriter.NamesAndAttributesUsed(new[] { u.Statement }))).ToList();
            bool AttributeUsedOutside(object owner, string name) => uses.Any(u => !ReferenceEquals(u.Owner, owner) && u.Used.Attributes.Contains(name));
            bool NameUsedOutside(Func<object, bool> inside, string name) => uses.Any(u => !inside(u.Owner) && u.Used.Names.Contains(name));

            for (var i = 0; i < classes.Count; i++)
            {
                var (type, cls) = classes[i];
                var def = (PyClassDef)cls;
                if (type.IsValueType && !NameUsedOutside(o => ReferenceEquals(o, def) || def.Body.Any(m => ReferenceEquals(m, o)), def.Name) && !MentionedOutside(def.Name))
                {
                    classes.RemoveAt(i--);
                    changed = true;
                    continue;
                }
                if (!removableMethods.TryGetValue(type.OriginalDefinition, out var names)) continue;
                var body = def.Body.Where(m => !(m is PyFunctionDef f && names.Contains(f.Name) && !AttributeUsedOutside(m, f.Name) && !MentionedOutside(f.Name))).ToList();
                if (body.Count == def.Body.Count) continue;
                if (body.Count == 0) body.Add(new PyPass());
                classes[i] = (type, def with { Body = body });
                changed = true;
            }
            for (var i = 0; i < functions.Count; i++)
            {
                if (functions[i].Function is not PyFunctionDef f || !removableFunctions.Contains(f.Name)) continue;
                if (NameUsedOutside(o => ReferenceEquals(o, functions[i].Function), f.Name) || MentionedOutside(f.Name)) continue;
                functions.RemoveAt(i--);
                changed = true;
            }
        }
    }

    private static void RemoveUnnamedInterfaces(List<(INamedTypeSymbol Type, PyStmt Class)> classes, List<(ISymbol Owner, PyStmt Function)> functions, IReadOnlyList<PyStmt> other, Func<string, bool> mentionedOutside)
    {
        var named = PyNameRewriter.NamesUsed(classes.SelectMany(c => ((PyClassDef)c.Class).Body).Concat(functions.Select(f => f.Function)).Concat(other));
        var unnamed = classes.Select(c => (PyClassDef)c.Class).Zip(classes, (def, c) => (def, c.Type))
            .Where(d => d.Type.TypeKind == TypeKind.Interface && d.def.Body is [PyPass] && !named.Contains(d.def.Name) && !mentionedOutside(d.def.Name))
            .Select(d => d.def.Name).ToHashSet(StringComparer.Ordinal);
        if (unnamed.Count == 0) return;
        classes.RemoveAll(c => unnamed.Contains(((PyClassDef)c.Class).Name));
        for (var i = 0; i < classes.Count; i++)
        {
            var def = (PyClassDef)classes[i].Class;
            if (def.Bases.Any(b => b is PyName n && unnamed.Contains(n.Id)))
                classes[i] = (classes[i].Type, def with { Bases = def.Bases.Where(b => b is not PyName n || !unnamed.Contains(n.Id)).ToList() });
        }
    }

    private static IEnumerable<string> Verbatims(PyStmt statement) => statement switch
    {
        PyVerbatim v => new[] { v.Code },
        PyFunctionDef f => f.Body.SelectMany(Verbatims),
        PyClassDef c => c.Body.SelectMany(Verbatims),
        PyIf i => i.Body.Concat(i.OrElse).SelectMany(Verbatims),
        PyWhile w => w.Body.SelectMany(Verbatims),
        PyFor f => f.Body.SelectMany(Verbatims),
        PyTry t => t.Body.Concat(t.Handlers.SelectMany(h => h.Body)).Concat(t.OrElse).Concat(t.Finally).SelectMany(Verbatims),
        _ => Array.Empty<string>(),
    };
}
