using System.Numerics;
using System.Text.Json;
using System.Text.RegularExpressions;
using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// What one bound member becomes: its Python expression template (parsed into the Python AST once), the setter's
/// template for a settable property, and, for a [McuConfig] property, the key it reads.
/// </summary>
internal sealed record FacadeBinding(ISymbol Symbol, PyExpr? Template, PyExpr? Setter, string? ConfigKey = null, string? BoardPath = null);

/// <summary>
/// The façade and interop bindings of a program, read from the attributes of McuSharp.Interop on the semantic model:
/// [MicroPython] templates, [MicroPythonType]/[MicroPythonModule] bound types, [BoardValue] board constants and
/// [McuConfig] values. One place: every façade member of McuSharp.Device and every user binding goes through it.
/// </summary>
internal sealed partial class FacadeCatalog
{
    public const string InteropNamespace = "McuSharp.Interop";

    private readonly ProgramContext _context;
    private readonly Dictionary<ISymbol, FacadeBinding?> _bindings = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<string, PyExpr> _templates = new(StringComparer.Ordinal);
    private JsonDocument? _board;

    public FacadeCatalog(ProgramContext context) => _context = context;

    private JsonElement Board => (_board ??= JsonDocument.Parse(_context.Options.Board.Json)).RootElement;

