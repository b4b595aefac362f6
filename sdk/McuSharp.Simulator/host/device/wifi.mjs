// Simulated Wi-Fi radio: a station interface that joins the scenario's networks (join time, scripted failures, DHCP
// delay, outages) and an access point. Which code status() reports for a state comes from the board profile; the
// states themselves are the common names of McuSharp.Boards (Idle, Connecting, WrongPassword, NoApFound,
// ConnectFailed, GotIp, LinkUpNoIp).

const ANY_SSID = "*";

export class Wifi {
  constructor(device) {
    this.device = device;
    this.networks = device.scenario.wifi.networks.map((n) => ({ ...n, down: false }));
    this.scansLeftToFail = device.scenario.wifi.scan_failures;
    this.station = { active: false, requested: false, attempt: null, state: "Idle", network: null, staticConfig: null,
      reconnects: 0, attempts: 0, hostname: device.board.id === "sim" ? "mcusharp-sim" : `mpy-${device.board.id}` };
    this.accessPoint = { active: false, essid: `MicroPython-${device.macSuffix}`, password: null, channel: 1 };
  }

  get timeline() { return this.device.timeline; }

  /** The number status() returns for a state on this board. */
  code(state) {
    const own = this.device.board.network.wifi_status[state];
    const fallback = this.device.fallback.network.wifi_status[state];
    return own?.value ?? fallback?.value ?? null;
  }

  /** The state a board shows for `state` when it has no code of its own for it (e.g. LinkUpNoIp on an ESP32). */
  shown(state) {
    if (state === "LinkUpNoIp" && !this.device.board.network.wifi_status.LinkUpNoIp) return this.device.board.network.status_while_obtaining_ip ?? "Connecting";
    return state;
  }

  findNetwork(ssid) {
    return this.networks.find((n) => n.ssid === ssid) ?? this.networks.find((n) => n.ssid === ANY_SSID) ?? null;
  }

  setActive(active) {
    const sta = this.station;
    if (sta.active === active) return;
    sta.active = active;
    this.timeline.event("wifi.active", { interface: "station", active }, `wifi: station interface ${active ? "on" : "off"}`);
    if (!active) this.leave("radio off");
  }

  connect(ssid, password, bssid) {
    const sta = this.station;
    if (!sta.active) throw new DeviceError("OSError", "STA must be active", "wlan_not_active");
    if (sta.network) this.leave("reconnect");
    sta.requested = true;
    sta.credentials = { ssid, password };
    sta.attempts = 0;
    this.timeline.event("wifi.connect", { ssid, bssid: bssid ?? null }, `wifi: connect to '${ssid}'`);
    this.startAttempt(ssid, password, this.device.clock.now());
  }

  disconnect() {
    const sta = this.station;
    sta.requested = false;
    sta.attempt = null;
    if (sta.network) this.leave("disconnect()");
    else if (sta.state !== "Idle") this.setState("Idle", null);
  }

  startAttempt(ssid, password, at) {
    const sta = this.station;
    sta.attempts++;
    const network = this.findNetwork(ssid);
    let failure = null;
    if (!network || network.down) failure = "NoApFound";
    else if (network.failures.length > 0) failure = network.failures.shift();
    else if (network.password !== null && network.password !== (password ?? "")) failure = "WrongPassword";
    const joinMs = network?.join_ms ?? 3000;
    sta.attempt = { ssid, password, network, failure, startedAt: at, joinedAt: at + joinMs, gotIpAt: at + joinMs + (network?.dhcp_ms ?? 0) };
    this.setState("Connecting", ssid);
  }

  leave(reason) {
    const sta = this.station;
    const had = sta.network;
    sta.network = null;
    sta.attempt = null;
    this.setState("Idle", null);
    if (had) this.timeline.event("wifi.disconnected", { ssid: had.ssid, reason }, `wifi: disconnected from '${had.ssid}' (${reason})`);
  }

  setState(state, ssid) {
    const sta = this.station;
    if (sta.state === state) return;
    sta.state = state;
    const shown = this.shown(state);
    const code = this.code(shown);
    // The readable line names what the board reports; the phase behind it follows when the board has no code for it.
    const phase = shown === state ? "" : ` (${state === "LinkUpNoIp" ? "joined, waiting for DHCP" : state})`;
    this.timeline.event("wifi.status", { state, code, ssid }, `wifi: status ${shown}${code === null ? "" : ` (${code})`}${ssid ? ` '${ssid}'` : ""}${phase}`);
  }

