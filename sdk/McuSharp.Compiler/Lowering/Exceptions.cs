using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// .NET's exception types on the device. Each library type McuSharp supports is a Python class of the same name in
/// Runtime/exceptions.py (System.Exception is Exception_), in .NET's hierarchy. The VM's own errors cannot derive
/// from those classes (MicroPython allows one native base), so each stands for one .NET type: a catch clause lists
/// the errors standing for its type or a type derived from it, and the runtime's _net turns a caught error into
/// the .NET exception before the handler looks at it.
/// </summary>
internal static class ExceptionTypes
{
    /// <summary>The MicroPython errors and the .NET exception each stands for (the same table as _net in Runtime/exceptions.py).</summary>
    private static readonly (string Python, string DotNet)[] VmErrors =
    {
        ("ZeroDivisionError", "System.DivideByZeroException"),
        ("OverflowError", "System.OverflowException"),
        ("IndexError", "System.IndexOutOfRangeException"),
        ("KeyError", "System.Collections.Generic.KeyNotFoundException"),
        ("ValueError", "System.FormatException"),
        ("AttributeError", "System.NullReferenceException"),
        ("TypeError", "System.NullReferenceException"),
        ("MemoryError", "System.OutOfMemoryException"),
    };

    /// <summary>The .NET exception a MicroPython error stands for (`ZeroDivisionError` → System.DivideByZeroException), or null.</summary>
    public static string? DotNetNameOfVmError(string pythonName) =>
        VmErrors.Where(e => e.Python == pythonName).Select(e => e.DotNet).FirstOrDefault();

    /// <summary>The library exception types with a class in the runtime, by full name.</summary>
    private static readonly Dictionary<string, string> LibraryClasses = new(StringComparer.Ordinal)
    {
        ["System.Exception"] = "Exception_",
        ["System.SystemException"] = "SystemException",
        ["System.ApplicationException"] = "ApplicationException",
        ["System.ArithmeticException"] = "ArithmeticException",
        ["System.DivideByZeroException"] = "DivideByZeroException",
        ["System.OverflowException"] = "OverflowException",
        ["System.ArgumentException"] = "ArgumentException",
        ["System.ArgumentNullException"] = "ArgumentNullException",
        ["System.ArgumentOutOfRangeException"] = "ArgumentOutOfRangeException",
        ["System.IndexOutOfRangeException"] = "IndexOutOfRangeException",
        ["System.InvalidCastException"] = "InvalidCastException",
        ["System.InvalidOperationException"] = "InvalidOperationException",
        ["System.Collections.Generic.KeyNotFoundException"] = "KeyNotFoundException",
        ["System.NullReferenceException"] = "NullReferenceException",
        ["System.FormatException"] = "FormatException",
        ["System.NotSupportedException"] = "NotSupportedException",
        ["System.NotImplementedException"] = "NotImplementedException",
        ["System.OutOfMemoryException"] = "OutOfMemoryException",
        ["System.TimeoutException"] = "TimeoutException",
    };

    public static string SupportedTypesText => string.Join(", ", LibraryClasses.Keys.Select(k => k[(k.LastIndexOf('.') + 1)..]));

