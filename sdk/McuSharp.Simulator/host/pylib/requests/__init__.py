# requests / urequests on the simulated device: the API of micropython-lib's requests (get/post/put/patch/delete/
# head/request with data, json, headers, timeout, auth; Response with status_code, reason, headers, content, text,
# json(), close()), sending HTTP/1.0 over the simulated socket module as the board's library does.
import socket


class Response:
    def __init__(self, raw):
        self.raw = raw
        self.encoding = "utf-8"
        self._cached = None

    def close(self):
        if self.raw:
            self.raw.close()
            self.raw = None
        self._cached = None

    @property
    def content(self):
        if self._cached is None:
            try:
                self._cached = self.raw.read()
            finally:
                self.raw.close()
                self.raw = None
        return self._cached

    @property
    def text(self):
        return str(self.content, self.encoding)

    def json(self):
        import json

        return json.loads(self.content)


def _split_url(url):
    try:
        scheme, _, host, path = url.split("/", 3)
    except ValueError:
        scheme, _, host = url.split("/", 2)
        path = ""
    if scheme == "http:":
        port = 80
    elif scheme == "https:":
        port = 443
    else:
        raise ValueError("Unsupported protocol: " + scheme)
    if ":" in host:
        host, port = host.split(":", 1)
        port = int(port)
    return host, port, path


def request(method, url, data=None, json=None, headers=None, stream=None, auth=None, timeout=None, parse_headers=True):
    headers = {} if headers is None else dict(headers)
    if auth is not None:
        import binascii

        token = binascii.b2a_base64("{}:{}".format(auth[0], auth[1]).encode())[:-1].decode()
        headers["Authorization"] = "Basic " + token
    host, port, path = _split_url(url)
    address = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    s = socket.socket(address[0], socket.SOCK_STREAM, address[2])
    if timeout is not None:
        s.settimeout(timeout)
    try:
        s.connect(address[-1])
        if json is not None:
            import json as _json

            data = _json.dumps(json)
            headers.setdefault("Content-Type", "application/json")
        if isinstance(data, str):
            data = data.encode()
        head = "{} /{} HTTP/1.0\r\n".format(method, path)
        if "Host" not in headers:
            head += "Host: {}\r\n".format(host)
        for name in headers:
            head += "{}: {}\r\n".format(name, headers[name])
        if data:
            head += "Content-Length: {}\r\n".format(len(data))
        head += "Connection: close\r\n\r\n"
        s.write(head.encode())
        if data:
            s.write(data)
        status_line = s.readline().split(None, 2)
        if len(status_line) < 2:
            raise ValueError("HTTP error: BadStatusLine:\n%s" % status_line)
        status = int(status_line[1])
        reason = status_line[2].rstrip() if len(status_line) > 2 else b""
        response_headers = {}
        while True:
            line = s.readline()
            if not line or line == b"\r\n":
                break
            if parse_headers:
                name, _, value = line.decode().partition(":")
                response_headers[name] = value.strip()
    except OSError:
        s.close()
        raise
    response = Response(s)
    response.status_code = status
    response.reason = reason
    if parse_headers:
        response.headers = response_headers
    return response


def head(url, **kw):
    return request("HEAD", url, **kw)


def get(url, **kw):
    return request("GET", url, **kw)


def post(url, **kw):
    return request("POST", url, **kw)


def put(url, **kw):
    return request("PUT", url, **kw)


def patch(url, **kw):
    return request("PATCH", url, **kw)


def delete(url, **kw):
    return request("DELETE", url, **kw)
