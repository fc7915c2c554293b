#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// A strict RFC 4180 reader for the tests, written apart from CsvWriter so that the writer is
// checked against the RFC and not against itself: records end with CRLF, a quoted field may hold
// anything with "" for a quote, an unquoted one holds no quote, CR or LF. Anything else, and a
// missing final CRLF, is malformed (nullopt). `bytes` must not carry the byte-order mark.
inline std::optional<QVector<QStringList>> readRfc4180(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QVector<QStringList> records;
    QStringList record;
    qsizetype i = 0;
    while (i < text.size()) {
        QString field;
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= text.size())
                    return std::nullopt; // unterminated quote
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < text.size() && text.at(i) != QLatin1Char(',')
                   && text.at(i) != QLatin1Char('\r')) {
                if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\n'))
                    return std::nullopt;
                field += text.at(i++);
            }
        }
        record << field;
        if (i < text.size() && text.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (text.mid(i, 2) != QLatin1String("\r\n"))
            return std::nullopt; // text after a closing quote, a bare CR, or no final CRLF
        i += 2;
        records << record;
        record.clear();
    }
    return records;
}
