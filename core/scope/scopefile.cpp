#include "scope/scopefile.h"

#include "scope/scopelimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QSaveFile>

#include <cmath>

namespace {

// The keys, spelled once for reading and writing.
const QString kIpScopeEnabled = QStringLiteral("ipScopeEnabled");
const QString kIpv4Ranges = QStringLiteral("ipv4Ranges");
const QString kIpv6Prefixes = QStringLiteral("ipv6Prefixes");
const QString kPorts = QStringLiteral("ports");
const QString kUnreachableCheck = QStringLiteral("unreachableCheck");
const QString kEnabled = QStringLiteral("enabled");
const QString kPort = QStringLiteral("port");
const QString kActiveDirectory = QStringLiteral("activeDirectory");
const QString kOnDemand = QStringLiteral("onDemand");
const QString kObjects = QStringLiteral("objects");
const QString kTimeoutMs = QStringLiteral("timeoutMs");
const QString kConnection = QStringLiteral("connection");
const QString kUrl = QStringLiteral("url");
const QString kBindUser = QStringLiteral("bindUser");
const QString kBaseDn = QStringLiteral("baseDn");
const QString kCaFile = QStringLiteral("caFile");
const QString kVerifyCertificate = QStringLiteral("verifyCertificate");
const QString kQueryTimeoutS = QStringLiteral("queryTimeoutS");
const QString kPassword = QStringLiteral("password");

QString at(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString located(const QString &path, const QString &error)
{
    return path + QLatin1String(": ") + error;
}

// Turns the JSON of a scope into a Scope, one key at a time; each error starts with the path
// of the value it is about, so an administrator editing the file by hand finds the line.
class ScopeReader
{
    Q_DECLARE_TR_FUNCTIONS(ScopeFile)

public:
    static Result<Scope> read(const QJsonObject &top);

private:
    // An object of the file and the path of its keys ("activeDirectory.").
    struct Section
    {
        QJsonObject object;
        QString prefix;
    };

    // The value at `key` converted, `fallback` when the key is missing, `wrongType` when the
    // value is not of `type`.
    template<typename T, typename Convert>
    static Result<T> typed(const QJsonObject &parent, const QString &key, QJsonValue::Type type,
                           T fallback, const QString &wrongType, const Convert &convert);
    static Result<Section> section(const QJsonObject &parent, const QString &key,
                                   const QString &prefix = {});
    static Result<QStringList> strings(const QJsonObject &parent, const QString &key,
                                       const QString &path);
    static Result<QString> text(const QJsonObject &parent, const QString &key, const QString &path);
    static Result<bool> boolean(const QJsonObject &parent, const QString &key, const QString &path,
                                bool fallback);
    static Result<qint64> wholeNumber(const QJsonValue &value, const QString &path);
    // The whole number at `key` within minimum-maximum; `fallback` when the key is missing.
    static Result<int> bounded(const QJsonObject &parent, const QString &key, const QString &path,
                               int minimum, int maximum, int fallback);
    static Result<quint16> port(const QJsonValue &value, const QString &path);
    // Each text of the array at `key` parsed into `into`.
    template<typename T>
    static QString readEach(const QJsonObject &top, const QString &key,
                            Result<T> (*parse)(const QString &), QVector<T> &into);

    static QString readAddresses(const QJsonObject &top, Scope &scope);
    static QString readPorts(const QJsonObject &top, Scope &scope);
    static QString readUnreachableCheck(const QJsonObject &top, Scope &scope);
    static QString readActiveDirectory(const QJsonObject &top, Scope &scope);
    static QString readConnection(const QJsonObject &directory, const QString &prefix,
                                  ActiveDirectoryConnection &connection);
    static QString readTimeout(const QJsonObject &top, Scope &scope);
};

template<typename T, typename Convert>
Result<T> ScopeReader::typed(const QJsonObject &parent, const QString &key, QJsonValue::Type type,
                             T fallback, const QString &wrongType, const Convert &convert)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        return fallback;
    if (value.type() != type)
        return Result<T>::failure(wrongType);
    return convert(value);
}

Result<ScopeReader::Section> ScopeReader::section(const QJsonObject &parent, const QString &key,
                                                  const QString &prefix)
{
    const Result<QJsonObject> object
        = typed(parent, key, QJsonValue::Object, QJsonObject(),
                tr("%1 must be an object").arg(prefix + key),
                [](const QJsonValue &value) { return value.toObject(); });
    if (!object)
        return Result<Section>::failure(object.error());
    return Section { object.value(), prefix + key + QLatin1Char('.') };
}

Result<QStringList> ScopeReader::strings(const QJsonObject &parent, const QString &key,
                                         const QString &path)
{
    return typed(parent, key, QJsonValue::Array, QStringList(),
                 tr("%1 must be an array of strings").arg(path),
                 [&path](const QJsonValue &value) -> Result<QStringList> {
                     const QJsonArray array = value.toArray();
                     QStringList result;
                     for (qsizetype i = 0; i < array.size(); ++i) {
                         if (!array.at(i).isString()) {
                             return Result<QStringList>::failure(
                                 tr("%1 must be a string").arg(at(path, i)));
                         }
                         result.append(array.at(i).toString());
                     }
                     return result;
                 });
}

Result<QString> ScopeReader::text(const QJsonObject &parent, const QString &key,
                                  const QString &path)
{
    return typed(parent, key, QJsonValue::String, QString(), tr("%1 must be a string").arg(path),
                 [](const QJsonValue &value) { return value.toString(); });
}

Result<bool> ScopeReader::boolean(const QJsonObject &parent, const QString &key,
                                  const QString &path, bool fallback)
{
    return typed(parent, key, QJsonValue::Bool, fallback, tr("%1 must be true or false").arg(path),
                 [](const QJsonValue &value) { return value.toBool(); });
}

Result<qint64> ScopeReader::wholeNumber(const QJsonValue &value, const QString &path)
{
    if (!value.isDouble())
        return Result<qint64>::failure(tr("%1 must be a number").arg(path));
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number) {
        return Result<qint64>::failure(
            tr("%1 must be a whole number, not %2").arg(path, QString::number(number)));
    }
    // Beyond 2^53 a double no longer holds every integer, and no setting comes near it.
    if (std::fabs(number) > 9007199254740992.0) {
        return Result<qint64>::failure(
            located(path, tr("%1 is out of range").arg(QString::number(number))));
    }
    return qint64(number);
}

