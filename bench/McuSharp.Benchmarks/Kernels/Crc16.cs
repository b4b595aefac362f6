// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF), bit by bit over a byte buffer.
namespace Bench;

public static class Crc16
{
    private const int Size = 2048;
    private const int Rounds = 10;

    private static ushort Compute(byte[] data)
    {
        ushort crc = 0xFFFF;
        foreach (byte b in data)
        {
            crc ^= (ushort)(b << 8);
            for (int bit = 0; bit < 8; bit++)
            {
                if ((crc & 0x8000) != 0) crc = (ushort)((crc << 1) ^ 0x1021);
                else crc = (ushort)(crc << 1);
            }
        }
        return crc;
    }

    public static void Main()
    {
        var data = new byte[Size];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 7 + 3);

        int check = 0;
        for (int r = 0; r < Rounds; r++)
        {
            data[r] = (byte)r;
            check ^= Compute(data);
        }
        Console.WriteLine("crc: " + Compute(new byte[] { 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39 }).ToString("X4") + ", check: " + check);
    }
}
