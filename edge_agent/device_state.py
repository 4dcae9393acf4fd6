"""The device's own state for the router: battery and heat, from Linux sysfs or pushed by the
platform (``PUT /v1/device/state``).

sysfs is read at start-up and then at most every ``refresh_s``, in a worker thread started by the
first request that finds the reading stale: a request never waits for a file. A pushed state wins
over sysfs for ``push_ttl_s``; after that sysfs (when configured) is read again.

- battery: every ``power_supply/*`` whose ``type`` is ``Battery``: the lowest ``capacity`` (%),
  discharging when any ``status`` is ``Discharging``;
- heat: every ``thermal/thermal_zone*``: hot when ``temp`` is at or past one of its ``passive``,
  ``hot`` or ``critical`` trip points (``active`` trip points are fan stages, not throttling).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from pathlib import Path

from duet.router import DeviceState

log = logging.getLogger("duet.device")
THROTTLING_TRIPS = ("passive", "hot", "critical")


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None


def read_battery(root: Path) -> tuple[float | None, bool]:
    """(the lowest battery capacity in %, whether any battery is discharging)."""
    levels: list[float] = []
    discharging = False
    for supply in sorted(root.glob("*")) if root.is_dir() else []:
        if _read(supply / "type") != "Battery":
            continue
        capacity = _read(supply / "capacity")
        if capacity is not None and capacity.lstrip("-").isdigit():
            levels.append(float(capacity))
        discharging |= (_read(supply / "status") or "").lower() == "discharging"
    return (min(levels) if levels else None), discharging


def _millidegrees(text: str | None) -> int | None:
    return int(text) if text is not None and text.lstrip("-").isdigit() else None


def hot_zone(zone: Path) -> str | None:
    """``name 95.0C >= passive 90.0C`` when the zone is at or past a throttling trip point."""
    temp = _millidegrees(_read(zone / "temp"))
    if temp is None:
        return None
    for trip in sorted(zone.glob("trip_point_*_type")):
        kind = _read(trip)
        limit = _millidegrees(_read(trip.with_name(trip.name.replace("_type", "_temp"))))
        if kind in THROTTLING_TRIPS and limit is not None and limit > 0 and temp >= limit:
            name = _read(zone / "type") or zone.name
            return f"{name} {temp / 1000:.1f}C >= {kind} {limit / 1000:.1f}C"
    return None


def read_thermal(root: Path) -> tuple[str, ...]:
    zones = sorted(root.glob("thermal_zone*")) if root.is_dir() else []
    return tuple(z for z in map(hot_zone, zones) if z is not None)


def read_sysfs(power_root: Path | None, thermal_root: Path | None) -> DeviceState:
    percent, discharging = read_battery(power_root) if power_root else (None, False)
    hot = read_thermal(thermal_root) if thermal_root else ()
    return DeviceState(percent, discharging, hot, "sysfs")


class DeviceStateSource:
    """What the router reads: ``snapshot()``, never blocking on a file."""

    def __init__(
        self, power_root: Path | None, thermal_root: Path | None, *, refresh_s: float = 5.0,
        push_ttl_s: float = 60.0, clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.power_root, self.thermal_root = power_root, thermal_root
        self.refresh_s, self.push_ttl_s, self.clock = refresh_s, push_ttl_s, clock
        self.reads = 0
        self._sysfs = self._read()
        self._read_at = clock()
        self._pushed: DeviceState | None = None
        self._pushed_at = float("-inf")
        self._refresh: asyncio.Future[None] | None = None

    @property
    def uses_sysfs(self) -> bool:
        return self.power_root is not None or self.thermal_root is not None

    def _read(self) -> DeviceState:
        if not self.uses_sysfs:
            return DeviceState()
        self.reads += 1
        return read_sysfs(self.power_root, self.thermal_root)

    def snapshot(self) -> DeviceState:
        now = self.clock()
        if self._pushed is not None and now - self._pushed_at < self.push_ttl_s:
            return self._pushed
        if self.uses_sysfs and now - self._read_at >= self.refresh_s:
            self._start_refresh()
        return self._sysfs

    def _start_refresh(self) -> None:
        if self._refresh is not None and not self._refresh.done():
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop (a tool, a test): read here
            self._store(self._read())
            return
        self._refresh = loop.run_in_executor(None, self._refresh_now)

    def _refresh_now(self) -> None:
        try:
            self._store(self._read())
        except Exception as exc:  # a strange sysfs file must not stop routing
            log.warning("device state not read: %s", exc)
            self._read_at = self.clock()

    def _store(self, state: DeviceState) -> None:
        self._sysfs, self._read_at = state, self.clock()

    def push(self, state: DeviceState) -> DeviceState:
        """The platform's report; it wins over sysfs for ``push_ttl_s``."""
        self._pushed = DeviceState(state.battery_percent, state.discharging, state.hot_zones,
                                   "pushed")
        self._pushed_at = self.clock()
        return self._pushed
