# osmgmt_add_fuzzer(NAME n SOURCES ... [QT_MODULES Network ...] [INCLUDES dir ...]
#                   [DICTIONARY file] [RUNS n] [LINK ...] [MOC header ...])
# A libFuzzer target (docs/security.md, "Fuzzing"). The project builds with g++, which has no
# libFuzzer, so each target is compiled by clang++ through a custom command, from the sources
# it covers, with ASan and UBSan. With OSMGMT_BUILD_TESTS it is also a test, labelled "fuzz",
# that is deterministic: a fixed seed and a fixed number of runs over the kept corpus
# (`corpus/`) and every input that ever failed (`regressions/`), so CI gives the same answer
# on every run. tests/fuzz/run-long runs the same binaries with random seeds, for as long as
# asked, to find new inputs. MOC: headers of QObject classes among the sources, run through moc.
find_program(OSMGMT_CLANGXX NAMES clang++ clang++-14)

# Every source is compiled on its own (Ninja runs them in parallel) through ccache, with one
# flag set shared by all fuzzers: the agent-protocol and identity sources that several fuzzers
# cover are then compiled once per build and found in the cache by the others, instead of each
# fuzzer recompiling all its sources serially and uncached in one clang++ call.
function(osmgmt_add_fuzzer)
    cmake_parse_arguments(F "" "NAME;DICTIONARY;RUNS" "SOURCES;QT_MODULES;INCLUDES;LINK;MOC"
                          ${ARGN})
    if(NOT OSMGMT_CLANGXX)
        message(STATUS "clang++ not found: the fuzzer ${F_NAME} is not built")
        return()
    endif()
    if(NOT F_RUNS)
        set(F_RUNS 20000)
    endif()
    set(fuzzer ${CMAKE_CURRENT_BINARY_DIR}/${F_NAME}_fuzzer)
    # Core and Network for all (every fuzzer needs them), then what a fuzzer adds: the same
    # command line for the same source in every fuzzer, which is what lets ccache share it.
    set(modules Core Network ${F_QT_MODULES})
    list(REMOVE_DUPLICATES modules)
    set(includes ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/agent ${F_INCLUDES}
        $<TARGET_PROPERTY:spdlog::spdlog,INTERFACE_INCLUDE_DIRECTORIES>)
    set(definitions $<TARGET_PROPERTY:spdlog::spdlog,INTERFACE_COMPILE_DEFINITIONS>
        $<TARGET_PROPERTY:osmgmt_compile_options,INTERFACE_COMPILE_DEFINITIONS>)
    set(libraries)
    foreach(module ${modules})
        list(APPEND includes $<TARGET_PROPERTY:Qt6::${module},INTERFACE_INCLUDE_DIRECTORIES>)
        list(APPEND definitions $<TARGET_PROPERTY:Qt6::${module},INTERFACE_COMPILE_DEFINITIONS>)
        list(APPEND libraries $<TARGET_LINKER_FILE:Qt6::${module}>)
    endforeach()
    foreach(header ${F_MOC})
        get_filename_component(stem ${header} NAME_WE)
        set(generated ${CMAKE_CURRENT_BINARY_DIR}/moc_${stem}.cpp)
        add_custom_command(OUTPUT ${generated} COMMAND Qt6::moc ${header} -o ${generated}
                           DEPENDS ${header} VERBATIM)
        list(APPEND F_SOURCES ${generated})
    endforeach()
    list(REMOVE_DUPLICATES F_SOURCES)
    set(launcher)
    if(CCACHE_PROGRAM)
        set(launcher ${CCACHE_PROGRAM})
    endif()
    set(objects)
    foreach(source ${F_SOURCES})
        file(RELATIVE_PATH relative ${PROJECT_SOURCE_DIR} ${source})
        if(relative MATCHES "^\\.\\.")
            file(RELATIVE_PATH relative ${PROJECT_BINARY_DIR} ${source})
        endif()
        string(MAKE_C_IDENTIFIER ${relative} stem)
        set(object ${CMAKE_CURRENT_BINARY_DIR}/${F_NAME}_objects/${stem}.o)
        add_custom_command(
            OUTPUT ${object}
            COMMAND ${launcher} ${OSMGMT_CLANGXX} -std=c++17 -g -O1 -fPIC -fno-omit-frame-pointer
                    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                    -Wall -Wextra -Werror "-D$<JOIN:${definitions},;-D>"
                    "-I$<JOIN:${includes},;-I>" -MD -MF ${object}.d -c ${source} -o ${object}
            DEPENDS ${source}
            DEPFILE ${object}.d
            # One directory for all: ccache hashes it (with -g), so the same source in two
            # fuzzers only shares a cache entry when compiled from the same place.
            WORKING_DIRECTORY ${PROJECT_BINARY_DIR}
            COMMENT "Compiling ${relative} for the fuzzer ${F_NAME} (clang++, ASan, UBSan)"
            VERBATIM COMMAND_EXPAND_LISTS)
        list(APPEND objects ${object})
    endforeach()
    add_custom_command(
        OUTPUT ${fuzzer}
        COMMAND ${OSMGMT_CLANGXX} -g -fsanitize=fuzzer,address,undefined ${objects} -o ${fuzzer}
                ${libraries} $<TARGET_LINKER_FILE:spdlog::spdlog>
                $<TARGET_LINKER_FILE:fmt::fmt> ${F_LINK} -pthread
        DEPENDS ${objects}
        COMMENT "Linking the fuzzer ${F_NAME} (libFuzzer, ASan, UBSan)"
        VERBATIM COMMAND_EXPAND_LISTS)
    add_custom_target(fuzz_${F_NAME} ALL DEPENDS ${fuzzer})

    if(OSMGMT_BUILD_TESTS)
        set(dictionary_argument)
        if(F_DICTIONARY)
            set(dictionary_argument -DDICTIONARY=${F_DICTIONARY})
        endif()
        add_test(NAME fuzz_${F_NAME}
                 COMMAND ${CMAKE_COMMAND} -DFUZZER=${fuzzer}
                         -DSEEDS=${CMAKE_CURRENT_SOURCE_DIR}/corpus
                         -DREGRESSIONS=${CMAKE_CURRENT_SOURCE_DIR}/regressions
                         ${dictionary_argument} -DWORK=${CMAKE_CURRENT_BINARY_DIR}/work
                         -DRUNS=${F_RUNS}
                         -P ${PROJECT_SOURCE_DIR}/tests/fuzz/runfuzzer.cmake)
        set_tests_properties(fuzz_${F_NAME} PROPERTIES LABELS "fuzz" TIMEOUT 300
                             ENVIRONMENT "LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen")
    endif()
endfunction()
