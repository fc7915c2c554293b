#pragma once

#include <QtGlobal>

class QString;

// An address count the way the manual writes it ("65,536"), in the language of the user
// interface: range errors and the scope editor's per-row counts both show it.
QString formatAddressCount(quint64 count);
