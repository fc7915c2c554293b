#pragma once

#include "common/result.h"
#include "storeoptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

// The preamble every osmgmt-cli command shares (docs/cli.md): a parser with --help, the
// command's own options and the store's, one refusal of stray arguments, one check of a number
// in a range. The commands keep only what is theirs: their options and what they mean.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // `storeHelp` says what the command does with the store ("The store to watch.").
    CommandLine(const QString &description, const QList<QCommandLineOption> &options,
                const QString &storeHelp);

    void setDescription(const QString &description);
    // A word the command expects after its name ("verify"); without any, every word there is
    // refused as an unexpected argument.
    void addPositional(const QString &name, const QString &help);

    // Parses `arguments` (the command's name first): true when --help was asked for, which the
    // caller answers before it checks anything else; a failure says what is wrong.
    Result<bool> parse(const QStringList &arguments);

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    // The option's value when it was given, `fallback` (the console's setting) otherwise.
    QString valueOr(const QCommandLineOption &option, const QString &fallback) const;
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    // An option's whole number in [minimum, maximum], `fallback` when it was not given.
    Result<int> integer(const QCommandLineOption &option, int minimum, int maximum,
                        int fallback) const;
    // `text` as a whole number in [minimum, maximum]; a refusal names it "--`name`".
    static Result<int> number(const QString &text, const QString &name, int minimum, int maximum);
    // The store the options name (StoreOptions::fromParser).
    Result<StoreOptions> store() const { return StoreOptions::fromParser(m_parser); }
    QString helpText() const { return m_parser.helpText(); }

private:
    QCommandLineParser m_parser;
    bool m_takesPositionals = false;
};

// What a command says on standard error: "osmgmt-cli COMMAND: what is wrong", each line flushed
// at once so that it keeps its place among the lines of standard output.
class CommandErrors
{
public:
    explicit CommandErrors(const QString &command);

    // Says `message` and gives back the exit code to return with it.
    int fail(int exitCode, const QString &message) const;
    void say(const QString &message) const;

private:
    QString m_prefix;
    mutable QTextStream m_stream { stderr };
};

// The first step of a command that parses its own `line`: std::nullopt to go on, or the exit
// code to return at once: 0 once the line's help is written, 2 once what is wrong is said.
std::optional<int> parseOrExit(CommandLine &line, const QStringList &arguments,
                               const CommandErrors &errors);

// The first step of an Options::parse: `line` parsed into `options`; std::nullopt to go on
// reading the line, or the answer at once: `options` when help is asked for, or what is wrong.
template<typename Options>
std::optional<Result<Options>> parseOptionsLine(CommandLine &line, const QStringList &arguments,
                                                Options &options)
{
    const Result<bool> help = line.parse(arguments);
    if (!help)
        return Result<Options>::failure(help.error());
    options.helpRequested = help.value();
    if (options.helpRequested)
        return Result<Options>(options);
    return std::nullopt;
}

// The first step of `query`, `results` and the actions: `parsed` (Options::parse) to run with,
// or the exit code to return at once: 0 once `helpText` is written, 2 once what is wrong is said.
template<typename Options>
Result<Options, int> optionsToRun(Result<Options> parsed, const QString &helpText,
                                  const CommandErrors &errors)
{
    if (!parsed)
        return errors.fail(2, parsed.error());
    if (parsed->helpRequested) {
        QTextStream(stdout) << helpText;
        return 0;
    }
    return std::move(parsed).value();
}

// A store that a command reads, opened, with the connection it was opened with.
struct OpenedStore
{
    StoreConnection connection;
    std::shared_ptr<Database> database;
};

// Opens the store a command reads; it must exist, so that a mistyped path does not look like
// an empty store. On failure, said through `errors`, the exit code: `noPassword` when the
// store's password cannot be had, 3 when its SQLite file does not exist, 1 otherwise.
Result<OpenedStore, int> openExistingStore(const StoreOptions &options, const CommandErrors &errors,
                                           int noPassword);
// The same for the store the command line names (its store options; 2 when they are wrong).
Result<OpenedStore, int> openExistingStore(const CommandLine &line, const CommandErrors &errors,
                                           int noPassword);
