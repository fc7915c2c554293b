#pragma once

#include "agentlink/quarantinestate.h"
#include "endpoint/securitystatus.h"

#include <QColor>
#include <QIcon>

// The one colour and icon of each security status, used everywhere a status is shown (tree,
// results badge, overview ring and legend, subnet map, flipbook). Colours come from the
// Okabe-Ito palette so that the five stay apart for colour-blind readers, and each icon carries
// its own glyph so that colour is never the only cue. Icons are drawn, not loaded, so they are
// sharp at any device pixel ratio and need no theme.
namespace StatusStyle {
// The status's colour on the application's palette: on a dark one, lightened where needed to keep
// a contrast of 3:1 with the window (ColourScheme::legibleOn).
QColor color(SecurityStatus status);
// The Okabe-Ito colour itself, as drawn on a light palette.
QColor baseColor(SecurityStatus status);
QIcon icon(SecurityStatus status);
// A quarantined or pending computer (issue 14): a rounded square, not a disc, with a padlock, so
// it reads apart from the status icons it replaces in the tree; a released one has none (null).
QColor quarantineColor(QuarantineState::State state);
QIcon quarantineIcon(QuarantineState::State state);
} // namespace StatusStyle
