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
    set(includes ${F_INCLUDES} $<TARGET_PROPERTY:spdlog::spdlog,INTERFACE_INCLUDE_DIRECTORIES>)
    set(definitions $<TARGET_PROPERTY:spdlog::spdlog,INTERFACE_COMPILE_DEFINITIONS>
        $<TARGET_PROPERTY:osmgmt_compile_options,INTERFACE_COMPILE_DEFINITIONS>)
    set(libraries)
    foreach(module Core ${F_QT_MODULES})
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
    add_custom_command(
        OUTPUT ${fuzzer}
        COMMAND ${OSMGMT_CLANGXX} -std=c++17 -g -O1 -fPIC -fno-omit-frame-pointer
                -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
                -Wall -Wextra -Werror
                "-D$<JOIN:${definitions},;-D>" -I${PROJECT_SOURCE_DIR}/core
                "-I$<JOIN:${includes},;-I>" ${F_SOURCES} -o ${fuzzer}
                ${libraries} $<TARGET_LINKER_FILE:spdlog::spdlog>
                $<TARGET_LINKER_FILE:fmt::fmt> ${F_LINK} -pthread
        DEPENDS ${F_SOURCES}
        COMMENT "Building the fuzzer ${F_NAME} with clang++ (libFuzzer, ASan, UBSan)"
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
