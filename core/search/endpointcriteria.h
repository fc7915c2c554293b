#pragma once

#include "common/result.h"
#include "scope/ipv6prefix.h"
#include "search/adtree.h"
#include "search/ipv4span.h"
#include "search/namepattern.h"
#include "search/quicksearch.h"
#include "search/statusset.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The advanced search of the results (reference 000, "Query Result"): IPv4 address range, IPv6
// prefix and length (112-128), computer name, server name, Active Directory tree, security
// status. Each criterion is optional; those given must all hold (AND), with one exception: an
// IPv4 range and an IPv6 prefix given together keep an endpoint whose address is in either,
// since one address is never in both and "these networks" is what such a search asks.
//
// The set* functions parse the text of one field and refuse it with the reason, leaving the
// criteria unchanged: the UI shows that reason at the field, the CLI prints it. What the criteria
// keep is decided in one place, ResultsMatcher (core/results), over the column store that the
// console and `osmgmt-cli results` both search.
class EndpointCriteria
{
    Q_DECLARE_TR_FUNCTIONS(EndpointCriteria)

public:
    std::optional<NamePattern> name;
    std::optional<Ipv4Span> ipv4;
    std::optional<Ipv6Prefix> ipv6;
    std::optional<NamePattern> server;
    std::optional<AdTree> adTree;
    std::optional<StatusSet> statuses;
    std::optional<QuickSearch> quick; // the quick search box: a name or an address

    Result<Done> setName(const QString &text);
    Result<Done> setIpv4(const QString &text);
    Result<Done> setIpv6(const QString &text);
    Result<Done> setServer(const QString &text);
    Result<Done> setAdTree(const QString &text);
    Result<Done> setStatuses(const QString &text);
    Result<Done> setQuick(const QString &text);

    bool isEmpty() const;
    // One line for logs and the status bar: "name=pc*; ipv4=10.0.0.0/8".
    QString toString() const;

    bool operator==(const EndpointCriteria &other) const;
    bool operator!=(const EndpointCriteria &other) const { return !(*this == other); }
};
