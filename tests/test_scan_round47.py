"""Scan rules from round 47's first run on held-out real repositories: each test is one
general rule, on a small tree of its own."""

from __future__ import annotations

from gcode.scan import scan
from scan_helpers import paths, tree


def test_a_package_publishing_its_roots_publishes_its_other_code_dirs_too(tmp_path):
    pkg = ('{"name": "x", "exports": {".": {"import": "./lib/x.js"}}, "bin": "./bin/x.js", '
           '"files": ["bin", "dist", "lib", "plugins", "types"]}')
    files = {"package.json": pkg, "lib/x.js": "", "bin/x.js": "", "plugins/a.js": "",
             "plugins/b.js": "", "types/x.d.ts": "", "test/x.test.js": ""}
    source = paths(scan(tree(tmp_path, files)), "layout:source")
    assert {"lib", "bin", "plugins"} <= set(source)
    assert "types" not in source


def test_a_package_with_roots_it_does_not_publish_keeps_them_alone(tmp_path):
    pkg = ('{"name": "x", "exports": {".": {"import": "./lib/x.js"}}, '
           '"files": ["dist", "plugins"]}')
    files = {"package.json": pkg, "lib/x.js": "", "plugins/a.js": "", "test/x.test.js": ""}
    source = paths(scan(tree(tmp_path, files)), "layout:source")
    assert "plugins" not in source
