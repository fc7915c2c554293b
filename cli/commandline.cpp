#include "commandline.h"

CommandLine::CommandLine(const QString &description, const QList<QCommandLineOption> &options,
                         const QString &storeHelp)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOptions(options);
    m_parser.addOptions(StoreOptions::commandLineOptions(storeHelp));
}

void CommandLine::setDescription(const QString &description)
{
    m_parser.setApplicationDescription(description);
}

void CommandLine::addPositional(const QString &name, const QString &help)
{
    m_parser.addPositionalArgument(name, help);
    m_takesPositionals = true;
}

Result<bool> CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return Result<bool>::failure(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help")))
        return true;
    if (!m_takesPositionals && !m_parser.positionalArguments().isEmpty())
        return Result<bool>::failure(
            tr("unexpected argument \"%1\"").arg(m_parser.positionalArguments().first()));
    return false;
}

QString CommandLine::valueOr(const QCommandLineOption &option, const QString &fallback) const
{
    return m_parser.isSet(option) ? m_parser.value(option) : fallback;
}

Result<int> CommandLine::integer(const QCommandLineOption &option, int minimum, int maximum,
                                 int fallback) const
{
    if (!m_parser.isSet(option))
        return fallback;
    return number(m_parser.value(option), option.names().first(), minimum, maximum);
}

Result<int> CommandLine::number(const QString &text, const QString &name, int minimum, int maximum)
{
    bool isNumber = false;
    const int value = text.toInt(&isNumber);
    if (!isNumber || value < minimum || value > maximum)
        return Result<int>::failure(tr("--%1 must be a number from %2 to %3, not \"%4\"")
                                        .arg(name)
                                        .arg(minimum)
                                        .arg(maximum)
                                        .arg(text));
    return value;
}

CommandErrors::CommandErrors(const QString &command)
    : m_prefix(QStringLiteral("osmgmt-cli %1: ").arg(command))
{ }

int CommandErrors::fail(int exitCode, const QString &message) const
{
    say(message);
    return exitCode;
}

void CommandErrors::say(const QString &message) const
{
    m_stream << m_prefix << message << '\n';
    m_stream.flush();
}

Result<OpenedStore, int> openExistingStore(const StoreOptions &options, const CommandErrors &errors,
                                           int noPassword)
{
    const Result<StoreConnection> store = options.connection();
    if (!store)
        return errors.fail(noPassword, store.error());
    Result<std::shared_ptr<Database>> database = options.open(store.value(), true);
    if (!database)
        return errors.fail(StoreOptions::isMissingFile(store.value()) ? 3 : 1, database.error());
    return OpenedStore { store.value(), std::move(database).value() };
}

Result<OpenedStore, int> openExistingStore(const CommandLine &line, const CommandErrors &errors,
                                           int noPassword)
{
    const Result<StoreOptions> options = line.store();
    if (!options)
        return errors.fail(2, options.error());
    return openExistingStore(options.value(), errors, noPassword);
}

std::optional<int> parseOrExit(CommandLine &line, const QStringList &arguments,
                               const CommandErrors &errors)
{
    const Result<bool> help = line.parse(arguments);
    if (!help)
        return errors.fail(2, help.error());
    if (help.value()) {
        QTextStream(stdout) << line.helpText();
        return 0;
    }
    return std::nullopt;
}
