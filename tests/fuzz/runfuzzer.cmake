# Runs a libFuzzer binary the same way every time (CI): seed 1, RUNS mutations, over a fresh
# copy of the kept corpus SEEDS plus REGRESSIONS (every input that ever failed, run first as
# part of the corpus). New inputs go to WORK, never into the source tree. Fails on any finding:
# libFuzzer exits non-zero on a crash, a leak, a sanitizer report or a timeout, and writes the
# input that caused it; copy it into the target's regressions/ folder with the fix.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/findings)
set(dictionary)
if(DICTIONARY)
    set(dictionary -dict=${DICTIONARY})
endif()
set(inputs ${SEEDS})
if(EXISTS ${REGRESSIONS})
    list(APPEND inputs ${REGRESSIONS})
endif()
execute_process(
    COMMAND ${FUZZER} -seed=1 -runs=${RUNS} -max_len=16384 -timeout=10 -rss_limit_mb=2048
            ${dictionary} -artifact_prefix=${WORK}/findings/ -print_final_stats=1
            ${WORK}/corpus ${inputs}
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    file(GLOB findings ${WORK}/findings/*)
    message(FATAL_ERROR "the fuzzer found a problem (exit status ${status}): ${findings}")
endif()
message(STATUS "no finding in ${RUNS} runs (seed 1)")
