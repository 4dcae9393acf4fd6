"""``PUT /v1/device/state`` and ``GET /v1/device/state``: the platform reports the device's battery
and heat (instead of, or besides, sysfs), behind the same API keys as the other ``/v1`` routes.

    PUT /v1/device/state
    {"battery": {"percent": 15, "status": "discharging"},
     "thermal": [{"zone": "soc", "temp_c": 96.0, "trip_c": 90.0}]}
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field, field_validator

from duet.router import DeviceState

BatteryStatus = Literal["charging", "discharging", "full", "not charging", "unknown"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BatteryReport(_Strict):
    percent: float = Field(ge=0, le=100, description="Charge left, in percent.")
    status: BatteryStatus = Field(description="As sysfs says it: charging, discharging, full, …")

    @field_validator("status", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value


class ThermalReport(_Strict):
    zone: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")
    temp_c: float = Field(ge=-100, le=300)
    trip_c: float = Field(ge=-100, le=300, description="The zone's throttling trip point.")


class DeviceReport(_Strict):
    battery: BatteryReport | None = Field(None, description="None: no battery (mains power).")
    thermal: list[ThermalReport] = Field(default_factory=list, max_length=64)

    def state(self) -> DeviceState:
        hot = tuple(f"{t.zone} {t.temp_c:.1f}C >= trip {t.trip_c:.1f}C"
                    for t in self.thermal if t.temp_c >= t.trip_c)
        battery = self.battery
        return DeviceState(
            battery.percent if battery else None,
            battery is not None and battery.status == "discharging", hot, "pushed",
        )


def device_router(
    push: Callable[[DeviceState], DeviceState], current: Callable[[], DeviceState]
) -> Callable[[Callable[..., Any]], APIRouter]:
    """The routes, built once the app's API-key dependency (``auth``) exists."""

    def build(auth: Callable[..., Any]) -> APIRouter:
        router = APIRouter(prefix="/v1/device", tags=["device"])

        @router.put("/state")
        async def put_state(report: DeviceReport, _: str = Depends(auth)) -> dict[str, Any]:
            return push(report.state()).to_dict()

        @router.get("/state")
        async def get_state(_: str = Depends(auth)) -> dict[str, Any]:
            return current().to_dict()

        return router

    return build
