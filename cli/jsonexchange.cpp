#include "jsonexchange.h"

#include "wholefile.h"

void JsonExchange::addArguments(CommandLine &line)
{
    line.addPositional(QStringLiteral("export|import"), tr("What to do."));
    line.addPositional(QStringLiteral("FILE"), tr("The settings file."));
}

Result<JsonExchange, int> JsonExchange::open(CommandLine &line, const QStringList &arguments,
                                             const CommandErrors &errors)
{
    if (const std::optional<int> exit = parseOrExit(line, arguments, errors))
        return Result<JsonExchange, int>::failure(*exit);
    const QStringList words = line.positionalArguments();
    const QString verb = words.value(0);
    if (words.size() != 2 || (verb != QLatin1String("export") && verb != QLatin1String("import")))
        return Result<JsonExchange, int>::failure(
            errors.fail(2, tr("expected \"export FILE\" or \"import FILE\"")));
    Result<OpenedStore, int> store = openExistingStore(line, errors, 1);
    if (!store)
        return Result<JsonExchange, int>::failure(store.error());
    return JsonExchange { verb == QLatin1String("import"), words.at(1), std::move(*store) };
}

int JsonExchange::write(const QJsonObject &settings, const CommandErrors &errors) const
{
    const Result<Done> written = WholeFile::writeJson(path, settings);
    return written ? 0 : errors.fail(1, written.error());
}

Result<QJsonObject, int> JsonExchange::read(const CommandErrors &errors) const
{
    const Result<QByteArray> bytes = WholeFile::read(path);
    if (!bytes)
        return Result<QJsonObject, int>::failure(errors.fail(1, bytes.error()));
    const Result<QJsonObject> document = WholeFile::parseObject(path, *bytes);
    if (!document)
        return Result<QJsonObject, int>::failure(errors.fail(2, document.error()));
    return *document;
}

int JsonExchange::refuse(const QString &why, const CommandErrors &errors) const
{
    return errors.fail(2, tr("%1 was refused, nothing was changed: %2").arg(path, why));
}
