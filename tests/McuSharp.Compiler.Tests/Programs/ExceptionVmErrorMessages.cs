using System;
using System.Collections.Generic;
using System.Text;

// Errors the MicroPython VM or the runtime's checks raise, caught as the .NET types they stand for, with .NET's
// messages: division by zero, array, string and list indexes, missing keys of each key type, null receivers,
// checked overflow, int.Parse, a duplicate key, a negative array size.
enum Mode { Idle, Run, Sleep = 7 }

struct Point
{
    public int X, Y;

    public Point(int x, int y) { X = x; Y = y; }

    public override string ToString() => "(" + X + ", " + Y + ")";
}

class Tag
{
}

static class ExceptionVmErrorMessages
{
    static int zero;
    static string nothing;
    static int[] noArray;

    static void Report(int step)
    {
        try
        {
            Run(step);
            Console.WriteLine(step + ": no exception");
        }
        catch (Exception e)
        {
            Console.WriteLine(step + ": " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Run(int step)
    {
        int[] numbers = { 1, 2, 3 };
        List<string> names = new List<string> { "a", "b" };
        string word = "word";
        long big = long.MaxValue;
        switch (step)
        {
            case 0: Console.WriteLine(7 / zero); break;
            case 1: Console.WriteLine(7 % zero); break;
            case 2: Console.WriteLine(big / zero); break;
            case 3: Console.WriteLine(numbers[numbers.Length]); break;
            case 4: Console.WriteLine(numbers[zero - 1]); break;
            case 5: numbers[5 + zero] = 1; break;
            case 6: Console.WriteLine(word[word.Length + zero]); break;
            case 7: Console.WriteLine(word[zero - 2]); break;
            case 8: Console.WriteLine(names[2 + zero]); break;
            case 9: names[zero - 1] = "x"; break;
            case 10: names.RemoveAt(names.Count + zero); break;
            case 11: names.Insert(3 + zero, "y"); break;
            case 12: Console.WriteLine(new Dictionary<string, int>()["key"]); break;
            case 13: Console.WriteLine(new Dictionary<int, int> { [1] = 1 }[-40 + zero]); break;
            case 14: Console.WriteLine(new Dictionary<char, int>()['q']); break;
            case 15: Console.WriteLine(new Dictionary<bool, int>()[zero == 0]); break;
            case 16: Console.WriteLine(new Dictionary<double, int>()[2.0 + zero]); break;
            case 17: Console.WriteLine(new Dictionary<double, int>()[0.1 + 0.2 + zero]); break;
            case 18: Console.WriteLine(new Dictionary<long, string> { [1L] = "one" }[big]); break;
            case 19: Console.WriteLine(nothing.Length); break;
            case 20: Console.WriteLine(nothing.ToUpper()); break;
            case 21: Console.WriteLine(noArray[0]); break;
            case 22: Console.WriteLine(noArray.Length); break;
            case 23: Console.WriteLine(checked(int.MaxValue + numbers[0])); break;
            case 24: Console.WriteLine(checked(big * 2)); break;
            case 25: Console.WriteLine(int.Parse("12a")); break;
            case 26: Console.WriteLine(int.Parse("99999999999")); break;
            case 27: Console.WriteLine(byte.Parse("256")); break;
            case 28: Console.WriteLine(short.Parse("-40000")); break;
            case 29: Console.WriteLine(uint.Parse("-1")); break;
            case 30: Console.WriteLine(long.Parse("")); break;
            case 31: Console.WriteLine(int.Parse(nothing)); break;
            case 32: new Dictionary<string, int> { { "k", 1 }, { "k", 2 } }.Add("z", 0); break;
            case 33: var d = new Dictionary<int, int>(); d.Add(5, 1); d.Add(5, 2); break;
            case 34: Console.WriteLine(new int[zero - 3].Length); break;
            case 35: Console.WriteLine(Math.Abs(int.MinValue + zero)); break;
            case 36: Console.WriteLine(Math.Clamp(5, 9, 2 + zero)); break;
            case 37: Console.WriteLine(Math.Sign(double.NaN + zero)); break;
            case 38: Console.WriteLine((7 + zero).ToString("Q" + zero)); break;
            case 39: Console.WriteLine(new StringBuilder().Append(nothing.Length)); break;
            case 40: Console.WriteLine(ulong.Parse("18446744073709551616")); break;
            case 41: Console.WriteLine(sbyte.Parse("128")); break;
            case 42: Console.WriteLine(ushort.Parse("65536")); break;
            case 43: Console.WriteLine(new Dictionary<Mode, int> { [Mode.Idle] = 1 }[Mode.Sleep]); break;
            case 44: Console.WriteLine(new Dictionary<Mode, int>()[(Mode)(3 + zero)]); break;
            case 45: Console.WriteLine(new Dictionary<float, int>()[1.1f + zero]); break;
            case 46: Console.WriteLine(new Dictionary<double, int>()[double.NaN + zero]); break;
            case 47: Console.WriteLine(new Dictionary<Point, int>()[new Point(2, zero)]); break;
            case 48: Console.WriteLine(new Dictionary<Tag, int>()[new Tag()]); break;
            default: Console.WriteLine(numbers[zero]); break;
        }
    }

    static void Main()
    {
        for (int step = 0; step <= 49; step++) Report(step);
    }
}
