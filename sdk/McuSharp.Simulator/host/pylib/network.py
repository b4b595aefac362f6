# network on the simulated device (docs/library/network.WLAN.rst, network.LAN.rst): WLAN station and access point,
# LAN, with the interface and status constants of the selected board profile (network.STA_IF or
# network.WLAN.IF_STA, STAT_* numbers), nothing more: a name the board lacks is an AttributeError, as on the board.
import json as _json
import _sim_network
from _sim_device import call as _call

_profiles = _json.loads(_sim_network.board())
_board = _profiles["board"]["network"]
_fallback = _profiles["fallback"]["network"]


def _number(own, spare):
    """A board's number, or the simulator's where the profile leaves it unknown (the generic board)."""
    return own["value"] if own["value"] is not None else spare["value"]


_STA = _number(_board["station"] or _fallback["station"], _fallback["station"])
_AP = _number(_board["access_point"] or _fallback["access_point"], _fallback["access_point"])


class WLAN:
    def __init__(self, interface_id=None, *, mode=None, **kwargs):
        chosen = interface_id if interface_id is not None else mode
        if chosen is None:
            chosen = _STA
        if chosen not in (_STA, _AP):
            raise ValueError("invalid WLAN interface identifier")
        self._ap = chosen == _AP

    def active(self, is_active=None):
        return _call((_sim_network.ap_active if self._ap else _sim_network.sta_active)(None if is_active is None else bool(is_active)))

    def connect(self, ssid=None, key=None, *, bssid=None, auth=None, timeout=None, **kwargs):
        if self._ap:
            raise OSError("STA required")
        if key is None and auth is not None:
            key = auth[1] if len(auth) > 1 else None  # the WiPy's connect(ssid, auth=(WLAN.WPA2, key))
        _call(_sim_network.sta_connect(ssid, key, None if bssid is None else str(bssid)))

    def disconnect(self):
        _call(_sim_network.sta_disconnect())

    def isconnected(self):
        return False if self._ap else _call(_sim_network.sta_isconnected())

    def status(self, param=None):
        if param is None:
            return None if self._ap else _call(_sim_network.sta_status())
        if param == "rssi":
            return _call(_sim_network.sta_rssi())
        if param == "stations":
            return []
        raise ValueError("unknown status param")

    def scan(self):
        found = _call(_sim_network.sta_scan())
        return [(n["ssid"].encode(), bytes(int(b, 16) for b in n["bssid"].split(":")), n["channel"], n["rssi"], n["security"], n["hidden"]) for n in found]

    def ifconfig(self, config=None):
        if self._ap:
            return tuple(_call(_sim_network.ap_ifconfig()))
        if config is None:
            return tuple(_call(_sim_network.sta_ifconfig(None)))
        if config == "dhcp":
            return None
        if len(config) != 4:
            raise ValueError("ifconfig needs (ip, netmask, gateway, dns)")
        _call(_sim_network.sta_ifconfig(_json.dumps([str(v) for v in config])))

    def config(self, *args, **kwargs):
        configure = _sim_network.ap_config if self._ap else _sim_network.sta_config
        if kwargs:
            if args:
                raise TypeError("either pos or kw args are allowed")
            return _call(configure(_json.dumps({"set": kwargs})))
        if len(args) != 1:
            raise TypeError("can query only one param")
        value = _call(configure(_json.dumps({"get": args[0]})))
        if args[0] == "mac":
            return bytes(int(b, 16) for b in value.split(":"))
        return value


class LAN:
    def __init__(self, *args, **kwargs):
        pass

    def active(self, is_active=None):
        return _call(_sim_network.lan_active(None if is_active is None else bool(is_active)))

    def isconnected(self):
        return _call(_sim_network.lan_isconnected())

    def status(self):
        return 1 if self.isconnected() else 0

    def ifconfig(self, config=None):
        return tuple(_call(_sim_network.lan_ifconfig()))


def country(code=None):
    return _call(_sim_network.country(code))


def hostname(name=None):
    return _call(_sim_network.hostname(name))


def _define(expression, value):
    """Puts `network.NAME` or `network.WLAN.NAME` where the board has it."""
    parts = expression.split(".")
    if parts[:2] == ["network", "WLAN"]:
        setattr(WLAN, parts[2], value)
    elif len(parts) == 2:
        globals()[parts[1]] = value


for _iface in ("station", "access_point"):
    if _board[_iface]:
        for _constant in _board[_iface]["constants"]:
            _define(_constant, _STA if _iface == "station" else _AP)
for _iface in ("station", "access_point"):
    for _constant, _value in ((_board[_iface] or {}).get("class_constants") or {}).items():
        _define(_constant, _value)  # the WiPy's WLAN.WEP/WPA/WPA2 (security for connect(auth=(sec, key)))
for _name, _status in _board["wifi_status"].items():
    if _status and _status["constant"]:
        _define(_status["constant"], _number(_status, _fallback["wifi_status"][_name]))
if not _board["has_status"]:
    del WLAN.status
if not _board["lan"]:
    del LAN
del _profiles, _board
