// A core file that breaks the rule, for the core_widgets_guard test.
#include <QWidget>
