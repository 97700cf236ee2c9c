"""The floors of pyproject.toml's dependencies as pins: `name==version` (markers kept).

    python .ci/floors.py           # print the pins (a pip constraints file)
    python .ci/floors.py --check   # exit 1 unless the installed versions are those pins

Used by .ci/minimum-versions, which tests gcode with the oldest versions it says it works with.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
# "name>=floor", maybe an upper bound after a comma (ignored), maybe a marker (kept)
REQUIREMENT = re.compile(r'^\s*"([A-Za-z0-9_.\-]+)\s*>=\s*([0-9][0-9A-Za-z.]*)\s*'
                         r'(?:,[^;"]*)?(;[^"]*)?"', re.M)
ANY_REQUIREMENT = re.compile(r'^\s*"([A-Za-z0-9_.\-]+)', re.M)


def floors() -> list[tuple[str, str, str]]:
    """(name, floor, marker) of each runtime dependency."""
    text = PYPROJECT.read_text(encoding="utf-8")
    block = text.split("\ndependencies = [", 1)[1].split("\n]", 1)[0]
    found = [(m.group(1), m.group(2), (m.group(3) or "").strip())
             for m in REQUIREMENT.finditer(block)]
    names = [m.group(1) for m in ANY_REQUIREMENT.finditer(block)]
    if not found or len(found) != len(names):
        missing = sorted(set(names) - {name for name, _, _ in found})
        raise SystemExit(".ci/floors.py: every dependency in pyproject.toml needs a `>=` floor "
                         f"(none for: {', '.join(missing) or 'all'})")
    return found


def applies(marker: str) -> bool:
    if not marker:
        return True
    from packaging.markers import Marker  # pip's own copy is not importable; packaging is

    return Marker(marker.lstrip(";").strip()).evaluate()


def main() -> int:
    if sys.argv[1:] == ["--check"]:
        from packaging.version import Version

        wrong = []
        for name, floor, marker in floors():
            if not applies(marker):
                continue
            installed = metadata.version(name)
            if Version(installed) != Version(floor):
                wrong.append(f"{name} {installed} (floor {floor})")
        if wrong:
            print("not at the floor: " + ", ".join(wrong), file=sys.stderr)
            return 1
        print(f"every dependency at its floor ({len(floors())} checked)")
        return 0
    for name, floor, marker in floors():
        print(f"{name}=={floor}{' ' + marker if marker else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
