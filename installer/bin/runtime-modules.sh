#!/usr/bin/env bash
# Prints the JDK modules jdeps finds in the application and its libraries, to compare with
# runtime.jdk.modules in installer/pom.xml (which adds what jdeps cannot see: jdk.crypto.ec for TLS with EC
# keys, jdk.localedata, jdk.charsets, jdk.zipfs, java.net.http, jdk.net). Run after ./brrr has built the app.
set -euo pipefail
app="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../app/target" && pwd)"
[ -f "$app/brrr.jar" ] || { echo "runtime-modules: build the app first (./brrr --version)" >&2; exit 2; }
cd "$app"
# JavaFX's platform jars are modules of their own in the runtime: leave them out of the class path scan.
libs=$(ls lib/*.jar | grep -v '/javafx-' | tr '\n' ' ')
jdeps -q --print-module-deps --ignore-missing-deps --multi-release 17 --class-path "$(echo $libs | tr ' ' ':')" brrr.jar $libs
