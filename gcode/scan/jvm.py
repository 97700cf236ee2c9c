"""Maven and Gradle projects (pom.xml, build.gradle[.kts]): the tool that builds and
tests them, run through the project's wrapper script when it has one (./mvnw, ./gradlew,
which fetch the version the project pins), and the commands that implies where CI and the
task files say nothing more specific."""

from __future__ import annotations

from gcode.scan.model import BUILD, TEST
from gcode.scan.project import Project

GRADLE_BUILDS = ("build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts")


def scan_jvm(p: Project) -> None:
    if p.has("pom.xml"):
        rel = p.rel("pom.xml")
        mvn = "./mvnw" if p.has("mvnw") else "mvn"
        p.env("mvn", f"Maven builds and tests the project ({rel}"
              + (", through its ./mvnw wrapper)" if mvn != "mvn" else ")"), [rel])
        p.config_command("mvn:test", TEST, f"{mvn} test", rel, [rel])
        p.config_command("mvn:build", BUILD, f"{mvn} package", rel, [rel])
        return
    build = next((p.rel(b) for b in GRADLE_BUILDS if p.has(b)), None)
    if build is None:
        return
    gradle = "./gradlew" if p.has("gradlew") else "gradle"
    p.env("gradle", f"Gradle builds and tests the project ({build}"
          + (", through its ./gradlew wrapper)" if gradle != "gradle" else ")"), [build])
    p.config_command("gradle:test", TEST, f"{gradle} test", build, [build])
    p.config_command("gradle:build", BUILD, f"{gradle} assemble", build, [build])
