// Simulated network behind the interfaces: DNS answers and failures, TCP connects (accepted, refused, timing out),
// and HTTP servers that answer from the scenario's routes, from the default sink, or by forwarding the request to a
// real server on 127.0.0.1. HTTP is seen at the socket level, so urequests and hand-written socket code meet the
// same servers.
import { DeviceError } from "./wifi.mjs";
import { exchange } from "./forward.mjs";

// MicroPython's errno numbers (py/mperrno.h) and the lwIP getaddrinfo failure that lwIP ports raise.
export const ERRNO = { ECONNRESET: 104, ENOTCONN: 107, ETIMEDOUT: 110, ECONNREFUSED: 111, EHOSTUNREACH: 113, EAI_FAIL: -2 };

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export class Net {
  constructor(device) {
    this.device = device;
    this.dns = device.scenario.dns;
    this.tcp = device.scenario.tcp;
    this.routes = device.scenario.http.routes.map((r) => ({ ...r, hits: 0, down: false }));
    this.unmatched = device.scenario.http.unmatched;
    this.synthetic = new Map();
  }

  get timeline() { return this.device.timeline; }

  requireOnline(what) {
    if (!this.device.wifi.online()) throw new DeviceError("OSError", ERRNO.EHOSTUNREACH, `${what} while no interface is connected`);
  }

  /** socket.getaddrinfo: the address of `host`, after the scenario's DNS delay. */
  resolve(host) {
    if (IPV4.test(host)) return host;
    this.requireOnline("DNS lookup");
    const answer = this.dns.hosts[host];
    this.device.clock.advance(answer?.delay_ms ?? this.dns.delay_ms);
    if (answer?.fail || (!answer && this.dns.unknown === "fail")) {
      this.timeline.event("dns.failed", { host }, `dns: ${host} -> no answer`);
      throw new DeviceError("OSError", ERRNO.EAI_FAIL, `DNS lookup of ${host} failed`);
    }
    const ip = answer?.ip ?? this.syntheticAddress(host);
    this.timeline.event("dns.answer", { host, ip }, `dns: ${host} -> ${ip}`);
    return ip;
  }

  /** A stable made-up address for a name the scenario does not list (TEST-NET-3, never routed anywhere). */
  syntheticAddress(host) {
    if (!this.synthetic.has(host)) this.synthetic.set(host, `203.0.113.${(this.synthetic.size % 254) + 1}`);
    return this.synthetic.get(host);
  }

  /** socket.connect: a connection, or an error after the time a real stack would take. */
  connect(ip, port, timeoutMs) {
    this.requireOnline("connect");
    const rule = this.tcp.find((r) => r.host === ip && (r.port === null || r.port === port));
    const behaviour = rule?.behaviour ?? "accept";
    if (behaviour === "refuse") {
      this.device.clock.advance(rule.delay_ms);
      this.timeline.event("tcp.refused", { ip, port }, `tcp: ${ip}:${port} refused the connection`);
      throw new DeviceError("OSError", ERRNO.ECONNREFUSED, "refused");
    }
    if (behaviour === "timeout") {
      this.timeline.event("tcp.no_answer", { ip, port }, `tcp: ${ip}:${port} does not answer`);
      this.device.wait(timeoutMs, `connect to ${ip}:${port}`);
      throw new DeviceError("OSError", ERRNO.ETIMEDOUT, "timed out");
    }
    this.device.clock.advance(rule?.delay_ms ?? 5);
    this.timeline.event("tcp.connect", { ip, port }, `tcp: connected to ${ip}:${port}`);
    return new Connection(this, ip, port);
  }

  route(method, url) {
    return this.routes.find((r) => (r.method === null || r.method === method) && matches(r.url, url)) ?? null;
  }

  setRouteDown(name, down) {
    this.routes.find((r) => r.name === name).down = down;
    this.timeline.event(down ? "http.route_down" : "http.route_up", { route: name }, `scenario: route '${name}' ${down ? "stops answering" : "answers again"}`);
  }

  /** The answer to one complete HTTP request: { bytes, delayMs } or { silent } or { reset }. */
  serve(request, connection) {
    const url = `http://${request.headers.host ?? `${connection.ip}:${connection.port}`}${request.path}`;
    const route = this.route(request.method, url);
    const data = { method: request.method, url, body: request.body, json: parseJson(request.body, request.headers["content-type"]) };
    if (data.json === undefined) delete data.json;
    this.timeline.event("http.request", { ...data, route: route?.name ?? null },
      `http: ${request.method} ${url}${data.json !== undefined ? ` json=${JSON.stringify(data.json)}` : request.body ? ` body=${JSON.stringify(request.body)}` : ""}`);
    if (!route) return this.unmatched === "sink" ? this.answer({ status: 200, body: "OK", headers: {} }, "sink") : this.answer({ status: 404, body: "Not Found", headers: {} }, "no route");
    if (route.down) return this.silence(route, "route down");
    const response = route.responses[Math.min(route.hits, route.responses.length - 1)];
    route.hits++;
    if (response.timeout) return this.silence(route, "no answer");
    if (response.reset) {
      this.timeline.event("http.reset", { route: route.name }, `http:   connection reset (route '${route.name}')`);
      return { reset: true, delayMs: response.delay_ms };
    }
    if (response.forward) return this.forward(response.forward, request.raw, route, response.delay_ms);
    return this.answer(response, `route '${route.name}'`, response.delay_ms);
  }

  silence(route, why) {
    this.timeline.event("http.no_answer", { route: route.name }, `http:   ${why} (route '${route.name}')`);
    return { silent: true };
  }

  answer(response, source, delayMs = 0) {
    const body = Buffer.from(response.body, "utf8");
    const headers = { "Content-Type": "text/plain", ...response.headers, "Content-Length": String(body.length), Connection: "close" };
    const head = `HTTP/1.0 ${response.status} ${REASONS[response.status] ?? "Status"}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n`;
    this.timeline.event("http.response", { status: response.status, source }, `http:   -> ${response.status} (${source})`);
    return { bytes: Buffer.concat([Buffer.from(head, "latin1"), body]), delayMs };
  }

  forward(target, raw, route, delayMs) {
    const { hostname, port } = new URL(target);
    // The runner refuses other addresses before the run; this keeps the rule even for a hand-made config.
    if (hostname !== "127.0.0.1" && hostname !== "localhost") throw new Error(`refusing to forward to ${target}: only 127.0.0.1 and localhost`);
    const reply = exchange("127.0.0.1", Number(port || 80), raw, 10000);
    // The device waits as long as the real server took (its clock counts only computing, not this wait).
    delayMs = (delayMs ?? 0) + reply.elapsedMs;
    if (reply.error) {
      this.timeline.event("http.forward_failed", { route: route.name, target, error: reply.error }, `http:   forward to ${target} failed: ${reply.error}`);
      return { reset: true, delayMs };
    }
    const status = Number(/^HTTP\/\d\.\d (\d{3})/.exec(reply.bytes.toString("latin1"))?.[1] ?? 0);
    this.timeline.event("http.response", { status, source: `forward ${target}` }, `http:   -> ${status} (forwarded to ${target})`);
    return { bytes: reply.bytes, delayMs };
  }
}

