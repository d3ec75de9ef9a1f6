"""The one build step pyproject.toml cannot declare: ship ``resources/`` inside the package.

The source tree keeps its top-level ``resources/`` folder (fonts with their licences, starter
content, translations). A wheel carries the same files as ``organizer/_resources``, copied
whole at build time so that anything added under ``resources/`` ships without a list to keep
up to date. ``organizer.config.RESOURCES_DIR`` finds either. An editable install reads the
source tree's folder, so nothing is copied for one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCE_RESOURCES = Path(__file__).resolve().parent / "resources"
PACKAGED_NAME = "_resources"  # organizer/_resources: the name config.py looks for


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        if not SOURCE_RESOURCES.is_dir():
            raise SystemExit(f"{SOURCE_RESOURCES} is missing: the build would ship no fonts")
        target = Path(self.build_lib) / "organizer" / PACKAGED_NAME
        # A clean copy each time, so a file deleted from resources/ never lingers in a wheel.
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(
            SOURCE_RESOURCES, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
        )


setup(cmdclass={"build_py": BuildPyWithResources})
