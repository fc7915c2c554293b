#include "style/windowmemory.h"

#include <QEvent>
#include <QSettings>
#include <QSplitter>
#include <QWidget>

WindowMemory::WindowMemory(QWidget *window, const QString &key)
    : QObject(window)
    , m_window(window)
    , m_key(key)
{
    window->installEventFilter(this);
}

QString WindowMemory::settingsKey(const QString &name) const
{
    return QStringLiteral("window/%1/%2").arg(m_key, name);
}

void WindowMemory::save() const
{
    QSettings settings;
    settings.setValue(settingsKey(QStringLiteral("geometry")), m_window->saveGeometry());
    for (const QSplitter *splitter : m_window->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(settingsKey(QStringLiteral("splitter/") + splitter->objectName()),
                              splitter->saveState());
    }
}

bool WindowMemory::restore() const
{
    const QSettings settings;
    bool restored = false;
    const QByteArray geometry
        = settings.value(settingsKey(QStringLiteral("geometry"))).toByteArray();
    if (!geometry.isEmpty())
        restored = m_window->restoreGeometry(geometry);
    for (QSplitter *splitter : m_window->findChildren<QSplitter *>()) {
        if (splitter->objectName().isEmpty())
            continue;
        const QByteArray state
            = settings.value(settingsKey(QStringLiteral("splitter/") + splitter->objectName()))
                  .toByteArray();
        if (!state.isEmpty() && splitter->restoreState(state)) {
            splitter->setProperty(restoredProperty, true);
            restored = true;
        }
    }
    return restored;
}

bool WindowMemory::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Show && !m_restored) {
            m_restored = true;
            restore();
        } else if (event->type() == QEvent::Close) {
            save();
        }
    }
    return QObject::eventFilter(watched, event);
}
