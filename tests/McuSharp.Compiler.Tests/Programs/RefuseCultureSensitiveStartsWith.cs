// expect: MCU0007
using System;

static class RefuseCultureSensitiveStartsWith
{
    static void Main()
    {
        string line = "GET /index.html";
        Console.WriteLine(line.StartsWith("get", StringComparison.CurrentCultureIgnoreCase));
    }
}
