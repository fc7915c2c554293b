#include "activedirectorysession.h"

#include <algorithm>

ActiveDirectorySession::ActiveDirectorySession(QObject *parent)
    : QObject(parent)
{
    DirectoryReader *reader = m_directory.reader();
    connect(reader, &DirectoryReader::opened, this,
            [this](quint64 requestId, const RootDse &rootDse) {
                emit connected(requestId, rootDse.defaultNamingContext);
            });
    connect(reader, &DirectoryReader::failed, this,
            [this](quint64 requestId, const DirectoryError &error) {
                emit failed(requestId, error.text());
            });
    connect(reader, &DirectoryReader::connectionChecked, this,
            [this](quint64 requestId, const QVector<ConnectionStep> &steps) {
                const bool bound
                    = std::any_of(steps.cbegin(), steps.cend(), [](const ConnectionStep &step) {
                          return step.kind == ConnectionStep::Kind::Bind
                              && step.outcome == ConnectionStep::Outcome::Passed;
                      });
                emit connectionChecked(requestId, steps, bound, ConnectionCheck::allPassed(steps));
            });
}

ActiveDirectorySession::~ActiveDirectorySession() = default;

quint64 ActiveDirectorySession::open(const ActiveDirectoryConnection &connection,
                                     const QString &password)
{
    return m_directory.open(connection, password);
}

quint64 ActiveDirectorySession::checkConnection(const ActiveDirectoryConnection &connection,
                                                const QString &password)
{
    return m_directory.checkConnection(connection, password);
}

void ActiveDirectorySession::cancel()
{
    m_directory.cancel();
}
