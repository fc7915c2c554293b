// A view's own header, for the ui_layering_guard_allows test.
#include "scope/scope.h"
