using System;

static class ByteBufferChecksum
{
    static byte[] packet = new byte[32];

    static void Fill(int seed)
    {
        uint state = (uint)seed;
        for (int i = 0; i < packet.Length; i++)
        {
            state = state * 1664525 + 1013904223;
            packet[i] = (byte)(state >> 24);
        }
    }

    static byte Sum8(byte[] data)
    {
        byte sum = 0;
        foreach (byte b in data) sum += b;
        return sum;
    }

    static byte Xor8(byte[] data)
    {
        byte x = 0;
        for (int i = 0; i < data.Length; i++) x ^= data[i];
        return x;
    }

    static byte TwosComplement(byte[] data)
    {
        return (byte)(-Sum8(data));
    }

    static ushort Fletcher16(byte[] data)
    {
        ushort sum1 = 0, sum2 = 0;
        foreach (byte b in data)
        {
            sum1 = (ushort)((sum1 + b) % 255);
            sum2 = (ushort)((sum2 + sum1) % 255);
        }
        return (ushort)((sum2 << 8) | sum1);
    }

    static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (byte x in data)
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        }
        return ~crc;
    }

    static void Main()
    {
        for (int seed = 0; seed < 4; seed++)
        {
            Fill(seed * 7919 - 3);
            string hex = "";
            for (int i = 0; i < 8; i++) hex += packet[i].ToString("X2");
            Console.WriteLine(hex + "... sum8=" + Sum8(packet) + " xor8=" + Xor8(packet) + " neg=" + TwosComplement(packet)
                + " fletcher=" + Fletcher16(packet) + " adler=" + Adler32(packet) + " crc32=" + Crc32(packet).ToString("X8"));
            byte check = TwosComplement(packet);
            byte total = (byte)(Sum8(packet) + check);
            Console.WriteLine("verify " + total);
        }
        byte[] text = new byte[9];
        for (int i = 0; i < 9; i++) text[i] = (byte)('1' + i);
        Console.WriteLine(Crc32(text).ToString("X8") + " " + Adler32(text) + " " + Fletcher16(text));
    }
}
