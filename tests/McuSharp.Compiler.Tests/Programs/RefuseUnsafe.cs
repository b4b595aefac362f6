// expect: MCU0001
using System;

static class RefuseUnsafe
{
    static unsafe int Read(int* p) => *p;

    static void Main()
    {
        int x = 1;
        unsafe { int* q = &x; Console.WriteLine(Read(q)); }
    }
}
