"""The hostile suite shares one campaign per module (thousands of items through the same
fields), so the isolation the root conftest gives each test is given to each module too."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from organizer import config


@pytest.fixture(scope="module", autouse=True)
def module_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data folder (and so a log folder) of the module's own while its shared fixtures
    run: the per-test one from tests/conftest.py does not exist yet at module set-up."""
    folder = tmp_path_factory.mktemp("organizer-data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(config.DATA_DIR_ENV_VAR, str(folder))
        patch.delenv(config.DB_ENV_VAR, raising=False)
        yield folder


@pytest.fixture(scope="module")
def fast_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A folder for the module's shared campaign file, in memory when the system has one.

    The campaign file syncs every commit to disk (that is its promise); these tests commit
    thousands of times, and on a RAM disk a sync costs nothing. The behaviour is the same.
    """
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path_factory.mktemp("hostile")
        return
    folder = Path(tempfile.mkdtemp(prefix="organizer-hostile-", dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
