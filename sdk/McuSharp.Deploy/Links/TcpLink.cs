using System.Net.Sockets;

namespace McuSharp.Deploy.Links;

/// <summary>socket://host:port: a board behind a serial-over-TCP bridge (ser2net, esp-link, a board emulator).</summary>
public sealed class TcpLink : IDeviceLink
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    public string Name { get; }

    private TcpLink(string name, TcpClient client)
    {
        Name = name;
        _client = client;
        _client.NoDelay = true;
        _stream = client.GetStream();
    }

    public static TcpLink Open(string url)
    {
        var rest = url["socket://".Length..];
        var colon = rest.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(rest[(colon + 1)..], out var port) || port is <= 0 or > 65535)
            throw new DeployException(DeployErrors.BadOption, $"'{url}' is not a socket address; write socket://host:port (for example socket://127.0.0.1:2217).");
        var client = new TcpClient();
        try
        {
            if (!client.ConnectAsync(rest[..colon].Trim('[', ']'), port).Wait(TimeSpan.FromSeconds(5)))
                throw new DeployException(DeployErrors.NoSuchPort, $"Nothing answered at {url} within 5 s. Is the serial bridge running?");
        }
        catch (AggregateException e) when (e.InnerException is SocketException s)
        {
            client.Dispose();
            throw new DeployException(DeployErrors.NoSuchPort, $"Cannot connect to {url}: {s.Message}. Is the serial bridge running?");
        }
        return new TcpLink(url, client);
    }

    public void Write(ReadOnlySpan<byte> data)
    {
        try
        {
            _stream.Write(data);
        }
        catch (IOException e)
        {
            throw new DeployException(DeployErrors.NoAnswer, $"The connection to {Name} was lost ({e.Message}).", transient: true);
        }
    }

    public int Read(Span<byte> buffer, TimeSpan timeout)
    {
        if (!_client.Client.Poll((int)Math.Min(timeout.TotalMicroseconds, int.MaxValue), SelectMode.SelectRead)) return 0;
        var n = _stream.Read(buffer);
        if (n == 0) throw new DeployException(DeployErrors.NoAnswer, $"{Name} closed the connection.", transient: true);
        return n;
    }

    public void DiscardInput()
    {
        var scratch = new byte[4096];
        while (_client.Available > 0) _stream.ReadExactly(scratch, 0, Math.Min(scratch.Length, _client.Available));
    }

    public bool SetModemLines(bool? dtr, bool? rts) => false;

    public void Dispose() => _client.Dispose();
}
