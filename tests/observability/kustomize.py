"""A small kustomize renderer for validating ``deploy/k8s`` offline, without a kustomize binary.

It implements the features Duet's kustomizations use — ``resources`` (files and directories),
``namespace``, ``labels``, ``images``, ``replicas``, ``configMapGenerator`` and
``secretGenerator`` (files, literals, envs; create/merge/replace) with name-hash suffixes and the
rewriting of references to the generated names — and fails on any other field, so a
kustomization that grows beyond it is noticed rather than half-rendered.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import yaml

Obj = dict[str, Any]

SUPPORTED = {
    "apiVersion", "kind", "resources", "namespace", "labels", "images", "replicas",
    "configMapGenerator", "secretGenerator",
}
CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding", "PersistentVolume",
                  "StorageClass", "CustomResourceDefinition", "PriorityClass"}
WORKLOADS = {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"}


class KustomizeError(Exception):
    """The kustomization uses something this renderer does not implement, or is invalid."""


def _key(obj: Obj) -> tuple[str, str]:
    return obj["kind"], obj["metadata"]["name"]


def _env_pairs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, sep, value = line.partition("=")
            if not sep:
                raise KustomizeError(f"{path}: line without '=': {line!r}")
            pairs.append((name.strip(), value))
    return pairs


def _generator_data(folder: Path, spec: Obj) -> dict[str, str]:
    data: dict[str, str] = {}
    for item in spec.get("files", []):
        name, _, file = item.rpartition("=")
        path = folder / file
        data[name or path.name] = path.read_text()
    for literal in spec.get("literals", []):
        name, _, value = literal.partition("=")
        data[name] = value
    for env in spec.get("envs", []):
        data.update(_env_pairs(folder / env))
    unknown = set(spec) - {"name", "files", "literals", "envs", "behavior", "type"}
    if unknown:
        raise KustomizeError(f"generator fields not supported: {sorted(unknown)}")
    return data


def _generate(kind: str, folder: Path, spec: Obj, existing: dict[tuple[str, str], Obj]) -> None:
    name = spec["name"]
    data = _generator_data(folder, spec)
    behavior = spec.get("behavior", "create")
    key = (kind, name)
    if behavior == "create":
        if key in existing:
            raise KustomizeError(f"{kind} {name} generated twice (use behavior: merge/replace)")
        obj: Obj = {"apiVersion": "v1", "kind": kind, "metadata": {"name": name}, "data": {}}
        if kind == "Secret":
            obj["type"] = spec.get("type", "Opaque")
        existing[key] = obj
    elif key not in existing:
        raise KustomizeError(f"{behavior} of {kind} {name}, which no base generates")
    elif behavior == "replace":
        existing[key]["data"] = {}
    elif behavior != "merge":
        raise KustomizeError(f"unknown generator behavior {behavior!r}")
    encoded = data if kind == "ConfigMap" else {
        k: base64.b64encode(v.encode()).decode() for k, v in data.items()
    }
    existing[key]["data"].update(encoded)


def _apply_labels(obj: Obj, labels: list[Obj]) -> None:
    for entry in labels:
        pairs = entry.get("pairs", {})
        obj["metadata"].setdefault("labels", {}).update(pairs)
        if entry.get("includeSelectors"):
            raise KustomizeError("labels.includeSelectors is not supported")
        if entry.get("includeTemplates") and obj["kind"] in WORKLOADS:
            obj["spec"]["template"]["metadata"].setdefault("labels", {}).update(pairs)


def _apply_images(obj: Obj, images: list[Obj]) -> None:
    if obj["kind"] not in WORKLOADS:
        return
    pod = obj["spec"]["template"]["spec"]
    for container in pod.get("containers", []) + pod.get("initContainers", []):
        name, _, tag = container["image"].partition(":")
        for image in images:
            if image["name"] == name:
                name = image.get("newName", name)
                tag = image.get("newTag", tag)
                container["image"] = f"{name}:{tag}" if tag else name


def _hashed(obj: Obj) -> str:
    digest = hashlib.sha256(json.dumps(obj, sort_keys=True).encode()).hexdigest()
    return f"{obj['metadata']['name']}-{digest[:10]}"


def _rename_refs(node: Any, kind: str, renames: dict[str, str]) -> None:
    """Rewrite references to generated ConfigMaps/Secrets anywhere in a pod template."""
    if isinstance(node, dict):
        ref_fields = {
            "ConfigMap": ("configMap", "configMapKeyRef", "configMapRef"),
            "Secret": ("secretKeyRef", "secretRef"),
        }[kind]
        for field, value in node.items():
            if field in ref_fields and isinstance(value, dict) and value.get("name") in renames:
                value["name"] = renames[value["name"]]
            elif field == "secret" and kind == "Secret" and isinstance(value, dict) \
                    and value.get("secretName") in renames:
                value["secretName"] = renames[value["secretName"]]
            else:
                _rename_refs(value, kind, renames)
    elif isinstance(node, list):
        for item in node:
            _rename_refs(item, kind, renames)


def _load(folder: Path) -> tuple[dict[tuple[str, str], Obj], set[tuple[str, str]]]:
    """Objects of a kustomization (before hashing), and which of them are generated."""
    spec = yaml.safe_load((folder / "kustomization.yaml").read_text())
    unknown = set(spec) - SUPPORTED
    if unknown:
        raise KustomizeError(f"{folder}: fields not supported: {sorted(unknown)}")
    objects: dict[tuple[str, str], Obj] = {}
    generated: set[tuple[str, str]] = set()
    for resource in spec.get("resources", []):
        path = folder / resource
        if path.is_dir():
            sub, sub_generated = _load(path)
            objects.update(sub)
            generated |= sub_generated
            continue
        for doc in yaml.safe_load_all(path.read_text()):
            if doc:
                if _key(doc) in objects:
                    raise KustomizeError(f"duplicate {_key(doc)}")
                objects[_key(doc)] = doc
    for kind, field in (("ConfigMap", "configMapGenerator"), ("Secret", "secretGenerator")):
        for gen in spec.get(field, []):
            _generate(kind, folder, gen, objects)
            generated.add((kind, gen["name"]))
    for obj in objects.values():
        _apply_labels(obj, spec.get("labels", []))
        _apply_images(obj, spec.get("images", []))
        if spec.get("namespace") and obj["kind"] not in CLUSTER_SCOPED:
            obj["metadata"]["namespace"] = spec["namespace"]
    for replica in spec.get("replicas", []):
        target = objects.get(("Deployment", replica["name"]))
        if target is None:
            raise KustomizeError(f"replicas: no Deployment {replica['name']}")
        target["spec"]["replicas"] = replica["count"]
    return objects, generated


def render(folder: Path) -> list[Obj]:
    """The objects ``kustomize build folder`` would output (generated names hashed)."""
    objects, generated = _load(folder)
    objects = copy.deepcopy(objects)
    for kind in ("ConfigMap", "Secret"):
        renames = {}
        for key in sorted(k for k in generated if k[0] == kind):
            obj = objects[key]
            renames[key[1]] = obj["metadata"]["name"] = _hashed(obj)
        for obj in objects.values():
            if obj["kind"] in WORKLOADS:
                _rename_refs(obj["spec"]["template"], kind, renames)
    return list(objects.values())
