#include "directory/directorysession.h"

DirectorySession::DirectorySession(QObject *parent)
    : QObject(parent)
    , m_reader(new DirectoryReader)
{
    m_thread.setObjectName(QStringLiteral("directory"));
    m_reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread.start();
}

DirectorySession::~DirectorySession()
{
    m_reader->cancel();
    m_thread.quit();
    m_thread.wait();
}

quint64 DirectorySession::open(const ActiveDirectoryConnection &connection, const QString &password)
{
    const quint64 id = m_nextRequest++;
    DirectoryReader *reader = m_reader;
    QMetaObject::invokeMethod(
        reader, [reader, connection, password, id] { reader->open(connection, password, id); },
        Qt::QueuedConnection);
    return id;
}

quint64 DirectorySession::listChildren(const QString &dn)
{
    const quint64 id = m_nextRequest++;
    DirectoryReader *reader = m_reader;
    QMetaObject::invokeMethod(
        reader, [reader, dn, id] { reader->listChildren(dn, id); }, Qt::QueuedConnection);
    return id;
}

quint64 DirectorySession::enumerateComputers(const QStringList &dns)
{
    const quint64 id = m_nextRequest++;
    DirectoryReader *reader = m_reader;
    QMetaObject::invokeMethod(
        reader, [reader, dns, id] { reader->enumerateComputers(dns, id); }, Qt::QueuedConnection);
    return id;
}

quint64 DirectorySession::checkConnection(const ActiveDirectoryConnection &connection,
                                          const QString &password)
{
    const quint64 id = m_nextRequest++;
    DirectoryReader *reader = m_reader;
    QMetaObject::invokeMethod(
        reader,
        [reader, connection, password, id] { reader->checkConnection(connection, password, id); },
        Qt::QueuedConnection);
    return id;
}
