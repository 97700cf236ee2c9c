"""Scan rules from round 66's first run, on repositories of the ecosystems beyond Python,
JavaScript, Rust and Go (faraday: Ruby, tesla: Elixir, monolog: PHP, Alamofire: Swift,
Polly: .NET, okhttp: Gradle/Kotlin): each test is one general rule, on a small tree."""

from __future__ import annotations

import json

from gcode.scan import scan
from scan_helpers import commands, paths, tree, workflow
from test_scan_round54 import tools


def test_a_ruby_gem_is_set_up_with_bundler_and_tested_by_its_default_rake_task(tmp_path):
    """Gemfile: bundler installs the gems; CI's bare `bundle exec rake` runs the
    Rakefile's default task (`task default: :spec`: the specs); rubocop lints."""
    steps = ("      - uses: ruby/setup-ruby@v1\n        with:\n          bundler-cache: true\n")
    files = {"Gemfile": "source 'https://rubygems.org'\ngemspec\n", "x.gemspec": "",
             "Rakefile": "require 'rspec/core/rake_task'\nRSpec::Core::RakeTask.new(:spec)\n"
                         "task default: :spec\n",
             "lib/x.rb": "module X; end\n", "spec/x_spec.rb": "",
             ".github/workflows/ci.yml": workflow("bundle exec rubocop --format progress",
                                                  "bundle exec rake", steps=steps)}
    facts = scan(tree(tmp_path, files))
    assert "bundler" in tools(facts)
    assert "bundle exec rake" in commands(facts, "test_command")
    assert "bundle exec rubocop --format progress" in commands(facts, "lint_command")
    assert paths(facts, "layout:source") == ["lib"]
    assert paths(facts, "layout:tests") == ["spec"]


def test_an_elixir_project_is_a_mix_project(tmp_path):
    files = {"mix.exs": "defmodule X.MixProject do\nend\n", "lib/x.ex": "",
             "test/x_test.exs": "", "test/test_helper.exs": ""}
    facts = scan(tree(tmp_path, files))
    assert "mix" in tools(facts)
    assert "mix test" in commands(facts, "test_command")
    assert paths(facts, "layout:source") == ["lib"]
    assert paths(facts, "layout:tests") == ["test"]


def test_a_php_package_runs_its_composer_scripts_and_tools(tmp_path):
    """composer.json: composer installs; `composer phpstan` runs the package's script of
    that name (`@php vendor/bin/phpstan analyse`: a type check); `composer exec phpunit`
    runs the installed phpunit."""
    composer = json.dumps({"name": "x/y", "scripts": {
        "test": "@php vendor/bin/phpunit", "phpstan": "@php vendor/bin/phpstan analyse"}})
    files = {"composer.json": composer, "src/A.php": "<?php", "tests/ATest.php": "<?php",
             ".github/workflows/ci.yml": workflow("composer exec phpunit -- --exclude-group X",
                                                  "composer phpstan")}
    facts = scan(tree(tmp_path, files))
    assert "composer" in tools(facts)
    assert "composer exec phpunit -- --exclude-group X" in commands(facts, "test_command")
    assert "composer phpstan" in commands(facts, "lint_command")
    assert paths(facts, "layout:source") == ["src"]
    assert paths(facts, "layout:tests") == ["tests"]
    bare = tmp_path / "bare"
    facts = scan(tree(bare, {k: v for k, v in files.items() if not k.startswith(".github")}))
    assert "composer test" in commands(facts, "test_command")


def test_a_swift_package_is_built_and_tested_with_swift(tmp_path):
    files = {"Package.swift": "// swift-tools-version:5.9\n", "Sources/X/X.swift": "",
             "Tests/XTests/XTests.swift": ""}
    facts = scan(tree(tmp_path, files))
    assert "swift" in tools(facts)
    assert "swift test" in commands(facts, "test_command")
    assert paths(facts, "layout:source") == ["Sources"]
    assert paths(facts, "layout:tests") == ["Tests"]


def test_a_dotnet_solution_is_built_and_tested_with_dotnet(tmp_path):
    files = {"X.sln": "", "global.json": "{}", "src/X/X.csproj": "<Project/>",
             "src/X/A.cs": "", "test/X.Tests/X.Tests.csproj": "<Project/>",
             "test/X.Tests/ATests.cs": ""}
    facts = scan(tree(tmp_path, files))
    assert "dotnet" in tools(facts)
    assert "dotnet test" in commands(facts, "test_command")
    assert "dotnet build" in commands(facts, "build_command")
    assert paths(facts, "layout:source") == ["src"]
    assert paths(facts, "layout:tests") == ["test"]


