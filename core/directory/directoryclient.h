#pragma once

#include "directory/directoryentry.h"
#include "directory/directoryerror.h"
#include "scope/activedirectoryconnection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

struct ldap;
struct ldapmsg;

// A connection to one directory server through OpenLDAP's libldap. Every call BLOCKS: use it
// on a worker thread only (DirectoryReader does), one client per thread.
//
// TLS is always on: ldaps://, or ldap:// with StartTLS before the bind, so the simple bind never
// sends the password in clear. The options are set on this connection's own handle and a new
// TLS context is made for it (LDAP_OPT_X_TLS_NEWCTX), so two connections with different CA
// files or verification choices do not share libldap's global TLS settings.
// Referrals and continuation references are never chased: AD answers subtree searches with
// references to its DNS partitions, which would need other servers and other credentials.
class DirectoryClient
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryClient)

public:
    enum class Scope { Base, OneLevel, Subtree };
    // Called once per page of a paged search; return false to stop the search there.
    using PageHandler = std::function<bool(const QVector<DirectoryEntry> &page)>;

    static constexpr int defaultPageSize = 1000; // AD's MaxPageSize

    DirectoryClient() = default;
    ~DirectoryClient();
    DirectoryClient(const DirectoryClient &) = delete;
    DirectoryClient &operator=(const DirectoryClient &) = delete;

    // Connects, sets TLS up and binds. `password` comes from the caller (the keychain or
    // --password-stdin) and is not kept after the bind.
    DirectoryError open(const ActiveDirectoryConnection &connection, const QString &password);
    // The two halves of open(), which ConnectionCheck reports as steps of their own:
    // connectSecurely() connects and sets TLS up (the ldaps:// handshake, or StartTLS) without
    // binding; bind() then binds on that connection.
    DirectoryError connectSecurely(const ActiveDirectoryConnection &connection);
    DirectoryError bind(const QString &password);
    // What TLS was agreed once connected ("TLSv1.3, TLS_AES_256_GCM_SHA384"); empty before.
    QString tlsDescription() const;
    void close();
    bool isOpen() const { return m_ldap != nullptr; }

    DirectoryResult<RootDse> readRootDse();

    // A search read page by page (RFC 2696 paged results): a directory of any size is read
    // whole, however low the server's size limit. The whole search may take the connection's
    // query timeout; each page arrives through `onPage`. A base that does not exist fails with
    // Kind::NoSuchObject.
    DirectoryError searchPaged(const QString &base, Scope scope, const QString &filter,
                               const QStringList &attributes, const PageHandler &onPage,
                               int pageSize = defaultPageSize);

    // Thread-safe: makes the running search return Kind::Cancelled within about 100 ms.
    void cancel() { m_cancelled = true; }
    // Called by the owner before a new job, so a cancel meant for the last one is forgotten.
    void clearCancel() { m_cancelled = false; }
    // How many continuation references searches returned and this client did not follow.
    int skippedReferences() const { return m_skippedReferences; }

private:
    // The settings alone, before any traffic: what is missing, an unreadable CA file.
    static DirectoryError checkSettings(const ActiveDirectoryConnection &connection);
    DirectoryError setOptions(const ActiveDirectoryConnection &connection);
    // `known` overrides the kind libldap's code suggests, when the client knows better.
    DirectoryError failure(int code, const QString &doing,
                           DirectoryError::Kind known = DirectoryError::Kind::None) const;
    struct Page
    {
        QVector<DirectoryEntry> entries;
        QByteArray cookie; // empty after the last page
    };
    DirectoryResult<Page> searchOnePage(const QString &base, Scope scope, const QString &filter,
                                        const QStringList &attributes, int pageSize,
                                        const QByteArray &cookie, qint64 remainingMs);
    // Waits for the entries and the result of one page's search; abandons it on cancel() and
    // when `remainingMs` runs out.
    DirectoryResult<Page> collectPage(int messageId, const QString &doing, qint64 remainingMs);
    DirectoryError endOfPage(ldapmsg *result, const QString &doing, Page &page);
    DirectoryError abandon(int messageId, DirectoryError why);

    ldap *m_ldap = nullptr;
    ActiveDirectoryConnection m_connection;
    std::atomic_bool m_cancelled { false };
    int m_skippedReferences = 0;
};
