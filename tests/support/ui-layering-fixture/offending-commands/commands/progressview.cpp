// A view that holds a command run itself, for the ui_layering_guard_commands test: ui/ has a
// commands/ folder of its own, yet core's command engine behind the same folder name must fail
// the build (the command layer runs in models/ CommandSession).
#include "commands/progressview.h"
#include "commands/commandrun.h"
