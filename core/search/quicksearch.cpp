#include "search/quicksearch.h"

#include <algorithm>

namespace {
bool isAddressCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F') || u == '.'
        || u == ':' || u == '*';
}
} // namespace

Result<QuickSearch> QuickSearch::parse(const QString &text)
{
    Result<NamePattern> whole = NamePattern::parse(text);
    if (!whole)
        return Result<QuickSearch>::failure(whole.error());
    QuickSearch search;
    search.m_whole = std::move(whole).value();
    const QString typed = search.m_whole.toString();
    search.m_inside = NamePattern::parse(QLatin1Char('*') + typed + QLatin1Char('*')).value();
    // An address is typed with its dots or colons ("10.1.*", "fd00::*"); "*77" or "*123*" are
    // parts of names, and comparing them with a million addresses too would only cost time.
    search.m_mayBeAddress = std::all_of(typed.cbegin(), typed.cend(), isAddressCharacter)
        && (typed.contains(u'.') || typed.contains(u':'));
    return search;
}

bool QuickSearch::matchesWhole(QStringView foldedName, QStringView address) const
{
    // Addresses are written in lower case (QHostAddress), and the pattern is folded.
    return m_whole.matchesFolded(foldedName) || (m_mayBeAddress && m_whole.matchesFolded(address));
}

bool QuickSearch::matchesInside(QStringView foldedName) const
{
    return m_inside.matchesFolded(foldedName);
}
