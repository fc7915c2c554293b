#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

// The agent ports a query tries on each endpoint. The manual: "specify ports used by
// OfficeScan servers to communicate with clients. Setup randomly generates the port number
// during [...] installation", so the list is typed in by the administrator, one port at a time
// ("Type the port number and click Add").
//
// The order is the administrator's: the probe engine tries the ports in it, so the port most
// clients use goes first. A port appears at most once, and a list holds at most
// ScopeLimits::maxPorts ports.
class PortList
{
    Q_DECLARE_TR_FUNCTIONS(PortList)

public:
    PortList() = default;

    static Result<PortList> fromNumbers(const QVector<qint64> &numbers);
    // Ports separated by commas and/or white space: "21112, 21113 4343".
    static Result<PortList> parse(const QString &text);
    // One port number in decimal, 1-65535.
    static Result<quint16> parsePort(const QString &text);
    static Result<quint16> portFromNumber(qint64 number);

    // A copy with `port` at the end; refuses a port already in the list.
    Result<PortList> added(quint16 port) const;
    // A copy without `port`; the same list when it was not there.
    PortList removed(quint16 port) const;

    const QVector<quint16> &ports() const { return m_ports; }
    bool contains(quint16 port) const { return m_ports.contains(port); }
    bool isEmpty() const { return m_ports.isEmpty(); }
    qsizetype size() const { return m_ports.size(); }
    // "21112, 21113": parse() reads it back.
    QString toString() const;

    bool operator==(const PortList &other) const { return m_ports == other.m_ports; }
    bool operator!=(const PortList &other) const { return !(*this == other); }

private:
    // Each item made a port by `toPort`, in order; the first refused or repeated one fails.
    template<typename Items, typename ToPort>
    static Result<PortList> collect(const Items &items, const ToPort &toPort);

    QVector<quint16> m_ports;
};
