#pragma once

#include "common/result.h"
#include "policy/detection.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

// The two client logs of reference 004, table 3, whose fields are separated by "<;>":
//
//   pcent35.log  date<;>time<;>infection name<;>result<;>scan type<;>(no use)<;>path<;>
//                20080701<;>1059<;>Eicar_test_file<;>10<;>1<;>0<;>C:\...\eicar.com<;>
//   OfcUrlf.log  date<;>time<;>block mode<;>URL<;>group code<;>group name<;>credibility
//                rating<;>policy ID<;>application<;>credibility score<;>URL's IP<;>threshold<;>
//                20080613<;>1641<;>0<;>http://www.proxify.com/<;>0B<;>Hacking / Proxy
//                Avoidance<;>1<;>2<;><;>49<;><;>70<;>
//
// A line is data from the endpoint (a user may write the log): it is checked field by field, a
// malformed one is counted and said why, never fatal, and nothing in it is trusted to be
// printable (AgentText::printable() shows it).
namespace ClientLog {

// What one read of a log found.
struct Parsed
{
    QVector<Detection> detections; // in the order of the file
    int malformedLines = 0;
    QStringList problems; // the first few malformed lines, why ("line 3: ..."), in words
    // Bytes after the last line end: an unfinished line the writer has not ended yet. Not
    // counted as malformed; the next read starts at it.
    qsizetype unfinishedBytes = 0;
};

// The longest line read; a longer one is malformed (a 1 MB line is not a log line).
inline constexpr qsizetype maxLineBytes = 32 * 1024;
// How many problems are kept in words; every one is counted.
inline constexpr int maxProblems = 10;

Result<Detection> parseVirusLine(const QByteArray &line);
Result<Detection> parseWebLine(const QByteArray &line);
// Every complete line of `bytes` (LF or CRLF ends; empty lines skipped). `firstLine` numbers the
// first line in the problems.
Parsed parse(Detection::Source source, const QByteArray &bytes, int firstLine = 1);
} // namespace ClientLog