Result<int> ScopeReader::bounded(const QJsonObject &parent, const QString &key, const QString &path,
                                 int minimum, int maximum, int fallback)
{
    if (!parent.contains(key))
        return fallback;
    const Result<qint64> number = wholeNumber(parent.value(key), path);
    if (!number)
        return Result<int>::failure(number.error());
    if (*number < minimum || *number > maximum) {
        return Result<int>::failure(
            located(path, tr("%1 is outside %2-%3").arg(*number).arg(minimum).arg(maximum)));
    }
    return int(*number);
}

Result<quint16> ScopeReader::port(const QJsonValue &value, const QString &path)
{
    const Result<qint64> number = wholeNumber(value, path);
    if (!number)
        return Result<quint16>::failure(number.error());
    const Result<quint16> checked = PortList::portFromNumber(*number);
    if (!checked)
        return Result<quint16>::failure(located(path, checked.error()));
    return checked;
}

template<typename T>
QString ScopeReader::readEach(const QJsonObject &top, const QString &key,
                              Result<T> (*parse)(const QString &), QVector<T> &into)
{
    const Result<QStringList> texts = strings(top, key, key);
    if (!texts)
        return texts.error();
    for (qsizetype i = 0; i < texts->size(); ++i) {
        const Result<T> item = parse(texts->at(i));
        if (!item)
            return located(at(key, i), item.error());
        into.append(*item);
    }
    return QString();
}

QString ScopeReader::readAddresses(const QJsonObject &top, Scope &scope)
{
    const Result<bool> enabled
        = boolean(top, kIpScopeEnabled, kIpScopeEnabled, Scope().ipScopeEnabled);
    if (!enabled)
        return enabled.error();
    scope.ipScopeEnabled = *enabled;
    const QString ipv4 = readEach(top, kIpv4Ranges, &Ipv4Range::parse, scope.ipv4Ranges);
    return !ipv4.isEmpty() ? ipv4
                           : readEach(top, kIpv6Prefixes, &Ipv6Prefix::parse, scope.ipv6Prefixes);
}

