"""What every CI reader produces: steps (a shell script, its directory, where it came
from, its env and matrix), and the shared rules for names and directories."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Any

SKIP_NAME = re.compile(
    r"(release|publish|deploy|label|stale|lock|triage|greet|welcome|backport|\bcla\b|sponsor|"
    r"dependabot|renovate|codeql|scorecard|pages|website|changelog|issue|pr[-_ ]?title|"
    r"semantic|add[-_ ]to[-_ ]project|auto[-_ ]?merge|cherry|notify|bench|docs?\b|"
    r"documentation|upload|nightly|cron|sync|mirror|update|bump|tweet|comment|assign|"
    r"size|preview|cache|audit|security|zizmor|third[-_ ]party|downstream|ecosystem|"
    r"osv|scanner|trivy|snyk|grype)", re.I)


@dataclass
class Step:
    script: str
    cwd: str
    source: str  # ".github/workflows/ci.yml job `test`"
    env: dict[str, str]
    matrix: dict[str, Any]


def cwd_of(base: str, path: Any) -> str:
    """`path` (a CI working directory) joined to `base`; "" for the root, and `base` when
    the path is an expression or leaves the repository."""
    if not isinstance(path, str) or "${{" in path or path.startswith(("/", "~", "$")):
        return base
    joined = posixpath.normpath(posixpath.join(base, path)) if base else posixpath.normpath(path)
    return "" if joined in (".", "") or joined.startswith("..") else joined
