# cmake -DSOURCE_DIR=dir -P CheckUiLayering.cmake: fails when a file under dir (the views, ui/)
# includes a header of one of core's engines. Views reach the store, the directory and the agents
# only through the objects of models/ (QuerySession, HistorySession, AuditSession,
# ActiveDirectorySession, CommandSession, DatabaseSettingsSession), which run the engines off the
# GUI thread (DESIGN.md, "Parts and threads"; STYLE.md, "Views never talk to the engine
# directly"). No file of ui/ is let off.
#
# An include is resolved as the compiler does for ui/: "history/historypage.h" is ui's own when
# ui/history/historypage.h exists (ui's folders share some names with core's areas:
# commands/, scope/, settings/...), otherwise it names core's area of that name.

# The engines: they open connections, block, or talk to the network.
#   store/     the database (QtSql connections belong to one thread)
#   directory/ LDAP (libldap blocks)
#   agentlink/ the agent protocol over TLS
#   probe/     the connect engine and the classifier
#   commands/  commands to many agents
#   query/     the query runner (probe + directory + store)
#   diagnose/  Diagnose connection (DNS, connects, TLS, the store)
#   carollover/ the CA rollover's steps (the keychain, the agents, the store)
# Not listed: the value rooms (common/, endpoint/, scope/, search/, export/, settings/,
# schedule/'s plan) that views show and edit; identity/ (a certificate a dialog exports); and
# secrets/, whose keychain calls the password fields make through onKeychainThread(), already off
# the GUI thread on the keychain's own thread.
cmake_policy(SET CMP0057 NEW) # if(... IN_LIST ...) in script mode
set(forbidden_areas store directory agentlink probe commands query diagnose carollover)

# Values that live in an engine's folder but only hold data: what a view shows or hands back.
# Allowed to be named; nothing in them reads, writes or connects.
set(value_headers
    store/queryrecord.h # a stored query's times, state and counts
    store/resultchanges.h # what changed between two queries
    store/auditentry.h # an audit log entry and the filter that selects entries
    store/heartbeatrecord.h # an agent's heartbeat state, an event and the filter that selects events
    store/storelocation.h # where the store is (SQLite file or PostgreSQL): settings, not a connection
    commands/commandtarget.h # a command's target and its outcome
    diagnose/diagnosisstep.h # a step of Diagnose connection and the whole diagnosis
    agentlink/quarantinestate.h # whether a computer is quarantined, by whom, since when and why
)

file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/*.h ${SOURCE_DIR}/*.cpp)
set(offenders "")
foreach(source IN LISTS sources)
    file(STRINGS ${SOURCE_DIR}/${source} lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]+/[^\"]+\"")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*$" "\\1" header "${line}")
        if(EXISTS ${SOURCE_DIR}/${header} OR header IN_LIST value_headers)
            continue()
        endif()
        string(REGEX REPLACE "/.*$" "" area "${header}")
        if(area IN_LIST forbidden_areas)
            list(APPEND offenders "${source}: ${header}")
        endif()
    endforeach()
endforeach()
if(offenders)
    string(REPLACE ";" "\n  " report "${offenders}")
    message(FATAL_ERROR "ui/ must reach the engines through models/, not include their headers "
                        "(cmake/CheckUiLayering.cmake says why):\n  ${report}")
endif()
