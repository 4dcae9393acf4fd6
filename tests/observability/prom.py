"""A real Prometheus server for tests: Debian's ``prometheus`` binary on a free port, scraping
the given targets every second, with Duet's alert rules loaded."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx
import yaml

from tests.servers import REPO, free_port, stop_process

ALERTS = REPO / "deploy" / "prometheus" / "alerts.yml"


def scrape_config(jobs: Mapping[str, Sequence[str]], rules: Path | None = ALERTS) -> dict[str, Any]:
    """A Prometheus config scraping each job's ``host:port`` targets every second."""
    return {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(rules)] if rules else [],
        "scrape_configs": [
            {"job_name": job, "metrics_path": "/metrics",
             "static_configs": [{"targets": list(targets)}]}
            for job, targets in jobs.items()
        ],
    }


class PrometheusServer:
    """``prometheus`` as a subprocess; ``query`` runs PromQL through its HTTP API."""

    def __init__(self, config: dict[str, Any], workdir: Path, timeout: float = 30.0) -> None:
        binary = shutil.which("prometheus")
        if binary is None:
            raise RuntimeError("prometheus is not installed (scripts/install-system-deps.sh)")
        workdir.mkdir(parents=True, exist_ok=True)
        self.config_path = workdir / "prometheus.yml"
        self.config_path.write_text(yaml.safe_dump(config, sort_keys=False))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "prometheus.log"
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [binary, f"--config.file={self.config_path}",
             f"--storage.tsdb.path={workdir / 'data'}",
             f"--web.listen-address=127.0.0.1:{self.port}",
             "--storage.tsdb.retention.time=1h", "--log.level=warn"],
            stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        self._wait(lambda: httpx.get(self.url + "/-/ready", timeout=1).status_code == 200,
                   timeout, "ready")

    def _wait(self, check: Any, timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"prometheus exited: {self.log_path.read_text()}")
            try:
                if check():
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"prometheus not {what} within {timeout}s: {self.log_path.read_text()}")

    def api(self, path: str, **params: str) -> Any:
        response = httpx.get(f"{self.url}/api/v1/{path}", params=params, timeout=10)
        body = response.json()
        if body.get("status") != "success":
            raise AssertionError(f"{path} {params}: {body.get('error', body)}")
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        """Instant query; the result vector (or a one-element list for a scalar)."""
        data = self.api("query", query=expr)
        if data["resultType"] == "scalar":
            return [{"metric": {}, "value": data["result"]}]
        return data["result"]

    def wait_scrapes(self, job: str, scrapes: int = 1, timeout: float = 30.0) -> None:
        """Wait until every target of ``job`` is up and has been scraped ``scrapes`` more times."""
        def samples() -> float:
            result = self.query(f'sum(count_over_time(up{{job="{job}"}}[5m]))')
            return float(result[0]["value"][1]) if result else 0.0

        def all_up() -> bool:
            targets = self.api("targets")["activeTargets"]
            mine = [t for t in targets if t["labels"]["job"] == job]
            return bool(mine) and all(t["health"] == "up" for t in mine)

        self._wait(all_up, timeout, f"scraping {job}")
        start = samples()
        self._wait(lambda: samples() >= start + scrapes, timeout, f"scraping {job} again")

    def stop(self) -> None:
        stop_process(self.proc)
        self._log.close()
