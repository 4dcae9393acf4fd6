"""Settings of the device-state signal (battery and heat), part of ``EdgeSettings``."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class DeviceSettings(BaseSettings):
    """Where the edge reads the device's battery and heat, and how often."""

    model_config = SettingsConfigDict(env_prefix="DUET_", extra="ignore", populate_by_name=True)

    device_power_supply_root: str = Field(
        "/sys/class/power_supply", description="sysfs folder of power supplies (batteries: "
        "capacity, status). Empty: no battery is read."
    )
    device_thermal_root: str = Field(
        "/sys/class/thermal", description="sysfs folder of thermal zones (temp and trip "
        "points). Empty: no heat is read."
    )
    device_state_refresh_s: float = Field(
        5.0, gt=0, description="Seconds between readings of the device's sysfs state (read off "
        "the request path)."
    )
    device_state_push_ttl_s: float = Field(
        60.0, gt=0, description="Seconds a state pushed with PUT /v1/device/state wins over "
        "sysfs."
    )
