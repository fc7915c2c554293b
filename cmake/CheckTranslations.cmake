# cmake -DLUPDATE=... -DSOURCES_FILE=... -DTS_FILE=... -DWORK_DIR=... -P CheckTranslations.cmake
# Runs lupdate over today's sources into a copy of TS_FILE and fails when any message is
# unfinished: a new or changed string that nobody translated, or a .ts file out of date.
# With -DJAPANESE_QUOTES=ON it also fails on a translation quoting with ASCII double quotes
# (Japanese quotes with 「」).
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(name ${TS_FILE} NAME)
set(copy ${WORK_DIR}/${name})
configure_file(${TS_FILE} ${copy} COPYONLY)
file(READ ${SOURCES_FILE} sources)
string(REPLACE "\n" ";" sources "${sources}")
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${sources} -ts ${copy}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${TS_FILE}")
endif()
file(STRINGS ${copy} unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
file(STRINGS ${copy} messages REGEX "<message")
list(LENGTH messages total)
message(STATUS "${name}: ${total} messages, ${count} unfinished")
if(count GREATER 0)
    message(FATAL_ERROR "${name} has ${count} unfinished messages: run the update_translations "
                        "target and translate them")
endif()
if(JAPANESE_QUOTES)
    file(STRINGS ${TS_FILE} quoted REGEX "<(translation|numerusform)[^>]*>.*&quot;")
    list(LENGTH quoted quotedCount)
    if(quotedCount GREATER 0)
        list(JOIN quoted "\n" quotedText)
        message(FATAL_ERROR "${name} quotes with ASCII double quotes in ${quotedCount} "
                            "translations; Japanese uses 「」:\n${quotedText}")
    endif()
endif()
