# socket on the simulated device (docs/library/socket.rst): getaddrinfo through the scenario's DNS, TCP sockets to
# the simulated network, settimeout() in virtual time (no timeout: a read that gets no answer hangs, as on a board),
# and the stream methods (read, readline, readinto, write) that urequests uses.
import binascii as _binascii
import _sim_socket
from _sim_device import call as _call

AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOCK_RAW = 3
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
SOL_SOCKET = 1
SO_REUSEADDR = 4
SO_KEEPALIVE = 8
TCP_NODELAY = 1


def getaddrinfo(host, port, af=0, type=0, proto=0, flags=0):
    ip = _call(_sim_socket.resolve(str(host)))
    return [(AF_INET, SOCK_STREAM, IPPROTO_TCP, "", (ip, port))]


class socket:
    def __init__(self, af=AF_INET, type=SOCK_STREAM, proto=IPPROTO_TCP):
        self._connection = None
        self._timeout_ms = None
        self._buffer = b""
        self._eof = False

    def settimeout(self, seconds):
        self._timeout_ms = None if seconds is None else seconds * 1000

    def setblocking(self, flag):
        self.settimeout(None if flag else 0)

    def setsockopt(self, level, option, value):
        pass

    def connect(self, address):
        host, port = address[0], address[1]
        ip = _call(_sim_socket.resolve(str(host)))
        self._connection = _call(_sim_socket.connect(ip, port, self._timeout_ms))

    def _require(self):
        if self._connection is None:
            raise OSError(107)  # ENOTCONN
        return self._connection

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        return _call(_sim_socket.send(self._require(), _binascii.hexlify(bytes(data)).decode()))

    write = send

    def sendall(self, data):
        self.send(data)

    def _fill(self, n):
        if not self._eof:
            chunk = _binascii.unhexlify(_call(_sim_socket.recv(self._require(), n, self._timeout_ms)))
            if chunk:
                self._buffer += chunk
            else:
                self._eof = True

    def recv(self, n):
        if not self._buffer:
            self._fill(n)
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    def read(self, n=-1):
        if n is None or n < 0:
            while not self._eof:
                self._fill(4096)
            data, self._buffer = self._buffer, b""
            return data
        while len(self._buffer) < n and not self._eof:
            self._fill(n - len(self._buffer))
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    def readinto(self, buf, nbytes=None):
        data = self.read(len(buf) if nbytes is None else nbytes)
        buf[: len(data)] = data
        return len(data)

    def readline(self):
        while b"\n" not in self._buffer and not self._eof:
            self._fill(256)
        end = self._buffer.find(b"\n") + 1 or len(self._buffer)
        line, self._buffer = self._buffer[:end], self._buffer[end:]
        return line

    def makefile(self, mode="rb", buffering=0):
        return self

    def close(self):
        if self._connection is not None:
            _sim_socket.close(self._connection)
            self._connection = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
