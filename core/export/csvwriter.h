#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 CSV for spreadsheets: CRLF line ends, a field that holds a comma, a quote, CR
// or LF in quotes with its quotes doubled, UTF-8 behind a byte-order mark (without it Excel reads
// the file in the system code page and garbles Japanese names), and cells that a spreadsheet
// would run as a formula neutralised (see field()).
class CsvWriter
{
public:
    // The device must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice *device);

    // Writes one record; the first one is preceded by the byte-order mark. After a failure
    // nothing more is written.
    void writeRow(const QStringList &cells);
    // The first write failure, or an empty string.
    QString error() const { return m_error; }

    // One cell as it appears in the file: neutralised, then quoted where RFC 4180 needs it.
    static QString field(const QString &cell);

private:
    void write(const QByteArray &bytes);

    QIODevice *m_device;
    bool m_started = false;
    QString m_error;
};
