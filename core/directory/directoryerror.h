#pragma once

#include "common/result.h"

#include <QString>

#include <utility>

// What went wrong talking to the directory, kept in distinct kinds (as Veyon keeps its
// connection states apart): the console says "wrong password" and "certificate refused"
// differently, because the administrator fixes them in different places.
class DirectoryError
{
public:
    enum class Kind {
        None,
        InvalidSettings, // the connection settings cannot work (no server, no bind user)
        InvalidCredentials, // the server refused the user name or password
        TlsFailure, // TLS could not be set up: certificate not trusted, wrong host name
        Timeout, // no answer in time
        ServerDown, // no server answers at that address, or it went away
        NoSuchObject, // the base DN or a selected object does not exist
        AccessDenied, // bound, but this account may not read that
        Cancelled, // the caller cancelled the operation
        Other,
    };

    DirectoryError() = default;
    DirectoryError(Kind kind, QString text)
        : m_kind(kind)
        , m_text(std::move(text))
    { }

    bool ok() const { return m_kind == Kind::None; }
    Kind kind() const { return m_kind; }
    // A sentence for the administrator that names the problem and the server's own words.
    QString text() const { return m_text; }

    // From a libldap result code and the server's diagnostic message; `doing` says what was
    // being done ("binding as CORP\admin").
    static DirectoryError fromLdap(int code, const QString &diagnostic, const QString &doing);
    // The same words for a kind the caller established itself.
    static DirectoryError describe(Kind kind, int code, const QString &diagnostic,
                                   const QString &doing);

private:
    Kind m_kind = Kind::None;
    QString m_text;
};

// A value or a DirectoryError: the directory's Result that keeps the kind of the failure, not
// only its words.
template<typename T> using DirectoryResult = Result<T, DirectoryError>;
