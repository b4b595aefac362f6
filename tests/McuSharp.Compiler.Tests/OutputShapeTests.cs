using McuSharp.Compiler.Frontend;

namespace McuSharp.Compiler.Tests;

/// <summary>The shape of the build output: deterministic bytes, and the module split of a project with several namespaces.</summary>
[TestClass]
public sealed class OutputShapeTests
{
    private static CompileResult Build(string program) => McuCompiler.Compile(CompilationFactory.FromText(ProgramCorpus.Sources(program)));

    private static string MainOf(string program)
    {
        var result = Build(program);
        Assert.IsTrue(result.Success, program);
        return result.Modules.Single(m => m.FileName == "main.py").Text;
    }

    [TestMethod]
    public void TheSameInputGivesTheSameBytes()
    {
        foreach (var program in new[] { "MultiNamespaceProject", "ClassesBasics.cs", "GenericsBasics.cs", "DictionaryOrderEscapes.cs" })
        {
            var first = Build(program);
            var second = Build(program);
            Assert.IsTrue(first.Success, program);
            CollectionAssert.AreEqual(first.Modules.Select(m => m.FileName + "\n" + m.Text).ToList(), second.Modules.Select(m => m.FileName + "\n" + m.Text).ToList(), program);
            Assert.AreEqual(first.SourceMap.ToJson(null), second.SourceMap.ToJson(null), program);
        }
    }

    [TestMethod]
    public void EachNamespaceIsAModuleAndMainOnlyRunsTheProgram()
    {
        var result = Build("MultiNamespaceProject");
        Assert.IsTrue(result.Success);
        CollectionAssert.AreEquivalent(new[] { "main.py", "station_sensors.py", "station_net.py", "station.py", "program.py", "mcus_rt.py" }, result.Modules.Select(m => m.FileName).ToList());
        var main = result.Modules.Single(m => m.FileName == "main.py").Text;
        Assert.IsFalse(main.Contains("class ") || main.Contains("def "), "main.py defines nothing:\n" + main);
        StringAssert.EndsWith(main.TrimEnd(), "station.Main()");
        // A module whose classes derive from another's imports it first; the rest only after its own definitions.
        var net = result.Modules.Single(m => m.FileName == "station_net.py").Text;
        StringAssert.StartsWith(net, "import station_sensors\n");
        var sensors = result.Modules.Single(m => m.FileName == "station_sensors.py").Text;
        StringAssert.EndsWith(sensors.TrimEnd(), "import station_net");
        Assert.IsTrue(result.Modules.All(m => m.FileName == "mcus_rt.py" || m.FileName == "main.py" || !m.Text.Contains("import main")), "no module imports main.py (on a board it runs as __main__)");
    }

    [TestMethod]
    public void ASearchOfTheSameTextBoundsSubstring()
    {
        var main = MainOf("SubstringAfterSearch.cs");
        // eq + 1 cannot pass the end; Substring(0, eq) fails only for eq = -1, with .NET's negative-length error.
        StringAssert.Contains(main, "return (line[:eq] if eq >= 0 else _argneg('length', eq)) + '|' + line[eq + 1:]");
        // A reassigned text keeps both tests.
        StringAssert.Contains(main, "line[:eq] if 0 <= eq <= len(line) else _substr(line, 0, eq)");
    }

    private static string RuntimeOf(string program) => Build(program).Modules.Single(m => m.FileName == "mcus_rt.py").Text;

    [TestMethod]
    public void AParseErrorNobodyReadsIsTheVmsOwn()
    {
        var main = MainOf("ParseMessagesNeverSeen.cs");
        StringAssert.Contains(main, "    except ValueError:\n");
        Assert.IsFalse(main.Contains("FormatException"), main);
        var runtime = RuntimeOf("ParseMessagesNeverSeen.cs");
        StringAssert.StartsWith(runtime, "def _parse_int(s):\n v = int(s)\n");
        Assert.IsFalse(runtime.Contains("correct format"), runtime);
        // Where a catch reads it, the message is .NET's.
        StringAssert.Contains(RuntimeOf("ParseMessagesSeenWhereRead.cs"), "was not in a correct format.");
    }

    [TestMethod]
    public void TheOnlyParseOfAProgramIsInlined()
    {
        var main = MainOf("ParseInlinedWhereOnlyCall.cs");
        StringAssert.Contains(main, "    value = int(_t0 := line[eq + 1:])\n    if '_' in _t0:\n        raise ValueError\n");
        Assert.IsFalse(main.Contains("_parse_int"), main);
    }

