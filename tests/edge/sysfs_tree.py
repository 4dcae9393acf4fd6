"""Fixture sysfs trees: ``/sys/class/power_supply`` and ``/sys/class/thermal`` as the kernel lays
them out (one value per file), for the device-state signal."""

from __future__ import annotations

from pathlib import Path


def _write(folder: Path, **files: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, value in files.items():
        (folder / name).write_text(value + "\n")


def power_supply(root: Path, *, percent: int | None, status: str = "Discharging",
                 mains_online: bool = False) -> Path:
    """An AC adapter (``Mains``) and, unless ``percent`` is None, a battery ``BAT0``."""
    folder = root / "power_supply"
    _write(folder / "AC", type="Mains", online="1" if mains_online else "0")
    if percent is not None:
        _write(folder / "BAT0", type="Battery", capacity=str(percent), status=status,
               present="1")
    return folder


def thermal(root: Path, *, temp_c: float, passive_c: float = 90.0, active_c: float = 50.0) -> Path:
    """One zone with an active (fan) trip point below a passive (throttling) one, and a cooling
    device that must be ignored."""
    folder = root / "thermal"
    _write(folder / "thermal_zone0", type="soc", temp=str(int(temp_c * 1000)),
           trip_point_0_type="active", trip_point_0_temp=str(int(active_c * 1000)),
           trip_point_1_type="passive", trip_point_1_temp=str(int(passive_c * 1000)),
           trip_point_2_type="critical", trip_point_2_temp="105000")
    _write(folder / "cooling_device0", type="Processor", cur_state="0")
    return folder
