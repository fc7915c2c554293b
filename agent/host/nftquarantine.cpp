#include "host/nftquarantine.h"

#include "host/hostcommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

const QString nft = QStringLiteral("nft");

QString tr(const char *text)
{
    return QCoreApplication::translate("NftQuarantine", text);
}

// What went wrong with nft, in words an administrator can act on.
QString nftFailure(const HostCommand::Outcome &outcome)
{
    if (!outcome.started)
        return tr("%1 (is the nftables package installed?)").arg(outcome.reason());
    QString words = outcome.reason();
    if (words.contains(QLatin1String("Operation not permitted")))
        words += tr(" (changing nftables rules needs root or CAP_NET_ADMIN)");
    return tr("nft failed: %1").arg(words);
}

QByteArray tableSpec()
{
    return QByteArray(NftQuarantine::tableFamily) + ' ' + NftQuarantine::tableName;
}

QByteArray addressSet(const QStringList &addresses)
{
    return "{ " + addresses.join(QStringLiteral(", ")).toLatin1() + " }";
}

// The rules of one direction: `in` for input (sources), otherwise output (destinations).
QByteArray chain(const char *name, bool in, const QStringList &ipv4, const QStringList &ipv6,
                 quint16 agentPort)
{
    const QByteArray port = QByteArray::number(agentPort);
    QByteArray text = QByteArray("\tchain ") + name + " {\n\t\ttype filter hook " + name
        + " priority -10; policy drop;\n";
    text += in ? "\t\tiif \"lo\" accept\n" : "\t\toif \"lo\" accept\n";
    const char *addressKey = in ? "saddr" : "daddr";
    if (!ipv4.isEmpty())
        text += QByteArray("\t\tip ") + addressKey + ' ' + addressSet(ipv4) + " accept\n";
    if (!ipv6.isEmpty())
        text += QByteArray("\t\tip6 ") + addressKey + ' ' + addressSet(ipv6) + " accept\n";
    const QByteArray mark = "0x" + QByteArray::number(NftQuarantine::agentSocketMark, 16);
    if (in) {
        // A SYN passes only to the agent's marked listening socket, and its connection keeps
        // the mark; the handshake's last ACK finds a request socket, whose mark nftables
        // cannot read, so it passes by that conntrack mark.
        text += "\t\ttcp dport " + port + " socket mark " + mark + " ct mark set " + mark
            + " accept\n";
        text += "\t\ttcp dport " + port + " ct mark " + mark + " accept\n";
    } else {
        // Every packet a marked socket sends carries its mark (SYN-ACKs included).
        text += "\t\ttcp sport " + port + " meta mark " + mark + " accept\n";
    }
    text += "\t\tmeta l4proto { icmp, ipv6-icmp } ct state related accept\n";
    text += "\t\ticmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, nd-router-solicit, "
            "nd-router-advert } accept\n";
    text += in ? "\t\tudp sport 67 udp dport 68 accept\n\t\tudp sport 547 udp dport 546 accept\n"
               : "\t\tudp sport 68 udp dport 67 accept\n\t\tudp sport 546 udp dport 547 accept\n";
    return text + "\t}\n";
}

} // namespace

