"""Which network addresses cablegram may contact on a user's behalf.

Every outbound connection is checked *after* DNS resolution, on the address actually connected to,
so a name that resolves (or re-resolves) to an internal address is refused just like the literal.
Refused by default: loopback, private (RFC 1918, ULA), carrier-grade NAT (100.64/10), link-local,
multicast, unspecified, reserved and documentation ranges — everything :attr:`ipaddress.IPv4Address.is_global`
does not call global — including IPv4 addresses embedded in IPv6 (``::ffff:127.0.0.1``, NAT64, 6to4).

Settings ``fetch_allow_hosts`` (host names, exact, case-insensitive) and ``fetch_allow_networks``
(CIDR blocks such as ``10.1.0.0/16`` or ``127.0.0.1/32``) let an administrator open chosen targets.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass, field

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
ALLOWED_SCHEMES = ("http", "https")


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, NAT64, 6to4, Teredo), if any."""
    if ip.version != 6:
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    return None


def is_public_address(ip: IPAddress) -> bool:
    """True when ``ip`` (and any IPv4 address embedded in it) is a global unicast address."""
    embedded = _embedded_ipv4(ip)
    if embedded is not None and not is_public_address(embedded):
        return False
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_loopback or ip.is_link_local
                                 or ip.is_private or ip.is_unspecified)


def _split(values: Iterable[str] | str | None) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    return [part.strip() for value in values for part in str(value).split(",") if part.strip()]


@dataclass(frozen=True)
class OutboundPolicy:
    """Public addresses only, plus the hosts and networks an administrator allowed."""

    allow_hosts: frozenset[str] = frozenset()
    allow_networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = field(default_factory=tuple)

    @classmethod
    def from_settings(cls, settings) -> "OutboundPolicy":
        """Built from ``settings.fetch_allow_hosts`` / ``fetch_allow_networks``; ConfigError for a bad CIDR."""
        from ..errors import ConfigError

        networks = []
        for text in _split(getattr(settings, "fetch_allow_networks", None)):
            try:
                networks.append(ipaddress.ip_network(text, strict=False))
            except ValueError:
                raise ConfigError(f"fetch_allow_networks: {text!r} is not an IP network",
                                  hint="Write CIDR blocks such as 10.1.0.0/16 or 127.0.0.1/32.",
                                  code="invalid_setting") from None
        hosts = frozenset(h.lower().rstrip(".") for h in _split(getattr(settings, "fetch_allow_hosts", None)))
        return cls(allow_hosts=hosts, allow_networks=tuple(networks))

    def host_allowed(self, host: str) -> bool:
        """The host name itself was allowed by the administrator (any address it resolves to is then fine)."""
        return host.lower().strip("[]").rstrip(".") in self.allow_hosts

    def address_allowed(self, address: str | IPAddress) -> bool:
        """A resolved address may be contacted: public, or inside an allowed network."""
        try:
            ip = ipaddress.ip_address(address.split("%", 1)[0] if isinstance(address, str) else address)
        except ValueError:
            return False
        candidates = [ip] + ([e] if (e := _embedded_ipv4(ip)) is not None else [])
        if any(c in net for c in candidates for net in self.allow_networks if c.version == net.version):
            return True
        return is_public_address(ip)
