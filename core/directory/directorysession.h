#pragma once

#include "directory/directoryreader.h"

#include <QObject>
#include <QThread>

// Owns the directory's worker thread and its DirectoryReader; what the console and the models
// hold. Each call returns at once with a request id; the answer arrives as a signal of
// reader(), delivered in the caller's thread (queued), carrying that id.
class DirectorySession : public QObject
{
    Q_OBJECT

public:
    explicit DirectorySession(QObject *parent = nullptr);
    // Cancels what runs and waits for the worker thread to end.
    ~DirectorySession() override;

    DirectoryReader *reader() const { return m_reader; }

    quint64 open(const ActiveDirectoryConnection &connection, const QString &password);
    quint64 listChildren(const QString &dn);
    quint64 enumerateComputers(const QStringList &dns);
    // Test connection: answers reader()->connectionChecked().
    quint64 checkConnection(const ActiveDirectoryConnection &connection, const QString &password);
    // The running request ends with Kind::Cancelled; queued ones still run.
    void cancel() { m_reader->cancel(); }

private:
    // Queues `call(reader, id)` on the reader's thread under a new request id.
    template<typename Call> quint64 request(Call call);

    QThread m_thread;
    DirectoryReader *m_reader;
    quint64 m_nextRequest = 1;
};
