namespace McuSharp.Deploy.Links;

/// <summary>A byte stream to a board: a serial port, a TCP serial bridge, or whatever transport comes next.</summary>
public interface IDeviceLink : IDisposable
{
    /// <summary>The port as the user named it (/dev/ttyUSB0, socket://127.0.0.1:2217).</summary>
    string Name { get; }

    /// <summary>Writes all bytes (blocking until the transport took them).</summary>
    void Write(ReadOnlySpan<byte> data);

    /// <summary>Reads what has arrived, waiting at most <paramref name="timeout"/> for the first byte; 0 on timeout.</summary>
    int Read(Span<byte> buffer, TimeSpan timeout);

    /// <summary>Drops bytes received but not read yet.</summary>
    void DiscardInput();

    /// <summary>Sets the DTR/RTS lines (null leaves a line as it is). False when the transport has no such lines.</summary>
    bool SetModemLines(bool? dtr, bool? rts);
}

/// <summary>Counts what crosses a link, for progress rates and the benchmark's wire bytes.</summary>
public sealed class CountingLink(IDeviceLink inner) : IDeviceLink
{
    public long BytesWritten { get; private set; }
    public long BytesRead { get; private set; }
    public string Name => inner.Name;

    public void Write(ReadOnlySpan<byte> data)
    {
        inner.Write(data);
        BytesWritten += data.Length;
    }

    public int Read(Span<byte> buffer, TimeSpan timeout)
    {
        var n = inner.Read(buffer, timeout);
        BytesRead += n;
        return n;
    }

    public void DiscardInput() => inner.DiscardInput();
    public bool SetModemLines(bool? dtr, bool? rts) => inner.SetModemLines(dtr, rts);
    public void Dispose() => inner.Dispose();
}
