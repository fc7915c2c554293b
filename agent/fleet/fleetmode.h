#pragma once

#include <QString>

// `osmgmt-agent --fleet FILE`: plays the fleet until SIGTERM or SIGINT, then exits 0.
// Returns the exit code; a bad fleet file or a listener that cannot be bound is reported on
// stderr and ends the program with 1 before anything is played.
struct FleetModeOptions
{
    QString fleetFile;
    QString readyFile; // written atomically once every listener is bound; empty for none
    QString logDirectory;
    // Where moves, quarantines and started services are kept across restarts; empty: they
    // live in memory only, and a restarted fleet plays its file again.
    QString stateFile;
    // The fleet's clock (FleetClockFile): the time written in this file; empty: the system's.
    QString clockFile;
};

int runFleetMode(const FleetModeOptions &options);
