// What a view may name, for the ui_layering_guard_allows test: its own folder's header, though
// core has a commands/ area too, a value header of the store, and a session of models/.
#include "commands/auditview.h"
#include "auditsession.h"
#include "store/auditentry.h"
