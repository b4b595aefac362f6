using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Lowers one C# method body (its IOperation tree) to Python statements. The class is split by construct:
/// Statements.cs, Loops.cs, Switch.cs, Assignments.cs, Arithmetic.cs, Conversions.cs, Strings.cs, ... ;
/// this file holds the shared state and the dispatch.
/// </summary>
internal sealed partial class FunctionLowerer
{
    private readonly ProgramContext _context;
    private readonly SemanticModel _model;
    private readonly Dictionary<ISymbol, string> _locals = new(SymbolEqualityComparer.Default);
    private readonly SortedSet<string> _assignedGlobals = new(StringComparer.Ordinal);
    private readonly Dictionary<ISymbol, Interval> _rangeFacts = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> _usedLocalNames = new(StringComparer.Ordinal);

    /// <summary>The names <see cref="NewTemp"/> made up (no C# variable has one).</summary>
    private readonly HashSet<string> _temporaryNames = new(StringComparer.Ordinal);
    private int _temps;

    /// <summary>Whether the function being lowered has `self` (instance code).</summary>
    private bool _hasSelf;

    public FunctionLowerer(ProgramContext context, SemanticModel model)
    {
        _context = context;
        _model = model;
    }

    /// <summary>A static method (or operator) of the program: a module-level function.</summary>
    public PyFunctionDef LowerMethod(IMethodSymbol method, BaseMethodDeclarationSyntax syntax) =>
        LowerFunction(method, syntax, _context.Names.GlobalName(method)!, hasSelf: false, prologue: null);

    /// <summary>
    /// One function: a method, accessor or constructor body, with `self` first for instance code; the statements of
    /// <paramref name="prologue"/> (a constructor's field initializers and base call) run before the body.
    /// </summary>
    public PyFunctionDef LowerFunction(IMethodSymbol method, SyntaxNode syntax, string name, bool hasSelf, Func<IOperation?, List<PyStmt>>? prologue)
    {
        var parameters = new List<PyParameter>();
        _hasSelf = hasSelf;
        if (hasSelf) parameters.Add(new PyParameter("self"));
        // An out parameter is not passed in: its value comes back with the result (see OutAndRef.cs).
        parameters.AddRange(method.Parameters.Where(p => p.RefKind != RefKind.Out).Select(p => new PyParameter(DeclareLocal(p))));
        parameters.AddRange(HiddenDefaultParameters(method));
        _returnedParameters = method.Parameters.Where(IsReturnedParameter).ToList();
        _returnsVoid = method.ReturnsVoid;
        var body = new List<PyStmt>();
        try
        {
            _listErrorsSeenByCaller = _context.ExceptionReach.ListErrorsSeenIn(method);
            var root = _model.GetOperation(syntax);
            if (root is not null)
            {
                _closureRoot = root;
                _functionRoot = root;
                AnalyzeClosures(root);
                ChooseScalarLocals(root);
            }
            switch (root)
            {
                case IMethodBodyOperation operation:
                    StartFlow(method, operation);
                    LowerBody(method, operation, operation.BlockBody ?? operation.ExpressionBody, body);
                    break;
                case IConstructorBodyOperation operation:
                    StartFlow(method, operation);
                    if (prologue is not null) body.AddRange(prologue(operation.Initializer));
                    LowerBody(method, operation, operation.BlockBody ?? operation.ExpressionBody, body);
                    break;
                case IBlockOperation block: // an expression-bodied property (`int X => ...`)
                    StartFlow(method, block);
                    LowerBody(method, block, block, body);
                    break;
                case null when prologue is not null: // an implicit constructor
                    body.AddRange(prologue(null));
                    break;
                default:
                    Unsupported(syntax, "This method body", "it could not be analysed");
                    break;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _context.ReportInternal(syntax, e);
        }
        if (FinalReturn() is { } finalReturn) body.Add(finalReturn);
        if (_assignedGlobals.Count > 0) body.Insert(0, new PyGlobal(_assignedGlobals.ToList()));
        body = ListComprehensions.Fuse(body, parameters);
        body = AdjacentStatements.Merge(body, _temporaryNames, Plain.AllFlatNames);
        return new PyFunctionDef(name, parameters, body, IteratorDecorators(method, body)) { Origin = ProgramContext.OriginOf(syntax) };
    }

    private void LowerBody(IMethodSymbol method, IOperation operation, IOperation? block, List<PyStmt> body)
    {
        if (block is null) return;
        ChooseDeferredVariables(method, operation, block);
        LowerStatement(block, body);
    }

    /// <summary>A static constructor: a function called once, after its class's static field initializers.</summary>
    public PyFunctionDef LowerStaticConstructor(IMethodSymbol constructor, ConstructorDeclarationSyntax syntax, string name) =>
        LowerFunction(constructor, syntax, name, hasSelf: false, prologue: null);

    /// <summary>`field = value` (or a static auto-property's) at module level.</summary>
    public PyStmt LowerStaticMemberInitializer(ISymbol member, SyntaxNode syntax)
    {
        var target = new PyName(_context.Names.GlobalName(member)!);
        var type = TypeLowerer.MemberType(member);
        PyExpr value;
        try
        {
            var initializer = syntax switch
            {
                VariableDeclaratorSyntax v => v.Initializer,
                PropertyDeclarationSyntax p => p.Initializer,
                _ => null,
            };
            var op = initializer is null ? null : _model.GetOperation(initializer) as ISymbolInitializerOperation;
            if (op is not null)
            {
                _closureRoot = op;
                AnalyzeClosures(op);
            }
            value = op is not null ? LowerStored(op.Value, type) : DefaultValue(type, syntax);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _context.ReportInternal(syntax, e);
            value = PyConst.None;
        }
        return new PyAssign(target, value) { Origin = ProgramContext.OriginOf(syntax) };
    }

    /// <summary>`field = default`: for a field that is read (in C#: as its default value) before its initializer runs.</summary>
    public PyStmt LowerStaticMemberDefault(ISymbol member, SyntaxNode syntax) =>
        new PyAssign(new PyName(_context.Names.GlobalName(member)!), DefaultValue(TypeLowerer.MemberType(member), syntax)) { Origin = ProgramContext.OriginOf(syntax) };

    // ---- names ----

    private string DeclareLocal(ISymbol symbol)
    {
        if (_locals.TryGetValue(symbol, out var existing)) return existing;
        var name = ChooseLocalName(symbol);
        _locals[symbol] = name;
        _usedLocalNames.Add(name);
        return name;
    }

    private PyName LocalReference(ISymbol symbol) => new(DeclareLocal(symbol));

    private PyName NewTemp()
    {
        string name;
        do name = "_t" + _temps++; while (_usedLocalNames.Contains(name) || _context.Names.IsGlobalName(name));
        _usedLocalNames.Add(name);
        _temporaryNames.Add(name);
        return new PyName(name);
    }

    // ---- diagnostics ----

    private PyExpr Unsupported(SyntaxNode node, string what, string why)
    {
        _context.Report(McuDiagnostics.UnsupportedConstruct, node, what, why);
        return PyConst.None;
    }

    private PyExpr UnsupportedMember(IOperation operation, ISymbol member, string why)
    {
        // A member of one of the program's types that was refused as a whole (a record) is not reported again.
        if (member.ContainingType is { } owner && owner.DeclaringSyntaxReferences.Length > 0 && !IsUserType(owner) && owner.IsRecord) return PyConst.None;
        _context.Report(McuDiagnostics.UnsupportedMember, operation.Syntax, member.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), LibraryAdvice(member) ?? why);
        return PyConst.None;
    }

