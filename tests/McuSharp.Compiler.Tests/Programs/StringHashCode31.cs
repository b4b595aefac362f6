using System;

static class StringHashCode31
{
    static int JavaHash(string s)
    {
        int h = 0;
        for (int i = 0; i < s.Length; i++)
        {
            h = h * 31 + s[i];
        }
        return h;
    }

    static int Djb2(string s)
    {
        int hash = 5381;
        foreach (char c in s) hash = ((hash << 5) + hash) + c;
        return hash;
    }

    static int Bucket(string s, int buckets)
    {
        int h = JavaHash(s);
        int m = h % buckets;
        if (m < 0) m += buckets;
        return m;
    }

    static void Main()
    {
        string[] words = { "", "a", "hello", "Hello, World!", "polygenelubricants", "The quick brown fox jumps over the lazy dog", "zzzzzzzzzzzzzzzzzzzz" };
        foreach (string w in words)
        {
            Console.WriteLine(JavaHash(w) + " " + Djb2(w) + " " + Bucket(w, 17));
        }
        int h = 0;
        h = h * 31 + 'A';
        h += h << 10;
        h ^= h >> 6;
        Console.WriteLine(h);
        int oat = 0;
        foreach (char c in "one-at-a-time")
        {
            oat += c;
            oat += oat << 10;
            oat ^= oat >> 6;
        }
        oat += oat << 3;
        oat ^= oat >> 11;
        oat += oat << 15;
        Console.WriteLine(oat);
    }
}
