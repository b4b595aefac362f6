// expect: MCU0001
using System;
using System.Threading.Tasks;

static class RefuseAsync
{
    static async Task<int> Compute() { await Task.Delay(1); return 4; }

    static void Main()
    {
        Console.WriteLine(Compute().Result);
    }
}
