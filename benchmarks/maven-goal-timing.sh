#!/usr/bin/env bash
# Measures the wall time that schematics:workspace adds to a Maven build of the sample project
# (docs/examples/maven), against the emulator on loopback. A measurement, not a test.
#
#   benchmarks/maven-goal-timing.sh [RUNS]        (default 10 runs of each variant, after one warm-up each)
#
# Variants, run interleaved so that machine noise spreads evenly:
#   validate   mvn validate                        the baseline: Maven starts, reads the POM, runs nothing
#   skip       mvn initialize -Dschematics.skip    + the plugin is resolved and loaded, and skips at once
#   workspace  mvn initialize                      + schematics:workspace (bound to initialize) does its work:
#                                                    token, lookup by name (lists 4 endpoints), get, outputs,
#                                                    properties and files
# "Added" is median(workspace) - median(validate). Each run is a fresh Maven JVM, as in CI.
#
# It first installs the plugin (and core) into your local repository (mvn install, tests skipped) and builds the
# emulator's runnable jar; the emulator is stopped when the script ends. Needs: java 17, mvn, no network beyond
# what that install resolves.
set -euo pipefail

runs=${1:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
sample="$root/docs/examples/maven/pom.xml"
work=$(mktemp -d)
emulator_pid=""

cleanup() {
  if [[ -n "$emulator_pid" ]]; then
    kill "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "Installing the plugin and building the emulator (tests skipped)..." >&2
mvn -B -q -f "$root/pom.xml" -pl maven-plugin -am -DskipTests -Dit.skip=true install >&2

jar=$(ls "$root"/emulator/target/schematics-ci-emulator-*-all.jar | head -1)
java -jar "$jar" --port 0 --rate-limit 0 --endpoints-file "$work/endpoints.json" > "$work/emulator.log" 2>&1 &
emulator_pid=$!
for _ in $(seq 1 100); do
  [[ -s "$work/endpoints.json" ]] && break
  sleep 0.1
done
[[ -s "$work/endpoints.json" ]] || { echo "the emulator did not start:" >&2; cat "$work/emulator.log" >&2; exit 1; }

field() { sed -n "s/.*\"$1\" *: *\"\([^\"]*\)\".*/\1/p" "$work/endpoints.json"; }
iam=$(field iam)
accounts=$(field accounts)
schematics=$(field schematics)

export IBMCLOUD_API_KEY=SchematicsCiDemoKey-alice-prod-0000000000001   # the emulator's demo key
common=(-B -q -f "$sample" "-Dschematics.iamUrl=$iam" "-Dschematics.accountsUrl=$accounts"
        "-Dschematics.schematicsUrl=$schematics")

run() {   # run VARIANT -> prints milliseconds
  local args
  case "$1" in
    validate) args=(validate) ;;
    skip) args=(initialize -Dschematics.skip=true) ;;
    workspace) args=(initialize) ;;
  esac
  local start end
  start=$(date +%s%N)
  mvn "${common[@]}" "${args[@]}" > "$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

variants=(validate skip workspace)
for v in "${variants[@]}"; do run "$v" > /dev/null; done   # warm-up: file caches, first resolution
for i in $(seq 1 "$runs"); do
  for v in "${variants[@]}"; do
    echo "$(run "$v")" >> "$work/$v.ms"
  done
  echo "run $i/$runs done" >&2
done

median() { sort -n "$1" | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
pct() { sort -n "$1" | awk -v p="$2" '{ a[NR] = $1 } END { i = int(p * (NR - 1) + 0.5) + 1; print a[i] }'; }

echo
echo "Maven $(mvn -v | sed -n '1s/\x1b\[[0-9;]*m//g; 1p' | awk '{print $3}'), $(java -version 2>&1 | head -1), $(nproc) CPUs, $runs runs each (ms)"
printf '%-10s %8s %8s %8s %8s %8s\n' variant median min p25 p75 max
for v in "${variants[@]}"; do
  printf '%-10s %8s %8s %8s %8s %8s\n' "$v" "$(median "$work/$v.ms")" "$(pct "$work/$v.ms" 0)" \
    "$(pct "$work/$v.ms" 0.25)" "$(pct "$work/$v.ms" 0.75)" "$(pct "$work/$v.ms" 1)"
done
base=$(median "$work/validate.ms")
echo
echo "added by the plugin, loaded and skipped:  $(( $(median "$work/skip.ms") - base )) ms (median)"
echo "added by schematics:workspace:            $(( $(median "$work/workspace.ms") - base )) ms (median)"
