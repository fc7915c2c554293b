#include "host/quarantinecheck.h"

#include "host/nftquarantine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QuarantineCheck", text);
}

enum class Truth { No, Yes, Unknown };

// The console's packet in one direction: TCP between the console and the agent's port, on
// an interface that is not `lo`.
struct Packet
{
    bool in = true; // to the agent (input), else from it (output)
    QHostAddress console;
    bool ipv4 = true;
    quint16 port = 0;
};

QHostAddress unscoped(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4);
    QHostAddress plain = address;
    plain.setScopeId(QString());
    return plain;
}

// Whether `value` (an nft JSON right-hand side) holds the packet's address.
Truth holdsAddress(const QJsonValue &value, const QHostAddress &address)
{
    if (value.isString())
        return QHostAddress(value.toString()) == address ? Truth::Yes : Truth::No;
    const QJsonObject object = value.toObject();
    if (object.contains(QStringLiteral("prefix"))) {
        const QJsonObject prefix = object.value(QStringLiteral("prefix")).toObject();
        const QHostAddress network(prefix.value(QStringLiteral("addr")).toString());
        return address.isInSubnet(network, prefix.value(QStringLiteral("len")).toInt(-1))
            ? Truth::Yes
            : Truth::No;
    }
    if (object.contains(QStringLiteral("set"))) {
        Truth found = Truth::No;
        for (const QJsonValue &element : object.value(QStringLiteral("set")).toArray()) {
            const Truth one = holdsAddress(element, address);
            if (one == Truth::Yes)
                return Truth::Yes;
            if (one == Truth::Unknown)
                found = Truth::Unknown;
        }
        return found;
    }
    return Truth::Unknown; // a range, a named set: not decided here
}

// Whether `value` holds the packet's port (a number, a set of numbers, a range).
Truth holdsPort(const QJsonValue &value, quint16 port)
{
    if (value.isDouble())
        return value.toInt() == port ? Truth::Yes : Truth::No;
    const QJsonObject object = value.toObject();
    if (object.contains(QStringLiteral("range"))) {
        const QJsonArray range = object.value(QStringLiteral("range")).toArray();
        return range.at(0).toInt(-1) <= port && port <= range.at(1).toInt(-1) ? Truth::Yes
                                                                              : Truth::No;
    }
    if (object.contains(QStringLiteral("set"))) {
        Truth found = Truth::No;
        for (const QJsonValue &element : object.value(QStringLiteral("set")).toArray()) {
            const Truth one = holdsPort(element, port);
            if (one == Truth::Yes)
                return Truth::Yes;
            if (one == Truth::Unknown)
                found = Truth::Unknown;
        }
        return found;
    }
    return Truth::Unknown;
}

// Whether `value` names TCP (by name or number), or holds it in a set.
Truth holdsTcp(const QJsonValue &value)
{
    if (value.isString())
        return value.toString() == QLatin1String("tcp") ? Truth::Yes : Truth::No;
    if (value.isDouble())
        return value.toInt() == 6 ? Truth::Yes : Truth::No;
    const QJsonArray set = value.toObject().value(QStringLiteral("set")).toArray();
    if (set.isEmpty())
        return Truth::Unknown;
    for (const QJsonValue &element : set) {
        if (holdsTcp(element) == Truth::Yes)
            return Truth::Yes;
    }
    return Truth::No;
}

// What the left side of a match reads of the packet, compared with the right side.
Truth compare(const QJsonObject &left, const QJsonValue &right, const Packet &packet)
{
    const QJsonObject meta = left.value(QStringLiteral("meta")).toObject();
    const QString key = meta.value(QStringLiteral("key")).toString();
    if (key == QLatin1String("iif") || key == QLatin1String("iifname")
        || key == QLatin1String("oif") || key == QLatin1String("oifname")) {
        // The console's packets never use lo; which other interface they use is not known.
        if (right.toString() == QLatin1String("lo"))
            return Truth::No;
        return Truth::Unknown;
    }
    if (key == QLatin1String("l4proto"))
        return holdsTcp(right);
    if (key == QLatin1String("nfproto"))
        return right.toString() == QLatin1String(packet.ipv4 ? "ipv4" : "ipv6") ? Truth::Yes
                                                                                : Truth::No;
    const QJsonObject payload = left.value(QStringLiteral("payload")).toObject();
    const QString protocol = payload.value(QStringLiteral("protocol")).toString();
    const QString field = payload.value(QStringLiteral("field")).toString();
    if (protocol == QLatin1String("ip") || protocol == QLatin1String("ip6")) {
        if ((protocol == QLatin1String("ip")) != packet.ipv4)
            return Truth::No; // the other family's header: it never matches
        if (field == QLatin1String(packet.in ? "saddr" : "daddr"))
            return holdsAddress(right, packet.console);
        return Truth::Unknown;
    }
    if (protocol == QLatin1String("tcp")) {
        if (field == QLatin1String(packet.in ? "dport" : "sport"))
            return holdsPort(right, packet.port);
        return Truth::Unknown;
    }
    if (!protocol.isEmpty())
        return Truth::No; // udp, icmp, icmpv6: not a TCP packet's header
    return Truth::Unknown; // socket, ct, meta mark: not decided here
}

