#include "directory/directoryclient.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTcpSocket>
#include <QUrl>

#include <ldap.h>

#include <cstring>
#include <memory>

namespace {

int ldapScope(DirectoryClient::Scope scope)
{
    switch (scope) {
    case DirectoryClient::Scope::Base:
        return LDAP_SCOPE_BASE;
    case DirectoryClient::Scope::OneLevel:
        return LDAP_SCOPE_ONELEVEL;
    case DirectoryClient::Scope::Subtree:
        break;
    }
    return LDAP_SCOPE_SUBTREE;
}

timeval timevalFromMs(qint64 ms)
{
    timeval value {};
    value.tv_sec = time_t(ms / 1000);
    value.tv_usec = suseconds_t((ms % 1000) * 1000);
    return value;
}

// The attribute list libldap takes: NULL-terminated C strings that live as long as `m_utf8`.
class AttributeList
{
public:
    explicit AttributeList(const QStringList &attributes)
    {
        for (const QString &attribute : attributes)
            m_utf8.append(attribute.toUtf8());
        for (QByteArray &name : m_utf8)
            m_pointers.push_back(name.data());
        m_pointers.push_back(nullptr);
    }
    char **get() { return m_utf8.isEmpty() ? nullptr : m_pointers.data(); }

private:
    QVector<QByteArray> m_utf8;
    std::vector<char *> m_pointers;
};

DirectoryEntry readEntry(LDAP *ldap, LDAPMessage *message)
{
    DirectoryEntry entry;
    if (char *dn = ldap_get_dn(ldap, message)) {
        entry.dn = QString::fromUtf8(dn);
        ldap_memfree(dn);
    }
    BerElement *ber = nullptr;
    for (char *name = ldap_first_attribute(ldap, message, &ber); name != nullptr;
         name = ldap_next_attribute(ldap, message, ber)) {
        QStringList values;
        if (berval **found = ldap_get_values_len(ldap, message, name)) {
            for (int i = 0; found[i] != nullptr; ++i)
                values.append(QString::fromUtf8(found[i]->bv_val, int(found[i]->bv_len)));
            ldap_value_free_len(found);
        }
        entry.attributes.insert(QString::fromUtf8(name).toLower(), values);
        ldap_memfree(name);
    }
    if (ber != nullptr)
        ber_free(ber, 0);
    return entry;
}

// libldap reports a certificate it refused over ldaps:// as "can't contact the server", often
// with no diagnostic ("(unknown error code)"). A plain TCP connect tells the two apart: if
// the port accepts, the server is there and the TLS handshake is what failed.
bool acceptsTcp(const QString &url, int timeoutS)
{
    const QUrl parsed(url);
    QTcpSocket socket;
    socket.connectToHost(parsed.host(), quint16(parsed.port(636)));
    const bool connected = socket.waitForConnected(qMin(timeoutS, 5) * 1000);
    socket.abort();
    return connected;
}

} // namespace

DirectoryClient::~DirectoryClient()
{
    close();
}

void DirectoryClient::close()
{
    if (m_ldap != nullptr)
        ldap_unbind_ext_s(m_ldap, nullptr, nullptr);
    m_ldap = nullptr;
}

DirectoryError DirectoryClient::failure(int code, const QString &doing,
                                        DirectoryError::Kind known) const
{
    QString diagnostic;
    char *message = nullptr;
    if (m_ldap != nullptr && ldap_get_option(m_ldap, LDAP_OPT_DIAGNOSTIC_MESSAGE, &message) == 0
        && message != nullptr) {
        diagnostic = QString::fromUtf8(message);
        ldap_memfree(message);
    }
    const DirectoryError error = known == DirectoryError::Kind::None
        ? DirectoryError::fromLdap(code, diagnostic, doing)
        : DirectoryError::describe(known, code, diagnostic, doing);
    Logging::get("ldap")->warn("{}: {}", m_connection.url, error.text());
    return error;
}

