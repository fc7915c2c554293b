// A view's own header, for the ui_layering_guard_commands test: a command's outcome is a value.
#include "commands/commandtarget.h"
