#pragma once

#include "common/result.h"
#include "search/namepattern.h"

#include <QCoreApplication>
#include <QString>

// The results' quick search box (and `osmgmt-cli results --search`): one text that finds a
// computer by its name or by its address, IPv4 or IPv6 (a text with a dot or a colon). As the
// manual says of names, the text matches whole unless it carries the wildcard `*` ("127.77.0.1*",
// "tokyo*"). A text without `*` that matches no whole name or address then matches inside names
// ("tokyo" finds "tokyo-pc-01"), and the search says so (ResultsMatcher::searchedInside): typing
// part of a name is what people do first, and an empty grid would teach them nothing.
class QuickSearch
{
    Q_DECLARE_TR_FUNCTIONS(QuickSearch)

public:
    static Result<QuickSearch> parse(const QString &text);

    // As typed (trimmed).
    QString toString() const { return m_whole.toString(); }
    bool hasWildcard() const { return m_whole.hasWildcard(); }

    // `folded`: NamePattern::fold() of the name.
    bool matchesWhole(QStringView foldedName, QStringView address) const;
    bool matchesInside(QStringView foldedName) const;

    bool operator==(const QuickSearch &other) const { return m_whole == other.m_whole; }
    bool operator!=(const QuickSearch &other) const { return !(*this == other); }

private:
    NamePattern m_whole;
    NamePattern m_inside; // *text*
    // Only a text of address characters with a dot or a colon is compared with addresses.
    bool m_mayBeAddress = false;
};
