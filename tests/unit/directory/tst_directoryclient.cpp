#include "directory/directoryclient.h"
#include "errorwords.h"

#include <QTemporaryDir>
#include <QTest>

#include <ldap.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

namespace {

// A TCP listener on 127.0.0.1 with an OS-chosen port. Connections complete in the kernel's
// backlog even when nobody accepts them: a server that is there but never answers.
class Listener
{
public:
    Listener()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_socket, reinterpret_cast<sockaddr *>(&address), length) == 0
            && ::listen(m_socket, 8) == 0
            && ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~Listener() { close(); }
    void close()
    {
        if (m_socket >= 0)
            ::close(m_socket);
        m_socket = -1;
    }
    int socket() const { return m_socket; }
    quint16 port() const { return m_port; }

private:
    int m_socket = -1;
    quint16 m_port = 0;
};

// Accepts one connection and answers it with bytes that are neither TLS nor LDAP.
class GarbageServer
{
public:
    GarbageServer()
        : m_thread([this] {
            const int peer = ::accept(m_listener.socket(), nullptr, nullptr);
            if (peer < 0)
                return;
            const char garbage[] = "HTTP/1.0 400 Bad Request\r\n\r\nthis is not a directory\r\n";
            (void)::write(peer, garbage, sizeof garbage - 1);
            char buffer[512];
            while (::read(peer, buffer, sizeof buffer) > 0) { }
            ::close(peer);
        })
    { }
    ~GarbageServer()
    {
        ::shutdown(m_listener.socket(), SHUT_RDWR);
        m_thread.join();
    }
    quint16 port() const { return m_listener.port(); }

private:
    Listener m_listener;
    std::thread m_thread;
};

ActiveDirectoryConnection connectionTo(const QString &url)
{
    ActiveDirectoryConnection connection;
    connection.url = url;
    connection.bindUser = QStringLiteral("Administrator@corp.example.test");
    connection.queryTimeoutS = 1;
    return connection;
}

QString local(const char *scheme, quint16 port)
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(QLatin1String(scheme)).arg(port);
}

} // namespace

class TestDirectoryClient : public QObject
{
    Q_OBJECT

private slots:
    void refusesIncompleteSettings_data();
    void refusesIncompleteSettings();
    void refusesAnEmptyPassword();
    void refusesAnUnreadableCaFile();
    void reportsAServerThatIsDown_data();
    void reportsAServerThatIsDown();
    void reportsAServerThatNeverAnswers();
    void reportsTlsFailure();
    void searchesOnlyWhenOpen();
    void mapsLdapCodesToWords_data();
    void mapsLdapCodesToWords();
};

void TestDirectoryClient::refusesIncompleteSettings_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("bindUser");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("no url") << QString() << QStringLiteral("a@b")
                            << words({ "no directory server" });
    QTest::newRow("other scheme") << QStringLiteral("https://dc1") << QStringLiteral("a@b")
                                  << words({ "https://dc1", "ldaps://" });
    QTest::newRow("no host") << QStringLiteral("ldaps://") << QStringLiteral("a@b")
                             << words({ "names no server" });
    QTest::newRow("path") << QStringLiteral("ldaps://dc1/DC=corp") << QStringLiteral("a@b")
                          << words({ "base DN" });
    QTest::newRow("no bind user") << QStringLiteral("ldaps://dc1") << QString()
                                  << words({ "no bind user" });
}

void TestDirectoryClient::refusesIncompleteSettings()
{
    QFETCH(QString, url);
    QFETCH(QString, bindUser);
    QFETCH(QStringList, words);
    ActiveDirectoryConnection connection = connectionTo(url);
    connection.bindUser = bindUser;
    DirectoryClient client;
    const DirectoryError error = client.open(connection, QStringLiteral("secret"));
    QCOMPARE(error.kind(), DirectoryError::Kind::InvalidSettings);
    QVERIFY_MENTIONS(error.text(), words);
    QVERIFY(!client.isOpen());
}

void TestDirectoryClient::refusesAnEmptyPassword()
{
    // An empty simple-bind password is an anonymous bind (RFC 4513); it must not get through,
    // so no server is even contacted.
    Listener listener;
    DirectoryClient client;
    const DirectoryError error = client.open(connectionTo(local("ldap", listener.port())), {});
    QCOMPARE(error.kind(), DirectoryError::Kind::InvalidCredentials);
    QVERIFY_MENTIONS(error.text(), words({ "no password", "Administrator@corp.example.test" }));
}

void TestDirectoryClient::refusesAnUnreadableCaFile()
{
    QTemporaryDir dir;
    ActiveDirectoryConnection connection = connectionTo(QStringLiteral("ldaps://127.0.0.1:1"));
    connection.caFile = dir.filePath(QStringLiteral("missing.pem"));
    DirectoryClient client;
    const DirectoryError error = client.open(connection, QStringLiteral("secret"));
    QCOMPARE(error.kind(), DirectoryError::Kind::InvalidSettings);
    QVERIFY_MENTIONS(error.text(), words({ "CA file", "missing.pem" }));
}

