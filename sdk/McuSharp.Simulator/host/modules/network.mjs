// Plug-in: the JS side of `network` (pylib/network.py): the station and access point of the simulated radio, the LAN.
import { device, reply, DeviceError } from "../device/index.mjs";

export default function (mp, ctx) {
  const d = device(ctx);
  if (!d) return;
  const { wifi, lan, timeline } = d;
  const withSync = (body) => reply(() => { d.sync(); return body(); });
  mp.registerJsModule("_sim_network", {
    board: () => JSON.stringify({ board: d.board, fallback: d.fallback }),
    sta_active: (value) => withSync(() => { if (value !== null && value !== undefined) wifi.setActive(Boolean(value)); return wifi.station.active; }),
    sta_connect: (ssid, key, bssid) => withSync(() => wifi.connect(ssid, key, bssid)),
    sta_disconnect: () => withSync(() => wifi.disconnect()),
    sta_isconnected: () => withSync(() => wifi.isConnected()),
    sta_status: () => withSync(() => wifi.status()),
    sta_rssi: () => withSync(() => wifi.station.network?.rssi ?? 0),
    sta_scan: () => withSync(() => wifi.scan()),
    sta_ifconfig: (json) => withSync(() => (json ? wifi.setIfconfig(JSON.parse(json)) : wifi.ifconfig())),
    sta_config: (json) => withSync(() => configure(wifi.station, json, "station")),
    sta_ssid: () => withSync(() => wifi.station.network?.ssid ?? wifi.station.credentials?.ssid ?? ""),
    ap_active: (value) => withSync(() => {
      if (value !== null && value !== undefined && Boolean(value) !== wifi.accessPoint.active) {
        wifi.accessPoint.active = Boolean(value);
        timeline.event("wifi.active", { interface: "access_point", active: wifi.accessPoint.active }, `wifi: access point ${wifi.accessPoint.active ? `on ('${wifi.accessPoint.essid}')` : "off"}`);
      }
      return wifi.accessPoint.active;
    }),
    ap_config: (json) => withSync(() => configure(wifi.accessPoint, json, "access_point")),
    ap_ifconfig: () => withSync(() => (wifi.accessPoint.active ? ["192.168.4.1", "255.255.255.0", "192.168.4.1", "0.0.0.0"] : ["0.0.0.0", "0.0.0.0", "0.0.0.0", "0.0.0.0"])),
    lan_active: (value) => withSync(() => { if (value !== null && value !== undefined) lan.setActive(Boolean(value)); return lan.active; }),
    lan_isconnected: () => withSync(() => lan.linkUp()),
    lan_ifconfig: () => withSync(() => lan.ifconfig()),
    country: (code) => withSync(() => {
      if (code) timeline.event("wifi.country", { code }, `wifi: country code ${code}`);
      d.country = code || d.country || "XX";
      return d.country;
    }),
    hostname: (name) => withSync(() => { if (name) wifi.station.hostname = name; return wifi.station.hostname; }),
  });

  // config(key=value, ...) sets what it is given (recorded; a password is never shown), config('key') reads one.
  function configure(iface, json, which) {
    const request = JSON.parse(json);
    if (request.get !== undefined) {
      const key = request.get === "ssid" ? "essid" : request.get === "dhcp_hostname" ? "hostname" : request.get;
      if (key === "mac") return `02:00:00:${which === "station" ? "00" : "01"}:00:01`;
      if (key === "essid") return iface.network?.ssid ?? iface.essid ?? iface.credentials?.ssid ?? "";
      if (key === "channel") return iface.network?.channel ?? iface.channel ?? 1;
      if (key in iface && key !== "password") return iface[key];
      if (["txpower", "pm", "reconnects", "security", "hidden"].includes(key)) return iface[key] ?? 0;
      throw new DeviceError("ValueError", "unknown config param");
    }
    const shown = {};
    for (const [key, value] of Object.entries(request.set)) {
      const name = key === "ssid" ? "essid" : key === "key" ? "password" : key === "dhcp_hostname" ? "hostname" : key;
      iface[name] = value;
      shown[name] = name === "password" ? "***" : value;
    }
    timeline.event("wifi.config", { interface: which, ...shown }, `wifi: ${which.replace("_", " ")} config ${Object.entries(shown).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(" ")}`);
    return null;
  }
}
