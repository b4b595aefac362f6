using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// What can run while an exception unwinds to a try statement: its body and the program's methods it calls,
/// transitively. Two decisions depend on it: which methods index lists where a catch clause tells a List's
/// ArgumentOutOfRangeException from an array's IndexOutOfRangeException (the VM raises IndexError for both), and
/// which finally blocks can run before an exception filter (see FunctionLowerer.CheckFilterOrder); and, program-wide,
/// whether exceptions need .NET's default messages (<see cref="DefaultMessagesSeen"/>). A virtual call
/// counts as a call of every method of its name, the program's overrides of library members as called from anywhere,
/// and a delegate call as a call of any method.
/// </summary>
internal sealed class ExceptionReach
{
    private readonly ProgramContext _context;
    private readonly Dictionary<IMethodSymbol, IOperation?> _bodies = new(SymbolEqualityComparer.Default);
    private List<(IMethodSymbol Method, IOperation Body)>? _allBodies;
    private HashSet<IMethodSymbol>? _seeingListErrors;
    private bool _everyMethodSeesListErrors;

    public ExceptionReach(ProgramContext context) => _context = context;

    /// <summary>Whether code of <paramref name="method"/> can run inside a try statement whose catch tells list errors from array errors.</summary>
    public bool ListErrorsSeenIn(IMethodSymbol method)
    {
        if (_seeingListErrors is null)
        {
            _seeingListErrors = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            foreach (var (_, body) in AllBodies())
            foreach (var tryOperation in body.DescendantsAndSelf().OfType<ITryOperation>())
            {
                if (!tryOperation.Catches.Any(c => ExceptionTypes.SeesListIndexErrors(_context.Compilation, c.ExceptionType))) continue;
                if (Callees(tryOperation.Body) is { } callees) _seeingListErrors.UnionWith(callees);
                else _everyMethodSeesListErrors = true;
            }
        }
        return _everyMethodSeesListErrors || _seeingListErrors.Contains(method.OriginalDefinition);
    }

    /// <summary>Whether any catch clause of the program can catch a KeyNotFoundException.</summary>
    public bool MissingKeysSeen => _missingKeysSeen ??= AllBodies().Any(b => b.Body.DescendantsAndSelf().OfType<ICatchClauseOperation>()
        .Any(c => ExceptionTypes.SeesMissingKeys(_context.Compilation, c.ExceptionType)));

    private bool? _missingKeysSeen;

    /// <summary>
    /// Whether the program can see what .NET fills in for an exception: a default message (which for System.Exception
    /// and the program's classes names the class) or InnerException. That is when some library exception constructor
    /// runs without a message known not to be null (`new X()`, `base(message)` with a parameter, a class of the program
    /// with an implicit `base()`), is given an inner exception, or code reads InnerException (GetBaseException).
    /// Otherwise every exception keeps the message it is made with, which MicroPython's Exception stores.
    /// </summary>
    public bool DefaultMessagesSeen => _defaultMessagesSeen ??=
        AllBodies().Any(b => b.Method.MethodKind == MethodKind.Constructor && IsLibraryException(b.Method.ContainingType.BaseType) && b.Body is IConstructorBodyOperation { Initializer: null })
        || AllBodies().Select(b => b.Body).Concat(Initializers()).Any(DefaultMessageSeenIn) || ImplicitBaseConstructors();

    private bool? _defaultMessagesSeen;