DirectoryError DirectoryClient::setOptions(const ActiveDirectoryConnection &connection)
{
    const int version = LDAP_VERSION3;
    const timeval network = timevalFromMs(qMin(10, connection.queryTimeoutS) * 1000);
    const timeval api = timevalFromMs(qint64(connection.queryTimeoutS) * 1000);
    const int timeLimit = connection.queryTimeoutS;
    const int requireCertificate
        = connection.verifyCertificate ? LDAP_OPT_X_TLS_DEMAND : LDAP_OPT_X_TLS_NEVER;
    const int minimumTls = LDAP_OPT_X_TLS_PROTOCOL_TLS1_2;
    const int newContextIsServer = 0;
    const QByteArray caFile = connection.caFile.toLocal8Bit();
    int code = ldap_set_option(m_ldap, LDAP_OPT_PROTOCOL_VERSION, &version);
    if (code == LDAP_OPT_SUCCESS)
        code = ldap_set_option(m_ldap, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    if (code == LDAP_OPT_SUCCESS)
        code = ldap_set_option(m_ldap, LDAP_OPT_NETWORK_TIMEOUT, &network);
    if (code == LDAP_OPT_SUCCESS)
        code = ldap_set_option(m_ldap, LDAP_OPT_TIMEOUT, &api);
    if (code == LDAP_OPT_SUCCESS)
        code = ldap_set_option(m_ldap, LDAP_OPT_TIMELIMIT, &timeLimit);
    if (code == LDAP_OPT_SUCCESS)
        code = ldap_set_option(m_ldap, LDAP_OPT_X_TLS_REQUIRE_CERT, &requireCertificate);
    if (code == LDAP_OPT_SUCCESS)
        code = ldap_set_option(m_ldap, LDAP_OPT_X_TLS_PROTOCOL_MIN, &minimumTls);
    if (code == LDAP_OPT_SUCCESS && !caFile.isEmpty())
        code = ldap_set_option(m_ldap, LDAP_OPT_X_TLS_CACERTFILE, caFile.constData());
    // Last: the handle's own TLS context is built from the options above.
    if (code == LDAP_OPT_SUCCESS)
        code = ldap_set_option(m_ldap, LDAP_OPT_X_TLS_NEWCTX, &newContextIsServer);
    if (code != LDAP_OPT_SUCCESS) {
        return DirectoryError(DirectoryError::Kind::TlsFailure,
                              tr("cannot set up TLS for %1 (is the CA file %2 a PEM file?)")
                                  .arg(connection.url, connection.caFile));
    }
    return DirectoryError();
}

DirectoryError DirectoryClient::checkSettings(const ActiveDirectoryConnection &connection)
{
    const Result<Done> usable = connection.check();
    if (!usable)
        return DirectoryError(DirectoryError::Kind::InvalidSettings, usable.error());
    if (!connection.caFile.isEmpty() && !QFileInfo(connection.caFile).isReadable()) {
        return DirectoryError(DirectoryError::Kind::InvalidSettings,
                              tr("the CA file %1 cannot be read").arg(connection.caFile));
    }
    return DirectoryError();
}

DirectoryError DirectoryClient::open(const ActiveDirectoryConnection &connection,
                                     const QString &password)
{
    close();
    m_connection = connection;
    DirectoryError error = checkSettings(connection);
    if (!error.ok())
        return error;
    // RFC 4513 5.1.2: a simple bind with an empty password is an unauthenticated bind that
    // some servers accept as anonymous; it must never pass for a successful login. Refused
    // before anything is sent.
    if (password.isEmpty()) {
        return DirectoryError(DirectoryError::Kind::InvalidCredentials,
                              tr("no password is given for %1").arg(connection.bindUser));
    }
    error = connectSecurely(connection);
    if (error.ok())
        error = bind(password);
    return error;
}

DirectoryError DirectoryClient::connectSecurely(const ActiveDirectoryConnection &connection)
{
    close();
    m_connection = connection;
    DirectoryError error = checkSettings(connection);
    if (!error.ok())
        return error;
    if (ldap_initialize(&m_ldap, connection.url.toUtf8().constData()) != LDAP_SUCCESS) {
        m_ldap = nullptr;
        return DirectoryError(DirectoryError::Kind::InvalidSettings,
                              tr("\"%1\" is not an LDAP address").arg(connection.url));
    }
    error = setOptions(connection);
    if (error.ok() && connection.usesStartTls()) {
        const int code = ldap_start_tls_s(m_ldap, nullptr, nullptr);
        // The server answered the StartTLS request, so a connect error is the handshake after.
        if (code != LDAP_SUCCESS) {
            error = failure(code, tr("StartTLS with %1").arg(connection.url),
                            code == LDAP_CONNECT_ERROR ? DirectoryError::Kind::TlsFailure
                                                       : DirectoryError::Kind::None);
        }
    } else if (error.ok()) {
        // ldaps://: connect now, so the handshake fails here and not in the bind.
        const int code = ldap_connect(m_ldap);
        const bool handshakeFailed = (code == LDAP_SERVER_DOWN || code == LDAP_CONNECT_ERROR)
            && acceptsTcp(connection.url, connection.queryTimeoutS);
        if (code != LDAP_SUCCESS) {
            error = failure(code, tr("TLS with %1").arg(connection.url),
                            handshakeFailed ? DirectoryError::Kind::TlsFailure
                                            : DirectoryError::Kind::None);
        }
    }
    if (!error.ok())
        close();
    return error;
}

DirectoryError DirectoryClient::bind(const QString &password)
{
    if (m_ldap == nullptr) {
        return DirectoryError(DirectoryError::Kind::InvalidSettings,
                              tr("not connected to a directory server"));
    }
    if (password.isEmpty()) {
        return DirectoryError(DirectoryError::Kind::InvalidCredentials,
                              tr("no password is given for %1").arg(m_connection.bindUser));
    }
    QByteArray secret = password.toUtf8();
    berval credentials { ber_len_t(secret.size()), secret.data() };
    const int code = ldap_sasl_bind_s(m_ldap, m_connection.bindUser.toUtf8().constData(),
                                      LDAP_SASL_SIMPLE, &credentials, nullptr, nullptr, nullptr);
    std::memset(secret.data(), 0, size_t(secret.size()));
    if (code != LDAP_SUCCESS) {
        const DirectoryError error
            = failure(code, tr("binding to %1 as %2").arg(m_connection.url, m_connection.bindUser));
        close();
        return error;
    }
    Logging::get("ldap")->info("bound to {} as {}", m_connection.url, m_connection.bindUser);
    return DirectoryError();
}

QString DirectoryClient::tlsDescription() const
{
    if (m_ldap == nullptr)
        return QString();
    QStringList parts;
    for (const int option : { LDAP_OPT_X_TLS_VERSION, LDAP_OPT_X_TLS_CIPHER }) {
        // OpenSSL's own static strings (libldap's tls2.c): not to be freed.
        char *value = nullptr;
        if (ldap_get_option(m_ldap, option, &value) == LDAP_OPT_SUCCESS && value != nullptr)
            parts.append(QString::fromUtf8(value));
    }
    return parts.join(QStringLiteral(", "));
}

DirectoryResult<RootDse> DirectoryClient::readRootDse()
{
    QVector<DirectoryEntry> found;
    const DirectoryError error
        = searchPaged(QString(), Scope::Base, QStringLiteral("(objectClass=*)"),
                      { QStringLiteral("defaultNamingContext"), QStringLiteral("namingContexts"),
                        QStringLiteral("dnsHostName"), QStringLiteral("supportedControl") },
                      [&found](const QVector<DirectoryEntry> &page) {
                          found += page;
                          return true;
                      });
    if (!error.ok())
        return error;
    if (found.isEmpty()) {
        return DirectoryError(DirectoryError::Kind::Other,
                              tr("%1 sent no RootDSE").arg(m_connection.url));
    }
    const DirectoryEntry &entry = found.constFirst();
    RootDse dse;
    dse.defaultNamingContext = entry.first(QStringLiteral("defaultNamingContext"));
    dse.namingContexts = entry.all(QStringLiteral("namingContexts"));
    dse.dnsHostName = entry.first(QStringLiteral("dnsHostName"));
    dse.supportsPagedResults = entry.all(QStringLiteral("supportedControl"))
                                   .contains(QString::fromLatin1(LDAP_CONTROL_PAGEDRESULTS));
    return dse;
}

DirectoryError DirectoryClient::searchPaged(const QString &base, Scope scope, const QString &filter,
                                            const QStringList &attributes,
                                            const PageHandler &onPage, int pageSize)
{
    if (m_ldap == nullptr) {
        return DirectoryError(DirectoryError::Kind::InvalidSettings,
                              tr("not connected to a directory server"));
    }
    QElapsedTimer elapsed;
    elapsed.start();
    const qint64 budgetMs = qint64(m_connection.queryTimeoutS) * 1000;
    QByteArray cookie;
    do {
        auto page = searchOnePage(base, scope, filter, attributes, pageSize, cookie,
                                  budgetMs - elapsed.elapsed());
        if (!page)
            return page.error();
        cookie = page->cookie;
        // Stopping early leaves the server's paging state to expire on its own, as AD does
        // for a client that goes away.
        if (!onPage(page->entries))
            break;
    } while (!cookie.isEmpty());
    return DirectoryError();
}

DirectoryResult<DirectoryClient::Page>
DirectoryClient::searchOnePage(const QString &base, Scope scope, const QString &filter,
                               const QStringList &attributes, int pageSize,
                               const QByteArray &cookie, qint64 remainingMs)
{
    const QString doing
        = tr("searching %1 for %2").arg(base.isEmpty() ? tr("the RootDSE") : base, filter);
    QByteArray cookieBytes = cookie;
    berval cookieValue { ber_len_t(cookieBytes.size()), cookieBytes.data() };
    LDAPControl *pageControl = nullptr;
    // Not critical: a server without paging answers the whole search at once (the RootDSE).
    int code = ldap_create_page_control(m_ldap, ber_int_t(pageSize),
                                        cookie.isEmpty() ? nullptr : &cookieValue, 0, &pageControl);
    if (code != LDAP_SUCCESS)
        return failure(code, doing);
    std::unique_ptr<LDAPControl, void (*)(LDAPControl *)> controlOwner(pageControl,
                                                                       ldap_control_free);
    LDAPControl *serverControls[] = { pageControl, nullptr };
    AttributeList attributeList(attributes);
    int messageId = 0;
    code = ldap_search_ext(m_ldap, base.toUtf8().constData(), ldapScope(scope),
                           filter.toUtf8().constData(), attributeList.get(), 0, serverControls,
                           nullptr, nullptr, LDAP_NO_LIMIT, &messageId);
    if (code != LDAP_SUCCESS)
        return failure(code, doing);

    return collectPage(messageId, doing, remainingMs);
}

DirectoryResult<DirectoryClient::Page>
DirectoryClient::collectPage(int messageId, const QString &doing, qint64 remainingMs)
{
    Page page;
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (m_cancelled)
            return abandon(messageId,
                           DirectoryError(DirectoryError::Kind::Cancelled, tr("cancelled")));
        if (waited.elapsed() >= remainingMs) {
            return abandon(messageId,
                           DirectoryError(DirectoryError::Kind::Timeout,
                                          tr("%1: no complete answer within %2 s")
                                              .arg(doing)
                                              .arg(m_connection.queryTimeoutS)));
        }
        // Short waits, so cancel() and the deadline are noticed within 100 ms.
        timeval slice = timevalFromMs(qMin<qint64>(100, remainingMs - waited.elapsed()));
        LDAPMessage *received = nullptr;
        const int type = ldap_result(m_ldap, messageId, LDAP_MSG_RECEIVED, &slice, &received);
        if (type == 0)
            continue;
        if (type < 0) {
            int error = LDAP_SERVER_DOWN;
            ldap_get_option(m_ldap, LDAP_OPT_RESULT_CODE, &error);
            return failure(error, doing);
        }
        std::unique_ptr<LDAPMessage, int (*)(LDAPMessage *)> owner(received, ldap_msgfree);
        for (LDAPMessage *message = ldap_first_message(m_ldap, received); message != nullptr;
             message = ldap_next_message(m_ldap, message)) {
            const int messageType = ldap_msgtype(message);
            if (messageType == LDAP_RES_SEARCH_ENTRY) {
                page.entries.append(readEntry(m_ldap, message));
            } else if (messageType == LDAP_RES_SEARCH_RESULT) {
                const DirectoryError error = endOfPage(message, doing, page);
                if (!error.ok())
                    return error;
                return page;
            } else if (messageType == LDAP_RES_SEARCH_REFERENCE)
                ++m_skippedReferences; // not chased (see the header)
        }
    }
}

