// expect: MCU0002
using System;

// ObjectDisposedException has no class on the device; throw one of the supported types (InvalidOperationException here).
static class RefuseUnsupportedExceptionConstructor
{
    static void Main()
    {
        throw new ObjectDisposedException("port");
    }
}
