using System.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Parameter ranges from call sites. The compiler sees the whole program, so a parameter of one of its methods
/// holds only what its callers pass: `CountPrimes(30000 - r)` with r in 0..3 gives limit in 29997..30000.
/// Each round recomputes every call site's argument ranges under the previous round's parameter facts; every
/// round is sound on its own (it starts from "anything"), so stopping after a fixed number of rounds is safe.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>Argument ranges seen at call sites in this analysis run; null entries mean "anything".</summary>
    private Dictionary<IParameterSymbol, Interval?>? _callRecorder;

    private void RecordCalls(IOperation operation)
    {
        if (_callRecorder is null) return;
        foreach (var call in operation.DescendantsAndSelf().OfType<IInvocationOperation>())
        {
            if (call.TargetMethod.DeclaringSyntaxReferences.Length == 0) continue;
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is not { } parameter) continue;
                var kind = ValueKinds.Of(parameter.Type);
                Interval? range = kind.IsInteger() || kind == ValueKind.Char ? ValueRange(argument.Value) : null;
                parameter = parameter.OriginalDefinition;
                if (range is null) _callRecorder[parameter] = null;
                else if (!_callRecorder.TryGetValue(parameter, out var previous)) _callRecorder[parameter] = range;
                else if (previous is { } p) _callRecorder[parameter] = new Interval(BigInteger.Min(p.Lo, range.Value.Lo), BigInteger.Max(p.Hi, range.Value.Hi));
            }
        }
    }

    /// <summary>Runs the flow analysis over one method, recording the ranges of the arguments it passes.</summary>
    private void RecordCallSites(IMethodSymbol? method, SyntaxNode syntax, Dictionary<IParameterSymbol, Interval?> recorder)
    {
        _callRecorder = recorder;
        var operation = _model.GetOperation(syntax);
        if (operation is not null) StartFlow(method, operation);
        switch (operation)
        {
            case IMethodBodyOperation { BlockBody: var block, ExpressionBody: var expression } when (block ?? expression) is { } body:
                Simulate(body);
                break;
            case { } initializer: // a static field initializer
                Simulate(initializer);
                break;
        }
        _callRecorder = null;
    }

    internal static class CallSiteRanges
    {
        private const int Rounds = 3;

        /// <param name="bodies">Every method, and every static field initializer (with a null method): all the code that can call.</param>
        public static void Compute(ProgramContext context, IReadOnlyList<(IMethodSymbol? Method, SyntaxNode Syntax)> bodies)
        {
            var methods = bodies.Where(b => b.Method is not null).Select(b => (Method: b.Method!, b.Syntax)).ToList();
            // A method used as a value (a delegate) can be called from anywhere: its parameters stay unknown.
            var escaping = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            foreach (var (_, syntax) in bodies)
            {
                if (context.ModelOf(syntax.SyntaxTree).GetOperation(syntax) is not { } body) continue;
                foreach (var reference in body.DescendantsAndSelf().OfType<IMethodReferenceOperation>()) escaping.Add(reference.Method.OriginalDefinition);
            }
            for (var round = 0; round < Rounds; round++)
            {
                var recorder = new Dictionary<IParameterSymbol, Interval?>(SymbolEqualityComparer.Default);
                foreach (var (method, syntax) in bodies)
                {
                    try
                    {
                        new FunctionLowerer(context, context.ModelOf(syntax.SyntaxTree)).RecordCallSites(method, syntax, recorder);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        context.ParameterFacts.Clear(); // the analysis is an optimisation: without it, everything is unknown
                        return;
                    }
                }
                context.ParameterFacts.Clear();
                foreach (var (method, _) in methods)
                {
                    if (escaping.Contains(method.OriginalDefinition) || method.MethodKind != MethodKind.Ordinary) continue;
                    foreach (var parameter in method.Parameters.Where(p => p.RefKind == RefKind.None))
                    {
                        // A parameter nobody passes a value to belongs to an uncalled method (or the entry point).
                        if (recorder.TryGetValue(parameter, out var range) && range is { } r && r.Within(ValueKinds.Of(parameter.Type).Range()))
                            context.ParameterFacts[parameter] = r;
                    }
                }
            }
        }
    }
}