def test_gradle_check_without_the_tests_is_a_lint(tmp_path):
    """`./gradlew check -x test -x allTests`: every verification but the tests (API
    compatibility, style): a check, not a test run."""
    files = {"build.gradle.kts": "", "settings.gradle.kts": "", "gradlew": "",
             "lib/build.gradle.kts": "", "lib/src/main/kotlin/A.kt": "",
             ".github/workflows/ci.yml": workflow("./gradlew check -x jvmTest -x test",
                                                  "./gradlew test allTests")}
    facts = scan(tree(tmp_path, files))
    assert "./gradlew check -x jvmTest -x test" in commands(facts, "lint_command")
    assert "./gradlew test allTests" in commands(facts, "test_command")


def test_a_multiplatform_module_keeps_its_code_in_its_source_sets(tmp_path):
    """Kotlin Multiplatform: the code is in src/commonMain, src/jvmMain...; a module named
    for testing (android-test-app) tries the library out."""
    files = {"settings.gradle.kts": "", "build.gradle.kts": "",
             "okhttp/build.gradle.kts": "", "okhttp/src/main/AndroidManifest.xml": "",
             "okhttp/src/jvmMain/kotlin/A.kt": "", "okhttp/src/commonJvmAndroid/kotlin/B.kt": "",
             "okhttp/src/jvmTest/kotlin/ATest.kt": "",
             "android-test-app/build.gradle.kts": "",
             "android-test-app/src/main/kotlin/App.kt": ""}
    facts = scan(tree(tmp_path, files))
    assert paths(facts, "layout:source") == ["okhttp/src"]


def test_a_composer_json_for_packaging_alone_is_no_php_project(tmp_path):
    """components/composer.json beside bower.json and a gemspec: the JavaScript library's
    manifests for other registries, with no PHP code."""
    files = {"package.json": json.dumps({"name": "x", "scripts": {"test": "vitest"}}),
             "pnpm-lock.yaml": "", "lib/index.js": "",
             "components/composer.json": json.dumps({"name": "components/x"}),
             "components/package.json": json.dumps({"name": "x-components"}),
             "components/bower.json": "{}", "components/x.gemspec": ""}
    assert "composer" not in tools(scan(tree(tmp_path, files)))


def test_make_in_a_directory_cmake_configured_builds_the_project(tmp_path):
    """`mkdir build && cd build; cmake ..; make -j2; ctest`: the Makefile cmake generated,
    built; no Makefile of the repository's."""
    steps = ("      - run: |\n          mkdir -p build && cd build\n          cmake .. -DX=ON\n"
             "          make -j2\n          ctest -j2 --output-on-failure\n")
    files = {"CMakeLists.txt": "project(x)\n", "src/a.cpp": "", "include/a.h": "",
             "tests/t.cpp": "", ".github/workflows/ci.yml": workflow(steps=steps)}
    facts = scan(tree(tmp_path, files))
    assert "make -j2" in commands(facts, "build_command")
    assert "ctest -j2 --output-on-failure" in commands(facts, "test_command")


def test_a_phar_is_the_tool_it_packs(tmp_path):
    """`vendor/bin/psalm.phar`: psalm, packed as a PHP archive."""
    composer = json.dumps({"name": "x/y", "autoload": {"psr-4": {"X\\": "src/"}}})
    files = {"composer.json": composer, "src/A.php": "<?php",
             ".github/workflows/ci.yml": workflow("vendor/bin/psalm.phar --no-progress")}
    assert "vendor/bin/psalm.phar --no-progress" in commands(scan(tree(tmp_path, files)),
                                                             "lint_command")


def test_dotnet_test_projects_are_test_dirs_wherever_they_are(tmp_path):
    """src/X.Tests/, src/X.UnitTests/: .NET names its test projects so, beside the code."""
    files = {"X.sln": "", "src/X/X.csproj": "", "src/X/A.cs": "",
             "src/X.Tests/X.Tests.csproj": "", "src/X.Tests/ATests.cs": "",
             "src/X.Core.UnitTests/X.Core.UnitTests.csproj": "",
             "src/X.Core.UnitTests/BTests.cs": ""}
    facts = scan(tree(tmp_path, files))
    assert {"src/X.Tests", "src/X.Core.UnitTests"} <= set(paths(facts, "layout:tests"))
