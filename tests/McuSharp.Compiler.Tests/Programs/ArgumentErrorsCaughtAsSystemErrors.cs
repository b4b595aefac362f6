using System;
using System.Text;

// The runtime's argument errors caught as SystemException and Exception, which the VM's errors also stand for: the
// handlers translate what they catch, and the argument errors keep their .NET classes, messages and hierarchy.
static class Program
{
    static void Main()
    {
        try { Console.WriteLine("key".Substring(4)); }
        catch (Exception e) { Console.WriteLine(e.GetType().Name + " | " + e.Message + " | " + (e is ArgumentException)); }
        try { Console.WriteLine(new StringBuilder().Append('x', -2)); }
        catch (SystemException e) { Console.WriteLine(e.GetType().Name + " | " + e.Message); }
        var src = new[] { 1, 2, 3 };
        var dst = new int[3];
        foreach (var (si, di, n) in new[] { (0, 0, -1), (-1, 0, 1), (0, -2, 1), (2, 0, 2), (0, 2, 2), (1, 0, 2) })
        {
            try { Array.Copy(src, si, dst, di, n); Console.WriteLine(string.Join(",", dst)); }
            catch (Exception e) { Console.WriteLine(e.GetType().Name + " | " + e.Message); }
        }
        try { Array.Copy(src, new int[2], 3); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + " | " + e.Message + " | " + (e is ArgumentOutOfRangeException)); }
    }
}
