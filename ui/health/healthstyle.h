#pragma once

#include "health/healthevaluation.h"

#include <QColor>
#include <QIcon>

// The colour and icon of each health state, from the one palette of StatusStyle (a health
// state is a status too): Healthy the green of protected, Needs attention the vermillion of the
// hole to close, No data available the grey of nothing known (reference 001: "a gray circle
// with a slash"), Untracked the blue of elsewhere. Each icon has its own glyph, so colour is
// never the only cue.
namespace HealthStyle {
QColor color(HealthState state);
QIcon icon(HealthState state);
// The settings icon (reference 001: "Open SEP Agent Health Evaluation Settings"), with the
// exclamation mark when settings overlap on a computer.
QIcon settingsIcon(bool overlapping);
// Start service where it is not running: a play triangle.
QIcon startServiceIcon();
} // namespace HealthStyle
