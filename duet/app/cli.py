"""The ``duet`` command line. Flags are generated from the settings fields, so every setting is
both a ``DUET_*`` environment variable and a ``--flag``; a flag wins over the environment."""

from __future__ import annotations

import argparse
import os
import sys
import types
import typing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_settings import BaseSettings

from duet.core.settings import CloudSettings, EdgeSettings

if typing.TYPE_CHECKING:
    from duet.router import Policy


def _flag_type(annotation: Any) -> tuple[Callable[[str], Any], bool]:
    """argparse type for a settings annotation, and whether it is a boolean switch (whose
    type is not used)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _flag_type(args[0]) if len(args) == 1 else (str, False)
    if origin is typing.Annotated:
        return _flag_type(typing.get_args(annotation)[0])
    if annotation is bool:
        return str, True
    if annotation in (int, float, str, Path):
        return annotation, False
    return str, False  # lists: comma-separated, parsed by the settings validator


def add_settings_flags(parser: argparse.ArgumentParser, cls: type[BaseSettings]) -> None:
    for name, field in cls.model_fields.items():
        flag = "--" + name.replace("_", "-")
        kind, is_bool = _flag_type(field.annotation)
        env = f"DUET_{name.upper()}"
        help_text = f"{field.description or ''} [env {env}]"
        if is_bool:
            parser.add_argument(flag, dest=name, action=argparse.BooleanOptionalAction,
                                default=argparse.SUPPRESS, help=help_text)
        else:
            parser.add_argument(flag, dest=name, type=kind, default=argparse.SUPPRESS,
                                help=help_text)


def settings_from_args(cls: type[BaseSettings], args: argparse.Namespace) -> Any:
    given = {k: v for k, v in vars(args).items() if k in cls.model_fields}
    return cls(**given)


def _fail(message: str) -> typing.NoReturn:
    print(f"duet: error: {message}", file=sys.stderr)
    raise SystemExit(2)


def cmd_edge(args: argparse.Namespace) -> int:
    from duet.app.serve_edge import serve_edge

    return serve_edge(settings_from_args(EdgeSettings, args))


def cmd_up(args: argparse.Namespace) -> int:
    from duet.app.up import serve_up

    return serve_up(settings_from_args(EdgeSettings, args))


def cmd_cloud(args: argparse.Namespace) -> int:
    from duet.app.serve_cloud import serve_cloud

    return serve_cloud(settings_from_args(CloudSettings, args))


def _policy(path: str | None) -> Policy:
    from duet.router import PolicyError, default_policy, load_policy

    try:
        return load_policy(path) if path else default_policy()
    except PolicyError as exc:
        _fail(str(exc))


def cmd_route(args: argparse.Namespace) -> int:
    import json

    from duet.router.commands import route_text, validate_policy

    if args.validate:
        ok, message = validate_policy(args.validate)
        print(message, file=sys.stdout if ok else sys.stderr)
        return 0 if ok else 1
    if args.text is None:
        _fail("give the TEXT to route, or --validate POLICY.yaml")
    def seconds(ms: float | None) -> float | None:
        return None if ms is None else ms / 1000

    deadline = (seconds(args.deadline_ms), seconds(args.cloud_eta_ms), seconds(args.local_eta_ms))
    from duet.router import DeviceState

    given = args.battery is not None or args.discharging or args.hot
    device = DeviceState(args.battery, args.discharging, tuple(args.hot or ()),
                         "given" if given else "none")
    decision = route_text(args.text, _policy(args.policy), privacy_tag=args.privacy,
                          deadline=deadline, device=device)
    print(json.dumps(decision, indent=2, ensure_ascii=False))
    return 0


def cmd_eval_router(args: argparse.Namespace) -> int:
    import json

    from duet.router.commands import evaluate_dataset, evaluate_items

    path = Path(args.file)
    if not path.is_file():
        _fail(f"no such file: {path}")
    policy = _policy(args.policy)
    try:
        if args.per_item:
            for item in evaluate_items(path, policy):
                print(json.dumps(item, ensure_ascii=False))
        else:
            print(json.dumps(evaluate_dataset(path, policy), ensure_ascii=False))
    except (ValueError, KeyError) as exc:
        _fail(f"{path}: not in the dataset format (JSON Lines with id, prompt, label, pii): {exc}")
    return 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    import json

    from duet.app.calibrate import CalibrationRun, calibrated_policy_path, run_calibration
    from duet.core.settings import EngineSettings, OrchestrationSettings
    from duet.engines.model_file import ModelFileError

    dataset = Path(args.dataset)
    if not dataset.is_file():
        _fail(f"no such file: {dataset}")
    if args.limit is not None and args.limit < 1:
        _fail("--limit must be at least 1")
    if not 0.0 < args.target <= 1.0:
        _fail("--target must be an accuracy above 0 and at most 1")
    folder = OrchestrationSettings().calibrated_policy_dir
    model = Path(args.model) if args.model else EngineSettings().edge_model_path  # as `duet edge`
    run = CalibrationRun(dataset, Path(args.out) if args.out else None, model, args.limit, args.target,
                         Path(args.policy) if args.policy else None, args.threads)
    try:
        out, figures = run_calibration(run, lambda model: calibrated_policy_path(folder, model))
    except (ModelFileError, ValueError, OSError) as exc:
        _fail(str(exc))
    summary = {k: v for k, v in figures.items() if k != "categories"}
    print(json.dumps({"policy_file": str(out), **summary}, ensure_ascii=False))
    return 0


def _add_calibrate_command(commands: Any) -> None:
    from duet.app.calibrate import DEFAULT_DATASET

    calibrate = commands.add_parser(
        "calibrate", help="run the on-device model on a graded calibration set and write a "
        "routing policy for that model file"
    )
    calibrate.add_argument("--model", metavar="FILE.gguf",
                           help="the model (default: the edge's, DUET_EDGE_MODEL_PATH or SmolLM2)")
    calibrate.add_argument("--out", metavar="POLICY.yaml", help="where to write the policy "
                           "(default: DUET_CALIBRATED_POLICY_DIR/<model stem>.policy.yaml, "
                           "where the edge looks for it)")
    calibrate.add_argument("--limit", type=int, metavar="N",
                           help="use N items spread over the set (default: all)")
    calibrate.add_argument("--dataset", default=str(DEFAULT_DATASET), metavar="FILE.jsonl",
                           help="the calibration set (default: data/router/calibration.jsonl)")
    calibrate.add_argument("--target", type=float, default=0.7, metavar="ACCURACY",
                           help="accuracy the device's answers must keep below the line "
                           "(default 0.7)")
    calibrate.add_argument("--policy", metavar="POLICY.yaml",
                           help="base policy (default: the shipped policy)")
    calibrate.add_argument("--threads", type=int, metavar="N",
                           help="CPU threads for the model (default: all cores)")
    calibrate.set_defaults(func=cmd_calibrate)


def _audit_file(given: str | None) -> Path:
    from duet.core.settings import AuditSettings

    path = given or AuditSettings().audit_log_path
    if not path:
        _fail("the egress audit log is off (DUET_AUDIT_LOG_PATH is empty): give its FILE")
    return Path(path).expanduser()


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from edge_agent.audit_verify import verify

    path = _audit_file(args.file)
    result = verify(path, expect_head=args.head)
    if not result.files:
        _fail(f"no egress audit log at {path}")
    if result.bad is not None:
        print(f"egress audit log BROKEN at {result.bad}", file=sys.stderr)
        print(f"{result.records} records before it hold", file=sys.stderr)
        return 1
    files = len(result.files)
    print(f"egress audit log OK: {result.records} records over {files} "
          f"file{'s' if files != 1 else ''}" + (
              f", seq {result.first_seq}-{result.last_seq}, head {result.head}"
              if result.records else ""))
    if result.rotated_out:
        print(f"records before seq {result.rotated_out} were rotated out of retention "
              "(not checked)")
    return 0


def cmd_audit_tail(args: argparse.Namespace) -> int:
    import json

    from edge_agent.audit_format import retained_files
    from edge_agent.audit_verify import describe, tail

    path = _audit_file(args.file)
    if args.n < 1:
        _fail("-n must be at least 1")
    if not retained_files(path):
        _fail(f"no egress audit log at {path}")
    for record in tail(path, args.n):
        print(json.dumps(record, sort_keys=True) if args.json else describe(record))
    return 0


def _add_audit_commands(commands: Any) -> None:
    audit = commands.add_parser(
        "audit", help="the egress audit log: one hash-chained record per request sent to the cloud"
    )
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "verify", help="check the hash chain; exit 0 when it holds, 1 naming the first bad record"
    )
    check.add_argument("file", nargs="?", metavar="FILE",
                       help="the log (default: DUET_AUDIT_LOG_PATH); rotated files are read too")
    check.add_argument("--head", metavar="HASH",
                       help="a record hash noted earlier that the log must still contain")
    check.set_defaults(func=cmd_audit_verify)
    latest = actions.add_parser("tail", help="show the latest records, oldest first")
    latest.add_argument("file", nargs="?", metavar="FILE",
                        help="the log (default: DUET_AUDIT_LOG_PATH)")
    latest.add_argument("-n", type=int, default=10, metavar="N", help="how many (default 10)")
    latest.add_argument("--json", action="store_true", help="one JSON record per line")
    latest.set_defaults(func=cmd_audit_tail)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="duet",
        description="Duet: an OpenAI-compatible endpoint on the device that answers with the "
        "on-device model or escalates to a cloud model pool.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    up = commands.add_parser("up", help="run the whole system on this machine (default port 8080)")
    add_settings_flags(up, EdgeSettings)
    up.set_defaults(func=cmd_up)

    edge = commands.add_parser("edge", help="serve the edge agent (on-device model + router)")
    add_settings_flags(edge, EdgeSettings)
    edge.set_defaults(func=cmd_edge)

    cloud = commands.add_parser(
        "cloud", help="serve the cloud model pool (gRPC for edges, OpenAI API for apps)"
    )
    add_settings_flags(cloud, CloudSettings)
    cloud.set_defaults(func=cmd_cloud)

    route = commands.add_parser(
        "route", help="explain where a prompt would run: the decision and its trace as JSON"
    )
    route.add_argument("text", nargs="?", metavar="TEXT", help="the prompt to route")
    route.add_argument("--policy", help="policy YAML (default: the shipped policy)")
    route.add_argument("--privacy", choices=["local_only", "redact", "allow_cloud"],
                       help="privacy tag, as x-duet-privacy would give it")
    route.add_argument("--deadline-ms", type=float,
                       help="the request's budget, as x-duet-deadline-ms would give it")
    route.add_argument("--cloud-eta-ms", type=float,
                       help="the cloud's predicted time to answer (learned on a running edge)")
    route.add_argument("--local-eta-ms", type=float,
                       help="the local model's predicted time to answer")
    route.add_argument("--battery", type=float, metavar="PERCENT",
                       help="the battery's charge, in percent (default: no battery)")
    route.add_argument("--discharging", action="store_true",
                       help="the device runs on its battery")
    route.add_argument("--hot", action="append", metavar="ZONE",
                       help="a thermal zone past its trip point (repeatable)")
    route.add_argument("--validate", metavar="POLICY.yaml",
                       help="check a policy file and exit (0 valid, 1 invalid)")
    route.set_defaults(func=cmd_route)

    evaluate = commands.add_parser(
        "eval-router", help="router figures on a labelled JSON Lines file (AUC, PII recall, …)"
    )
    evaluate.add_argument("file", metavar="FILE.jsonl")
    evaluate.add_argument("--policy", help="policy YAML (default: the shipped policy)")
    evaluate.add_argument("--per-item", action="store_true",
                          help="one JSON line per item: id, difficulty, target, reasons, pii")
    evaluate.set_defaults(func=cmd_eval_router)
    _add_calibrate_command(commands)
    _add_audit_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "settings"
        print(f"duet: error: setting {where}: {first['msg']}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
