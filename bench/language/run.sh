#!/usr/bin/env bash
# Language review speed: times the review of a 20 kB text dense with findings (CPU time of
# the reviewing thread) and of a 200 kB review checked as publishing checks it (ten prose
# sections of 20,000 characters, the most a review holds, each with the incident's people),
# for the current rules and, as the reference in the same run, the rules at REF (default:
# where this branch left main). Targets (issue 16): 20 kB under 10 ms of CPU; 200 kB under
# 150 ms. Exits non-zero when a target is missed.
#
# With PUBLISH=1 it also starts Sharpend and times the publish request itself for a review
# of 200 kB through the API (create, fill ten sections, mark ready, keep every finding as
# written, publish), against the same request for a review with ten one-line sections.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
REF=${REF:-$(git -C "$ROOT" merge-base HEAD main)}
WORK=$(mktemp -d /tmp/sharpend-language-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

JAR=$(ls "$ROOT"/target/sharpend-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
	JAR=$(ls "$ROOT"/target/sharpend-*.jar | grep -v plain | head -1)
fi
# The language package and the libraries its annotations come from, out of Sharpend's jar.
(cd "$WORK" && unzip -q -o "$JAR" 'BOOT-INF/classes/dev/sharpend/language/*' 'BOOT-INF/lib/spring-*.jar' \
	'BOOT-INF/lib/jspecify-*.jar')
CP="$WORK/BOOT-INF/classes:$(ls "$WORK"/BOOT-INF/lib/*.jar | paste -sd:)"

# The reference: the same package at $REF, moved to package "reference" and compiled.
mkdir -p "$WORK/reference/src" "$WORK/reference/classes"
for file in $(git -C "$ROOT" ls-tree --name-only "$REF" src/main/java/dev/sharpend/language/ | grep '\.java$' \
	| grep -v package-info); do
	git -C "$ROOT" show "$REF:$file" | sed -e 's/^package dev\.sharpend\.language;/package reference;/' \
		-e 's/dev\.sharpend\.language\./reference./g' > "$WORK/reference/src/$(basename "$file")"
done
javac -nowarn -cp "$CP" -d "$WORK/reference/classes" "$WORK"/reference/src/*.java 2>&1 | grep -v '^Note:' || true

echo "== language review: current rules against the rules at ${REF:0:10} (same machine, same run)"
java -cp "$CP:$WORK/reference/classes" "$HERE/Measure.java" "$ROOT/src/test/resources/language"

if [ "${PUBLISH:-0}" = 1 ]; then
	"$HERE/publish.sh" "$JAR"
fi
