# cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P CheckFormat.cmake: fails on any unformatted file.
file(GLOB_RECURSE sources ${SOURCE_DIR}/app/*.[ch]* ${SOURCE_DIR}/cli/*.[ch]*
     ${SOURCE_DIR}/core/*.[ch]* ${SOURCE_DIR}/models/*.[ch]* ${SOURCE_DIR}/ui/*.[ch]*
     ${SOURCE_DIR}/agent/*.[ch]* ${SOURCE_DIR}/tests/*.[ch]*)
list(FILTER sources INCLUDE REGEX "\\.(cpp|h)$")
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${sources} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Some files are not clang-formatted: run the `format` target.")
endif()
