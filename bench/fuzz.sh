#!/usr/bin/env bash
# Coverage-guided fuzzing of one target with Jazzer (docs/fuzzing.md), in rounds of 10 minutes (the
# targets' @FuzzTest maxDuration), through mvnl when present: on the shared build machines it runs
# fuzzing (JAZZER_FUZZ set: one core, no database) beside the machine-wide Maven lock, niced.
# Usage: [FUZZ_JVM_ARGS=-D…] bash bench/fuzz.sh TARGET [ROUNDS, default 1]
#   TARGET: reader | teacher | plan | roster | result | credit
# A finding fails the round and is written to the target's inputs directory,
# ejb/src/test/resources/…/<Class>Inputs/<method>/crash-<sha1> (or timeout-…): fix it, keep the file
# there (every `mvn test` replays it) and add a plain unit test. The corpus the fuzzer grows stays in
# ejb/.cifuzz-corpus/ (not in git), so that each round starts where the last one stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?"usage: bench/fuzz.sh reader|teacher|plan|roster|result|credit [ROUNDS]"}
rounds=${2:-1}
case "$target" in
  reader) test='SpreadsheetReaderFuzzTest#readAnyUpload' ;;
  teacher) test='SheetGrammarFuzzTest#teacherSheet' ;;
  plan) test='SheetGrammarFuzzTest#planSheet' ;;
  roster) test='SheetGrammarFuzzTest#rosterSheet' ;;
  result) test='SheetGrammarFuzzTest#resultSheet' ;;
  credit) test='CreditFuzzTest#creditsOfAResult' ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac
mvn=$(command -v mvnl || command -v mvn)
# Coverage of our own classes guides every target; the reader's also of the parsers it drives.
instrument='cn.edu.ttms.**'
[ "$target" = reader ] && instrument='cn.edu.ttms.**,org.apache.poi.**,org.apache.commons.csv.**'
mkdir -p ejb/target
for round in $(seq 1 "$rounds"); do
  log=ejb/target/fuzz-$target-$(date -u +%H%M%S).log
  echo "== $target: round $round of $rounds (10 min), $(date -u +%H:%M:%S), log $log"
  # Sanitizer hooks and coverage on (off in plain test runs, see ejb/pom.xml). JUnit's own timeout
  # off: it would time the whole 10-minute run, while Jazzer turns the targets' @Timeout into the
  # per-input limit. -Xmx1g so that an input that exhausts the heap is found as the OutOfMemoryError
  # it causes. POI's log of every malformed input is silenced.
  status=0
  JAZZER_FUZZ=1 "$mvn" -B -o -pl ejb test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.hooks=true -Djazzer.instrument="$instrument" \
    -DargLine="-Xmx1g ${FUZZ_JVM_ARGS:-} -Djunit.jupiter.execution.timeout.mode=disabled -Dorg.apache.logging.log4j.simplelog.level=OFF" \
    >"$log" 2>&1 || status=$?
  grep -aE '^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs|== Java Exception|DEATH|Test unit written|artifact_prefix|Tests run:|BUILD' "$log" || true
  [ "$status" -eq 0 ] || { echo "round $round failed: see $log"; exit "$status"; }
done
