using System;
using System.Collections.Generic;
using System.Linq;

// Every exception is made with a message that cannot be null and nothing reads InnerException: the runtime's
// classes then carry no default texts. Messages still reach handlers through base types, overloaded constructors,
// argument exceptions (parameter name appended), user-thrown FormatExceptions next to int.Parse failures
// and LINQ's own errors. No handler looks at a VM error (which the runtime would translate into a .NET exception
// made without a message).
namespace Lean
{
    class SettingException : Exception
    {
        public string Key { get; }
        public SettingException(string key, int value) : base("setting " + key + " out of range: " + value) { Key = key; }
        public SettingException(string key) : base($"setting {key} missing") { Key = key; }
    }

    class PinBusyException : InvalidOperationException
    {
        public PinBusyException(int pin) : base("pin " + pin + " busy") { }
    }

    class BadGainException : ArgumentException
    {
        public BadGainException(int gain) : base("gain " + gain + " is not allowed", "gain") { }
    }

    static class Program
    {
        static int Parse(string text)
        {
            if (text.StartsWith("#")) throw new FormatException("comment: " + text);
            return int.Parse(text);
        }

        static void Run(int i)
        {
            switch (i)
            {
                case 0: throw new SettingException("rate", 7);
                case 1: throw new SettingException("mode");
                case 2: throw new PinBusyException(4);
                case 3: throw new BadGainException(-3);
                case 4: throw new ArgumentOutOfRangeException("index", "must be small");
                case 5: throw new InvalidOperationException("plain");
                case 6: throw new Exception("base");
                case 7: Console.WriteLine(new List<int>().Max()); break;
                case 8: Console.WriteLine(new int[0].First()); break;
                case 9: Console.WriteLine(new[] { 1, 2 }.Single(x => x > 0)); break;
                case 10: Console.WriteLine(new[] { 1, 2 }.First(x => x > 5)); break;
                case 11: Console.WriteLine(new List<int> { 3 }.Where(x => x < 0).Min()); break;
                case 12: Console.WriteLine(new[] { 4, 9 }.Max() + new[] { 7 }.First(x => x > 5)); break;
            }
        }

        static void Main()
        {
            for (int i = 0; i < 13; i++)
            {
                try
                {
                    Run(i);
                }
                catch (SettingException e)
                {
                    Console.WriteLine("setting " + e.Key + ": " + e.Message);
                }
                catch (ArgumentException e)
                {
                    Console.WriteLine(e.GetType().Name + " " + e.ParamName + ": " + e.Message);
                }
                catch (InvalidOperationException e)
                {
                    Console.WriteLine(e.GetType().Name + ": " + e.Message);
                }
                catch (Exception)
                {
                    Console.WriteLine("some other exception");
                }
            }

            int malformed = 0, overflows = 0, total = 0;
            foreach (var text in new[] { "12", "x3", "#note", "", "40", "#", "99999999999" })
            {
                try
                {
                    total += Parse(text);
                }
                catch (FormatException)
                {
                    malformed++;
                }
                catch (OverflowException)
                {
                    overflows++;
                }
            }
            Console.WriteLine("total " + total + ", malformed " + malformed + ", overflows " + overflows);

            try
            {
                int peak = new List<int>().Where(x => x > 0).Select(x => x * 2).Max();
                Console.WriteLine(peak);
            }
            catch (InvalidOperationException e)
            {
                Console.WriteLine("empty max: " + e.Message);
            }
        }
    }
}
