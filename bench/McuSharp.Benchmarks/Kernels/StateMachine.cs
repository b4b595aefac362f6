// A class-free state machine: decode framed packets (0x7E, length, payload, checksum) from a noisy byte stream.
namespace Bench;

public static class StateMachine
{
    private const int WaitStart = 0;
    private const int ReadLength = 1;
    private const int ReadPayload = 2;
    private const int ReadChecksum = 3;

    private const byte StartByte = 0x7E;
    private const int Frames = 400;
    private const int Rounds = 18;

    private static byte[] MakeStream()
    {
        var stream = new List<byte>();
        for (int f = 0; f < Frames; f++)
        {
            stream.Add((byte)(f % 5));          // line noise before the frame
            stream.Add(StartByte);
            int length = 3 + f % 13;
            stream.Add((byte)length);
            int sum = 0;
            for (int k = 0; k < length; k++)
            {
                byte value = (byte)((f * 31 + k * 7) % 120);
                stream.Add(value);
                sum += value;
            }
            // Every seventh frame is corrupted.
            stream.Add((byte)(f % 7 == 0 ? sum + 1 : sum));
        }
        return stream.ToArray();
    }

    private static int Decode(byte[] stream, int[] stats)
    {
        int state = WaitStart;
        int remaining = 0;
        int sum = 0;
        int payloadTotal = 0;
        foreach (byte b in stream)
        {
            switch (state)
            {
                case WaitStart:
                    if (b == StartByte) state = ReadLength;
                    else stats[2]++;
                    break;
                case ReadLength:
                    remaining = b;
                    sum = 0;
                    state = remaining == 0 ? ReadChecksum : ReadPayload;
                    break;
                case ReadPayload:
                    sum += b;
                    remaining--;
                    if (remaining == 0) state = ReadChecksum;
                    break;
                case ReadChecksum:
                    if ((sum & 0xFF) == b)
                    {
                        stats[0]++;
                        payloadTotal += sum;
                    }
                    else
                    {
                        stats[1]++;
                    }
                    state = WaitStart;
                    break;
            }
        }
        return payloadTotal;
    }

    public static void Main()
    {
        byte[] stream = MakeStream();
        var stats = new int[3];
        int total = 0;
        for (int r = 0; r < Rounds; r++) total += Decode(stream, stats);
        Console.WriteLine("bytes: " + stream.Length + ", good: " + stats[0] + ", bad: " + stats[1] + ", noise: " + stats[2] + ", total: " + total);
    }
}