  /** Brings the station's state up to virtual time `now`: joins finish, DHCP answers, failed joins are retried. */
  update(now) {
    const sta = this.station;
    const at = (ms, body) => this.timeline.at(ms, body);
    for (let attempt = sta.attempt; attempt; attempt = sta.attempt) {
      if (attempt.failure) {
        if (now < attempt.joinedAt) return;
        const mayRetry = this.device.board.network.retries_failed_joins && sta.requested && (sta.reconnects <= 0 || sta.attempts < sta.reconnects);
        sta.attempt = null;
        at(attempt.joinedAt, () => {
          this.setState(attempt.failure, attempt.ssid);
          if (!mayRetry) return;
          this.timeline.event("wifi.retry", { ssid: attempt.ssid, attempt: sta.attempts + 1 }, `wifi: driver retries '${attempt.ssid}' by itself`);
          this.startAttempt(attempt.ssid, attempt.password, attempt.joinedAt);
        });
        if (!mayRetry) return;
        continue;
      }
      if (now >= attempt.joinedAt) at(attempt.joinedAt, () => this.setState("LinkUpNoIp", attempt.ssid));
      if (now >= attempt.gotIpAt) {
        sta.network = attempt.network;
        sta.attempt = null;
        at(attempt.gotIpAt, () => this.setState("GotIp", attempt.ssid));
      }
      return;
    }
  }

  /** A scenario event: the network `ssid` disappears or comes back. */
  setNetworkDown(ssid, down, at) {
    const network = this.networks.find((n) => n.ssid === ssid);
    network.down = down;
    this.timeline.event(down ? "wifi.network_down" : "wifi.network_up", { ssid }, `scenario: network '${ssid}' ${down ? "goes down" : "is back"}`);
    const sta = this.station;
    if (down && (sta.network === network || sta.attempt?.network === network)) {
      sta.network = null;
      sta.attempt = null;
      this.timeline.event("wifi.link_lost", { ssid }, `wifi: link to '${ssid}' lost`);
      if (this.device.board.network.retries_failed_joins && sta.requested) this.setState("Connecting", ssid);
      else this.setState("NoApFound", ssid);
    } else if (!down && sta.requested && !sta.network && !sta.attempt && sta.credentials?.ssid === ssid && this.device.board.network.retries_failed_joins) {
      this.startAttempt(ssid, sta.credentials.password, at);
    }
  }

  status() {
    return this.code(this.shown(this.station.state));
  }

  isConnected() {
    return this.station.state === "GotIp";
  }

  scan() {
    if (!this.station.active) throw new DeviceError("OSError", "STA must be active", "wlan_not_active");
    this.device.clock.advance(this.device.scenario.wifi.scan_ms);
    if (this.scansLeftToFail > 0) {
      this.scansLeftToFail--;
      this.timeline.event("wifi.scan", { found: [] }, "wifi: scan found nothing (scripted failure)");
      return [];
    }
    const visible = this.networks.filter((n) => !n.down && !n.hidden).map((n) => ({
      ssid: n.ssid === ANY_SSID ? "sim-network" : n.ssid, bssid: n.bssid, channel: n.channel, rssi: n.rssi, security: n.security, hidden: n.hidden,
    }));
    this.timeline.event("wifi.scan", { found: visible.map((n) => n.ssid) }, `wifi: scan found ${visible.map((n) => `'${n.ssid}' (${n.rssi} dBm)`).join(", ") || "nothing"}`);
    return visible;
  }

  ifconfig() {
    const sta = this.station;
    if (!sta.network) return ["0.0.0.0", "0.0.0.0", "0.0.0.0", "0.0.0.0"];
    return sta.staticConfig ?? [sta.network.ip, sta.network.netmask, sta.network.gateway, sta.network.dns];
  }

  setIfconfig(values) {
    this.station.staticConfig = values;
    this.timeline.event("wifi.ifconfig", { ip: values[0], netmask: values[1], gateway: values[2], dns: values[3] }, `wifi: static address ${values[0]} gateway ${values[2]} dns ${values[3]}`);
  }

  /** Whether sockets can reach the simulated network through the station (or the LAN). */
  online() {
    return this.isConnected() || this.device.lan.linkUp();
  }

  /** The address DNS queries and the gateway use, of whichever interface is up. */
  gateway() {
    return this.isConnected() ? this.ifconfig()[2] : this.device.lan.ifconfig()[2];
  }
}

/** An error the Python side raises as `kind(args)`: OSError with an errno or a message, ValueError, TypeError. */
export class DeviceError extends Error {
  constructor(kind, arg, reason) {
    super(String(arg));
    this.kind = kind;
    this.arg = arg;
    this.reason = reason;
  }
}

/** The wired interface: up as soon as it is active and the scenario's cable is plugged in (no connect step). */
export class Lan {
  constructor(device) {
    this.device = device;
    this.active = false;
    this.cable = device.scenario.lan.cable;
    this.config = device.scenario.lan;
  }

  setActive(active) {
    if (this.active === active) return;
    this.active = active;
    this.device.timeline.event("lan.active", { active, link: this.linkUp() }, `lan: ${active ? "on" : "off"}${active ? (this.cable ? ", link up" : ", no cable") : ""}`);
  }

  linkUp() {
    return this.active && this.cable;
  }

  ifconfig() {
    return this.linkUp() ? [this.config.ip, this.config.netmask, this.config.gateway, this.config.dns] : ["0.0.0.0", "0.0.0.0", "0.0.0.0", "0.0.0.0"];
  }
}
