#include "directory/directoryreader.h"

#include "directory/computerenumerator.h"
#include "directory/distinguishedname.h"

namespace {

// What the tree shows below a container: OUs, containers and computers; not what AD's own
// tools hide outside their advanced view (CN=System and the like).
const QString childFilter = QStringLiteral(
    "(&(|(objectClass=organizationalUnit)(objectClass=container)(objectClass=computer))"
    "(!(showInAdvancedViewOnly=TRUE)))");

DirectoryNode nodeFromEntry(const DirectoryEntry &entry)
{
    DirectoryNode node;
    node.dn = entry.dn;
    const Result<QString> normalized = DistinguishedName::normalized(entry.dn);
    node.key = (normalized ? *normalized : entry.dn).toLower();
    node.name = entry.first(QStringLiteral("name"));
    const QStringList classes = entry.all(QStringLiteral("objectClass"));
    const auto has = [&classes](const char *name) {
        return classes.contains(QLatin1String(name), Qt::CaseInsensitive);
    };
    if (has("computer"))
        node.kind = DirectoryNode::Kind::Computer;
    else if (has("organizationalUnit"))
        node.kind = DirectoryNode::Kind::OrganizationalUnit;
    else
        node.kind = DirectoryNode::Kind::Container;
    return node;
}

} // namespace

DirectoryReader::DirectoryReader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RootDse>();
    qRegisterMetaType<DirectoryError>();
    qRegisterMetaType<QVector<DirectoryNode>>();
    qRegisterMetaType<QVector<AdComputer>>();
    qRegisterMetaType<QVector<ConnectionStep>>();
}

void DirectoryReader::open(const ActiveDirectoryConnection &connection, const QString &password,
                           quint64 requestId)
{
    m_client.clearCancel();
    DirectoryError error = m_client.open(connection, password);
    if (!error.ok()) {
        emit failed(requestId, error);
        return;
    }
    DirectoryResult<RootDse> dse = m_client.readRootDse();
    if (!dse) {
        emit failed(requestId, dse.error());
        return;
    }
    emit opened(requestId, *dse);
}

void DirectoryReader::listChildren(const QString &dn, quint64 requestId)
{
    m_client.clearCancel();
    const DirectoryError error
        = m_client.searchPaged(dn, DirectoryClient::Scope::OneLevel, childFilter,
                               { QStringLiteral("name"), QStringLiteral("objectClass") },
                               [&](const QVector<DirectoryEntry> &page) {
                                   QVector<DirectoryNode> nodes;
                                   nodes.reserve(page.size());
                                   for (const DirectoryEntry &entry : page)
                                       nodes.append(nodeFromEntry(entry));
                                   emit childrenListed(requestId, dn, nodes, false);
                                   return true;
                               });
    if (!error.ok()) {
        emit failed(requestId, error);
        return;
    }
    emit childrenListed(requestId, dn, {}, true);
}

void DirectoryReader::enumerateComputers(const QStringList &dns, quint64 requestId)
{
    m_client.clearCancel();
    const auto outcome
        = ComputerEnumerator::enumerate(m_client, dns, [&](const QVector<AdComputer> &batch) {
              emit computersFound(requestId, batch);
              return true;
          });
    if (!outcome) {
        emit failed(requestId, outcome.error());
        return;
    }
    emit enumerationFinished(requestId, outcome->count, outcome->missing);
}

void DirectoryReader::checkConnection(const ActiveDirectoryConnection &connection,
                                      const QString &password, quint64 requestId)
{
    ConnectionCheck check(connection, password);
    const QVector<ConnectionStep> steps = check.run();
    emit connectionChecked(requestId, steps, check.base());
}
