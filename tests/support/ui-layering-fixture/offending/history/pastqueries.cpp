// A view that opens the store itself, for the ui_layering_guard test: it must fail the build.
#include "history/pastqueries.h"
#include "store/querystore.h"
