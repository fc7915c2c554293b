#include "search/namepattern.h"

NamePattern::NamePattern()
    : m_text(QStringLiteral("*"))
    , m_pieces({ QString(), QString() })
{ }

Result<NamePattern> NamePattern::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<NamePattern>::failure(
            tr("the name is empty: type a whole name, or part of one with the wildcard *"));
    NamePattern pattern;
    pattern.m_text = trimmed;
    pattern.m_pieces = trimmed.toCaseFolded().split(QLatin1Char('*'));
    pattern.m_minimumLength = 0;
    for (const QString &piece : std::as_const(pattern.m_pieces))
        pattern.m_minimumLength += piece.size();
    return pattern;
}

bool NamePattern::matches(QStringView name) const
{
    return matchesFolded(fold(name));
}

bool NamePattern::matchesFolded(QStringView folded) const
{
    if (m_pieces.size() == 1)
        return folded == QStringView(m_pieces.front());
    if (folded.size() < m_minimumLength)
        return false;
    // The first piece is anchored at the start, the last at the end; those between are found
    // left to right, each as early as possible, which finds a match whenever one exists.
    const QString &first = m_pieces.front();
    const QString &last = m_pieces.back();
    if (!folded.startsWith(first) || !folded.endsWith(last))
        return false;
    qsizetype from = first.size();
    const qsizetype end = folded.size() - last.size();
    for (qsizetype i = 1; i + 1 < m_pieces.size(); ++i) {
        const QString &piece = m_pieces.at(i);
        if (piece.isEmpty())
            continue;
        const qsizetype at = folded.left(end).indexOf(piece, from);
        if (at < 0)
            return false;
        from = at + piece.size();
    }
    return from <= end;
}
