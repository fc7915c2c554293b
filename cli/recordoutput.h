#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

class CommandErrors;
class CommandLine;
class Database;
class QCommandLineOption;

// How `events` and `agents` write their records (docs/cli.md): `--format json` an indented array
// of objects, `--format csv` RFC 4180 through the one CSV writer (formula-safe, UTF-8 with a
// byte-order mark) with the field names as its header. Every record has every field, in order.
class RecordOutput
{
    Q_DECLARE_TR_FUNCTIONS(RecordOutput)

public:
    static QCommandLineOption formatOption();
    // The format the command line asks for (`json` or `csv`); refuses another.
    static Result<RecordOutput> fromCommandLine(const CommandLine &line);

    // Writes `records` to standard output with `fields` as their keys and columns.
    Result<Done> write(const QStringList &fields, const QVector<QJsonObject> &records) const;

    // What `events` and `agents` do once their own options are read: the format the line asks
    // for, the store it names, the records `read` makes of it written with `fields`. The
    // command's exit code (2 for a wrong line or a store without its password, as
    // openExistingStore() says otherwise, 1 when reading or writing fails).
    using ReadRecords
        = std::function<Result<QVector<QJsonObject>>(const std::shared_ptr<Database> &)>;
    static int writeFromStore(const CommandLine &line, const CommandErrors &errors,
                              const QStringList &fields, const ReadRecords &read);

private:
    bool m_csv = false;
};