    /// <summary>What to write instead of a whole area of the .NET library the device does not have.</summary>
    private static string? LibraryAdvice(ISymbol member)
    {
        var ns = member.ContainingNamespace?.ToDisplayString() ?? "";
        if (ns.StartsWith("System.Threading", StringComparison.Ordinal))
            return "the device runs one thread and McuSharp has no tasks yet; do the work in a loop (with Time.SleepMs between steps)";
        if (ns.StartsWith("System.Reflection", StringComparison.Ordinal) || member.ContainingType?.Name == "Type" && ns == "System")
            return "the device keeps no type information to reflect on; call the members directly";
        if (ns.StartsWith("System.IO", StringComparison.Ordinal) || ns.StartsWith("System.Net", StringComparison.Ordinal))
            return "files and networking on the device go through McuSharp.Device (Socket, Urequests) and MicroPython modules";
        return null;
    }

    private static SourceOrigin? Origin(IOperation operation) => ProgramContext.OriginOf(operation.Syntax);

    private static T At<T>(T node, IOperation operation) where T : PyNode => node with { Origin = Origin(operation) };

    private PyName Helper(string name) => _context.Helper(name);

    private static PyCall Call(PyExpr function, params PyExpr[] args) => new(function, args);

    private static PyCall Method(PyExpr target, string name, params PyExpr[] args) => new(new PyAttribute(target, name), args);

    private static PyConst Int(System.Numerics.BigInteger value) => PyConst.Int(value);

    private static PyConst Str(string value) => PyConst.Str(value);

    private static ValueKind KindOf(IOperation operation) => ValueKinds.Of(operation.Type);

    /// <summary>Strips the conversions C# inserts implicitly when they change nothing on the device (identity, boxing of non-floats).</summary>
    private static IOperation WithoutImplicitConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } c && (c.Conversion.IsIdentity || IsBoxing(c) || c.Conversion.IsReference))
            operation = c.Operand;
        return operation;
    }

    private static bool IsBoxing(IConversionOperation conversion) => Microsoft.CodeAnalysis.CSharp.CSharpExtensions.GetConversion(conversion).IsBoxing;
}