/** One TCP connection of the program: what it sends is parsed as HTTP; the server's answer is read back by recv. */
class Connection {
  constructor(net, ip, port) {
    this.net = net;
    this.ip = ip;
    this.port = port;
    this.sent = Buffer.alloc(0);
    this.reply = null; // { bytes, delayMs, at } or { silent } or { reset }
    this.readAt = 0;
    this.closed = false;
  }

  send(bytes) {
    if (this.closed) throw new DeviceError("OSError", ERRNO.ENOTCONN, "closed");
    if (this.reply) return bytes.length; // the server stopped reading after the request
    this.sent = Buffer.concat([this.sent, bytes]);
    const request = parseHttpRequest(this.sent);
    if (request) this.reply = { ...this.net.serve(request, this), at: this.net.device.clock.now() };
    return bytes.length;
  }

  /** Up to `n` bytes of the answer; waits (virtually) for it, up to `timeoutMs` (null: forever, as a device would). */
  recv(n, timeoutMs) {
    if (this.closed) throw new DeviceError("OSError", ERRNO.ENOTCONN, "closed");
    const reply = this.reply;
    const device = this.net.device;
    if (!reply || reply.silent) {
      device.wait(timeoutMs, `reading from ${this.ip}:${this.port}`);
      throw new DeviceError("OSError", ERRNO.ETIMEDOUT, "timed out");
    }
    const ready = reply.at + (reply.delayMs ?? 0);
    if (device.clock.now() < ready) {
      if (timeoutMs !== null && ready - device.clock.now() > timeoutMs) {
        device.wait(timeoutMs, `reading from ${this.ip}:${this.port}`);
        throw new DeviceError("OSError", ERRNO.ETIMEDOUT, "timed out");
      }
      device.clock.advanceTo(ready);
    }
    if (reply.reset) throw new DeviceError("OSError", ERRNO.ECONNRESET, "connection reset");
    const chunk = reply.bytes.subarray(this.readAt, this.readAt + n);
    this.readAt += chunk.length;
    return chunk;
  }

  close() {
    this.closed = true;
  }
}

/** A complete request in `buffer` (request line, headers, Content-Length body), or null while it is incomplete. */
function parseHttpRequest(buffer) {
  const end = buffer.indexOf("\r\n\r\n");
  if (end < 0) return null;
  const lines = buffer.subarray(0, end).toString("latin1").split("\r\n");
  const [method, path] = lines[0].split(" ");
  if (!method || !path || !/^[A-Z]+$/.test(method)) return null;
  const headers = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers["content-length"] ?? 0);
  if (buffer.length < end + 4 + length) return null;
  const raw = buffer.subarray(0, end + 4 + length);
  return { method, path, headers, body: raw.subarray(end + 4).toString("utf8"), raw };
}

function parseJson(body, contentType) {
  if (!body || !/json/i.test(contentType ?? "")) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** A route's url matches exactly, or as a prefix when it ends with '*'. */
function matches(pattern, url) {
  return pattern.endsWith("*") ? url.startsWith(pattern.slice(0, -1)) : url === pattern;
}

const REASONS = { 200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 301: "Moved Permanently", 302: "Found",
  400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 429: "Too Many Requests",
  500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout" };
