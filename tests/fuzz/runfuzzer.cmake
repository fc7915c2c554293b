# Runs a libFuzzer binary for SECONDS over a fresh copy of the SEEDS corpus (new inputs go to
# WORK, never into the source tree) and fails on any finding: libFuzzer exits non-zero on a
# crash, a leak, a sanitizer report or a timeout, and writes the input that caused it.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/findings)
execute_process(
    COMMAND ${FUZZER} -max_total_time=${SECONDS} -max_len=16384 -timeout=10 -rss_limit_mb=2048
            -dict=${DICTIONARY} -artifact_prefix=${WORK}/findings/ -print_final_stats=1
            ${WORK}/corpus ${SEEDS}
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    file(GLOB findings ${WORK}/findings/*)
    message(FATAL_ERROR "the fuzzer found a problem (exit status ${status}): ${findings}")
endif()
message(STATUS "no finding in ${SECONDS} s")