void TestDirectoryClient::reportsAServerThatIsDown_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("ldap") << QStringLiteral("ldap");
    QTest::newRow("ldaps") << QStringLiteral("ldaps");
}

void TestDirectoryClient::reportsAServerThatIsDown()
{
    QFETCH(QString, scheme);
    Listener listener;
    const quint16 port = listener.port();
    listener.close(); // the port is now refused
    DirectoryClient client;
    const DirectoryError error = client.open(
        connectionTo(local(scheme.toLatin1().constData(), port)), QStringLiteral("secret"));
    QCOMPARE(error.kind(), DirectoryError::Kind::ServerDown);
    QVERIFY_MENTIONS(error.text(), words({ "cannot be reached" }));
}

void TestDirectoryClient::reportsAServerThatNeverAnswers()
{
    Listener listener;
    DirectoryClient client;
    const DirectoryError error
        = client.open(connectionTo(local("ldap", listener.port())), QStringLiteral("secret"));
    QCOMPARE(error.kind(), DirectoryError::Kind::Timeout);
    QVERIFY_MENTIONS(error.text(), words({ "StartTLS", "did not answer in time" }));
}

void TestDirectoryClient::reportsTlsFailure()
{
    GarbageServer server;
    DirectoryClient client;
    const DirectoryError error
        = client.open(connectionTo(local("ldaps", server.port())), QStringLiteral("secret"));
    QCOMPARE(error.kind(), DirectoryError::Kind::TlsFailure);
    QVERIFY_MENTIONS(error.text(), words({ "TLS" }));
}

void TestDirectoryClient::searchesOnlyWhenOpen()
{
    DirectoryClient client;
    const DirectoryError error = client.searchPaged(
        QString(), DirectoryClient::Scope::Base, QStringLiteral("(objectClass=*)"), {},
        [](const QVector<DirectoryEntry> &) { return true; });
    QCOMPARE(error.kind(), DirectoryError::Kind::InvalidSettings);
    QVERIFY_MENTIONS(error.text(), words({ "not connected" }));
}

void TestDirectoryClient::mapsLdapCodesToWords_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("diagnostic");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("words");
    using Kind = DirectoryError::Kind;
    const QString ad = QStringLiteral(
        "80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data %1, v1db1");
    QTest::newRow("52e") << LDAP_INVALID_CREDENTIALS << ad.arg(QLatin1String("52e"))
                         << int(Kind::InvalidCredentials)
                         << words({ "doing it", "refused the credentials",
                                    "wrong user name or password", "52e" });
    QTest::newRow("525") << LDAP_INVALID_CREDENTIALS << ad.arg(QLatin1String("525"))
                         << int(Kind::InvalidCredentials) << words({ "user does not exist" });
    QTest::newRow("533") << LDAP_INVALID_CREDENTIALS << ad.arg(QLatin1String("533"))
                         << int(Kind::InvalidCredentials) << words({ "disabled" });
    QTest::newRow("775") << LDAP_INVALID_CREDENTIALS << ad.arg(QLatin1String("775"))
                         << int(Kind::InvalidCredentials) << words({ "locked out" });
    QTest::newRow("certificate") << LDAP_SERVER_DOWN
                                 << QStringLiteral(
                                        "error:0A000086:SSL routines::certificate verify failed")
                                 << int(Kind::TlsFailure)
                                 << words({ "TLS", "certificate verify failed" });
    QTest::newRow("connect error tls")
        << LDAP_CONNECT_ERROR << QStringLiteral("(unknown error code)") << int(Kind::ServerDown)
        << words({ "cannot be reached" });
    QTest::newRow("down") << LDAP_SERVER_DOWN << QString() << int(Kind::ServerDown)
                          << words({ "cannot be reached" });
    QTest::newRow("timeout") << LDAP_TIMEOUT << QString() << int(Kind::Timeout)
                             << words({ "in time" });
    QTest::newRow("time limit") << LDAP_TIMELIMIT_EXCEEDED << QString() << int(Kind::Timeout)
                                << words({ "in time" });
    QTest::newRow("no such object") << LDAP_NO_SUCH_OBJECT << QString() << int(Kind::NoSuchObject)
                                    << words({ "does not exist" });
    QTest::newRow("access") << LDAP_INSUFFICIENT_ACCESS << QString() << int(Kind::AccessDenied)
                            << words({ "may not read" });
    QTest::newRow("other") << LDAP_UNWILLING_TO_PERFORM << QStringLiteral("no way")
                           << int(Kind::Other)
                           << words({ "Server is unwilling to perform", "no way" });
}

void TestDirectoryClient::mapsLdapCodesToWords()
{
    QFETCH(int, code);
    QFETCH(QString, diagnostic);
    QFETCH(int, kind);
    QFETCH(QStringList, words);
    const DirectoryError error
        = DirectoryError::fromLdap(code, diagnostic, QStringLiteral("doing it"));
    QCOMPARE(int(error.kind()), kind);
    QVERIFY_MENTIONS(error.text(), words);
    QVERIFY(DirectoryError::fromLdap(LDAP_SUCCESS, {}, {}).ok());
}

QTEST_GUILESS_MAIN(TestDirectoryClient)
#include "tst_directoryclient.moc"
