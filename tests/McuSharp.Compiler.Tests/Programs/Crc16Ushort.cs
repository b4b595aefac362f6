using System;

static class Crc16Ushort
{
    static ushort Crc16Ccitt(byte[] data)
    {
        ushort crc = 0xFFFF;
        for (int i = 0; i < data.Length; i++)
        {
            crc ^= (ushort)(data[i] << 8);
            for (int bit = 0; bit < 8; bit++)
            {
                if ((crc & 0x8000) != 0)
                    crc = (ushort)((crc << 1) ^ 0x1021);
                else
                    crc <<= 1;
            }
        }
        return crc;
    }

    static ushort Crc16Modbus(byte[] data)
    {
        ushort crc = 0xFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int i = 0; i < 8; i++)
            {
                bool lsb = (crc & 1) != 0;
                crc >>= 1;
                if (lsb) crc ^= 0xA001;
            }
        }
        return crc;
    }

    static byte Crc8(byte[] data)
    {
        byte crc = 0;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int i = 0; i < 8; i++)
            {
                if ((crc & 0x80) != 0) crc = (byte)((crc << 1) ^ 0x07);
                else crc = (byte)(crc << 1);
            }
        }
        return crc;
    }

    static byte[] Bytes(string s)
    {
        byte[] result = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) result[i] = (byte)s[i];
        return result;
    }

    static void Main()
    {
        string[] inputs = { "", "123456789", "A", "Hello, device!", "\u00FF\u0000\u0080" };
        foreach (string input in inputs)
        {
            byte[] data = Bytes(input);
            ushort ccitt = Crc16Ccitt(data);
            ushort modbus = Crc16Modbus(data);
            Console.WriteLine(ccitt + " " + modbus + " " + Crc8(data));
            Console.WriteLine(ccitt.ToString("X4") + " " + modbus.ToString("x4") + " " + Crc8(data).ToString("X2"));
            byte lo = (byte)(modbus & 0xFF);
            byte hi = (byte)(modbus >> 8);
            Console.WriteLine(lo + " " + hi + " " + (ushort)(hi << 8 | lo));
        }
    }
}