DirectoryError DirectoryClient::endOfPage(LDAPMessage *result, const QString &doing, Page &page)
{
    int code = LDAP_SUCCESS;
    char *diagnostic = nullptr;
    LDAPControl **controls = nullptr;
    const int parsed
        = ldap_parse_result(m_ldap, result, &code, nullptr, &diagnostic, nullptr, &controls, 0);
    const QString serverWords = diagnostic ? QString::fromUtf8(diagnostic) : QString();
    ldap_memfree(diagnostic);
    std::unique_ptr<LDAPControl *, void (*)(LDAPControl **)> controlsOwner(controls,
                                                                           ldap_controls_free);
    if (parsed != LDAP_SUCCESS)
        return failure(parsed, doing);
    if (code != LDAP_SUCCESS) {
        const DirectoryError error = DirectoryError::fromLdap(code, serverWords, doing);
        Logging::get("ldap")->warn("{}: {}", m_connection.url, error.text());
        return error;
    }
    page.cookie.clear();
    if (LDAPControl *control = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, controls, nullptr)) {
        ber_int_t estimate = 0;
        berval next { 0, nullptr };
        if (ldap_parse_pageresponse_control(m_ldap, control, &estimate, &next) == LDAP_SUCCESS
            && next.bv_val != nullptr) {
            page.cookie = QByteArray(next.bv_val, int(next.bv_len));
            ber_memfree(next.bv_val);
        }
    }
    return DirectoryError();
}

DirectoryError DirectoryClient::abandon(int messageId, DirectoryError why)
{
    ldap_abandon_ext(m_ldap, messageId, nullptr, nullptr);
    Logging::get("ldap")->info("{}: search abandoned: {}", m_connection.url, why.text());
    return why;
}
