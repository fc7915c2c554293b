#include "policycommand.h"

#include "commandline.h"
#include "commandsend.h"
#include "recordoutput.h"
#include "wholefile.h"

#include "agentlink/agenttext.h"
#include "common/clock.h"
#include "quarantine/policypreview.h"
#include "quarantine/policystore.h"
#include "secrets/consolecredentials.h"
#include "secrets/identityfiles.h"
#include "settings/settings.h"

#include <QHostAddress>
#include <QTextStream>

namespace {
QCommandLineOption policyOption()
{
    return QCommandLineOption(QStringLiteral("policy"),
                              PolicyCommand::tr("The policy (its name, any case)."),
                              PolicyCommand::tr("NAME"));
}
QCommandLineOption addressOption()
{
    return QCommandLineOption(QStringLiteral("address"),
                              PolicyCommand::tr("exclude: the computer's address."),
                              PolicyCommand::tr("A"));
}
QCommandLineOption reasonOption()
{
    return QCommandLineOption(QStringLiteral("reason"),
                              PolicyCommand::tr("exclude: why it is excluded."),
                              PolicyCommand::tr("TEXT"));
}
QCommandLineOption untilOption()
{
    return QCommandLineOption(
        QStringLiteral("until"),
        PolicyCommand::tr("exclude: the last day (UTC, YYYY-MM-DD) the exclusion applies; "
                          "without it, it does not expire."),
        PolicyCommand::tr("DATE"));
}
} // namespace

int PolicyCommand::run(const QStringList &arguments)
{
    const CommandErrors errors(QStringLiteral("policy"));
    CommandLine line(
        tr("export FILE: writes the CVE compliance quarantine policies as JSON (\"-\": standard "
           "output). import FILE: replaces them with the file's, refusing the whole file when "
           "any field is wrong (audited). exclude: adds a computer to a policy's exclusions and "
           "releases it when that policy had quarantined it (audited). preview: the computers "
           "each policy, as if on, would put in pending or quarantine now (docs/policies.md)."),
        { policyOption(), addressOption(), reasonOption(), untilOption(),
          RecordOutput::formatOption() },
        tr("The store whose policies to use."));
    line.addPositional(QStringLiteral("export|import|exclude|preview"), tr("What to do."));
    line.addPositional(QStringLiteral("[FILE]"), tr("export and import: the policy file."));
    if (const std::optional<int> exit = parseOrExit(line, arguments, errors))
        return *exit;
    const QStringList words = line.positionalArguments();
    const QString verb = words.value(0);
    const bool withFile = verb == QLatin1String("export") || verb == QLatin1String("import");
    const bool withoutFile = verb == QLatin1String("exclude") || verb == QLatin1String("preview");
    if ((withFile && words.size() != 2) || (withoutFile && words.size() != 1)
        || (!withFile && !withoutFile))
        return errors.fail(2,
                           tr("expected \"export FILE\", \"import FILE\", \"exclude\" or "
                              "\"preview\""));
    if (verb == QLatin1String("preview"))
        return preview(line, errors);
    const Result<OpenedStore, int> store = openExistingStore(line, errors, 2);
    if (!store)
        return store.error();
    if (verb == QLatin1String("export"))
        return exportDocument(*store, words.at(1), errors);
    if (verb == QLatin1String("import"))
        return importDocument(*store, words.at(1), errors);
    return exclude(line, *store, errors);
}

int PolicyCommand::exportDocument(const OpenedStore &store, const QString &path,
                                  const CommandErrors &errors)
{
    const Result<PolicyDocument> document = PolicyStore(store.database).load();
    if (!document)
        return errors.fail(1, document.error());
    const Result<Done> written = WholeFile::writeJson(path, document->toJson());
    return written ? 0 : errors.fail(1, written.error());
}

