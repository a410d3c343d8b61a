#!/usr/bin/env bash
# Credit engine throughput (issue "The credit policy engine"): JMH over 1,000,000 varied results in
# one JVM, under the shipped Lincang 2017 policy. Prints results per second.
# Usage: bash bench/credits.sh [JMH options, default: -f 1 -wi 3 -i 5]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl ejb -am test-compile -DskipTests
CP="$(mvn -q -B -pl ejb dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout):ejb/target/classes:ejb/target/test-classes"
java -cp "$CP" org.openjdk.jmh.Main CreditsBenchmark ${@:--f 1 -wi 3 -i 5}
