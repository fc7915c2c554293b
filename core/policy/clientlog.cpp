#include "policy/clientlog.h"

#include <QCoreApplication>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ClientLog)
};

const QByteArray separator = QByteArrayLiteral("<;>");
constexpr qsizetype maxNameBytes = 1024; // an infection name, a category, a code
constexpr int virusFields = 7; // date, time, name, result, scan type, (no use), path
constexpr int webFields = 12;

template<typename T> Result<T> refuse(const QString &why)
{
    return Result<T>::failure(why);
}

// The logs are written by Windows programs in whatever code page; UTF-8 is read as such, and
// anything else is kept readable with U+FFFD for the bytes that are not UTF-8, never dropped.
QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// The fields of a line that ends with "<;>" (reference 004: every field is followed by it); a
// line without it was cut (a truncated file, a writer that has not finished).
Result<QList<QByteArray>> fieldsOf(const QByteArray &line)
{
    if (!line.endsWith(separator))
        return refuse<QList<QByteArray>>(Text::tr("it does not end with <;> (cut short?)"));
    QList<QByteArray> fields;
    qsizetype from = 0;
    const qsizetype end = line.size() - separator.size();
    while (from <= end) {
        qsizetype at = line.indexOf(separator, from);
        if (at < 0 || at > end)
            at = end;
        fields.append(line.mid(from, at - from));
        from = at + separator.size();
    }
    return fields;
}

std::optional<int> smallNumber(const QByteArray &field, int highest)
{
    if (field.isEmpty() || field.size() > 2)
        return std::nullopt;
    int value = 0;
    for (char c : field) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value <= highest ? std::optional<int>(value) : std::nullopt;
}

// Date YYYYMMDD and client local time HHMM (reference 004).
QString readWhen(const QByteArray &date, const QByteArray &time, Detection &detection)
{
    detection.date = QDate::fromString(QString::fromLatin1(date), QStringLiteral("yyyyMMdd"));
    if (date.size() != 8 || !detection.date.isValid())
        return Text::tr("the date \"%1\" is not YYYYMMDD").arg(text(date.left(16)));
    detection.time = QTime::fromString(QString::fromLatin1(time), QStringLiteral("HHmm"));
    if (time.size() != 4 || !detection.time.isValid())
        return Text::tr("the time \"%1\" is not HHMM").arg(text(time.left(16)));
    return {};
}

QString tooLong(const QByteArray &field, const QString &what)
{
    return field.size() > maxNameBytes
        ? Text::tr("the %1 is longer than %2 bytes").arg(what).arg(maxNameBytes)
        : QString();
}

} // namespace

Result<Detection> ClientLog::parseVirusLine(const QByteArray &line)
{
    const Result<QList<QByteArray>> fields = fieldsOf(line);
    if (!fields)
        return refuse<Detection>(fields.error());
    if (fields->size() < virusFields)
        return refuse<Detection>(
            Text::tr("%1 fields, not %2").arg(fields->size()).arg(virusFields));
    Detection detection;
    detection.source = Detection::Source::Virus;
    QString problem = readWhen(fields->at(0), fields->at(1), detection);
    if (!problem.isEmpty())
        return refuse<Detection>(problem);
    if (fields->at(2).isEmpty())
        return refuse<Detection>(Text::tr("the infection name is empty"));
    problem = tooLong(fields->at(2), Text::tr("infection name"));
    if (!problem.isEmpty())
        return refuse<Detection>(problem);
    detection.threat = text(fields->at(2));
    detection.result = smallNumber(fields->at(3), 25);
    if (!detection.result)
        return refuse<Detection>(Text::tr("the scan result \"%1\" is not a code 0-25")
                                     .arg(text(fields->at(3).left(16))));
    detection.scanType = smallNumber(fields->at(4), 4);
    if (!detection.scanType)
        return refuse<Detection>(
            Text::tr("the scan type \"%1\" is not 0-4").arg(text(fields->at(4).left(16))));
    // The path is the last field: a "<;>" in it (a file may be named so) made more fields,
    // which belong to the path.
    detection.path = text(fields->mid(virusFields - 1).join(separator));
    if (detection.path.isEmpty())
        return refuse<Detection>(Text::tr("the path is empty"));
    return detection;
}

Result<Detection> ClientLog::parseWebLine(const QByteArray &line)
{
    const Result<QList<QByteArray>> fields = fieldsOf(line);
    if (!fields)
        return refuse<Detection>(fields.error());
    if (fields->size() < webFields)
        return refuse<Detection>(Text::tr("%1 fields, not %2").arg(fields->size()).arg(webFields));
    Detection detection;
    detection.source = Detection::Source::Web;
    const QString problem = readWhen(fields->at(0), fields->at(1), detection);
    if (!problem.isEmpty())
        return refuse<Detection>(problem);
    detection.blockMode = smallNumber(fields->at(2), 1);
    if (!detection.blockMode)
        return refuse<Detection>(
            Text::tr("the block mode \"%1\" is not 0 or 1").arg(text(fields->at(2).left(16))));
    // The URL may hold "<;>": the eight fields after it are counted from the end.
    const qsizetype urlFields = fields->size() - (webFields - 1);
    detection.path = text(fields->mid(3, urlFields).join(separator));
    if (detection.path.isEmpty())
        return refuse<Detection>(Text::tr("the URL is empty"));
    const QList<QByteArray> rest = fields->mid(3 + urlFields);
    for (const QByteArray &field : rest) {
        const QString tooLongField = tooLong(field, Text::tr("field"));
        if (!tooLongField.isEmpty())
            return refuse<Detection>(tooLongField);
    }
    detection.groupCode = text(rest.at(0));
    detection.threat = text(rest.at(1));
    if (detection.threat.isEmpty())
        return refuse<Detection>(Text::tr("the group name is empty"));
    detection.policyId = text(rest.at(3));
    detection.credibilityScore = text(rest.at(5));
    detection.threshold = text(rest.at(7));
    return detection;
}

ClientLog::Parsed ClientLog::parse(Detection::Source source, const QByteArray &bytes, int firstLine)
{
    Parsed parsed;
    qsizetype from = 0;
    int number = firstLine;
    while (from < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', from);
        if (end < 0) {
            parsed.unfinishedBytes = bytes.size() - from;
            break;
        }
        QByteArray line = bytes.mid(from, qMin(end - from, maxLineBytes + 1));
        const qsizetype length = end - from;
        from = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        const int lineNumber = number++;
        if (line.isEmpty())
            continue;
        const Result<Detection> detection = length > maxLineBytes
            ? refuse<Detection>(Text::tr("longer than %1 bytes").arg(maxLineBytes))
            : source == Detection::Source::Virus ? parseVirusLine(line)
                                                 : parseWebLine(line);
        if (detection) {
            parsed.detections.append(*detection);
            continue;
        }
        ++parsed.malformedLines;
        if (parsed.problems.size() < maxProblems)
            parsed.problems.append(Text::tr("line %1: %2").arg(lineNumber).arg(detection.error()));
    }
    return parsed;
}