QString ScopeReader::readPorts(const QJsonObject &top, Scope &scope)
{
    const QJsonValue value = top.value(kPorts);
    if (value.isUndefined())
        return QString();
    if (!value.isArray())
        return tr("%1 must be an array of port numbers").arg(kPorts);
    const QJsonArray array = value.toArray();
    QVector<qint64> numbers;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Result<quint16> checked = port(array.at(i), at(kPorts, i));
        if (!checked)
            return checked.error();
        numbers.append(*checked);
    }
    // Every number is a port by now; what fromNumbers() can still refuse is a repeated one.
    const Result<PortList> ports = PortList::fromNumbers(numbers);
    if (!ports)
        return located(kPorts, ports.error());
    scope.ports = *ports;
    return QString();
}

QString ScopeReader::readUnreachableCheck(const QJsonObject &top, Scope &scope)
{
    const Result<Section> check = section(top, kUnreachableCheck);
    if (!check)
        return check.error();
    const Result<bool> enabled
        = boolean(check->object, kEnabled, check->prefix + kEnabled, UnreachableCheck().enabled);
    if (!enabled)
        return enabled.error();
    scope.unreachableCheck.enabled = *enabled;
    if (check->object.contains(kPort)) {
        const Result<quint16> checked = port(check->object.value(kPort), check->prefix + kPort);
        if (!checked)
            return checked.error();
        scope.unreachableCheck.port = *checked;
    }
    return QString();
}

QString ScopeReader::readActiveDirectory(const QJsonObject &top, Scope &scope)
{
    const Result<Section> directory = section(top, kActiveDirectory);
    if (!directory)
        return directory.error();
    const QString &prefix = directory->prefix;
    const Result<bool> onDemand = boolean(directory->object, kOnDemand, prefix + kOnDemand,
                                          ActiveDirectoryScope().onDemand);
    if (!onDemand)
        return onDemand.error();
    const Result<QStringList> objects = strings(directory->object, kObjects, prefix + kObjects);
    if (!objects)
        return objects.error();
    for (qsizetype i = 0; i < objects->size(); ++i) {
        if (objects->at(i).trimmed().isEmpty())
            return tr("%1 is empty; it must be a distinguished name").arg(at(prefix + kObjects, i));
    }
    const QString connectionError
        = readConnection(directory->object, prefix, scope.activeDirectory.connection);
    if (!connectionError.isEmpty())
        return connectionError;
    scope.activeDirectory.onDemand = *onDemand;
    scope.activeDirectory.objects = *objects;
    return QString();
}

QString ScopeReader::readConnection(const QJsonObject &directory, const QString &prefix,
                                    ActiveDirectoryConnection &connection)
{
    const Result<Section> found = section(directory, kConnection, prefix);
    if (!found)
        return found.error();
    const QJsonObject &object = found->object;
    const QString &path = found->prefix;
    // A password in a file is a secret on disk: refuse it rather than ignore it unseen.
    if (object.contains(kPassword)) {
        return tr("%1 is not allowed: passwords are kept in the keychain, never in a scope file")
            .arg(path + kPassword);
    }
    for (const auto &[key, target] : { std::pair<QString, QString *> { kUrl, &connection.url },
                                       { kBindUser, &connection.bindUser },
                                       { kBaseDn, &connection.baseDn },
                                       { kCaFile, &connection.caFile } }) {
        const Result<QString> value = text(object, key, path + key);
        if (!value)
            return value.error();
        *target = value->trimmed();
    }
    const Result<bool> verify = boolean(object, kVerifyCertificate, path + kVerifyCertificate,
                                        ActiveDirectoryConnection().verifyCertificate);
    if (!verify)
        return verify.error();
    connection.verifyCertificate = *verify;
    const Result<int> timeout = bounded(
        object, kQueryTimeoutS, path + kQueryTimeoutS, ActiveDirectoryConnection::minQueryTimeoutS,
        ActiveDirectoryConnection::maxQueryTimeoutS, connection.queryTimeoutS);
    if (!timeout)
        return timeout.error();
    connection.queryTimeoutS = *timeout;
    // An unfinished connection (no bind user yet) may be saved; a wrong address may not.
    const Result<Done> urlChecked = connection.checkUrl();
    if (!connection.url.isEmpty() && !urlChecked)
        return located(path + kUrl, urlChecked.error());
    return QString();
}