    /// <summary>Field and property initializers, which are no method's body.</summary>
    private IEnumerable<IOperation> Initializers() => _context.Compilation.SyntaxTrees.SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<EqualsValueClauseSyntax>()
        .Select(clause => _context.ModelOf(tree).GetOperation(clause)).OfType<IOperation>());

    private bool DefaultMessageSeenIn(IOperation body)
    {
        return body.DescendantsAndSelf().Any(op => op switch
        {
            IObjectCreationOperation { Constructor: { } constructor } creation => IsLibraryException(constructor.ContainingType) && !GivesMessageOnly(creation.Arguments),
            IInvocationOperation { TargetMethod: { MethodKind: MethodKind.Constructor } constructor } chained => IsLibraryException(constructor.ContainingType) && !GivesMessageOnly(chained.Arguments),
            IInvocationOperation { TargetMethod.Name: "GetBaseException" } call => ExceptionTypes.IsException(call.TargetMethod.ContainingType),
            IPropertyReferenceOperation { Property.Name: "InnerException" } property => ExceptionTypes.IsException(property.Property.ContainingType),
            _ => false,
        });
    }

    /// <summary>A class of the program derived from a library exception that declares no constructor: C#'s implicit one calls base().</summary>
    private bool ImplicitBaseConstructors() => _context.Compilation.SyntaxTrees.Any(tree => tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()
        .Any(c => _context.ModelOf(tree).GetDeclaredSymbol(c) is INamedTypeSymbol type && IsLibraryException(type.BaseType) && type.InstanceConstructors.Any(k => k.IsImplicitlyDeclared)));

    /// <summary>Whether a class of the program overrides Exception.Message: only then is e.Message more than the message it was made with.</summary>
    public bool MessageOverridden => _messageOverridden ??= _context.Compilation.SyntaxTrees.Any(tree => tree.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>()
        .Any(p => p.Identifier.ValueText == "Message" && _context.ModelOf(tree).GetDeclaredSymbol(p) is IPropertySymbol { IsOverride: true }));

    private bool? _messageOverridden;

    private static bool IsLibraryException(INamedTypeSymbol? type) => type is { DeclaringSyntaxReferences.Length: 0 } && ExceptionTypes.IsException(type);

    /// <summary>
    /// Arguments with a message that cannot be null (a literal, a concatenation, an interpolation, or where the program
    /// gives no reason to doubt them, anything Roslyn's nullable analysis finds not null: `base(message)` with a
    /// `string message` parameter) and no inner exception.
    /// </summary>
    private bool GivesMessageOnly(IEnumerable<IArgumentOperation> arguments)
    {
        var message = false;
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == "innerException") return false;
            if (argument.Parameter?.Name != "message") continue;
            var value = argument.Value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : argument.Value;
            message = value.ConstantValue is { HasValue: true, Value: string } || value is IBinaryOperation or IInterpolatedStringOperation
                || _context.TrustsNullableAnnotations && _context.ModelOf(value.Syntax.SyntaxTree).GetTypeInfo(value.Syntax).Nullability.FlowState == NullableFlowState.NotNull;
        }
        return message;
    }

    /// <summary>
    /// Whether an exception of <paramref name="type"/> raised at <paramref name="site"/> can show its message: a catch
    /// clause that can take it reads the caught exception (or filters on it, or rethrows it), or it can leave the
    /// program, whose traceback prints it. Its path runs out through the enclosing try statements and then through
    /// every call of the method, which is known only for a non-virtual method of the program that is neither the
    /// entry point, nor an iterator, nor used as a delegate; anything else counts as seen.
    /// </summary>
    public bool MessageSeenFrom(IOperation site, INamedTypeSymbol type) => MessageSeenFrom(site, type, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default));

    private bool MessageSeenFrom(IOperation site, INamedTypeSymbol type, HashSet<IMethodSymbol> leaving)
    {
        for (IOperation child = site, parent = site.Parent!; parent is not null; child = parent, parent = parent.Parent!)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation) return true;
            if (parent is not ITryOperation tryOperation || !ReferenceEquals(child, tryOperation.Body)) continue;
            if (tryOperation.Catches.FirstOrDefault(c => Catches(c, type)) is { } clause)
                return clause.Filter is not null || clause.ExceptionDeclarationOrExpression is not null && IsRead(clause) || Rethrows(clause.Handler);
        }
        var model = _context.ModelOf(site.Syntax.SyntaxTree);
        if (model.GetEnclosingSymbol(site.Syntax.SpanStart) is not IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor or MethodKind.PropertyGet or MethodKind.PropertySet } method
            || method.IsVirtual || method.IsAbstract || method.IsOverride || IsLibraryCallback(method) || method.ContainingType.TypeKind == TypeKind.Interface
            || method.Name is "GetEnumerator" or "MoveNext" or "get_Current" or "Deconstruct" or "Dispose" // foreach, deconstruction and using call them unseen
            || SymbolEqualityComparer.Default.Equals(method, _context.Compilation.GetEntryPoint(default))
            || BodyOf(method.OriginalDefinition) is not { } body || body.DescendantsAndSelf().Any(op => op is IReturnOperation { Kind: OperationKind.YieldReturn or OperationKind.YieldBreak })
            || method.MethodKind == MethodKind.Constructor && _context.Types.All.Any(t => SymbolEqualityComparer.Default.Equals(t.BaseType, method.ContainingType)))
            return true; // a derived class's constructor can call a base one without a call in the code
        if (!leaving.Add(method.OriginalDefinition)) return false; // a recursive call adds no way out
        foreach (var code in AllBodies().Select(b => b.Body).Concat(Initializers()))
            foreach (var op in code.DescendantsAndSelf())
            {
                if (op is IMethodReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Method.OriginalDefinition, method.OriginalDefinition)) return true;
                if (CalledMethods(op).Any(m => SymbolEqualityComparer.Default.Equals(m.OriginalDefinition, method.OriginalDefinition)) && MessageSeenFrom(op, type, leaving)) return true;
            }
        return false;
    }

    private static bool Catches(ICatchClauseOperation clause, ITypeSymbol thrown) =>
        clause.ExceptionType.SpecialType == SpecialType.System_Object || ExceptionTypes.DerivesFrom(thrown, clause.ExceptionType);

    private static bool IsRead(ICatchClauseOperation clause) =>
        clause.ExceptionDeclarationOrExpression is IVariableDeclaratorOperation { Symbol: var variable }
        && clause.Handler.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Any(r => SymbolEqualityComparer.Default.Equals(r.Local, variable));

    private static bool Rethrows(IOperation handler) => handler.DescendantsAndSelf().Any(op => op is IThrowOperation { Exception: null });

    /// <summary>
    /// Whether the program can make an object of <paramref name="type"/> (or of a class derived from it), or throw an
    /// exception object it did not just make (`throw e;`, which may be one the runtime's _net made from a VM error).
    /// Where not, a catch clause for a type the VM's errors stand for need only list those errors.
    /// </summary>
    public bool InstancesMade(INamedTypeSymbol type) =>
        AllBodies().Select(b => b.Body).Concat(Initializers()).Any(code => code.DescendantsAndSelf().Any(op => op switch
        {
            IObjectCreationOperation creation => ExceptionTypes.DerivesFrom(creation.Type, type),
            IThrowOperation { Exception: { } thrown } => Unconverted(thrown) is not IObjectCreationOperation,
            _ => false,
        }));

    private static IOperation Unconverted(IOperation value) => value is IConversionOperation { IsImplicit: true } conversion ? Unconverted(conversion.Operand) : value;

    /// <summary>The finally blocks that can run between a throw in <paramref name="tryBody"/> and the try statement's catch clauses.</summary>
    public IReadOnlyList<IOperation> FinallyBlocksReachedFrom(IOperation tryBody)
    {
        var code = new List<IOperation> { tryBody };
        if (Callees(tryBody) is { } callees) code.AddRange(callees.Select(BodyOf).OfType<IOperation>());
        else code.AddRange(AllBodies().Select(b => b.Body));
        return code.SelectMany(c => c.DescendantsAndSelf().OfType<ITryOperation>()).Select(t => t.Finally).OfType<IOperation>().ToList();
    }

    /// <summary>The program's methods <paramref name="code"/> can call, directly or not; null when it may call any of them.</summary>
    private HashSet<IMethodSymbol>? Callees(IOperation code)
    {
        var found = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<IOperation>();
        void Add(IMethodSymbol method)
        {
            if (found.Add(method.OriginalDefinition) && BodyOf(method.OriginalDefinition) is { } body) pending.Push(body);
        }
        pending.Push(code);
        // Library code can call the program back through its overrides and interface implementations (ToString,
        // Equals, CompareTo, Message, ...).
        foreach (var (method, _) in AllBodies()) if (IsLibraryCallback(method)) Add(method);
        while (pending.Count > 0)
        {
            foreach (var op in pending.Pop().DescendantsAndSelf())
            {
                if (op is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke }) return null;
                foreach (var method in CalledMethods(op))
                {
                    if (method.DeclaringSyntaxReferences.Length == 0) continue;
                    Add(method);
                    // A virtual call can land in any method of the same name.
                    if (method.IsVirtual || method.IsAbstract || method.IsOverride || method.ContainingType.TypeKind == TypeKind.Interface)
                        foreach (var (other, _) in AllBodies()) if (other.Name == method.Name || other.ExplicitInterfaceImplementations.Any(i => i.Name == method.Name)) Add(other);
                }
            }
        }
        return found;
    }

    private static bool IsLibraryCallback(IMethodSymbol method)
    {
        var root = method;
        while (root.OverriddenMethod is { } overridden) root = overridden;
        if (method.IsOverride && root.DeclaringSyntaxReferences.Length == 0) return true;
        if (method.ExplicitInterfaceImplementations.Any(i => i.DeclaringSyntaxReferences.Length == 0)) return true;
        return method.ContainingType.AllInterfaces.Where(i => i.DeclaringSyntaxReferences.Length == 0)
            .SelectMany(i => i.GetMembers().OfType<IMethodSymbol>())
            .Any(m => SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(m), method));
    }

    private static IEnumerable<IMethodSymbol> CalledMethods(IOperation op) => op switch
    {
        IInvocationOperation call => new[] { call.TargetMethod },
        IObjectCreationOperation { Constructor: { } constructor } => new[] { constructor },
        IPropertyReferenceOperation property => new[] { property.Property.GetMethod, property.Property.SetMethod }.OfType<IMethodSymbol>(),
        IMethodReferenceOperation reference => new[] { reference.Method },
        _ => Array.Empty<IMethodSymbol>(),
    };

    private IOperation? BodyOf(IMethodSymbol method)
    {
        if (_bodies.TryGetValue(method, out var known)) return known;
        var syntax = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        var body = syntax is null ? null : _context.ModelOf(syntax.SyntaxTree).GetOperation(syntax);
        _bodies[method] = body;
        return body;
    }

    private List<(IMethodSymbol Method, IOperation Body)> AllBodies()
    {
        if (_allBodies is not null) return _allBodies;
        _allBodies = new();
        foreach (var tree in _context.Compilation.SyntaxTrees)
        {
            var model = _context.ModelOf(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var method = node switch
                {
                    BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax => model.GetDeclaredSymbol(node) as IMethodSymbol,
                    BasePropertyDeclarationSyntax { Parent: not null } property when node is PropertyDeclarationSyntax { ExpressionBody: not null } or IndexerDeclarationSyntax { ExpressionBody: not null }
                        => (model.GetDeclaredSymbol(property) as IPropertySymbol)?.GetMethod,
                    _ => null,
                };
                if (method is not null && BodyOf(method) is { } body) _allBodies.Add((method, body));
            }
        }
        return _allBodies;
    }

    // ---- what code reads and writes ----

    /// <summary>Library members with no effect the program can see (string, Math, char and number members, lookups).</summary>
    public static bool IsPureLibraryCall(IMethodSymbol method) =>
        method.DeclaringSyntaxReferences.Length == 0
        && (method.ContainingType.SpecialType is >= SpecialType.System_Object and <= SpecialType.System_String
            || method.ContainingType.Name is "Math" or "Exception" or "MemberInfo" or "Type"
            || method.Name is "Contains" or "ContainsKey" or "ContainsValue" or "IndexOf" or "GetValueOrDefault");

    public static ISymbol? ReadVariable(IOperation op) => op switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        _ => null,
    };

    /// <summary>The locals, parameters and fields the code assigns.</summary>
    public static IEnumerable<ISymbol> WrittenSymbols(IOperation code) =>
        code.DescendantsAndSelf().Select(op => op switch
        {
            IAssignmentOperation assignment => ReadVariable(assignment.Target),
            IIncrementOrDecrementOperation increment => ReadVariable(increment.Target),
            _ => null,
        }).OfType<ISymbol>();

    public static bool CallsProgramCode(IOperation code) =>
        code.DescendantsAndSelf().Any(op => op is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke }
            || CalledMethods(op).Any(m => m.DeclaringSyntaxReferences.Length > 0));
}
