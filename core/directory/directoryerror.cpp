#include "directory/directoryerror.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <ldap.h>

namespace {

// AD explains a refused bind with a Win32 code after "data" ("... AcceptSecurityContext error,
// data 52e, v4563"); the LDAP code alone is 49 for all of them.
QString adBindReason(const QString &diagnostic)
{
    static const QRegularExpression data(QStringLiteral("\\bdata ([0-9a-fA-F]+)\\b"));
    const QString code = data.match(diagnostic).captured(1).toLower();
    if (code == QLatin1String("525"))
        return QCoreApplication::translate("DirectoryError", "the user does not exist");
    if (code == QLatin1String("52e"))
        return QCoreApplication::translate("DirectoryError", "wrong user name or password");
    if (code == QLatin1String("530") || code == QLatin1String("531"))
        return QCoreApplication::translate("DirectoryError",
                                           "the account may not log on now or from here");
    if (code == QLatin1String("532") || code == QLatin1String("773"))
        return QCoreApplication::translate("DirectoryError", "the password has expired");
    if (code == QLatin1String("533"))
        return QCoreApplication::translate("DirectoryError", "the account is disabled");
    if (code == QLatin1String("701"))
        return QCoreApplication::translate("DirectoryError", "the account has expired");
    if (code == QLatin1String("775"))
        return QCoreApplication::translate("DirectoryError", "the account is locked out");
    return QCoreApplication::translate("DirectoryError", "wrong user name or password");
}

bool looksLikeTls(const QString &diagnostic)
{
    static const QRegularExpression tls(
        QStringLiteral("certificate|SSL|TLS|self.signed|verify|handshake"),
        QRegularExpression::CaseInsensitiveOption);
    return tls.match(diagnostic).hasMatch();
}

DirectoryError::Kind kindOf(int code, const QString &diagnostic)
{
    using Kind = DirectoryError::Kind;
    switch (code) {
    case LDAP_SUCCESS:
        return Kind::None;
    case LDAP_INVALID_CREDENTIALS:
        return Kind::InvalidCredentials;
    case LDAP_TIMEOUT:
    case LDAP_TIMELIMIT_EXCEEDED:
        return Kind::Timeout;
    case LDAP_CONNECT_ERROR:
    case LDAP_SERVER_DOWN:
        // libldap reports a refused certificate as "can't contact server" (-1) or as a
        // connect error (-11); only its diagnostic tells the two apart.
        return looksLikeTls(diagnostic) ? Kind::TlsFailure : Kind::ServerDown;
    case LDAP_NO_SUCH_OBJECT:
        return Kind::NoSuchObject;
    case LDAP_INSUFFICIENT_ACCESS:
    case LDAP_STRONG_AUTH_REQUIRED:
    case LDAP_CONFIDENTIALITY_REQUIRED:
        return Kind::AccessDenied;
    case LDAP_USER_CANCELLED:
        return Kind::Cancelled;
    default:
        return Kind::Other;
    }
}

QString sentence(DirectoryError::Kind kind, int code, const QString &diagnostic)
{
    using Kind = DirectoryError::Kind;
    switch (kind) {
    case Kind::InvalidCredentials:
        return QCoreApplication::translate("DirectoryError",
                                           "the server refused the credentials: %1")
            .arg(adBindReason(diagnostic));
    case Kind::TlsFailure:
        return QCoreApplication::translate(
            "DirectoryError",
            "TLS failed, the server's certificate was not accepted (check the CA file "
            "and that the address matches the certificate's name)");
    case Kind::Timeout:
        return QCoreApplication::translate("DirectoryError", "the server did not answer in time");
    case Kind::ServerDown:
        return QCoreApplication::translate(
            "DirectoryError",
            "the server cannot be reached (it is down, or nothing listens at that "
            "address and port)");
    case Kind::NoSuchObject:
        return QCoreApplication::translate("DirectoryError",
                                           "the object does not exist in the directory");
    case Kind::AccessDenied:
        return QCoreApplication::translate("DirectoryError", "the server refused access: %1")
            .arg(code == LDAP_INSUFFICIENT_ACCESS
                     ? QCoreApplication::translate("DirectoryError", "this account may not read it")
                     : QCoreApplication::translate("DirectoryError",
                                                   "it requires a stronger protection"));
    case Kind::Cancelled:
        return QCoreApplication::translate("DirectoryError", "cancelled");
    default:
        return QCoreApplication::translate("DirectoryError", "the server answered: %1")
            .arg(QString::fromUtf8(ldap_err2string(code)));
    }
}

} // namespace

DirectoryError DirectoryError::fromLdap(int code, const QString &diagnostic, const QString &doing)
{
    return describe(kindOf(code, diagnostic), code, diagnostic, doing);
}

DirectoryError DirectoryError::describe(Kind kind, int code, const QString &diagnostic,
                                        const QString &doing)
{
    if (kind == Kind::None)
        return DirectoryError();
    QString text = QCoreApplication::translate("DirectoryError", "%1: %2")
                       .arg(doing, sentence(kind, code, diagnostic));
    const QString detail = diagnostic.trimmed();
    // libldap's placeholder when OpenSSL left no message says nothing to the administrator.
    if (!detail.isEmpty() && detail != QLatin1String("(unknown error code)"))
        text += QStringLiteral(" (%1)").arg(detail);
    return DirectoryError(kind, text);
}