QString ScopeReader::readTimeout(const QJsonObject &top, Scope &scope)
{
    const Result<int> timeout = bounded(top, kTimeoutMs, kTimeoutMs, Scope::minTimeoutMs,
                                        Scope::maxTimeoutMs, scope.timeoutMs);
    if (!timeout)
        return timeout.error();
    scope.timeoutMs = *timeout;
    return QString();
}

Result<Scope> ScopeReader::read(const QJsonObject &top)
{
    Scope scope;
    for (auto part :
         { &ScopeReader::readAddresses, &ScopeReader::readPorts, &ScopeReader::readUnreachableCheck,
           &ScopeReader::readActiveDirectory, &ScopeReader::readTimeout }) {
        const QString error = part(top, scope);
        if (!error.isEmpty())
            return Result<Scope>::failure(error);
    }
    return scope;
}

// QJsonObject sorts its keys; a scope file is read and edited by people, so it is written in
// the order of the scope editor instead: addresses, Advanced Setting, Active Directory.
class OrderedWriter
{
public:
    using Members = QVector<QPair<QString, QByteArray>>;

    static QByteArray scalar(const QJsonValue &value)
    {
        // QJsonDocument escapes strings the JSON way but only takes arrays and objects.
        const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        return text.mid(1, text.size() - 2);
    }

    static QByteArray array(const QJsonArray &values, int depth)
    {
        if (values.isEmpty())
            return QByteArrayLiteral("[]");
        QByteArray text = QByteArrayLiteral("[\n");
        for (qsizetype i = 0; i < values.size(); ++i) {
            text += indent(depth + 1) + scalar(values.at(i));
            text += i + 1 < values.size() ? QByteArrayLiteral(",\n") : QByteArrayLiteral("\n");
        }
        return text + indent(depth) + ']';
    }

    static QByteArray object(const Members &members, int depth)
    {
        QByteArray text = QByteArrayLiteral("{\n");
        for (qsizetype i = 0; i < members.size(); ++i) {
            text += indent(depth + 1) + scalar(members.at(i).first) + ": " + members.at(i).second;
            text += i + 1 < members.size() ? QByteArrayLiteral(",\n") : QByteArrayLiteral("\n");
        }
        return text + indent(depth) + '}';
    }

private:
    static QByteArray indent(int depth) { return QByteArray(4 * depth, ' '); }
};

} // namespace