    private static AttributeData? Attribute(ISymbol symbol, string name) =>
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass is { } c && c.Name == name && c.ContainingNamespace?.ToDisplayString() == InteropNamespace);

    public static IEnumerable<AttributeData> Attributes(ISymbol symbol, string name) =>
        symbol.GetAttributes().Where(a => a.AttributeClass is { } c && c.Name == name && c.ContainingNamespace?.ToDisplayString() == InteropNamespace);

    private static string? StringArgument(AttributeData attribute, int index) =>
        attribute.ConstructorArguments.Length > index ? attribute.ConstructorArguments[index].Value as string : null;

    private static string? NamedArgument(AttributeData attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;

    /// <summary>The Python module and class a type is bound to, or null.</summary>
    public static (string Module, string? Name)? BoundType(INamedTypeSymbol? type)
    {
        if (type is null) return null;
        if (Attribute(type, "MicroPythonTypeAttribute") is { } t && StringArgument(t, 0) is { } module) return (module, StringArgument(t, 1));
        if (Attribute(type, "MicroPythonModuleAttribute") is { } m && StringArgument(m, 0) is { } moduleOnly) return (moduleOnly, null);
        return null;
    }

    /// <summary>A type that describes Python (a bound type or module, a [McuConfig] class): it is not emitted.</summary>
    public bool IsBindingType(INamedTypeSymbol type) => BoundType(type) is not null || Attribute(type, "McuConfigAttribute") is not null;

    /// <summary>The interop's `Py` class (Py.Expr, Py.Exec, Py.Import).</summary>
    public static bool IsPyClass(INamedTypeSymbol? type) => type is { Name: "Py" } && type.ContainingNamespace?.ToDisplayString() == InteropNamespace;

    /// <summary>An enum whose members are bound ([MicroPython] or [BoardValue]): its values are the board's numbers, not C#'s.</summary>
    public bool IsBoundEnum(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Enum } e && e.GetMembers().OfType<IFieldSymbol>().Any(f => Of(f) is not null);

    /// <summary>The binding of <paramref name="symbol"/>, or null when it is an ordinary member.</summary>
    public FacadeBinding? Of(ISymbol symbol)
    {
        symbol = symbol.OriginalDefinition;
        if (_bindings.TryGetValue(symbol, out var known)) return known;
        var binding = Resolve(symbol);
        _bindings[symbol] = binding;
        return binding;
    }

    private FacadeBinding? Resolve(ISymbol symbol)
    {
        if (symbol is IMethodSymbol { AssociatedSymbol: IPropertySymbol property }) return Of(property);
        var container = symbol.ContainingType;
        var config = Attribute(symbol, "McuConfigAttribute");
        if (config is not null || (symbol is IPropertySymbol { IsStatic: true } && container is not null && Attribute(container, "McuConfigAttribute") is not null))
            return new FacadeBinding(symbol, null, null, ConfigKey: config is null ? "" : StringArgument(config, 0) ?? "");
        if (Attribute(symbol, "BoardValueAttribute") is { } boardValue)
            return new FacadeBinding(symbol, null, null, BoardPath: StringArgument(boardValue, 0));
        var bound = BoundType(container);
        if (Attribute(symbol, "MicroPythonAttribute") is { } attribute)
        {
            var text = StringArgument(attribute, 0) ?? "";
            var setter = NamedArgument(attribute, "Setter");
            // A board's own template for the member (data in its profile), else the attribute's.
            if (NamedArgument(attribute, "Board") is { } boardPath && BoardElement(boardPath) is { ValueKind: JsonValueKind.String } own) text = own.GetString()!;
            if (bound is { } b && IsIdentifier(text)) return Member(symbol, b, text);
            return new FacadeBinding(symbol, Template(text, symbol), setter is null ? null : Template(setter, symbol));
        }
        if (bound is { } owner && symbol is IMethodSymbol or IPropertySymbol or IFieldSymbol && !symbol.IsImplicitlyDeclared)
        {
            if (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ctor)
                return owner.Name is null ? null : new FacadeBinding(symbol, Template($"{owner.Module}.{owner.Name}({Arguments(ctor.Parameters.Length)})", symbol), null);
            if (symbol is IMethodSymbol { MethodKind: not MethodKind.Ordinary }) return null;
            return Member(symbol, owner, SnakeCase(symbol.Name));
        }
        return null;
    }

    /// <summary>A member bound by its Python name: a method call, or an attribute for a property or field.</summary>
    private FacadeBinding Member(ISymbol symbol, (string Module, string? Name) owner, string name)
    {
        var prefix = symbol.IsStatic ? owner.Name is null ? owner.Module : owner.Module + "." + owner.Name : "{this}";
        var text = symbol is IMethodSymbol method ? $"{prefix}.{name}({Arguments(method.Parameters.Length)})" : $"{prefix}.{name}";
        return new FacadeBinding(symbol, Template(text, symbol), null);
    }

    private static string Arguments(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => "{" + i + "}"));

    private static bool IsIdentifier(string text) => Regex.IsMatch(text, "^[A-Za-z_][A-Za-z0-9_]*$");

    public static string SnakeCase(string name) =>
        Regex.Replace(name, "(?<=[a-z0-9])([A-Z])|(?<=[A-Z])([A-Z][a-z])", "_$1$2").ToLowerInvariant();

    private PyExpr? Template(string text, ISymbol symbol)
    {
        if (_templates.TryGetValue(text, out var parsed)) return parsed;
        try
        {
            parsed = PyExpressionParser.Parse(text);
        }
        catch (PyParseException e)
        {
            var location = symbol.Locations.FirstOrDefault(l => l.IsInSource);
            _context.ReportAt(McuDiagnostics.BadInteropTemplate, location is null ? null : ProgramContext.OriginOf(location.SourceTree!.GetRoot().FindNode(location.SourceSpan)),
                symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), text, e.Message);
            return null;
        }
        _templates[text] = parsed;
        return parsed;
    }

    // ---- the board profile ----

    /// <summary>The element at a dotted path of the board profile, or null when the path is absent.</summary>
    public JsonElement? BoardElement(string path)
    {
        var element = Board;
        foreach (var part in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(part, out var next)) return null;
            element = next;
        }
        return element;
    }

    /// <summary>Whether the board has something at <paramref name="path"/> (not null, false, empty).</summary>
    public bool BoardHas(string path) => BoardElement(path) is { } e && e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False => false,
        JsonValueKind.Array => e.GetArrayLength() > 0,
        JsonValueKind.String => e.GetString()!.Length > 0,
        _ => true,
    };

    /// <summary>
    /// The Python expression of a board value: a constant's name (<c>network.STAT_GOT_IP</c>) or number, an
    /// interface's preferred constant, a plain string or number; null when the board has none.
    /// </summary>
    public PyExpr? BoardValue(string path)
    {
        if (BoardElement(path) is not { } e) return null;
        switch (e.ValueKind)
        {
            case JsonValueKind.String: return PyConst.Str(e.GetString()!);
            case JsonValueKind.Number: return Number(e);
            case JsonValueKind.True: return PyConst.True;
            case JsonValueKind.False: return PyConst.False;
            case JsonValueKind.Object:
                if (e.TryGetProperty("constant", out var constant) && constant.ValueKind == JsonValueKind.String) return PyExpressionParser.Parse(constant.GetString()!);
                if (e.TryGetProperty("constants", out var constants) && constants.ValueKind == JsonValueKind.Array && constants.GetArrayLength() > 0)
                    return PyExpressionParser.Parse(constants[0].GetString()!);
                if (e.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Number) return Number(value);
                return null;
            default:
                return null;
        }
    }

    private static PyConst Number(JsonElement e) => e.TryGetInt64(out var n) ? PyConst.Int(new BigInteger(n)) : new PyConst(e.GetDouble());
}

