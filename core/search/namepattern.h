#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

// A computer or server name as the administrator types it in a search. The manual (reference
// 000, "Query Result"): "OfficeScan will not return a result if the name is incomplete. Use the
// wildcard character (*) if unsure of the complete name." So a name without `*` matches the
// whole name only; `*` matches any run of characters, empty included, anywhere. Matching ignores
// case, for every script: both sides are compared in Unicode simple case folding
// (QString::toCaseFolded), so "ＰＣ" finds "ｐｃ" and "ÄRZTE" finds "ärzte" (a one-to-many
// folding such as ß/SS is not applied).
//
// Compiled once into literal pieces: matching is a few QStringView searches, no regular
// expression per row, so a million names take milliseconds.
class NamePattern
{
    Q_DECLARE_TR_FUNCTIONS(NamePattern)

public:
    // Matches every name ("*"); exists so patterns can live in containers.
    NamePattern();

    // Refuses an empty pattern (it would match nothing, which no one means to ask). Spaces at
    // either end are dropped: they come from copying names out of tables.
    static Result<NamePattern> parse(const QString &text);
    // The case folding the pattern compares in; fold a column once, then use matchesFolded().
    static QString fold(QStringView name) { return name.toString().toCaseFolded(); }

    bool matches(QStringView name) const;
    // `folded` must be fold() of the name.
    bool matchesFolded(QStringView folded) const;

    bool hasWildcard() const { return m_pieces.size() > 1; }
    // As typed (trimmed).
    QString toString() const { return m_text; }

    bool operator==(const NamePattern &other) const { return m_text == other.m_text; }
    bool operator!=(const NamePattern &other) const { return !(*this == other); }

private:
    QString m_text;
    // The folded literal runs between the stars: "a*b*" is {"a", "b", ""}; no star: one piece.
    QStringList m_pieces;
    qsizetype m_minimumLength = 0; // the sum of the pieces' lengths
};
