// expect: MCU0012
using System;
using System.Threading.Tasks;

static class RefuseAsyncLambda
{
    static void Main()
    {
        Func<Task<int>> work = async () => { await Task.Yield(); return 1; };
        Console.WriteLine(work().Result);
    }
}
