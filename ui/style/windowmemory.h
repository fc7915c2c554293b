#pragma once

#include <QObject>
#include <QString>

class QWidget;

// Remembers a window's geometry and the sizes of its splitters between runs (issue 17, point 4):
// restored when the window is first shown (pages added after the constructor have their
// splitters by then), saved when it closes. Every QSplitter under the window that has an object
// name is remembered under it, so a page's splitter is kept by naming it. Kept with QSettings
// under "window/<key>/...": this is how the window was left, not a setting of the console
// (core/settings holds those), so it is never exported.
class WindowMemory : public QObject
{
    Q_OBJECT
public:
    // Watches `window`, which owns the memory.
    WindowMemory(QWidget *window, const QString &key);

    // Set (true) on each splitter whose sizes were restored: a page then leaves them as they are
    // rather than putting its own default back.
    static constexpr const char *restoredProperty = "osmgmtSizesRestored";

    // What the window and its named splitters look like now, written to QSettings.
    void save() const;
    // The geometry and splitter sizes saved last, if any; returns whether there were some.
    bool restore() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString settingsKey(const QString &name) const;

    QWidget *m_window;
    QString m_key;
    bool m_restored = false;
};