/// <summary>The lowering of façade and interop uses: calls, property reads and writes, constructions, enum members, `using`.</summary>
internal sealed partial class FunctionLowerer
{
    private FacadeCatalog Facades => _context.Facades;

    /// <summary>The Python expression of a bound member's use, or null when <paramref name="operation"/> uses none.</summary>
    private PyExpr? TryLowerFacade(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when FacadeCatalog.IsPyClass(invocation.TargetMethod.ContainingType):
                return LowerPyExpression(invocation);
            case IInvocationOperation invocation when Facades.Of(invocation.TargetMethod) is { } binding:
                return Instantiate(binding, invocation, invocation.Instance, invocation.Arguments, null);
            case IPropertyReferenceOperation property when Facades.Of(property.Property) is { } binding:
                return Instantiate(binding, property, property.Instance, property.Arguments, null);
            case IObjectCreationOperation { Constructor: { } constructor } creation when Facades.Of(constructor) is { } binding:
                return Instantiate(binding, creation, null, creation.Arguments, null);
            case IFieldReferenceOperation field when Facades.Of(field.Field) is { } binding:
                return Instantiate(binding, field, field.Instance, ImmutableArrayOfNone, null);
            // A bound enum's value written as a number (a parameter's default, `default(PinPull)`, `(PinPull)0`): its member's binding.
            case { ConstantValue.HasValue: true } constant when constant is not IFieldReferenceOperation && Facades.IsBoundEnum(constant.Type):
                return LowerBoundEnumConstant(constant);
            // C# folds `(int)WlanStatus.GotIp` and `PinTrigger.Rising | PinTrigger.Falling` to its own numbers: the board's are wanted.
            case IConversionOperation { ConstantValue.HasValue: true, OperatorMethod: null } conversion when Facades.IsBoundEnum(conversion.Operand.Type):
                return Lower(conversion.Operand);
            case IBinaryOperation { ConstantValue.HasValue: true } binary when Facades.IsBoundEnum(binary.LeftOperand.Type) || Facades.IsBoundEnum(binary.RightOperand.Type):
                return LowerBinary(binary);
            default:
                return null;
        }
    }

    /// <summary>
    /// The text of a bound enum's value (<c>wlan.Status</c> printed): its member's name, looked up by the board's values
    /// (<c>{network.STAT_GOT_IP: 'GotIp', ...}</c>), or the number when no member has it on this board.
    /// </summary>
    private PyExpr BoundEnumText(PyExpr value, INamedTypeSymbol type)
    {
        var entries = new List<(PyExpr Key, PyExpr Value)>();
        foreach (var member in type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue))
        {
            var binding = Facades.Of(member);
            var key = binding?.BoardPath is { } path ? Facades.BoardValue(path) : binding?.Template;
            if (key is not null) entries.Add((ResolveNames(key), PyConst.Str(member.Name)));
        }
        PyExpr first = value, again = value;
        if (value is not (PyName or PyConst))
        {
            var temp = NewTemp();
            first = new PyNamedExpr(temp, value);
            again = temp;
        }
        return new PyBoolOp(PyBoolOperator.Or, new PyCall(new PyAttribute(new PyDict(entries), "get"), first), new PyCall(new PyName("str"), again));
    }

    /// <summary>The member of a bound enum that has the constant's value, lowered through its binding.</summary>
    private PyExpr LowerBoundEnumConstant(IOperation constant)
    {
        var member = constant.Type!.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(f => f.HasConstantValue && Equals(Convert.ToInt64(f.ConstantValue, System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt64(constant.ConstantValue.Value, System.Globalization.CultureInfo.InvariantCulture)));
        if (member is null || Facades.Of(member) is not { } binding)
            return Unsupported(constant.Syntax, $"This {constant.Type!.Name} value", $"it is no member of {constant.Type.Name}, and its members' numbers come from the board: use one of its members");
        return Instantiate(binding, constant, null, ImmutableArrayOfNone, null) ?? PyConst.None;
    }

    private static readonly System.Collections.Immutable.ImmutableArray<IArgumentOperation> ImmutableArrayOfNone = System.Collections.Immutable.ImmutableArray<IArgumentOperation>.Empty;

    /// <summary>Façade statements: an assignment to a bound property, Py.Exec, Py.Import. False for any other statement.</summary>
    private bool TryLowerFacadeStatement(IOperation expression, List<PyStmt> output)
    {
        switch (expression)
        {
            case IInvocationOperation { TargetMethod.Name: "Exec" } exec when FacadeCatalog.IsPyClass(exec.TargetMethod.ContainingType):
                if (PyCode(exec) is { } code) output.Add(At(new PyVerbatim(code), exec));
                return true;
            case IInvocationOperation { TargetMethod.Name: "Import" } import when FacadeCatalog.IsPyClass(import.TargetMethod.ContainingType):
                if (PyCode(import) is { } module)
                {
                    // A module-level import (an import inside the function would make the name a local of all of it).
                    if (Regex.IsMatch(module, @"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")) _context.ForcedImports.Add(module);
                    else _context.Report(McuDiagnostics.BadPyCode, import.Syntax, "Py.Import", $"'{module}' is not a module name");
                }
                return true;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when Facades.Of(property.Property) is { } binding:
                if (binding.Setter is not null)
                {
                    if (Instantiate(binding with { Template = binding.Setter }, property, property.Instance, property.Arguments, assignment.Value) is { } set)
                        output.Add(At(new PyExprStmt(set), assignment));
                }
                else if (binding.Template is not null && Instantiate(binding, property, property.Instance, property.Arguments, null) is PyAttribute or PySubscript && !property.Property.IsReadOnly)
                {
                    var target = Instantiate(binding, property, property.Instance, property.Arguments, null)!;
                    output.Add(At(new PyAssign(target, LowerConverted(assignment.Value, property.Type)), assignment));
                }
                else
                {
                    _context.Report(McuDiagnostics.UnsupportedMember, assignment.Syntax, property.Property.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                        "it cannot be assigned on the device (its binding has no Setter)");
                }
                return true;
            case IAssignmentOperation { Target: IPropertyReferenceOperation property } compound when Facades.Of(property.Property) is not null:
                _context.Report(McuDiagnostics.UnsupportedConstruct, compound.Syntax, "A compound assignment to a device property", "read it into a local, change that and assign it");
                return true;
            default:
                return false;
        }
    }

    /// <summary>Py.Expr("code"): the expression parsed into the Python AST (dotted names import their module).</summary>
    private PyExpr LowerPyExpression(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.Name != "Expr")
            return Unsupported(invocation.Syntax, $"Py.{invocation.TargetMethod.Name} inside an expression", "make it a statement of its own");
        if (PyCode(invocation) is not { } code) return PyConst.None;
        try
        {
            return ResolveNames(PyExpressionParser.Parse(code));
        }
        catch (PyParseException e)
        {
            _context.Report(McuDiagnostics.BadPyCode, invocation.Syntax, "Py.Expr", e.Message + "; McuSharp reads names, attributes, calls, subscripts, constants and operators here (use Py.Exec for statements)");
            return PyConst.None;
        }
    }

    /// <summary>The constant string argument of a Py.* call, or null (reported) when it is not a constant.</summary>
    private string? PyCode(IInvocationOperation invocation)
    {
        if (invocation.Arguments.Length == 1 && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string code }) return code;
        _context.Report(McuDiagnostics.BadPyCode, invocation.Syntax, "Py." + invocation.TargetMethod.Name, "the code must be a constant string (a literal or a const), so that the compiler can check it");
        return null;
    }

    /// <summary>
    /// A bound member's use: its template with the placeholders replaced by the lowered receiver (<c>{this}</c>),
    /// arguments (<c>{0}</c>, <c>{name}</c>), assigned value (<c>{value}</c>) and board values (<c>{board:path}</c>).
    /// </summary>
    private PyExpr? Instantiate(FacadeBinding binding, IOperation operation, IOperation? receiver, IReadOnlyList<IArgumentOperation> arguments, IOperation? value)
    {
        if (binding.ConfigKey is not null) return ConfigValue(binding, operation);
        if (binding.BoardPath is { } path)
        {
            if (Facades.BoardValue(path) is { } boardValue) return ResolveNames(boardValue);
            // A status or cause this board never reports (ESP boards and LinkUpNoIp, the RP2040 and DeepSleepReset): a
            // comparison with it, or a switch case of it, is never true there. Anywhere else the value is needed: refused.
            if (IsOnlyCompared(operation) && BoardHasSomeMemberOf(binding.Symbol)) return PyConst.None;
            return BoardLacks(operation, binding.Symbol, path);
        }
        if (binding.Template is null) return PyConst.None; // a bad template, reported where it is declared
        var parameters = (binding.Symbol as IMethodSymbol)?.Parameters ?? (binding.Symbol as IPropertySymbol)?.Parameters ?? System.Collections.Immutable.ImmutableArray<IParameterSymbol>.Empty;
        var given = new Dictionary<int, IArgumentOperation>();
        foreach (var argument in arguments)
            if (argument.Parameter is { } p) given[p.Ordinal] = argument;

        int? ParameterIndex(string id)
        {
            if (int.TryParse(id, out var index)) return index;
            var byName = parameters.FirstOrDefault(p => p.Name == id);
            return byName?.Ordinal;
        }
        bool IsOmitted(PyExpr e) => e is PyName { Id: var id } && id.StartsWith('{') && ParameterIndex(id[1..^1]) is { } i
            && (!given.TryGetValue(i, out var a) || a.ArgumentKind == ArgumentKind.DefaultValue);

        // A board value the board passes by keyword (the WiPy's WLAN(mode=WLAN.STA)): the profile's "keyword" beside it.
        string? BoardKeyword(PyExpr e)
        {
            if (e is not PyName { Id: var id } || !id.StartsWith('{')) return null;
            var inner = id[1..^1];
            var path = inner.StartsWith("board:", StringComparison.Ordinal) ? inner["board:".Length..]
                : ParameterIndex(inner) is { } i && given.TryGetValue(i, out var a) && a.Value is IFieldReferenceOperation { Field: var f } && Facades.Of(f)?.BoardPath is { } p ? p
                : null;
            return path is not null && Facades.BoardElement(path) is { ValueKind: JsonValueKind.Object } element
                && element.TryGetProperty("keyword", out var keyword) && keyword.ValueKind == JsonValueKind.String ? keyword.GetString() : null;
        }

        PyExpr? failed = null;
        PyExpr Placeholder(string id)
        {
            var inner = id[1..^1];
            if (inner == "this")
            {
                if (receiver is null) return failed = Unsupported(operation.Syntax, "This binding", "its template uses {this} but the member is static");
                return Lower(receiver);
            }
            if (inner == "value")
            {
                if (value is null) return failed = Unsupported(operation.Syntax, "This binding", "its template uses {value} outside a setter");
                return LowerConverted(value, (binding.Symbol as IPropertySymbol)?.Type);
            }
            if (inner.StartsWith("board:", StringComparison.Ordinal))
            {
                var boardPath = inner["board:".Length..];
                return Facades.BoardValue(boardPath) is { } b ? ResolveNames(b) : failed = BoardLacks(operation, binding.Symbol, boardPath);
            }
            if (ParameterIndex(inner) is { } index && index < parameters.Length)
            {
                if (!given.TryGetValue(index, out var argument)) return PyConst.None;
                var lowered = LowerConverted(argument.Value, parameters[index].Type);
                return CarriesCollections(parameters[index].Type) && lowered is not PyConst ? Call(Helper("dev_to_py"), lowered) : lowered;
            }
            return failed = Unsupported(operation.Syntax, "This binding", $"its template has the placeholder {id}, which names no parameter");
        }

        PyExpr Substitute(PyExpr e) => e switch
        {
            PyName { Id: var id } when id.StartsWith('{') => Placeholder(id),
            PyName n => n,
            PyAttribute a => a with { Target = Substitute(a.Target) },
            PySubscript s => s with { Target = Substitute(s.Target), Index = Substitute(s.Index) },
            PySlice s => s with { Lower = s.Lower is null ? null : Substitute(s.Lower), Upper = s.Upper is null ? null : Substitute(s.Upper) },
            PyCall c => c with
            {
                Function = Substitute(c.Function),
                Args = c.Args.Where(a => BoardKeyword(a) is null).Select(Substitute).ToList(),
                Keywords = c.Args.Where(a => BoardKeyword(a) is not null).Select(a => new PyKeyword(BoardKeyword(a)!, Substitute(a)))
                    .Concat(c.Keywords?.Where(k => !IsOmitted(k.Value)).Select(k => k with { Value = Substitute(k.Value) }) ?? Array.Empty<PyKeyword>())
                    .ToList() is { Count: > 0 } kept ? kept : null,
            },
            PyBinOp b => b with { Left = Substitute(b.Left), Right = Substitute(b.Right) },
            PyUnaryOp u => u with { Operand = Substitute(u.Operand) },
            PyCompare c => c with { Left = Substitute(c.Left), Comparators = c.Comparators.Select(Substitute).ToList() },
            PyBoolOp b => b with { Values = b.Values.Select(Substitute).ToList() },
            PyIfExp i => i with { Test = Substitute(i.Test), Body = Substitute(i.Body), OrElse = Substitute(i.OrElse) },
            PyTuple t => t with { Elements = t.Elements.Select(Substitute).ToList() },
            PyList l => l with { Elements = l.Elements.Select(Substitute).ToList() },
            _ => e,
        };

        var result = Substitute(ResolveNames(binding.Template));
        if (value is null && CarriesCollections(operation.Type))
            result = Call(Helper(_context.DictionaryShape == DictionaryShape.Slotted ? "dev_from_py_slotted" : "dev_from_py_ordered"), result);
        return failed ?? result;
    }

    /// <summary>
    /// Whether values of this type cross between the program's collections and MicroPython's plain dicts and lists
    /// (object, Dictionary, List ...): only when the program's dictionaries are not plain dicts (see DictionaryShape).
    /// </summary>
    private bool CarriesCollections(ITypeSymbol? type) =>
        _context.DictionaryShape != DictionaryShape.Hashed
        && (type is { SpecialType: SpecialType.System_Object }
            || type is INamedTypeSymbol { IsGenericType: true } named && named.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic");

    /// <summary>
    /// Adds what a template's names need: a dotted name's first identifier is a module to import, a name of the runtime
    /// library (dev_wait_connected) is a helper to emit. Placeholders and other names (builtins) stay as they are.
    /// </summary>
    private PyExpr ResolveNames(PyExpr template)
    {
        void Visit(PyExpr e, bool dottedRoot)
        {
            switch (e)
            {
                case PyName { Id: var id } when id.StartsWith('{'):
                    break;
                case PyName { Id: var id } when _context.Runtime.Has(id):
                    Helper(id);
                    break;
                case PyName { Id: var id } when dottedRoot:
                    _context.ImportModule(id);
                    break;
                case PyAttribute a: Visit(a.Target, true); break;
                case PySubscript s: Visit(s.Target, false); Visit(s.Index, false); break;
                case PySlice s: if (s.Lower is not null) Visit(s.Lower, false); if (s.Upper is not null) Visit(s.Upper, false); break;
                case PyCall c:
                    Visit(c.Function, false);
                    foreach (var arg in c.Args) Visit(arg, false);
                    foreach (var k in c.Keywords ?? Array.Empty<PyKeyword>()) Visit(k.Value, false);
                    break;
                case PyBinOp b: Visit(b.Left, false); Visit(b.Right, false); break;
                case PyUnaryOp u: Visit(u.Operand, false); break;
                case PyCompare c: Visit(c.Left, false); foreach (var x in c.Comparators) Visit(x, false); break;
                case PyBoolOp b: foreach (var x in b.Values) Visit(x, false); break;
                case PyIfExp i: Visit(i.Test, false); Visit(i.Body, false); Visit(i.OrElse, false); break;
                case PyTuple t: foreach (var x in t.Elements) Visit(x, false); break;
                case PyList l: foreach (var x in l.Elements) Visit(x, false); break;
            }
        }
        Visit(template, false);
        return template;
    }

    /// <summary>Whether a value is only tested for equality: an operand of == or !=, a switch case, a constant pattern.</summary>
    private static bool IsOnlyCompared(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation) parent = parent.Parent;
        return parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals }
            or ISingleValueCaseClauseOperation or IConstantPatternOperation;
    }

    /// <summary>Whether the board has a value for some member of the enum that declares <paramref name="member"/>.</summary>
    private bool BoardHasSomeMemberOf(ISymbol member) =>
        member is IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } field
        && field.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => Facades.Of(f)?.BoardPath is { } p && Facades.BoardValue(p) is not null);

    /// <summary>MCU0020: the selected board has no value where the member needs one.</summary>
    private PyExpr BoardLacks(IOperation operation, ISymbol member, string path)
    {
        var board = _context.Options.Board;
        _context.Report(McuDiagnostics.BoardLacksValue, operation.Syntax, member.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), board.Id, path);
        return PyConst.None;
    }

    /// <summary>A [McuConfig] property: <c>config.key</c>, its value taken from secrets.json into the generated config.py.</summary>
    private PyExpr ConfigValue(FacadeBinding binding, IOperation operation)
    {
        var secrets = ConfigValues.Of(_context);
        var name = binding.Symbol.Name;
        var candidates = binding.ConfigKey is { Length: > 0 } key ? new[] { key } : new[] { name, FacadeCatalog.SnakeCase(name) };
        foreach (var candidate in candidates)
        {
            if (secrets.Values is { } values && values.TryGetValue(candidate, out var found))
            {
                var pythonName = ConfigValues.PythonName(candidate);
                _context.ConfigUsed[pythonName] = found;
                return new PyAttribute(_context.ImportModule(ConfigValues.ModuleName), pythonName);
            }
        }
        _context.Report(McuDiagnostics.MissingConfigValue, operation.Syntax, binding.Symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
            string.Join("' or '", candidates), secrets.Describe());
        return PyConst.None;
    }

    /// <summary>A bound member's template with `{this}` replaced by the receiver.</summary>
    private static PyExpr SubstituteThis(PyExpr template, PyExpr receiver) => template switch
    {
        PyName { Id: "{this}" } => receiver,
        PyAttribute a => a with { Target = SubstituteThis(a.Target, receiver) },
        PyCall c => c with { Function = SubstituteThis(c.Function, receiver), Args = c.Args.Select(x => SubstituteThis(x, receiver)).ToList() },
        _ => template,
    };
}

