"""The wheel is the whole app: built from this tree and installed in a fresh virtualenv, away
from the source tree, it runs the demo, prints packets with its own fonts and opens its window.

Slow for a test (about half a minute): it builds the wheel and installs it with its
dependencies (PySide6 and the rest) from the package index or pip's cache. The checks on the
installed program are packaging/smoke_test.py's, the same ones .ci/run runs on the PyInstaller
build.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Top-level folders of a checkout that are not the project (or are outputs of a build).
NOT_SOURCE = {".git", ".venv", "venv", "build", "dist", "out", "screenshots-tmp"}
CACHES = ("__pycache__", ".pytest_cache", ".ruff_cache", ".import_linter_cache", "*.pyc")


def load_smoke_test():
    spec = importlib.util.spec_from_file_location("organizer_smoke_test", ROOT / "packaging" / "smoke_test.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def copy_of_source_tree(target: Path) -> Path:
    """The checkout without virtualenvs and build outputs: a stale build/ never leaks in."""
    cache_ignore = shutil.ignore_patterns(*CACHES)

    def ignore(folder: str, names: list[str]) -> set[str]:
        ignored = set(cache_ignore(folder, names))
        if Path(folder) == ROOT:
            ignored |= {n for n in names if n in NOT_SOURCE or n.endswith(".egg-info")}
        return ignored

    shutil.copytree(ROOT, target, ignore=ignore)
    return target


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(command, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=600, **kwargs)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    scratch = tmp_path_factory.mktemp("wheel-build")
    source = copy_of_source_tree(scratch / "source")
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(scratch / "wheels"), str(source)])
    (built,) = (scratch / "wheels").glob("organizer-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv with the wheel installed; returns its ``bin`` folder."""
    env_dir = tmp_path_factory.mktemp("wheel-venv") / "venv"
    run([sys.executable, "-m", "venv", str(env_dir)])
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)])
    return bin_dir


def test_the_wheel_carries_every_resource_and_migration(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        shipped = set(archive.namelist())
    resources = [p.relative_to(ROOT / "resources").as_posix() for p in (ROOT / "resources").rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts]
    missing = [name for name in resources if f"organizer/_resources/{name}" not in shipped]
    assert not missing, f"resources missing from the wheel: {missing}"
    assert any(name.endswith("OFL-1.1.txt") for name in shipped), "the font licences must ship with the fonts"
    migrations = [p.name for p in (ROOT / "organizer/storage/migrations/versions").glob("0*.py")]
    assert migrations
    for name in migrations:
        assert f"organizer/storage/migrations/versions/{name}" in shipped


def test_the_installed_wheel_runs_outside_the_source_tree(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    found = run([str(installed / "python"), "-c", "from organizer import config; print(config.RESOURCES_DIR)"],
                cwd=elsewhere).stdout.strip()
    assert Path(found).is_relative_to(installed.parent), f"resources read from {found}, not the install"
    assert (Path(found) / "fonts" / "NotoSans-Regular.ttf").is_file(), f"no fonts in {found}"

    smoke = load_smoke_test()
    try:
        report = smoke.check_program([str(installed / "organizer")], tmp_path / "smoke")
    except smoke.SmokeFailure as exc:
        pytest.fail(str(exc))
    assert any(line.startswith("packets next --combined:") for line in report)
