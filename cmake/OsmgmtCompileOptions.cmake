# Warnings, sanitizers and the Qt definitions every osmgmt target shares.
add_library(osmgmt_compile_options INTERFACE)
target_compile_options(osmgmt_compile_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                        -Wnon-virtual-dtor -Woverloaded-virtual)
if(OSMGMT_WERROR)
    target_compile_options(osmgmt_compile_options INTERFACE -Werror)
endif()
target_compile_definitions(osmgmt_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS QT_NO_FOREACH
    OSMGMT_VERSION="${PROJECT_VERSION}")
if(OSMGMT_SANITIZE)
    target_compile_options(osmgmt_compile_options INTERFACE -fsanitize=address,undefined
                                                            -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(osmgmt_compile_options INTERFACE -fsanitize=address,undefined)
endif()

# core/ must never depend on Qt Widgets (DESIGN.md). Linking is one guard; this is the other:
# Qt's base include directory would let <QtWidgets/...> resolve, so scan the sources themselves.
function(osmgmt_forbid_widgets target source_dir)
    add_custom_target(${target}_no_widgets
        COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${source_dir}
                -P ${PROJECT_SOURCE_DIR}/cmake/CheckNoWidgets.cmake
        COMMENT "Checking that ${source_dir} includes no Qt Widgets header" VERBATIM)
    add_dependencies(${target} ${target}_no_widgets)
endfunction()

# The views (ui/) reach the store, the directory and the agents only through models/: a scan of
# their includes, run with every build of `target` (cmake/CheckUiLayering.cmake has the rules).
function(osmgmt_forbid_engines target source_dir)
    add_custom_target(${target}_no_engines
        COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${source_dir}
                -P ${PROJECT_SOURCE_DIR}/cmake/CheckUiLayering.cmake
        COMMENT "Checking that ${source_dir} includes no engine header of core/" VERBATIM)
    add_dependencies(${target} ${target}_no_engines)
endfunction()
