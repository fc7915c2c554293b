#include "scope/portlist.h"

#include "scope/scopelimits.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace {

QString outOfRange(const QString &number)
{
    return QCoreApplication::translate("PortList", "port %1 is out of range 1-65535").arg(number);
}

// Every port is one more connection per address (issue 18, point 3).
QString tooMany(qsizetype count)
{
    return QCoreApplication::translate("PortList", "the scope has %1 ports; at most %2")
        .arg(QLocale().toString(qlonglong(count)))
        .arg(ScopeLimits::maxPorts);
}

} // namespace

Result<quint16> PortList::portFromNumber(qint64 number)
{
    if (number < 1 || number > 65535)
        return Result<quint16>::failure(outOfRange(QString::number(number)));
    return quint16(number);
}

Result<quint16> PortList::parsePort(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+$"));
    if (!number.match(trimmed).hasMatch())
        return Result<quint16>::failure(tr("\"%1\" is not a port number").arg(trimmed));
    bool fits = false;
    const qint64 value = trimmed.toLongLong(&fits);
    // A number too long for 64 bits is out of range all the same; say so with its digits.
    if (!fits)
        return Result<quint16>::failure(outOfRange(trimmed));
    return portFromNumber(value);
}

template<typename Items, typename ToPort>
Result<PortList> PortList::collect(const Items &items, const ToPort &toPort)
{
    // Counted before any is read: a pasted list of thousands is refused at once, by its size.
    if (qsizetype(items.size()) > ScopeLimits::maxPorts)
        return Result<PortList>::failure(tooMany(qsizetype(items.size())));
    PortList list;
    for (const auto &item : items) {
        const Result<quint16> port = toPort(item);
        if (!port)
            return Result<PortList>::failure(port.error());
        if (list.contains(*port))
            return Result<PortList>::failure(tr("port %1 appears twice").arg(*port));
        list.m_ports.append(*port);
    }
    return list;
}

Result<PortList> PortList::fromNumbers(const QVector<qint64> &numbers)
{
    return collect(numbers, &PortList::portFromNumber);
}

Result<PortList> PortList::parse(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return collect(text.split(separators, Qt::SkipEmptyParts), &PortList::parsePort);
}

Result<PortList> PortList::added(quint16 port) const
{
    const Result<quint16> checked = portFromNumber(port);
    if (!checked)
        return Result<PortList>::failure(checked.error());
    if (contains(port))
        return Result<PortList>::failure(tr("port %1 is already in the list").arg(port));
    if (size() >= ScopeLimits::maxPorts)
        return Result<PortList>::failure(tooMany(size() + 1));
    PortList copy = *this;
    copy.m_ports.append(port);
    return copy;
}

PortList PortList::removed(quint16 port) const
{
    PortList copy = *this;
    copy.m_ports.removeOne(port);
    return copy;
}

QString PortList::toString() const
{
    QStringList parts;
    parts.reserve(m_ports.size());
    for (quint16 port : m_ports)
        parts.append(QString::number(port));
    return parts.join(QLatin1String(", "));
}
