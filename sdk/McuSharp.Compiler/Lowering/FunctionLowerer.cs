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
    private int _temps;

    public FunctionLowerer(ProgramContext context, SemanticModel model)
    {
        _context = context;
        _model = model;
    }

    public PyFunctionDef LowerMethod(IMethodSymbol method, BaseMethodDeclarationSyntax syntax)
    {
        var parameters = method.Parameters.Select(p => new PyParameter(DeclareLocal(p))).ToList();
        var body = new List<PyStmt>();
        try
        {
            if (_model.GetOperation(syntax) is IMethodBodyOperation operation)
            {
                StartFlow(method, operation);
                var block = operation.BlockBody ?? operation.ExpressionBody;
                if (block is not null)
                {
                    ChooseDeferredVariables(method, operation, block);
                    LowerStatement(block, body);
                }
            }
            else
            {
                Unsupported(syntax, "This method body", "it could not be analysed");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _context.ReportInternal(syntax, e);
        }
        if (_assignedGlobals.Count > 0) body.Insert(0, new PyGlobal(_assignedGlobals.ToList()));
        return new PyFunctionDef(_context.Names.GlobalName(method)!, parameters, body) { Origin = ProgramContext.OriginOf(syntax) };
    }

    public PyStmt LowerStaticFieldInitializer(IFieldSymbol field, VariableDeclaratorSyntax syntax)
    {
        var target = new PyName(_context.Names.GlobalName(field)!);
        PyExpr value;
        try
        {
            value = syntax.Initializer is { } init && _model.GetOperation(init) is IFieldInitializerOperation op
                ? LowerConverted(op.Value, field.Type)
                : DefaultValue(field.Type, syntax);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _context.ReportInternal(syntax, e);
            value = PyConst.None;
        }
        return new PyAssign(target, value) { Origin = ProgramContext.OriginOf(syntax) };
    }

    /// <summary>`field = default`: for a field that is read (in C#: as its default value) before its initializer runs.</summary>
    public PyStmt LowerStaticFieldDefault(IFieldSymbol field, VariableDeclaratorSyntax syntax) =>
        new PyAssign(new PyName(_context.Names.GlobalName(field)!), DefaultValue(field.Type, syntax)) { Origin = ProgramContext.OriginOf(syntax) };

    // ---- names ----

    private string DeclareLocal(ISymbol symbol)
    {
        if (_locals.TryGetValue(symbol, out var existing)) return existing;
        var name = _context.Names.LocalName(symbol.Name);
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
        _context.Report(McuDiagnostics.UnsupportedMember, operation.Syntax, member.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), why);
        return PyConst.None;
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
