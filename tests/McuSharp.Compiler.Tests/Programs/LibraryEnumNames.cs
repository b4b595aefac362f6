using System;

// Enums of the .NET library print their names too (the names come from their metadata).
static class LibraryEnumNames
{
    static void Main()
    {
        StringComparison mode = StringComparison.Ordinal;
        Console.WriteLine("mode: " + mode + " " + StringComparison.OrdinalIgnoreCase + " " + (StringComparison)42);
        DayOfWeek day = DayOfWeek.Friday;
        day++;
        Console.WriteLine($"{day} {(int)day} {(DayOfWeek)0} {DayOfWeek.Monday + 2}");
        StringSplitOptions options = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        Console.WriteLine(options + " " + StringSplitOptions.None);
    }
}
