using McuSharp.Interop;

namespace McuSharp.Device;

/// <summary>
/// An address to connect a <see cref="Socket"/> to: the last element of a <c>socket.getaddrinfo()</c> entry, the tuple
/// <c>(ip, port)</c> on the network ports.
/// See https://docs.micropython.org/en/latest/library/socket.html#socket-address-format-s
/// </summary>
public sealed class SocketAddress
{
    private SocketAddress() { }

    /// <summary>The IPv4 address as text (<c>addr[0]</c>, e.g. <c>"93.184.216.34"</c>): what the name resolved to.</summary>
    [MicroPython("{this}[0]")]
    public string Ip => throw new DeviceOnlyException("SocketAddress.Ip");

    /// <summary>The port number (<c>addr[1]</c>).</summary>
    [MicroPython("{this}[1]")]
    public int Port => throw new DeviceOnlyException("SocketAddress.Port");
}

/// <summary>
/// A TCP socket: MicroPython's <c>socket.socket</c>. Set a timeout before connecting (MCU1004), and close it:
/// <c>using var s = new Socket();</c> closes it at the end of the scope, even after an exception.
/// See https://docs.micropython.org/en/latest/library/socket.html
/// </summary>
[MicroPythonType("socket", "socket")]
[MustClose]
public sealed class Socket : IDisposable
{
    /// <summary>A new TCP/IPv4 socket: <c>socket.socket()</c>.
    /// See https://docs.micropython.org/en/latest/library/socket.html#socket.socket</summary>
    [MicroPython("socket.socket()")]
    public Socket() => throw new DeviceOnlyException("Socket");

    /// <summary>Resolves <paramref name="host"/> (DNS) and returns the first address for <paramref name="port"/>:
    /// <c>socket.getaddrinfo(host, port)[0][-1]</c>. Raises OSError when the name does not resolve.
    /// See https://docs.micropython.org/en/latest/library/socket.html#socket.getaddrinfo</summary>
    [MicroPython("socket.getaddrinfo({0}, {1})[0][-1]")]
    public static SocketAddress GetAddrInfo(string host, int port) => throw new DeviceOnlyException("Socket.GetAddrInfo");

    /// <summary>Gives up blocking operations after <paramref name="seconds"/> (OSError ETIMEDOUT): <c>s.settimeout(seconds)</c>.
    /// See https://docs.micropython.org/en/latest/library/socket.html#socket.socket.settimeout</summary>
    [MicroPython("{this}.settimeout({0})")]
    [SetsTimeout]
    public void SetTimeout(int seconds) => throw new DeviceOnlyException("Socket.SetTimeout");

    /// <summary>Connects to <paramref name="address"/>: <c>s.connect(address)</c>.
    /// See https://docs.micropython.org/en/latest/library/socket.html#socket.socket.connect</summary>
    [MicroPython("{this}.connect({0})")]
    [Timeout]
    public void Connect(SocketAddress address) => throw new DeviceOnlyException("Socket.Connect");

    /// <summary>Resolves and connects: <c>s.connect(socket.getaddrinfo(host, port)[0][-1])</c>.
    /// See https://docs.micropython.org/en/latest/library/socket.html#socket.socket.connect</summary>
    [MicroPython("{this}.connect(socket.getaddrinfo({0}, {1})[0][-1])")]
    [Timeout]
    public void Connect(string host, int port) => throw new DeviceOnlyException("Socket.Connect");

    /// <summary>Sends as much of <paramref name="text"/> (UTF-8) as fits and returns the bytes sent: <c>s.send(text.encode())</c>.
    /// See https://docs.micropython.org/en/latest/library/socket.html#socket.socket.send</summary>
    [MicroPython("{this}.send({0}.encode())")]
    public int Send(string text) => throw new DeviceOnlyException("Socket.Send");

    /// <summary>Sends all of <paramref name="data"/>: <c>s.send(data)</c>; returns the bytes sent.
    /// See https://docs.micropython.org/en/latest/library/socket.html#socket.socket.send</summary>
    [MicroPython("{this}.send({0})")]
    public int Send(byte[] data) => throw new DeviceOnlyException("Socket.Send");

    /// <summary>Sends all of <paramref name="text"/> (UTF-8): <c>s.sendall(text.encode())</c>.
    /// See https://docs.micropython.org/en/latest/library/socket.html#socket.socket.sendall</summary>
    [MicroPython("{this}.sendall({0}.encode())")]
    public void SendAll(string text) => throw new DeviceOnlyException("Socket.SendAll");

    /// <summary>Sends all of <paramref name="data"/>: <c>s.sendall(data)</c>.
    /// See https://docs.micropython.org/en/latest/library/socket.html#socket.socket.sendall</summary>
    [MicroPython("{this}.sendall({0})")]
    public void SendAll(byte[] data) => throw new DeviceOnlyException("Socket.SendAll");

    /// <summary>Receives up to <paramref name="maxBytes"/> bytes as text (UTF-8; empty when the peer closed): <c>s.recv(n).decode()</c>.
    /// See https://docs.micropython.org/en/latest/library/socket.html#socket.socket.recv</summary>
    [MicroPython("{this}.recv({0}).decode()")]
    [Timeout]
    public string Recv(int maxBytes) => throw new DeviceOnlyException("Socket.Recv");

    /// <summary>Receives up to <paramref name="maxBytes"/> bytes: <c>bytearray(s.recv(n))</c>.
    /// See https://docs.micropython.org/en/latest/library/socket.html#socket.socket.recv</summary>
    [MicroPython("bytearray({this}.recv({0}))")]
    [Timeout]
    public byte[] RecvBytes(int maxBytes) => throw new DeviceOnlyException("Socket.RecvBytes");

    /// <summary>Closes the socket: <c>s.close()</c>. Closing twice is harmless.
    /// See https://docs.micropython.org/en/latest/library/socket.html#socket.socket.close</summary>
    [MicroPython("{this}.close()")]
    public void Close() => throw new DeviceOnlyException("Socket.Close");

    /// <summary>Closes the socket (what <c>using</c> calls): <c>s.close()</c>.</summary>
    [MicroPython("{this}.close()")]
    public void Dispose() => throw new DeviceOnlyException("Socket.Dispose");
}