    [TestMethod]
    public void ArgumentErrorClassesNobodyNamesAreLeftOut()
    {
        var runtime = RuntimeOf("ArgumentOutOfRangeAloneThenUncaught.cs");
        StringAssert.StartsWith(runtime, "Exception_ = Exception\nclass ArgumentOutOfRangeException(Exception_):\n pass\n");
        Assert.IsFalse(runtime.Contains("class ArgumentException") || runtime.Contains("class SystemException") || runtime.Contains("ParamName"), runtime);
        // A catch that names ArgumentException keeps it, without SystemException.
        StringAssert.Contains(RuntimeOf("ArgumentErrorsComposedByTheRuntime.cs"), "class ArgumentException(Exception_):");
    }

    [TestMethod]
    public void AStoreGuardedByConditionsBoundsTheField()
    {
        var main = MainOf("StructFieldsNarrowedByConditions.cs");
        // Pos is stored only where 0 <= next.X < 1000 and 0 <= next.Y < 1000: the sums of Pos and Step cannot wrap.
        StringAssert.Contains(main, "            next_X = b.Pos_X + b.Step_X\n            next_Y = b.Pos_Y + b.Step_Y\n            if next_X < 0");
    }

    [TestMethod]
    public void AFieldUpdatedInALoopAndReadRarelyIsWrappedWhereRead()
    {
        var main = MainOf("FieldCountersDeferTheirWraps.cs");
        StringAssert.Contains(main, "        self._total += self.Weigh(reading)\n        self._updates += 1\n        self._energy -= reading\n");
        StringAssert.Contains(main, "return _wrap32(self._total)");
        StringAssert.Contains(main, "return _wrap64(self._energy)");
        // Read as often as it is updated: the check stays at the update.
        StringAssert.Contains(main, "self._ticks = -0x80000000 if (_t0 := self._ticks + 1) >> 31 > 0 else _t0");
    }

    [TestMethod]
    public void AMethodsReturnRangeBoundsTheSumOfItsResults()
    {
        var main = MainOf("MethodReturnRanges.cs");
        // Clamped returns 0..100000 and runs 300 times: the sum never leaves Int32, so it is printed as it is.
        StringAssert.Contains(main, "print('clamped %s rejected %s' % (total, rejected))");
        StringAssert.Contains(main, "_wrap32(weights) if weights >> 31 and ~weights >> 31 else weights");
    }

    [TestMethod]
    public void AFreshListFilledByALoopIsOneComprehension()
    {
        var main = MainOf("ListBuiltInALoop.cs");
        StringAssert.Contains(main, "points = [Point(i % 4, i * i - 3) for i in range(6)]");
        // Inside a try statement the handler could see the partial list.
        StringAssert.Contains(main, "partial.append(Step(i))");
    }

    [TestMethod]
    public void ALoopWhoseCounterOnlyPicksTheElementIteratesTheArray()
    {
        var main = MainOf("ElementLoops.cs");
        StringAssert.Contains(main, "for c in cells:");
        StringAssert.Contains(main, "for v in numbers:");
        StringAssert.Contains(main, "for w in words:");
        StringAssert.Contains(main, "for c in local:");
        // A bound that is not the array's length, an array assigned again, a counter used for more: still indexed.
        foreach (var array in new[] { "longer", "shorter", "swapped", "marks" }) Assert.IsFalse(main.Contains(" in " + array + ":"), array + ":\n" + main);
    }
    [TestMethod]
    public void AStructZeroOfConstantsIsClassAttributesAndNeighbouringStoresShareWork()
    {
        var zeroes = MainOf("StructZeroesAsClassFields.cs");
        StringAssert.Contains(zeroes, "class Cell:\n    Row = Column = 0\n", zeroes);
        var stores = MainOf("ConsecutiveElementStores.cs");
        // One read of slots[i] serves the three stores of the first loop; the index change (j++) reads the element again.
        Assert.AreEqual(1, stores.Split("= slots[i]").Length - 1, stores);
        StringAssert.Contains(stores, "_t0.Third_A, _t0.Third_B = ", stores);
        StringAssert.Contains(stores, "x = y = z = w = 0", stores);
    }

    [TestMethod]
    public void ASignedDivisionByAPowerOfTwoIsAShift()
    {
        var main = MainOf("TruncatingDivisionByPowersOfTwo.cs");
        StringAssert.Contains(main, ">> 31 & 255) >> 8", main);
        StringAssert.Contains(main, ">> 63 & 7) >> 3", main);
    }

    [TestMethod]
    public void AFlattenedFieldThatOnlyShrinksNeedsNoWrap()
    {
        var main = MainOf("FlattenedFieldRanges.cs");
        var speed = main.Split('\n').Single(l => l.TrimStart().StartsWith("b.Speed_X, b.Speed_Y = "));
        Assert.IsFalse(speed.Contains("_wrap32") || speed.Contains(">> 31 >"), speed);
        var growing = main.Split('\n').First(l => l.TrimStart().StartsWith("self.Growing_X, self.Growing_Y = ") && l.Contains('*'));
        Assert.IsTrue(growing.Contains("_wrap32") || growing.Contains("<< 32"), growing);
    }
}
