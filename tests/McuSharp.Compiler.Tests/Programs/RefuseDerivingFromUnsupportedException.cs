// expect: MCU0002
using System;
using System.IO;

// The device has no class for IOException to derive from: derive from Exception or one of the supported types.
class StorageFullException : IOException
{
    public StorageFullException() : base("storage full") { }
}

static class RefuseDerivingFromUnsupportedException
{
    static void Main()
    {
        try { throw new StorageFullException(); }
        catch (Exception e) { Console.WriteLine(e.Message); }
    }
}