namespace NftQuarantine {

QByteArray installScript(const QList<QHostAddress> &consoles, quint16 agentPort)
{
    QStringList ipv4, ipv6;
    for (const QHostAddress &console : consoles) {
        bool isV4 = false;
        const quint32 v4 = console.toIPv4Address(&isV4);
        if (isV4)
            ipv4.append(QHostAddress(v4).toString());
        else if (console.protocol() == QAbstractSocket::IPv6Protocol) {
            // nft takes no zone ("fe80::1%eth0"): a link-local console is matched by address.
            QHostAddress unscoped = console;
            unscoped.setScopeId(QString());
            ipv6.append(unscoped.toString());
        }
    }
    ipv4.removeDuplicates();
    ipv6.removeDuplicates();
    // Declaring the table first makes the delete succeed when it does not exist yet; the
    // whole script is one transaction, so the host is never left half-quarantined.
    QByteArray script = "table " + tableSpec() + "\ndelete table " + tableSpec() + "\ntable "
        + tableSpec() + " {\n";
    script += chain("input", true, ipv4, ipv6, agentPort);
    script += chain("output", false, ipv4, ipv6, agentPort);
    script += "\tchain forward {\n\t\ttype filter hook forward priority -10; policy drop;\n\t}\n";
    return script + "}\n";
}

QByteArray removeScript()
{
    return "table " + tableSpec() + "\ndelete table " + tableSpec() + '\n';
}

Result<bool> apply(const QByteArray &script)
{
    const HostCommand::Outcome outcome
        = HostCommand { nft, { QStringLiteral("-f"), QStringLiteral("-") }, script }.run();
    if (!outcome.succeeded())
        return Result<bool>::failure(nftFailure(outcome));
    return true;
}

Result<bool> isInstalled()
{
    const HostCommand::Outcome outcome = HostCommand {
        nft,
        { QStringLiteral("list"), QStringLiteral("table"), QString::fromLatin1(tableFamily),
          QString::fromLatin1(tableName) }
    }.run();
    if (outcome.succeeded())
        return true;
    if (outcome.ran && outcome.errorOutput.contains("No such file or directory"))
        return false;
    return Result<bool>::failure(tr("cannot read the nftables rules: %1").arg(nftFailure(outcome)));
}

Result<QByteArray> loadedTable()
{
    const HostCommand::Outcome outcome = HostCommand {
        nft,
        { QStringLiteral("-j"), QStringLiteral("list"), QStringLiteral("table"),
          QString::fromLatin1(tableFamily), QString::fromLatin1(tableName) }
    }.run();
    if (!outcome.succeeded())
        return Result<QByteArray>::failure(
            tr("the quarantine's table cannot be read back: %1").arg(nftFailure(outcome)));
    return outcome.output;
}

Result<bool> otherFirewallActive()
{
    const HostCommand::Outcome outcome = HostCommand {
        nft, { QStringLiteral("-j"), QStringLiteral("list"), QStringLiteral("ruleset") }
    }.run();
    if (!outcome.succeeded())
        return Result<bool>::failure(
            tr("cannot read the nftables rules: %1").arg(nftFailure(outcome)));
    const QJsonArray items = QJsonDocument::fromJson(outcome.output)
                                 .object()
                                 .value(QStringLiteral("nftables"))
                                 .toArray();
    const auto ours = [](const QJsonObject &object) {
        return object.value(QStringLiteral("table")).toString() == QLatin1String(tableName);
    };
    QStringList inputChains; // "family table chain" of every other input-hook chain
    for (const QJsonValue &item : items) {
        const QJsonObject chain = item.toObject().value(QStringLiteral("chain")).toObject();
        if (chain.value(QStringLiteral("hook")).toString() != QLatin1String("input") || ours(chain))
            continue;
        if (chain.value(QStringLiteral("policy")).toString() == QLatin1String("drop"))
            return true;
        inputChains.append(chain.value(QStringLiteral("family")).toString() + QLatin1Char(' ')
                           + chain.value(QStringLiteral("table")).toString() + QLatin1Char(' ')
                           + chain.value(QStringLiteral("name")).toString());
    }
    for (const QJsonValue &item : items) {
        const QJsonObject rule = item.toObject().value(QStringLiteral("rule")).toObject();
        const QString key = rule.value(QStringLiteral("family")).toString() + QLatin1Char(' ')
            + rule.value(QStringLiteral("table")).toString() + QLatin1Char(' ')
            + rule.value(QStringLiteral("chain")).toString();
        if (!rule.isEmpty() && inputChains.contains(key))
            return true;
    }
    return false;
}

} // namespace NftQuarantine
