using System;

static class SwitchSectionShapes
{
    const int Base = 10;

    static string Describe(int code, bool verbose)
    {
        string result = "";
        switch (code)
        {
            case 1:
            {
                int local = code * 100;
                result = "braced " + local;
                break;
            }
            case 2:
                if (verbose)
                {
                    result = "two (verbose)";
                    break;
                }
                else
                {
                    result = "two";
                    break;
                }
            case 3:
                if (verbose) { result = "three only when verbose"; break; }
                break;
            case Base - 6:
                {
                    {
                        result = "nested blocks";
                    }
                    break;
                }
            case 5:
                for (int i = 0; i < 3; i++)
                {
                    if (i == 1) break;
                    result += "loop" + i;
                }
                break;
            default:
                result = "default " + code;
                break;
        }
        return result;
    }

    static void Main()
    {
        for (int code = 0; code <= 6; code++)
        {
            Console.WriteLine(code + ": [" + Describe(code, false) + "] [" + Describe(code, true) + "]");
        }
        int i = 0;
        do
        {
            i++;
            switch (i % 3)
            {
                case 0: continue;
                case Base - 9: Console.Write("one "); break;
                default:
                    for (int k = 0; k < 3; k++) { if (k == 1) continue; if (k == 2) break; Console.Write("k" + k + " "); }
                    break;
            }
            Console.Write(i + ";");
        } while (i < 7);
        Console.WriteLine();
        string cmd = "b";
        switch (cmd + "x")
        {
            case "a" + "x": Console.WriteLine("ax"); break;
            case "bx": { int local = 5; Console.WriteLine("bx " + local); break; }
        }
        switch (i)
        {
            case 1:
                int shared = 1;
                Console.WriteLine(shared);
                break;
            case 7:
                shared = 7;
                Console.WriteLine("seven " + shared);
                break;
        }
        for (int j = 0; j < 3; j++)
        {
            switch (j)
            {
                case 1:
                    Console.WriteLine("returning");
                    return;
            }
            Console.WriteLine("j" + j);
        }
    }
}
