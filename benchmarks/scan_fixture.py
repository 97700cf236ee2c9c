"""Reduce a real repository's snapshot to a scan fixture under tests/data/scan_repos/.

The fixture keeps every tracked path (the layout is what the scan reads for source roots and
test dirs) but only the text of the files the scan itself reads, traced through
`gcode.scan.files.Repo.read` while scanning the full checkout; every other file is written
empty. Nothing the scan found is printed: a key is written from the repository's CI files
before the first scored run, not from the scan's answer.

    python benchmarks/scan_fixture.py GIT_DIR NAME [--out tests/data/scan_repos]

GIT_DIR is a (bare) git directory, e.g. what the `fetch` tool returns.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gcode.scan import files, scan  # noqa: E402


def checkout(git_dir: Path, into: Path) -> None:
    """The snapshot's HEAD tree written under `into` (no .git), every tracked file: a
    package's `.gitattributes` marking its tests and CI `export-ignore` (PHP libraries do,
    for smaller dist archives) is overridden through a scratch git directory that borrows
    the snapshot's objects."""
    archive = into / ".snapshot.tar"
    head = subprocess.run(["git", "--git-dir", str(git_dir), "rev-parse", "HEAD"],
                          capture_output=True, text=True, check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run(["git", "init", "-q", "--bare", scratch], check=True)
        (Path(scratch) / "objects/info/alternates").write_text(
            f"{(git_dir / 'objects').resolve()}\n")
        (Path(scratch) / "info").mkdir(exist_ok=True)
        (Path(scratch) / "info/attributes").write_text("* -export-ignore -export-subst\n")
        subprocess.run(["git", "--git-dir", scratch, "archive", "--format=tar",
                        "-o", str(archive), head], check=True)
    def safe(member: tarfile.TarInfo, path: str) -> tarfile.TarInfo | None:
        try:  # a link out of the tree (helm's testdata `null` -> /dev/null) is left out
            return tarfile.data_filter(member, path)
        except tarfile.FilterError:
            return None

    with tarfile.open(archive) as tar:
        tar.extractall(into, filter=safe)
    archive.unlink()


def traced_reads(root: Path) -> set[str]:
    """Relative paths of the files the scan reads when it scans `root`."""
    read: set[str] = set()
    original = files.Repo.read

    def tracing(self: files.Repo, rel: str) -> str | None:
        text = original(self, rel)
        if text is not None and Path(self.root) == root:
            read.add(rel)
        return text

    files.Repo.read = tracing  # type: ignore[method-assign]
    try:
        scan(root)
    finally:
        files.Repo.read = original  # type: ignore[method-assign]
    return read


def reduce(full: Path, out: Path) -> tuple[int, int]:
    """Write the fixture; (files written, files with text)."""
    keep = traced_reads(full)
    written = 0
    for path in sorted(full.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        rel = path.relative_to(full).as_posix()
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes() if rel in keep else b"")
        written += 1
    return written, len(keep)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("git_dir", type=Path)
    parser.add_argument("name")
    parser.add_argument("--out", type=Path, default=HERE.parent / "tests/data/scan_repos")
    args = parser.parse_args()
    out = args.out / args.name
    if out.exists():
        print(f"{out} exists; remove it first to write it again", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        full = Path(tmp)
        checkout(args.git_dir, full)
        written, kept = reduce(full, out)
    print(f"{out}: {written} files, {kept} with their text (the ones the scan reads)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
