using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Lambdas, method groups and delegate calls. A delegate is a Python callable: a lambda whose body is one expression
/// becomes a Python `lambda`; any other becomes a `def` placed just before the statement that makes it (a def only
/// makes the function object, so moving it there changes nothing). A static method group is the module function, an
/// instance one a bound method (`obj.m`, which keeps `self`), a local function its def. Calling a delegate
/// (`f(x)`, `f.Invoke(x)`, `f?.Invoke()`) calls the callable. Capture rules: Closures.cs.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>The defs to place before the statement being lowered (null where no statement is: a static initializer).</summary>
    private List<PyStmt>? _hoisted;

    private int _functionNames;

    private static bool IsExpressionTree(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Expression" or "LambdaExpression" } named && named.ContainingNamespace?.ToDisplayString() == "System.Linq.Expressions";

    private PyExpr LowerDelegateCreation(IDelegateCreationOperation creation)
    {
        if (IsExpressionTree(creation.Type)) return Refuse(McuDiagnostics.ExpressionTree, creation.Syntax);
        return creation.Target switch
        {
            IAnonymousFunctionOperation lambda => LowerAnonymousFunction(lambda),
            IMethodReferenceOperation group => LowerMethodGroup(group),
            var other => Lower(other), // new Action(existing): the same callable
        };
    }

    private PyExpr Refuse(DiagnosticDescriptor descriptor, SyntaxNode node, params object[] args)
    {
        _context.Report(descriptor, node, args);
        return PyConst.None;
    }

    /// <summary>True (and reported) when the function has a ref, out or in parameter.</summary>
    private bool RefusesByReference(IMethodSymbol function, SyntaxNode node, string what)
    {
        if (function.Parameters.All(p => p.RefKind == RefKind.None)) return false;
        _context.Report(McuDiagnostics.ByReferenceDelegateParameter, node, what);
        return true;
    }

    private PyExpr LowerAnonymousFunction(IAnonymousFunctionOperation lambda)
    {
        var symbol = lambda.Symbol;
        if (symbol.IsAsync) return Refuse(McuDiagnostics.AsyncFunction, lambda.Syntax);
        if (RefusesByReference(symbol, lambda.Syntax, "This lambda")) return PyConst.None;
        var (bound, nonlocal) = CapturesOf(lambda, bindPerIteration: true);
        var (parameters, body, assignsGlobals) = LowerNestedBody(symbol, lambda.Body);
        var boundParameters = BoundParameters(bound);
        if (nonlocal.Count == 0 && !assignsGlobals && SingleExpression(body) is { } expression)
            return new PyLambda(parameters.Select(p => p.Name).ToList(), expression, boundParameters.Count == 0 ? null : boundParameters);
        if (_hoisted is null)
        {
            // A static field's initializer runs at module level: the def is a module definition of its own.
            var global = ModuleFunctionName();
            _context.ModuleDefinitions[global] = At(new PyFunctionDef(global, parameters, WithNonlocals(body, nonlocal)), lambda);
            return new PyName(global);
        }
        var name = NewFunctionName();
        _hoisted.Add(At(new PyFunctionDef(name, parameters.Concat(boundParameters).ToList(), WithNonlocals(body, nonlocal)), lambda));
        return new PyName(name);
    }

    private string NewFunctionName()
    {
        string name;
        do name = "_f" + _functionNames++; while (_usedLocalNames.Contains(name) || _context.Names.IsGlobalName(name));
        _usedLocalNames.Add(name);
        return name;
    }

    private string ModuleFunctionName()
    {
        var n = 0;
        while (_context.ModuleDefinitions.ContainsKey("_lambda" + n) || _context.Names.IsGlobalName("_lambda" + n)) n++;
        return "_lambda" + n;
    }

    /// <summary>The expression a body of one `return e` (or one expression statement, for a void lambda) computes.</summary>
    private static PyExpr? SingleExpression(IReadOnlyList<PyStmt> body) => body switch
    {
        [PyReturn { Value: { } value }] => value,
        [PyExprStmt { Value: var value }] => value,
        _ => null,
    };

    private static List<PyStmt> WithNonlocals(List<PyStmt> body, IReadOnlyList<string> nonlocal)
    {
        if (nonlocal.Count > 0) body.Insert(body.Count > 0 && body[0] is PyGlobal ? 1 : 0, new PyNonlocal(nonlocal));
        if (body.Count == 0) body.Add(new PyPass());
        return body;
    }

    private List<PyStmt> WithNonlocals(List<PyStmt> body, IEnumerable<ISymbol> nonlocal) => WithNonlocals(body, nonlocal.Select(DeclareLocal).ToList());

    /// <summary>
    /// Lowers the body of a lambda or local function in this lowerer (so that captured variables keep their Python
    /// names), with the per-function state of its own: its return type, its globals, its own range facts.
    /// </summary>
    private (List<PyParameter> Parameters, List<PyStmt> Body, bool AssignsGlobals) LowerNestedBody(IMethodSymbol function, IOperation? block)
    {
        var saved = (_returnedParameters, _returnsVoid, _listErrorsSeenByCaller, _hoisted, Globals: _assignedGlobals.ToList(), Facts: CaptureFacts(), Reachable: _reachable, Once: _enumeratedOnce);
        _enumeratedOnce = false;
        _returnedParameters = Array.Empty<IParameterSymbol>();
        _returnsVoid = function.ReturnsVoid;
        _listErrorsSeenByCaller = true; // who calls a delegate is not known: its list errors are told apart from array errors
        _assignedGlobals.Clear();
        // The body runs when called, not here: it starts from no facts but those of captured variables that never change.
        RestoreFacts(saved.Facts?.Where(f => IsCaptured(f.Key) && !IsChangedAfterDeclaration(f.Key, _closureRoot!)).ToDictionary(f => f.Key, f => f.Value, SymbolEqualityComparer.Default)
            ?? new Dictionary<ISymbol, Interval>(SymbolEqualityComparer.Default));
        try
        {
            // Discards (`(_, _) => 1`) and the unnamed parameters of `delegate { }` get names of their own.
            foreach (var unnamed in function.Parameters.Where(p => p.IsDiscard || !SyntaxFacts.IsValidIdentifier(p.Name)))
                _locals[unnamed] = NewTemp().Id;
            var parameters = function.Parameters.Select(p => new PyParameter(DeclareLocal(p),
                p.HasExplicitDefaultValue ? Constant(p.ExplicitDefaultValue, p.Type, p.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() ?? block!.Syntax) : null)).ToList();
            var body = new List<PyStmt>();
            if (block is not null) LowerStatement(block, body);
            if (body.Count > 0 && body[^1] is PyReturn { Value: null }) body.RemoveAt(body.Count - 1);
            var assignsGlobals = _assignedGlobals.Count > 0;
            if (assignsGlobals) body.Insert(0, new PyGlobal(_assignedGlobals.ToList()));
            return (parameters, body, assignsGlobals);
        }
        finally
        {
            (_returnedParameters, _returnsVoid, _listErrorsSeenByCaller, _hoisted) = (saved._returnedParameters, saved._returnsVoid, saved._listErrorsSeenByCaller, saved._hoisted);
            RestoreFacts(saved.Facts);
            _reachable = saved.Reachable;
            _enumeratedOnce = saved.Once;
            _assignedGlobals.Clear();
            _assignedGlobals.UnionWith(saved.Globals);
        }
    }

    /// <summary>A method group converted to a delegate.</summary>
    private PyExpr LowerMethodGroup(IMethodReferenceOperation group)
    {
        var method = group.Method;
        var display = method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
        if (RefusesByReference(method, group.Syntax, $"'{display}'")) return PyConst.None;
        if (method.MethodKind == MethodKind.LocalFunction) return LocalFunctionAsDelegate(method, group);
        if (method.MethodKind == MethodKind.DelegateInvoke) return Lower(group.Instance!);
        var callName = group.Syntax.ToString();
        if (method.DeclaringSyntaxReferences.Length == 0 || method.MethodKind != MethodKind.Ordinary)
            return Refuse(McuDiagnostics.UnsupportedMethodGroup, group.Syntax, display, "the device translates each call of a library method on its own", callName);
        if (method.IsGenericMethod)
            return Refuse(McuDiagnostics.UnsupportedMethodGroup, group.Syntax, display, "it is generic", callName);
        if (method.IsStatic)
            return _context.Names.GlobalName(method) is { } name ? new PyName(name) : Refuse(McuDiagnostics.UnsupportedMethodGroup, group.Syntax, display, "it could not be translated", callName);
        if (group.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } && !group.IsVirtual && (method.IsVirtual || method.IsOverride))
            return Refuse(McuDiagnostics.UnsupportedMethodGroup, group.Syntax, display, "it names a base class's method", callName);
        var receiver = LowerInstanceReceiver(group.Instance);
        // A struct's method group works on a boxed copy of the value, as C# makes one.
        if (IsMutableStruct(group.Instance?.Type)) receiver = CopyOf(receiver, group.Instance!.Type);
        return new PyAttribute(receiver, _context.Members.Of(method));
    }

    /// <summary>`f(x)`, `f.Invoke(x)`, `f?.Invoke(x)`: a call of the callable, every argument by position.</summary>
    private PyExpr LowerDelegateInvocation(IInvocationOperation invocation)
    {
        if (RefusesByReference(invocation.TargetMethod, invocation.Syntax, $"The delegate type {invocation.TargetMethod.ContainingType.ToDisplayString()}")) return PyConst.None;
        var target = Lower(invocation.Instance!);
        return new PyCall(target, PositionalArguments(invocation.Arguments));
    }

    private List<PyExpr> PositionalArguments(IEnumerable<IArgumentOperation> arguments) =>
        arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => LowerStored(a.Value, a.Parameter?.Type ?? a.Value.Type)).ToList();
}