Result<Scope> scopeFromJson(const QByteArray &json)
{
    // Qt would say "illegal value at offset 0", which does not tell what is wrong.
    if (json.trimmed().isEmpty()) {
        return Result<Scope>::failure(QCoreApplication::translate(
            "ScopeFile", "the scope is empty; it must be a JSON object"));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<Scope>::failure(
            QCoreApplication::translate("ScopeFile", "not valid JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return Result<Scope>::failure(
            QCoreApplication::translate("ScopeFile", "the top level must be an object"));
    }
    return ScopeReader::read(document.object());
}

QByteArray scopeToJson(const Scope &scope)
{
    QJsonArray ipv4;
    for (const Ipv4Range &range : scope.ipv4Ranges)
        ipv4.append(range.toString());
    QJsonArray ipv6;
    for (const Ipv6Prefix &prefix : scope.ipv6Prefixes)
        ipv6.append(prefix.toString());
    QJsonArray ports;
    for (quint16 port : scope.ports.ports())
        ports.append(int(port));

    using W = OrderedWriter;
    const QByteArray unreachable
        = W::object({ { kEnabled, W::scalar(scope.unreachableCheck.enabled) },
                      { kPort, W::scalar(int(scope.unreachableCheck.port)) } },
                    1);
    W::Members directoryMembers {
        { kOnDemand, W::scalar(scope.activeDirectory.onDemand) },
        { kObjects, W::array(QJsonArray::fromStringList(scope.activeDirectory.objects), 2) }
    };
    // Written only when set, so a scope without Active Directory reads as before.
    const ActiveDirectoryConnection &connection = scope.activeDirectory.connection;
    if (!connection.isEmpty()) {
        directoryMembers.append(
            { kConnection,
              W::object({ { kUrl, W::scalar(connection.url) },
                          { kBindUser, W::scalar(connection.bindUser) },
                          { kBaseDn, W::scalar(connection.baseDn) },
                          { kCaFile, W::scalar(connection.caFile) },
                          { kVerifyCertificate, W::scalar(connection.verifyCertificate) },
                          { kQueryTimeoutS, W::scalar(connection.queryTimeoutS) } },
                        2) });
    }
    const QByteArray directory = W::object(directoryMembers, 1);
    return W::object({ { kIpScopeEnabled, W::scalar(scope.ipScopeEnabled) },
                       { kIpv4Ranges, W::array(ipv4, 1) },
                       { kIpv6Prefixes, W::array(ipv6, 1) },
                       { kPorts, W::array(ports, 1) },
                       { kUnreachableCheck, unreachable },
                       { kActiveDirectory, directory },
                       { kTimeoutMs, W::scalar(scope.timeoutMs) } },
                     0)
        + '\n';
}

Result<Scope> loadScopeFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    QByteArray json;
    const auto tooLarge = [&shown] {
        return Result<Scope>::failure(
            QCoreApplication::translate(
                "ScopeFile", "%1 is larger than %2 bytes, the most a scope file may hold")
                .arg(shown, QLocale().toString(ScopeLimits::maxFileBytes)));
    };
    if (file.open(QIODevice::ReadOnly)) {
        // Limited before it is read: a regular file by its size, anything else (a device, a
        // pipe: `--scope /dev/zero`) by reading one byte more than the limit at most.
        if (!file.isSequential() && file.size() > ScopeLimits::maxFileBytes)
            return tooLarge();
        while (json.size() <= ScopeLimits::maxFileBytes) {
            const QByteArray part = file.read(ScopeLimits::maxFileBytes + 1 - json.size());
            if (part.isEmpty())
                break; // the end, or an error (below)
            json += part;
        }
        if (json.size() > ScopeLimits::maxFileBytes)
            return tooLarge();
    }
    if (file.error() != QFileDevice::NoError) {
        return Result<Scope>::failure(QCoreApplication::translate("ScopeFile", "cannot read %1: %2")
                                          .arg(shown, file.errorString()));
    }
    Result<Scope> scope = scopeFromJson(json);
    if (!scope)
        return Result<Scope>::failure(located(shown, scope.error()));
    return scope;
}

Result<QueryScope> loadQueryScope(const QString &path)
{
    Result<Scope> scope = loadScopeFile(path);
    if (!scope)
        return Result<QueryScope>::failure(scope.error());
    return QueryScope::from(std::move(scope).value());
}

Result<Done> saveScopeFile(const QString &path, const Scope &scope)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto cannotWrite = [&shown](const QString &reason) {
        return Result<Done>::failure(
            QCoreApplication::translate("ScopeFile", "cannot write %1: %2").arg(shown, reason));
    };
    const QByteArray json = scopeToJson(scope);
    // A file osmgmt writes must load again: refuse what the reader would refuse (a timeout
    // outside its limits, port 0 to declare computers unreachable, an empty AD object).
    const Result<Scope> reread = scopeFromJson(json);
    if (!reread)
        return cannotWrite(reread.error());

    // Unbuffered, and written in a loop until done: Qt 6.4's QSaveFile otherwise commits a
    // temporary file whose buffered write failed (commit() returns true over a truncated
    // file), and reports a short write without a reason. The loop's second write() brings
    // the reason ("File too large", "No space left on device").
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return cannotWrite(file.errorString());
    for (qint64 done = 0; done < json.size();) {
        const qint64 written = file.write(json.constData() + done, json.size() - done);
        if (written <= 0) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return cannotWrite(reason);
        }
        done += written;
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return Done {};
}