int PolicyCommand::importDocument(const OpenedStore &store, const QString &path,
                                  const CommandErrors &errors)
{
    const Result<QByteArray> bytes = WholeFile::read(path);
    if (!bytes)
        return errors.fail(1, bytes.error());
    const Result<QJsonObject> object = WholeFile::parseObject(path, *bytes);
    if (!object)
        return errors.fail(2, object.error());
    const Result<PolicyDocument> document = PolicyDocument::fromJson(*object);
    if (!document)
        // The file's text is data: a name with control characters reaches no terminal.
        return errors.fail(
            2,
            AgentText::printable(
                tr("%1 was refused, nothing was changed: %2").arg(path, document.error())));
    const Result<Done> saved = PolicyStore(store.database).import(*document, path);
    if (!saved)
        return errors.fail(1, saved.error());
    QTextStream(stdout) << tr("quarantine policies imported: %n", nullptr,
                              int(document->policies.size()))
                        << '\n';
    return 0;
}

int PolicyCommand::exclude(const CommandLine &line, const OpenedStore &store,
                           const CommandErrors &errors)
{
    for (const QCommandLineOption &required : { policyOption(), addressOption(), reasonOption() }) {
        if (line.value(required).trimmed().isEmpty())
            return errors.fail(2, tr("exclude needs --%1").arg(required.names().first()));
    }
    const QHostAddress address(line.value(addressOption()).trimmed());
    if (address.isNull())
        return errors.fail(2,
                           tr("--address: \"%1\" is not an address")
                               .arg(AgentText::printable(line.value(addressOption()))));
    PolicyExclusion exclusion { address.toString(), line.value(reasonOption()).trimmed(), {} };
    if (line.isSet(untilOption())) {
        exclusion.until = QDate::fromString(line.value(untilOption()), Qt::ISODate);
        if (!exclusion.until.isValid())
            return errors.fail(2, tr("--until: not a date such as 2027-01-31"));
    }
    const PolicyStore policies(store.database);
    const Result<bool> release
        = policies.exclude(line.value(policyOption()), exclusion, exclusion.computer);
    if (!release)
        return errors.fail(1, AgentText::printable(release.error()));
    QTextStream out(stdout);
    out << tr("%1 excluded from policy %2")
               .arg(exclusion.computer, AgentText::printable(line.value(policyOption())))
        << '\n';
    if (!*release)
        return 0;
    // Released through the action layer, as an administrator's release is (audited).
    const Result<QVector<ComputerFacts>> facts = policies.facts();
    if (!facts)
        return errors.fail(1, facts.error());
    const auto computer = std::find_if(facts->cbegin(), facts->cend(), [&](const auto &c) {
        return c.address == exclusion.computer;
    });
    if (computer == facts->cend())
        return errors.fail(1,
                           tr("%1 is not an agent of this server in the store: release it "
                              "with osmgmt-cli release")
                               .arg(exclusion.computer));
    ConsoleCredentials console(IdentityFiles::serverCertificate(Settings::dataDirectory()),
                               Settings::serverName());
    const Result<AgentTls::Credentials> credentials = console.current();
    if (!credentials)
        return errors.fail(1, credentials.error());
    QTextStream err(stderr);
    return sendToAgents(AgentCommand::release(),
                        { { computer->address, computer->port, computer->name, QString() } },
                        *credentials, store.connection, 10000, out, err);
}

int PolicyCommand::preview(const CommandLine &line, const CommandErrors &errors)
{
    const QString only = line.value(policyOption());
    return RecordOutput::writeFromStore(
        line, errors, PolicyPreview::fields(),
        [only](const std::shared_ptr<Database> &database) -> Result<QVector<QJsonObject>> {
            using R = Result<QVector<QJsonObject>>;
            const PolicyStore store(database);
            const Result<PolicyDocument> document = store.load();
            if (!document)
                return R::failure(document.error());
            if (!only.isEmpty() && !document->find(only))
                return R::failure(tr("there is no quarantine policy named %1").arg(only));
            const Result<QVector<ComputerFacts>> facts = store.facts();
            if (!facts)
                return R::failure(facts.error());
            const Result<QHash<QString, QVector<PolicyStanding>>> standings = store.standings();
            if (!standings)
                return R::failure(standings.error());
            QVector<QJsonObject> records;
            for (const QuarantinePolicy &policy : document->policies) {
                if (!only.isEmpty() && policy.name.compare(only, Qt::CaseInsensitive) != 0)
                    continue;
                for (const PreviewEntry &entry :
                     PolicyPreview::of(policy, *facts, *standings, Clock::instance().now().toUTC()))
                    records.append(PolicyPreview::record(entry));
            }
            return records;
        });
}
