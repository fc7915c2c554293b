#include "export/csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {

// OWASP, "CSV Injection": a spreadsheet treats a cell that begins with =, +, - or @ as a
// formula, and tab or carriage return at the start can hide such a start from a naive check; a
// formula from a hostile computer name (an agent reports its own) could run commands or leak data
// when the administrator opens the export. OWASP's advice is to prefix such a cell with a single
// quote, which the spreadsheet shows as text and does not evaluate.
bool startsLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(const QString &cell)
{
    for (QChar c : cell) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r')
            || c == QLatin1Char('\n'))
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
    Q_ASSERT(m_device);
}

QString CsvWriter::field(const QString &cell)
{
    QString text = startsLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
    if (!needsQuotes(text))
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &cells)
{
    if (!m_error.isEmpty())
        return;
    if (!m_started) {
        m_started = true;
        write(QByteArrayLiteral("\xEF\xBB\xBF"));
    }
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(cells.at(i));
    }
    line += QLatin1String("\r\n");
    write(line.toUtf8());
}

void CsvWriter::write(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return;
    if (m_device->write(bytes) != bytes.size()) {
        m_error = QCoreApplication::translate("CsvWriter", "cannot write the CSV data: %1")
                      .arg(m_device->errorString());
    }
}