/// <summary>The values [McuConfig] properties read: secrets.json beside the project, or the values the options give.</summary>
internal sealed class ConfigValues
{
    public const string ModuleName = "config";
    public const string FileName = "secrets.json";

    private ConfigValues(IReadOnlyDictionary<string, object?>? values, string source, string? problem)
    {
        Values = values;
        Source = source;
        Problem = problem;
    }

    public IReadOnlyDictionary<string, object?>? Values { get; }

    public string Source { get; }

    public string? Problem { get; }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ProgramContext, ConfigValues> Loaded = new();

    public static ConfigValues Of(ProgramContext context) => Loaded.GetValue(context, Load);

    public string Describe() => Problem ?? $"{Source} has {(Values!.Count == 0 ? "no keys" : "the keys " + string.Join(", ", Values.Keys.OrderBy(k => k, StringComparer.Ordinal)))}";

    private static ConfigValues Load(ProgramContext context)
    {
        if (context.Options.Secrets is { } given) return new ConfigValues(given, "the configuration values given to the compiler", null);
        var folder = context.Options.ProjectDirectory
            ?? context.Compilation.SyntaxTrees.Select(t => t.FilePath).Where(p => Path.IsPathRooted(p)).Select(Path.GetDirectoryName).FirstOrDefault();
        if (folder is null) return new ConfigValues(null, FileName, $"there is no {FileName}: the compiler was given no project folder");
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return new ConfigValues(null, path, $"there is no {path}: create it with the values, e.g. {{\"wifi_ssid\": \"...\", \"wifi_password\": \"...\"}} (and keep it out of version control)");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object) return new ConfigValues(null, path, $"{path} is not a JSON object of keys and values");
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number when property.Value.TryGetInt64(out var n) => n,
                    JsonValueKind.Number => property.Value.GetDouble(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => null,
                };
            }
            return new ConfigValues(values, path, null);
        }
        catch (JsonException e)
        {
            return new ConfigValues(null, path, $"{path} is not valid JSON ({e.Message})");
        }
        catch (IOException e)
        {
            return new ConfigValues(null, path, $"{path} could not be read ({e.Message})");
        }
    }

    /// <summary>The Python name of a key in config.py: letters, digits and underscores.</summary>
    public static string PythonName(string key)
    {
        var name = Regex.Replace(key, "[^A-Za-z0-9_]", "_");
        return char.IsDigit(name[0]) ? "_" + name : name;
    }
}

/// <summary>The generated config.py: the [McuConfig] values the program reads, and nothing else.</summary>
internal static class Facades
{
    public static PyModule? ConfigModule(ProgramContext context)
    {
        if (context.ConfigUsed.Count == 0) return null;
        var body = new List<PyStmt> { new PyComment("Generated by McuSharp from secrets.json: do not commit, do not edit.") };
        foreach (var (name, value) in context.ConfigUsed)
        {
            PyExpr constant = value switch
            {
                string s => PyConst.Str(s),
                long n => PyConst.Int(n),
                double d => new PyConst(d),
                bool b => b ? PyConst.True : PyConst.False,
                _ => PyConst.None,
            };
            body.Add(new PyAssign(new PyName(name), constant));
        }
        return new PyModule(ConfigValues.ModuleName, body);
    }
}
