#!/usr/bin/env bash
# Runs the benchmark suite and writes benchmarks/target/results/{summary.md,results.csv,round-trips.csv,results.json,
# jmh/*.json,suite.log}.
#
#   bash benchmarks/run.sh --quick     # about 8 minutes on 2 cores: 1 fork, short iterations
#   bash benchmarks/run.sh             # full: 3 forks, longer iterations (about 40 minutes on 2 cores)
#
# Other options go to the suite: --only trips,token,list,lookup  --sizes 100,2000,10000  --threads 1,8,32
# --no-lifetime (skip the 70 s token-renewal run). SKIP_BUILD=1 reuses benchmarks/target/benchmarks.jar.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -B -q -DskipTests -pl benchmarks -am package
fi

out=benchmarks/target/results
mkdir -p "$out"
# This JVM hosts the emulator (the stand-in for IBM's servers) and drives JMH. A parallel collector with a large,
# fixed heap keeps the server's pauses short and rare; the JMH forks (the clients) get their own JVMs and flags.
java -XX:+UseParallelGC -Xms3g -Xmx3g -Xmn1g \
  -cp benchmarks/target/benchmarks.jar io.github.schematicsci.benchmarks.Suite --out "$out" "$@" 2>&1 \
  | tee "$out/suite.log"