    /// <summary>Whether a program's exception class has its own ToString(); .NET's holds the stack trace.</summary>
    public static bool ProgramOverridesToString(ITypeSymbol type)
    {
        for (var t = type; t is not null && t.DeclaringSyntaxReferences.Length > 0; t = t.BaseType)
            if (t.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Parameters.Length == 0)) return true;
        return false;
    }

    public static bool IsException(ITypeSymbol? type)
    {
        for (var t = type; t is not null; t = t.BaseType)
            if (FullName(t) == "System.Exception") return true;
        return false;
    }

    private static string FullName(ITypeSymbol type) => type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;

    /// <summary>
    /// The Python class of a library exception type (emitted into mcus_rt.py with its bases), or null when McuSharp has
    /// none. A program's own exception class derives from it and calls its __init__(self, message=None, inner=None);
    /// the class attribute _full holds the class's full name (System.Exception's default message shows it). The default
    /// messages and InnerException come with the class only where the program can see them (feature Exception_.defaults).
    /// </summary>
    public static PyName? LibraryExceptionClass(ProgramContext context, INamedTypeSymbol type)
    {
        if (type.DeclaringSyntaxReferences.Length > 0 || !LibraryClasses.TryGetValue(FullName(type), out var name)) return null;
        if (context.ExceptionReach.DefaultMessagesSeen) context.Feature("Exception_.defaults");
        return context.Helper(name);
    }

    /// <summary>
    /// What `except` lists for catch (<paramref name="type"/>): MicroPython's Exception for System.Exception (it is the
    /// base of every error), else the type's class and the VM errors standing for the type or one derived from it.
    /// Null when the type has no class on the device.
    /// </summary>
    /// <param name="classTested">Whether the handler tests the (translated) exception for the type's class.</param>
    public static IReadOnlyList<PyName>? CatchClasses(ProgramContext context, ITypeSymbol type, bool classTested)
    {
        if (type.SpecialType == SpecialType.System_Object || FullName(type) == "System.Exception") return new[] { new PyName("Exception") };
        if (type is not INamedTypeSymbol named) return null;
        var vmErrors = VmErrors.Where(e => DerivesFrom(context.Compilation.GetTypeByMetadataName(e.DotNet), type)).Select(e => new PyName(e.Python)).ToList();
        // The runtime raises VM errors for the types in VmErrors, and only _net makes their classes (from a caught
        // error, which reaches a raise only through `throw e;`): the class is caught only where the program makes one.
        if (!classTested && VmErrors.Any(e => e.DotNet == FullName(named)) && !context.ExceptionReach.InstancesMade(named)) return vmErrors;
        var own = LibraryExceptionClass(context, named)
            ?? (named.DeclaringSyntaxReferences.Length > 0 && context.Names.GlobalName(named) is { } userName ? new PyName(userName) : null);
        if (own is null) return null;
        return vmErrors.Prepend(own).ToList();
    }

    /// <summary>Whether a caught exception may be one of the VM's errors, which a handler must translate before using it.</summary>
    public static bool MayCatchVmError(IReadOnlyList<PyName> classes) => classes.Count > 1 || classes[0].Id == "Exception" || VmErrors.Any(e => e.Python == classes[0].Id);

    /// <summary>
    /// Whether catch (<paramref name="type"/>) tells a List's ArgumentOutOfRangeException from an array's
    /// IndexOutOfRangeException (which the VM raises for both), so that lists in its try body need their own check.
    /// </summary>
    public static bool SeesListIndexErrors(Compilation compilation, ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Object
        || DerivesFrom(compilation.GetTypeByMetadataName("System.ArgumentOutOfRangeException"), type)
        || DerivesFrom(compilation.GetTypeByMetadataName("System.IndexOutOfRangeException"), type);

    /// <summary>Whether catch (<paramref name="type"/>) can catch a KeyNotFoundException, whose message shows the key.</summary>
    public static bool SeesMissingKeys(Compilation compilation, ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Object || DerivesFrom(compilation.GetTypeByMetadataName("System.Collections.Generic.KeyNotFoundException"), type);

    public static bool DerivesFrom(ITypeSymbol? type, ITypeSymbol ancestor)
    {
        for (var t = type; t is not null; t = t.BaseType)
            if (SymbolEqualityComparer.Default.Equals(t, ancestor)) return true;
        return false;
    }
}

/// <summary>
/// throw, throw expressions, try/catch/finally with exception filters, creating library exceptions and their members.
/// Python's try statement has C#'s order (finally after return, break and continue too; an exception thrown in a
/// catch or finally replaces the one in flight), except for filters: .NET runs them before any finally block on the
/// way; MicroPython unwinds first (see <see cref="CheckFilterOrder"/>).
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>Whether the method being lowered can run inside a try statement whose catch tells list errors from array errors.</summary>
    private bool _listErrorsSeenByCaller;

    /// <summary>The enclosing try statements of the code being lowered whose catch clauses tell list errors from array errors.</summary>
    private int _listErrorsSeenHere;

    /// <summary>Whether a List index in the code being lowered needs its own check (see <see cref="IndexInto"/>).</summary>
    private bool ListIndexErrorsSeen => _listErrorsSeenByCaller || _listErrorsSeenHere > 0;

    private static void AddExceptionMembers(Dictionary<string, MemberLowering> table)
    {
        // ArgumentException and ArgumentOutOfRangeException override Message; C# binds to the override. The runtime's
        // classes keep their whole message (parameter name and all) as args[0]: only a program's override of Message
        // needs the property (feature Exception_.message), base.Message in it is args[0].
        foreach (var type in new[] { "Exception", "ArgumentException", "ArgumentOutOfRangeException" })
            table[type + ".Message/0"] = (f, c) =>
            {
                if (c.Receiver!.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.BaseExpressionSyntax) return new PySubscript(new PyAttribute(Self, "args"), Int(0));
                if (!f._context.ExceptionReach.MessageOverridden) return new PySubscript(new PyAttribute(f.Lower(c.Receiver!), "args"), Int(0));
                f._context.Feature("Exception_.message");
                return new PyAttribute(f.Lower(c.Receiver!), "Message");
            };
        table["Exception.InnerException/0"] = (f, c) => new PyAttribute(f.Lower(c.Receiver!), "InnerException");
        table["ArgumentException.ParamName/0"] = (f, c) =>
        {
            f._context.Feature("ArgumentException.param");
            return new PyAttribute(f.Lower(c.Receiver!), "ParamName");
        };
        table["Exception.GetBaseException/0"] = (f, c) => Call(f.Helper("_exc_base"), f.Lower(c.Receiver!));
        // e.GetType().Name: the Python classes carry .NET's names.
        table["MemberInfo.Name/0"] = (f, c) =>
            c.Receiver is IInvocationOperation { TargetMethod.Name: "GetType", Arguments.Length: 0, Instance: { } instance } && ExceptionTypes.IsException(instance.Type)
                ? new PyAttribute(Call(new PyName("type"), f.Lower(instance)), "__name__")
                : null;
        table["Exception.ToString/0"] = (f, c) => f.UnsupportedMember(c.Operation, ((IInvocationOperation)c.Operation).TargetMethod,
            "an exception's text holds .NET's stack trace, which the device does not have; print e.GetType().Name and e.Message");
        table["Exception.StackTrace/0"] = (f, c) => f.UnsupportedMember(c.Operation, ((IPropertyReferenceOperation)c.Operation).Property,
            "the device has no .NET stack trace; an uncaught exception's traceback shows the C# lines (mcu sim, mcu monitor)");
    }

    /// <summary>Converting an exception to a string (concatenation, interpolation, Console.WriteLine(e)) is its ToString().</summary>
    private PyExpr ExceptionText(IOperation operation) =>
        Unsupported(operation.Syntax, "Converting an exception to a string", "its text holds .NET's stack trace, which the device does not have; print e.GetType().Name and e.Message");

    // ---- creating and throwing ----

    /// <summary>`new InvalidOperationException(message, inner)`.</summary>
    private PyExpr LowerExceptionCreation(IObjectCreationOperation creation, INamedTypeSymbol type)
    {
        if (ExceptionTypes.LibraryExceptionClass(_context, type) is not { } pythonClass)
            return UnsupportedMember(creation, type, "McuSharp supports these exception types: " + ExceptionTypes.SupportedTypesText);
        if (creation.Initializer is not null) return Unsupported(creation.Initializer.Syntax, "An object initializer on an exception", "pass the values to the constructor");
        return ExceptionConstructorCall(pythonClass, Array.Empty<PyExpr>(), creation.Constructor!, creation.Arguments, creation);
    }

    /// <summary>
    /// `: base(message)` in a constructor of a program's class that derives from a library exception: the library
    /// class's __init__ on this object (also for an implicit `base()`, which sets .NET's default message).
    /// </summary>
    /// <returns>Null when the base has no class on the device (TypeLowerer reports it with the class).</returns>
    private PyStmt? LowerBaseExceptionConstructor(INamedTypeSymbol baseType, IInvocationOperation? chained)
    {
        if (ExceptionTypes.LibraryExceptionClass(_context, baseType) is null) return null;
        // super(), not the class's own attribute: without Exception_.defaults no runtime class defines __init__, and
        // MicroPython finds the native Exception's only through super().
        var init = new PyAttribute(Call(new PyName("super")), "__init__");
        var call = chained is null ? Call(init) : ExceptionConstructorCall(init, Array.Empty<PyExpr>(), chained.TargetMethod, chained.Arguments, chained);
        return chained is null ? new PyExprStmt(call) : At(new PyExprStmt(call), chained);
    }

    /// <summary>
    /// A library exception constructor's arguments, matched by parameter name onto the runtime classes'
    /// (message, inner, param, actual) and passed by keyword when C# writes them in another order (C# evaluates
    /// arguments in the order written, and so does Python).
    /// </summary>
    private PyExpr ExceptionConstructorCall(PyExpr function, IReadOnlyList<PyExpr> first, IMethodSymbol constructor, IEnumerable<IArgumentOperation> arguments, IOperation site)
    {
        var slots = new List<(int Slot, string Keyword, PyExpr Value)>();
        foreach (var argument in arguments.OrderBy(a => a.Syntax?.SpanStart ?? int.MaxValue))
        {
            var value = argument.Value;
            (int, string, PyExpr)? slot = argument.Parameter?.Name switch
            {
                "message" => (0, "message", Lower(value)),
                "innerException" => (1, "inner", Lower(value)),
                "paramName" => (2, "param", Lower(value)),
                "actualValue" => ActualValue(value) is { } actual ? (3, "actual", actual) : null,
                _ => null,
            };
            if (slot is null) return UnsupportedMember(site, constructor, "pass a message, an inner exception and, for argument exceptions, a parameter name and a number as the actual value");
            slots.Add(slot.Value);
        }
        if (slots.Any(s => s.Keyword is "param" or "actual")) _context.Feature("ArgumentException.param");
        if (slots.Zip(slots.Skip(1)).Any(pair => pair.First.Slot > pair.Second.Slot))
            return new PyCall(function, first, slots.Select(s => new PyKeyword(s.Keyword, s.Value)).ToList());
        var positional = new PyExpr[slots.Count == 0 ? 0 : slots[^1].Slot + 1];
        Array.Fill(positional, PyConst.None);
        foreach (var (slot, _, value) in slots) positional[slot] = value;
        return new PyCall(function, first.Concat(positional).ToList());
    }

    /// <summary>ArgumentOutOfRangeException's actual value, as .NET prints it ("Actual value was 5."); null for values it cannot print.</summary>
    private PyExpr? ActualValue(IOperation value)
    {
        var inner = WithoutImplicitConversions(value);
        if (inner.ConstantValue is { HasValue: true, Value: null }) return PyConst.None;
        if (KindOf(inner) == ValueKind.String) return Lower(inner); // null: .NET leaves the line out
        return inner.Type is { IsValueType: true } && KindOf(inner) != ValueKind.Other ? Stringify(inner) : null;
    }

    /// <summary>`throw e;` raises it; `throw;` re-raises the exception being handled, unchanged, with its traceback.</summary>
    private void LowerThrow(IThrowOperation throwOperation, List<PyStmt> output) =>
        output.Add(At(new PyRaise(throwOperation.Exception is null ? null : Lower(throwOperation.Exception)), throwOperation));

    /// <summary>A throw expression (`ok ? value : throw new X()`): Python's raise is a statement, so a helper raises.</summary>
    private PyExpr LowerThrowExpression(IThrowOperation throwOperation) =>
        throwOperation.Exception is null
            ? Unsupported(throwOperation.Syntax, "A rethrow in an expression", "write 'throw;' as a statement")
            : Call(Helper("_throw"), Lower(throwOperation.Exception));

    // ---- try ----

    private void LowerTry(ITryOperation tryOperation, List<PyStmt> output)
    {
        var before = CaptureFacts();
        var seesListErrors = tryOperation.Catches.Any(c => ExceptionTypes.SeesListIndexErrors(_context.Compilation, c.ExceptionType));
        if (seesListErrors) _listErrorsSeenHere++;
        var body = LowerBlock(tryOperation.Body);
        if (seesListErrors) _listErrorsSeenHere--;

        // An exception can leave the body after any of its writes: a handler knows only what the body does not change.
        var atThrow = FactsWithout(before, tryOperation.Body);
        var handlers = LowerCatches(tryOperation, atThrow);
        var final = new List<PyStmt>();
        if (tryOperation.Finally is { } finallyBlock)
        {
            RestoreFacts(FactsWithout(before, tryOperation));
            final = LowerBlock(finallyBlock);
        }
        if (handlers.Count == 0 && final.Count == 0)
        {
            output.AddRange(body); // try { ... } finally { } with nothing to do at the end
            return;
        }
        output.Add(At(new PyTry(body, handlers, Array.Empty<PyStmt>(), final), tryOperation));
    }

    /// <summary>The facts that hold wherever <paramref name="code"/> is left early: those about variables it does not write.</summary>
    private static Dictionary<ISymbol, Interval> FactsWithout(Dictionary<ISymbol, Interval>? facts, IOperation code)
    {
        var kept = new Dictionary<ISymbol, Interval>(facts ?? new Dictionary<ISymbol, Interval>(SymbolEqualityComparer.Default), SymbolEqualityComparer.Default);
        foreach (var written in WrittenVariables(code)) kept.Remove(written);
        return kept;
    }

    /// <summary>
    /// Catch clauses up to the first one with a filter become `except` clauses of their own. From there on, one clause
    /// takes every type they catch and tests them in C#'s order, because a filter that is false passes the exception on
    /// to the next clause of the same try, and Python has no way back from inside an `except` clause.
    /// </summary>
    private List<PyExceptHandler> LowerCatches(ITryOperation tryOperation, Dictionary<ISymbol, Interval> atThrow)
    {
        var handlers = new List<PyExceptHandler>();
        var catches = tryOperation.Catches;
        var firstFiltered = 0;
        while (firstFiltered < catches.Length && catches[firstFiltered].Filter is null) firstFiltered++;
        foreach (var clause in catches.Take(firstFiltered))
        {
            if (CatchClasses(clause, classTested: false) is not { } classes) continue;
            var name = CaughtVariable(clause) is { } variable && IsUsed(variable, clause) ? DeclareLocal(variable) : null;
            var body = new List<PyStmt>();
            if (name is not null && ExceptionTypes.MayCatchVmError(classes)) body.Add(Translation(name, clause));
            RestoreFacts(atThrow);
            body.AddRange(LowerBlock(clause.Handler));
            handlers.Add(new PyExceptHandler(ClassList(classes), name, body));
        }
        if (firstFiltered < catches.Length) LowerFilteredCatches(tryOperation, catches.Skip(firstFiltered).ToList(), atThrow, handlers);
        return handlers;
    }

    private void LowerFilteredCatches(ITryOperation tryOperation, List<ICatchClauseOperation> clauses, Dictionary<ISymbol, Interval> atThrow, List<PyExceptHandler> handlers)
    {
        var classesOf = clauses.Select(c => CatchClasses(c, classTested: true)).ToList();
        if (classesOf.Any(c => c is null)) return;
        var all = classesOf.SelectMany(c => c!).DistinctBy(c => c.Id).ToList();
        if (all.Any(c => c.Id == "Exception")) all = new List<PyName> { new("Exception") };

        // Every clause's variable is the one Python name the `except` binds (each is scoped to its clause in C#),
        // unless a catch clause inside them binds that name too: Python deletes it at the end of that clause.
        var declared = clauses.Select(CaughtVariable).OfType<ILocalSymbol>().ToList();
        var nestedNames = clauses.SelectMany(c => c.Handler.Descendants().OfType<ICatchClauseOperation>()).Select(CaughtVariable).OfType<ILocalSymbol>()
            .Select(v => DeclareLocal(v)).ToHashSet();
        var name = declared.Count > 0 && !nestedNames.Contains(_context.Names.LocalName(declared[0].Name)) ? DeclareLocal(declared[0]) : NewTemp().Id;
        foreach (var variable in declared.Where(v => !_locals.ContainsKey(v))) _locals[variable] = name;
        var caught = new PyName(name);

        var tests = new List<(List<PyStmt> Prelude, PyExpr? Condition, List<PyStmt> Body)>();
        foreach (var (clause, classes) in clauses.Zip(classesOf))
        {
            // No test where the clause catches all that the `except` does.
            PyExpr? typeTest = classes![0].Id == "Exception" || all.All(c => classes.Any(k => k.Id == c.Id)) ? null : Call(new PyName("isinstance"), caught, classes[0]);
            var prelude = new List<PyStmt>();
            var condition = typeTest;
            if (clause.Filter is { } filter)
            {
                CheckFilterOrder(tryOperation, filter);
                RestoreFacts(atThrow);
                var test = LowerCondition(filter);
                if (CannotThrow(filter, CaughtVariable(clause)))
                {
                    condition = typeTest is null ? test : new PyBoolOp(PyBoolOperator.And, typeTest, test);
                }
                else
                {
                    // A filter that throws counts as false in .NET.
                    var matched = NewTemp();
                    var evaluate = new PyTry(new PyStmt[] { At(new PyAssign(matched, test), filter) },
                        new[] { new PyExceptHandler(new PyName("Exception"), null, new PyStmt[] { new PyPass() }) }, Array.Empty<PyStmt>(), Array.Empty<PyStmt>());
                    prelude.Add(At(new PyAssign(matched, PyConst.False), filter));
                    prelude.Add(typeTest is null ? evaluate : new PyIf(typeTest, new PyStmt[] { evaluate }, Array.Empty<PyStmt>()));
                    condition = matched;
                }
            }
            RestoreFacts(atThrow);
            tests.Add((prelude, condition, LowerBlock(clause.Handler)));
        }

        // Built from the last clause back: each clause's test runs only when the ones before it did not match.
        List<PyStmt> chain = new() { new PyRaise(null) };
        for (var i = tests.Count - 1; i >= 0; i--)
        {
            var (prelude, condition, body) = tests[i];
            chain = condition is null ? prelude.Concat(body).ToList() : prelude.Append(new PyIf(condition, body, chain)).ToList();
        }
        if (ExceptionTypes.MayCatchVmError(all)) chain.Insert(0, Translation(name, clauses[0]));
        handlers.Add(new PyExceptHandler(ClassList(all), name, chain));
    }

    /// <summary>`e = _net(e)`: a caught VM error becomes the .NET exception it stands for, with Message and the rest.</summary>
    private PyStmt Translation(string name, ICatchClauseOperation clause) =>
        At(new PyAssign(new PyName(name), Call(Helper("_net"), new PyName(name))), clause);

    private IReadOnlyList<PyName>? CatchClasses(ICatchClauseOperation clause, bool classTested)
    {
        if (ExceptionTypes.CatchClasses(_context, clause.ExceptionType, classTested) is { } classes) return classes;
        var syntax = (clause.Syntax as Microsoft.CodeAnalysis.CSharp.Syntax.CatchClauseSyntax)?.Declaration?.Type ?? clause.Syntax;
        _context.Report(McuDiagnostics.UnsupportedMember, syntax, clause.ExceptionType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
            "McuSharp supports catching these exception types: " + ExceptionTypes.SupportedTypesText);
        return null;
    }

    private static PyExpr ClassList(IReadOnlyList<PyName> classes) => classes.Count == 1 ? classes[0] : new PyTuple(classes);

    private static ILocalSymbol? CaughtVariable(ICatchClauseOperation clause) =>
        (clause.ExceptionDeclarationOrExpression as IVariableDeclaratorOperation)?.Symbol;

    private static bool IsUsed(ILocalSymbol variable, ICatchClauseOperation clause) =>
        clause.Handler.DescendantsAndSelf().Concat(clause.Filter?.DescendantsAndSelf() ?? Enumerable.Empty<IOperation>())
            .OfType<ILocalReferenceOperation>().Any(r => SymbolEqualityComparer.Default.Equals(r.Local, variable));

    /// <summary>
    /// A filter that reads only values and the caught exception's members, with operators that cannot throw
    /// (no calls, no division, no member of anything that could be null).
    /// </summary>
    private static bool CannotThrow(IOperation filter, ILocalSymbol? caught) =>
        filter.DescendantsAndSelf().All(op => op switch
        {
            ILiteralOperation or ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation { Field.IsStatic: true } => true,
            { ConstantValue.HasValue: true } => true,
            IConversionOperation { IsImplicit: true } => true,
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, OperatorMethod: null } => true,
            IBinaryOperation { OperatorMethod: null, IsChecked: false } b => b.OperatorKind is not (BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } b => b.LeftOperand.Type?.SpecialType == SpecialType.System_String,
            IPropertyReferenceOperation { Property.Name: "Message" or "InnerException" or "ParamName", Instance: ILocalReferenceOperation receiver } =>
                SymbolEqualityComparer.Default.Equals(receiver.Local, caught),
            _ => false,
        });

    /// <summary>
    /// .NET evaluates a filter before it runs the finally blocks between the throw and the catch clause; MicroPython
    /// runs them first. The order shows when the filter has effects or reads what such a finally block changes: then it
    /// is refused (MCU0009).
    /// </summary>
    private void CheckFilterOrder(ITryOperation tryOperation, IOperation filter)
    {
        var finallyBlocks = _context.ExceptionReach.FinallyBlocksReachedFrom(tryOperation.Body);
        if (finallyBlocks.Count == 0) return;
        if (FilterOrderShows(filter, finallyBlocks) is { } why) _context.Report(McuDiagnostics.FilterAfterFinally, filter.Syntax, why);
    }

    private static string? FilterOrderShows(IOperation filter, IReadOnlyList<IOperation> finallyBlocks)
    {
        foreach (var op in filter.DescendantsAndSelf())
        {
            switch (op)
            {
                case IAssignmentOperation or IIncrementOrDecrementOperation:
                    return "it assigns a variable";
                case IInvocationOperation call when !ExceptionReach.IsPureLibraryCall(call.TargetMethod):
                    return $"it calls '{call.TargetMethod.Name}'";
                case IObjectCreationOperation { Constructor: { } constructor } when constructor.DeclaringSyntaxReferences.Length > 0:
                case IPropertyReferenceOperation { Property.DeclaringSyntaxReferences.Length: > 0 }:
                    return "it runs the program's own code";
            }
        }
        var reads = filter.DescendantsAndSelf().Select(ExceptionReach.ReadVariable).OfType<ISymbol>().ToHashSet<ISymbol>(SymbolEqualityComparer.Default);
        var readsFields = reads.Any(r => r is IFieldSymbol);
        foreach (var block in finallyBlocks)
        {
            foreach (var written in ExceptionReach.WrittenSymbols(block))
                if (reads.Contains(written)) return $"a finally block changes '{written.Name}'";
            if (readsFields && ExceptionReach.CallsProgramCode(block)) return "it reads a field that a method called in a finally block may change";
        }
        return null;
    }
}
