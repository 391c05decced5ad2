"""The app installs as an ordinary Python package: every package and the resources ship.

CI builds the wheel, installs it into a fresh venv and runs its self-test (``.ci/run``);
these checks catch a forgotten package or resource folder before that.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from setuptools import find_packages

from organizer.core.paths import resource, resources_dir

ROOT = Path(__file__).resolve().parent.parent


def pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_is_listed_and_resources_ship_as_package_data() -> None:
    config = pyproject()["tool"]["setuptools"]  # type: ignore[index]
    listed = set(config["packages"])
    found = set(find_packages(str(ROOT), include=["organizer*"]))
    assert found <= listed, f"add these to [tool.setuptools] packages: {sorted(found - listed)}"
    assert config["package-dir"] == {"organizer.resources": "resources"}
    assert config["package-data"]["organizer.resources"] == ["**/*"]
    # Without this setuptools warns about every resource sub-folder (noisy installs).
    assert config["include-package-data"] is False


def test_resources_are_found_where_the_code_looks() -> None:
    assert resources_dir().is_dir()
    for parts in (
        ("demo", "profile.json"),
        ("rules", "understanding.json"),
        ("icon.svg",),
        ("translations", "organizer_es.qm"),  # the catalogues ship compiled
        ("translations", "organizer_en.qm"),
    ):
        assert resource(*parts).is_file(), parts
    assert any(resource("demo", "case").rglob("*.pdf"))
