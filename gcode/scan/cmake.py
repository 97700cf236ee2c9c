"""A CMake project as CI drives it: after `cmake` configures the directory, a bare `make -j`
(or `ninja`) builds what CMakeLists.txt declares, and running one of its executables whose
name says test (`./flattests`, `Release/unit_tests`) runs the tests. The directory has no
Makefile of its own, so neither command names a task the scan could read; CMakeLists.txt
says what they do."""

from __future__ import annotations

import posixpath
import re

from gcode.scan.files import Repo, join
from gcode.scan.make import MAKEFILES
from gcode.scan.model import BUILD, TEST

_EXECUTABLE = re.compile(r"^\s*add_executable\s*\(\s*([\w.-]+)", re.M | re.I)
_TESTISH = re.compile(r"tests?([-_]|$)|^tests?|[-_]tests?", re.I)
_BUILDERS = ("make", "gmake", "ninja")


def cmake_kinds(repo: Repo, cwd: str, command: str) -> dict[str, list[str]] | None:
    """The kinds of a CI command run in a CMake project's directory that only CMakeLists.txt
    explains, or None."""
    project = cwd
    while project and not repo.isdir(project):  # `mkdir build && cd build && cmake ..`: a
        project = posixpath.dirname(project)  # build directory CI made, of the project above
    text = repo.read(join(project, "CMakeLists.txt")) if repo.isfile(
        join(project, "CMakeLists.txt")) else None
    words = command.split()
    if text is None or not words or any(repo.isfile(join(cwd, m)) for m in MAKEFILES):
        return None
    if words[0] in _BUILDERS and all(w.startswith("-") for w in words[1:]):
        return {BUILD: [command]}  # the default target: everything CMakeLists.txt adds
    program = words[0].replace("\\", "/").rsplit("/", 1)[-1].removesuffix(".exe")
    if "/" in words[0].replace("\\", "/") and _TESTISH.search(program) and \
            program in _EXECUTABLE.findall(text):
        return {TEST: [command]}  # `./flattests`: the test program CMake built
    return None
