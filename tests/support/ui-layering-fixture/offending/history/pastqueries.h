// A view's own header, for the ui_layering_guard test.
#include "store/queryrecord.h"
