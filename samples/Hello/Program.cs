namespace Hello;

public static class Program
{
    private const int Count = 10;

    public static void Main()
    {
        Console.WriteLine("Hello from C# on MicroPython!");
        var fib = new List<long> { 0, 1 };
        for (int i = 2; i < Count; i++) fib.Add(fib[i - 1] + fib[i - 2]);
        Console.WriteLine("Fibonacci: " + string.Join(", ", fib));

        int hash = 17;
        foreach (char c in "McuSharp") hash = hash * 31 + c;
        Console.WriteLine($"hash = {hash}, hex = {hash:X8}, -7 / 2 = {-7 / 2}, -7 % 2 = {-7 % 2}");

        double average = 0;
        foreach (var n in fib) average += n;
        average /= fib.Count;
        Console.WriteLine($"average = {average}, 0.1 + 0.2 = {0.1 + 0.2}, rounded = {Math.Round(average):F2}");
    }
}