Truth matches(const QJsonObject &match, const Packet &packet)
{
    const QString op = match.value(QStringLiteral("op")).toString();
    const Truth truth = compare(match.value(QStringLiteral("left")).toObject(),
                                match.value(QStringLiteral("right")), packet);
    if (op == QLatin1String("!=") && truth != Truth::Unknown)
        return truth == Truth::Yes ? Truth::No : Truth::Yes;
    if (op == QLatin1String("==") || op == QLatin1String("in"))
        return truth;
    return Truth::Unknown;
}

struct Chain
{
    QString name;
    QString policy;
    QList<QJsonObject> rules; // in the kernel's order
};

// What the chain does with the packet: empty when it surely accepts it, else the reason.
QString follow(const Chain &chain, const Packet &packet)
{
    for (const QJsonObject &rule : chain.rules) {
        Truth taken = Truth::Yes;
        QString verdict;
        for (const QJsonValue &statement : rule.value(QStringLiteral("expr")).toArray()) {
            const QJsonObject object = statement.toObject();
            if (object.contains(QStringLiteral("match"))) {
                const Truth one = matches(object.value(QStringLiteral("match")).toObject(), packet);
                if (one == Truth::No)
                    taken = Truth::No;
                else if (one == Truth::Unknown && taken == Truth::Yes)
                    taken = Truth::Unknown;
            }
            for (const char *word : { "accept", "drop", "reject", "jump", "goto", "queue" }) {
                if (object.contains(QLatin1String(word)))
                    verdict = QLatin1String(word);
            }
        }
        if (taken == Truth::No || verdict.isEmpty())
            continue;
        if (verdict == QLatin1String("accept")) {
            if (taken == Truth::Yes)
                return {};
            continue; // it may let the packet through, or not: not relied upon
        }
        return tr("the %1 chain's rule %2 may %3 it")
            .arg(chain.name)
            .arg(rule.value(QStringLiteral("handle")).toInt())
            .arg(verdict);
    }
    if (chain.policy == QLatin1String("accept"))
        return {};
    return tr("no rule of the %1 chain surely lets it through before the policy drops it")
        .arg(chain.name);
}

} // namespace

namespace QuarantineCheck {

QString consoleProblem(const QByteArray &tableJson, const QHostAddress &console, quint16 port)
{
    QJsonParseError error;
    const QJsonArray items = QJsonDocument::fromJson(tableJson, &error)
                                 .object()
                                 .value(QStringLiteral("nftables"))
                                 .toArray();
    if (error.error != QJsonParseError::NoError || items.isEmpty())
        return tr("the rules read back from nftables are not readable");
    Chain input, output;
    QHash<QString, Chain *> byName;
    for (const QJsonValue &item : items) {
        const QJsonObject chain = item.toObject().value(QStringLiteral("chain")).toObject();
        const QString hook = chain.value(QStringLiteral("hook")).toString();
        Chain *target = hook == QLatin1String("input") ? &input
            : hook == QLatin1String("output")          ? &output
                                                       : nullptr;
        if (!target)
            continue;
        target->name = chain.value(QStringLiteral("name")).toString();
        target->policy = chain.value(QStringLiteral("policy")).toString();
        byName.insert(target->name, target);
    }
    if (input.name.isEmpty() || output.name.isEmpty())
        return tr("the loaded table lacks its input or output chain");
    for (const QJsonValue &item : items) {
        const QJsonObject rule = item.toObject().value(QStringLiteral("rule")).toObject();
        if (Chain *chain = byName.value(rule.value(QStringLiteral("chain")).toString()))
            chain->rules.append(rule);
    }
    const QHostAddress address = unscoped(console);
    const bool ipv4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    for (const auto &[chain, in] : { std::pair { &input, true }, std::pair { &output, false } }) {
        const QString problem = follow(*chain, Packet { in, address, ipv4, port });
        if (!problem.isEmpty())
            return (in ? tr("%1 could not reach the agent's port %2: %3")
                       : tr("the agent could not answer %1 from its port %2: %3"))
                .arg(address.toString())
                .arg(port)
                .arg(problem);
    }
    return {};
}

Result<quint32> socketMark(qintptr descriptor)
{
    quint32 mark = 0;
    socklen_t length = sizeof mark;
    if (getsockopt(int(descriptor), SOL_SOCKET, SO_MARK, &mark, &length) != 0)
        return Result<quint32>::failure(tr("cannot read the mark of the agent's socket: %1")
                                            .arg(QString::fromLocal8Bit(std::strerror(errno))));
    return mark;
}

QString run(const QList<QHostAddress> &consoles, quint16 port, qintptr listeningSocket)
{
    const Result<QByteArray> table = NftQuarantine::loadedTable();
    if (!table)
        return table.error();
    for (const QHostAddress &console : consoles) {
        const QString problem = consoleProblem(*table, console, port);
        if (!problem.isEmpty())
            return problem;
    }
    if (listeningSocket < 0)
        return {};
    const Result<quint32> mark = socketMark(listeningSocket);
    if (!mark)
        return mark.error();
    if (*mark != NftQuarantine::agentSocketMark)
        return tr("the agent's listening socket does not carry the mark 0x%1 the rules let in "
                  "(setting it needs CAP_NET_ADMIN): every console but these would be shut out")
            .arg(NftQuarantine::agentSocketMark, 0, 16);
    return {};
}

} // namespace QuarantineCheck
