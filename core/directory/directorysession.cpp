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

template<typename Call> quint64 DirectorySession::request(Call call)
{
    const quint64 id = m_nextRequest++;
    DirectoryReader *reader = m_reader;
    QMetaObject::invokeMethod(
        reader, [reader, call = std::move(call), id] { call(reader, id); }, Qt::QueuedConnection);
    return id;
}

quint64 DirectorySession::open(const ActiveDirectoryConnection &connection, const QString &password)
{
    return request([connection, password](DirectoryReader *reader, quint64 id) {
        reader->open(connection, password, id);
    });
}

quint64 DirectorySession::listChildren(const QString &dn)
{
    return request([dn](DirectoryReader *reader, quint64 id) { reader->listChildren(dn, id); });
}

quint64 DirectorySession::enumerateComputers(const QStringList &dns)
{
    return request(
        [dns](DirectoryReader *reader, quint64 id) { reader->enumerateComputers(dns, id); });
}

quint64 DirectorySession::checkConnection(const ActiveDirectoryConnection &connection,
                                          const QString &password)
{
    return request([connection, password](DirectoryReader *reader, quint64 id) {
        reader->checkConnection(connection, password, id);
    });
}
