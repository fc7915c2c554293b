#include "agentlink/agentcommand.h"
#include "agentlink/agentcommandclient.h"
#include "agentlink/agenttext.h"
#include "agentlink/agenttls.h"
#include "agentlink/handshake.h"
#include "identity/certificateauthority.h"

#include <QtTest>

// The status and command messages of protocol v1, the pattern versions of reference 004, and
// the client certificate check every command goes through.
class TestAgentCommand : public QObject
{
    Q_OBJECT

private slots:
    void patternVersionsDecodeAsReference004_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("decoded");
        // Reference 004's samples: the DWORD, read in decimal, is X.XXX.XX.
        QTest::newRow("virus pattern")
            << QStringLiteral("0x00083C34") << QStringLiteral("5.397.00");
        QTest::newRow("intellitrap exception")
            << QStringLiteral("7EF4") << QStringLiteral("0.325.00");
        QTest::newRow("intellitrap") << QStringLiteral("0x2A30") << QStringLiteral("0.108.00");
        QTest::newRow("spyware active monitoring")
            << QStringLiteral("0x102fc") << QStringLiteral("0.663.00");
        QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("0.000.00");
        QTest::newRow("largest") << QStringLiteral("0xFFFFFFFF") << QStringLiteral("42949.672.95");
    }
    // Reference 004's table gives each pattern its format: most X.XXX.XX, the Virus Cleanup
    // Template XXX (966), the Common Firewall Pattern XXXXX (10129).
    void patternVersionsDecodePerPattern()
    {
        QCOMPARE((PatternVersion { QStringLiteral("Virus Cleanup Template"), 0x3C6 }.decoded()),
                 QStringLiteral("966"));
        QCOMPARE((PatternVersion { QStringLiteral("Common Firewall Pattern"), 0x2791 }.decoded()),
                 QStringLiteral("10129"));
        QCOMPARE((PatternVersion { QStringLiteral("Common Firewall Pattern"), 42 }.decoded()),
                 QStringLiteral("00042"));
        QCOMPARE((PatternVersion { QStringLiteral("Virus Pattern File"), 0x83C34 }.decoded()),
                 QStringLiteral("5.397.00"));
        QCOMPARE((PatternVersion { QStringLiteral("Spyware Pattern File"), 0x3C6 }.decoded()),
                 QStringLiteral("0.009.66"));
    }
    void fileVersionsHaveTheirShape()
    {
        QVERIFY(isFileVersion(QStringLiteral("8.0.0.1257")));
        for (const char *text :
             { "", "8.0.1257", "8.0.0.1257.1", "8.0.0.x", "8..0.1257", " 8.0.0.1" })
            QVERIFY2(!isFileVersion(QLatin1String(text)), text);
    }
    void patternVersionsDecodeAsReference004()
    {
        QFETCH(QString, registry);
        QFETCH(QString, decoded);
        const Result<quint32> raw = parseHexDword(registry);
        QVERIFY2(raw.ok(), qPrintable(raw.error()));
        QCOMPARE(decodePatternVersion(*raw), decoded);
        QCOMPARE(parseHexDword(hexDword(*raw)).value(), *raw);
    }

    void notADword_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : { "", "0x", "5.397.00", "-1", "123456789", "0xG1", " " })
            QTest::newRow(text) << QString::fromLatin1(text);
    }
    void notADword()
    {
        QFETCH(QString, text);
        const Result<quint32> raw = parseHexDword(text);
        QVERIFY(!raw.ok());
        QVERIFY2(raw.error().contains(QStringLiteral("is not a hexadecimal DWORD")),
                 qPrintable(raw.error()));
    }

    void commandsRoundTrip()
    {
        const QByteArray pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        for (const AgentCommand &command :
             { AgentCommand::move(QStringLiteral("osm-new"), pem), AgentCommand::quarantine(),
               AgentCommand::release(), AgentCommand::startService(QStringLiteral("ntrtscan")),
               AgentCommand::warn(QStringLiteral("Install the updates.\nOr be quarantined.")) }) {
            const QJsonObject message = command.toMessage();
            QVERIFY(AgentCommand::isCommandType(message.value(QStringLiteral("type")).toString()));
            const Result<AgentCommand> parsed = AgentCommand::fromMessage(message);
            QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
            QCOMPARE(parsed->kind, command.kind);
            QCOMPARE(parsed->server, command.server);
            QCOMPARE(parsed->caPem, command.caPem);
            QCOMPARE(parsed->service, command.service);
            QCOMPARE(parsed->warning, command.warning);
        }
        QVERIFY(!AgentCommand::isCommandType(QStringLiteral("hello")));
        QVERIFY(!AgentCommand::isCommandType(QStringLiteral("status")));
    }

    void incompleteCommandsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("message");
        QTest::addColumn<QString>("error");
        const QString type = QStringLiteral("type");
        QTest::newRow("move without server")
            << QJsonObject { { type, QStringLiteral("move") },
                             { QStringLiteral("ca"), QStringLiteral("x") } }
            << QStringLiteral("move names no server");
        QTest::newRow("move without ca")
            << QJsonObject { { type, QStringLiteral("move") },
                             { QStringLiteral("server"), QStringLiteral("a") } }
            << QStringLiteral("move carries no CA certificate");
        QTest::newRow("start-service without service")
            << QJsonObject { { type, QStringLiteral("start-service") } }
            << QStringLiteral("start-service names no service");
        QTest::newRow("warn without message") << QJsonObject { { type, QStringLiteral("warn") } }
                                              << QStringLiteral("warn carries no message");
        QTest::newRow("warn with an escape sequence")
            << QJsonObject { { type, QStringLiteral("warn") },
                             { QStringLiteral("message"), QStringLiteral("a\x1b[2Jb") } }
            << QStringLiteral("warn: the message has control characters");
        QTest::newRow("warn too long")
            << QJsonObject { { type, QStringLiteral("warn") },
                             { QStringLiteral("message"), QString(2001, QLatin1Char('x')) } }
            << QStringLiteral("warn: the message is longer than 2000 characters");
        QTest::newRow("not a command") << QJsonObject { { type, QStringLiteral("reboot") } }
                                       << QStringLiteral("\"reboot\" is not a command");
    }
    void incompleteCommandsAreRefused()
    {
        QFETCH(QJsonObject, message);
        QFETCH(QString, error);
        const Result<AgentCommand> parsed = AgentCommand::fromMessage(message);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error(), error);
    }

    // Issue 14, point 4: the CVEs an agent misses, and the last warning its user read.
    void missingCvesAndTheLastWarningRoundTrip()
    {
        AgentStatus status = AgentStatus::healthyDefault();
        QVERIFY(!AgentStatus::fromJson(status.toJson())->missingCves); // absent stays absent
        status.missingCves = QStringList {};
        QCOMPARE(AgentStatus::fromJson(status.toJson())->missingCves, QStringList {});
        status.missingCves = QStringList { QStringLiteral("CVE-2026-0001") };
        status.lastWarning = LastWarning { QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC),
                                           QStringLiteral("Install the updates.") };
        const Result<AgentStatus> back = AgentStatus::fromJson(status.toJson());
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(*back, status);
        // Agent text: upper-cased, repeats dropped.
        QJsonObject json = status.toJson();
        json.insert(
            QStringLiteral("missingCves"),
            QJsonArray { QStringLiteral("cve-2026-0002"), QStringLiteral("CVE-2026-0002") });
        QCOMPARE(AgentStatus::fromJson(json)->missingCves,
                 QStringList { QStringLiteral("CVE-2026-0002") });
    }

    void badMissingCvesAreRefused_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("not an array") << QJsonValue(QStringLiteral("CVE-2026-0001"))
                                      << QStringLiteral("status.missingCves is missing");
        QTest::newRow("not an identifier")
            << QJsonValue(QJsonArray { QStringLiteral("CVE-2026-0001"), QStringLiteral("x") })
            << QStringLiteral("status.missingCves[1] is missing");
        QJsonArray tooMany;
        for (int i = 0; i <= maxMissingCves; ++i)
            tooMany.append(QStringLiteral("CVE-2026-%1").arg(10000 + i));
        QTest::newRow("too many") << QJsonValue(tooMany)
                                  << QStringLiteral("status.missingCves lists more than 10000");
    }
    void badMissingCvesAreRefused()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject json = AgentStatus::healthyDefault().toJson();
        json.insert(QStringLiteral("missingCves"), value);
        const Result<AgentStatus> parsed = AgentStatus::fromJson(json);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().startsWith(error), qPrintable(parsed.error()));
    }

    void statusRoundTrips()
    {
        AgentStatus status = AgentStatus::healthyDefault();
        status.services[2].running = false;
        status.quarantined = true;
        status.operatingSystem = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
        status.addresses = { QStringLiteral("192.0.2.2"), QStringLiteral("fd00::2") };
        const AgentIdentity identity { QStringLiteral("ws1"), QStringLiteral("osm-hq"),
                                       QStringLiteral("1.2.0"), QStringLiteral("Sales") };
        const QJsonObject message = statusMessage(identity, status);
        QCOMPARE(message.value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("patterns"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toString(),
                 QStringLiteral("5.397.00"));
        const Result<AgentReport> report = reportFromMessage(message);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->identity, identity);
        QCOMPARE(report->status, status);
    }

    // What the agent does not report stays absent through the wire: never read as a default.
    void unreportedHealthStaysAbsent()
    {
        AgentStatus status = AgentStatus::healthyDefault();
        status.antivirusOn.reset();
        status.firewall = FirewallState::Absent;
        status.noProgramUpgrade.reset();
        status.fileVersions.clear();
        status.lastScan = {};
        const QJsonObject wire = status.toJson();
        QVERIFY(!wire.contains(QStringLiteral("antivirus")));
        QCOMPARE(wire.value(QStringLiteral("firewall")).toString(), QStringLiteral("absent"));
        const Result<AgentStatus> read = AgentStatus::fromJson(wire);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(*read, status);
        QVERIFY(!read->antivirusOn.has_value());
        QVERIFY(!read->noProgramUpgrade.has_value());
        QVERIFY(!read->lastScan.isValid());
        status.firewall.reset();
        QCOMPARE(AgentStatus::fromJson(status.toJson()).value(), status);
    }

    // A status from an agent older than the health keys (no antivirus, noProgramUpgrade,
    // fileVersions) is read, those fields absent.
    void olderAgentsStatusIsRead()
    {
        const QJsonObject old = QJsonDocument::fromJson(R"({
            "installed": "2026-01-12T20:03:42Z",
            "services": [{"name": "tmlisten", "displayName": "OfficeScanNT Listener", "state": "running"}],
            "components": [], "patterns": [{"name": "Virus Pattern File", "raw": "0x00083C34", "version": "5.397.00"}],
            "patternDate": "20261120", "firewall": "off", "lastScan": "2026-11-22T03:00:00Z",
            "quarantined": false})")
                                    .object();
        const Result<AgentStatus> read = AgentStatus::fromJson(old);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY(read->firewall == FirewallState::Off);
        QVERIFY(!read->antivirusOn.has_value());
        QVERIFY(!read->noProgramUpgrade.has_value());
        QVERIFY(read->fileVersions.isEmpty());
        QCOMPARE(read->patternDate, QStringLiteral("20261120"));
    }

    void badStatusAnswersAreRefused()
    {
        QCOMPARE(reportFromMessage(errorMessage(QStringLiteral("busy"))).error(),
                 QStringLiteral("the agent refused the status request: busy"));
        QCOMPARE(reportFromMessage(helloMessage()).error(),
                 QStringLiteral("expected a status message, got \"hello\""));
        QJsonObject message = statusMessage({}, AgentStatus::healthyDefault());
        QJsonObject status = message.value(QStringLiteral("status")).toObject();
        status.insert(QStringLiteral("firewall"), 1);
        message.insert(QStringLiteral("status"), status);
        QCOMPARE(reportFromMessage(message).error(),
                 QStringLiteral("status.firewall is missing or of the wrong type"));
        status.insert(QStringLiteral("firewall"), QStringLiteral("on"));
        status.insert(QStringLiteral("antivirus"), true);
        message.insert(QStringLiteral("status"), status);
        QCOMPARE(reportFromMessage(message).error(),
                 QStringLiteral("status.antivirus is missing or of the wrong type"));
        status.insert(QStringLiteral("antivirus"), QStringLiteral("on"));
        status.insert(
            QStringLiteral("fileVersions"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("a") },
                                       { QStringLiteral("version"), QStringLiteral("8") } } });
        message.insert(QStringLiteral("status"), status);
        QCOMPARE(reportFromMessage(message).error(),
                 QStringLiteral("status.fileVersions[0] is missing or of the wrong type"));
    }

    void repliesBecomeOutcomes()
    {
        using Kind = CommandOutcome::Kind;
        AgentCommand release = AgentCommand::release();
        release.requestId = QStringLiteral("r1");
        const auto replied = [&release](const QJsonObject &reply) {
            return AgentCommandClient::outcomeOf({ AgentExchange::Ending::Replied, reply, {} },
                                                 release);
        };
        const QString id = release.requestId;
        CommandOutcome outcome
            = replied(doneMessage(QStringLiteral("release"), QStringLiteral("ok"), id));
        QCOMPARE(outcome.kind, Kind::Done);
        QCOMPARE(outcome.detail, QStringLiteral("ok"));
        outcome
            = replied(errorMessage(ErrorCode::refused, QStringLiteral("command refused: x"), id));
        QCOMPARE(outcome.kind, Kind::Refused);
        QCOMPARE(outcome.detail, QStringLiteral("command refused: x"));
        QCOMPARE(replied(errorMessage(ErrorCode::failed, QStringLiteral("no"), id)).kind,
                 Kind::Failed);
        outcome = replied(helloMessage());
        QCOMPARE(outcome.kind, Kind::ProtocolError);
        QCOMPARE(outcome.detail, QStringLiteral("expected \"done\" or \"error\", got \"hello\""));
        outcome = AgentCommandClient::outcomeOf(
            { AgentExchange::Ending::Unreachable, {}, QStringLiteral("refused") }, release);
        QCOMPARE(outcome.kind, Kind::Unreachable);
        QCOMPARE(outcome.detail, QStringLiteral("refused"));
    }

    // Issue 15: a `done` is believed only for the request it answers. A bare done (what a fake
    // agent, or one older than request ids, says) or one for another id or command is refused.
    void aDoneIsBelievedOnlyForItsRequest()
    {
        using Kind = CommandOutcome::Kind;
        AgentCommand quarantine = AgentCommand::quarantine();
        quarantine.requestId = QStringLiteral("9f1c");
        const auto replied = [&quarantine](const QJsonObject &reply) {
            return AgentCommandClient::outcomeOf({ AgentExchange::Ending::Replied, reply, {} },
                                                 quarantine);
        };
        QCOMPARE(replied(doneMessage(QStringLiteral("quarantine"), QStringLiteral("quarantined"),
                                     QStringLiteral("9f1c")))
                     .kind,
                 Kind::Done);
        CommandOutcome bare
            = replied(doneMessage(QStringLiteral("quarantine"), QStringLiteral("quarantined")));
        QCOMPARE(bare.kind, Kind::ProtocolError);
        QVERIFY2(bare.detail.contains(QStringLiteral("no request id")), qPrintable(bare.detail));
        QCOMPARE(replied(doneMessage(QStringLiteral("quarantine"), QStringLiteral("quarantined"),
                                     QStringLiteral("0000")))
                     .kind,
                 Kind::ProtocolError);
        QCOMPARE(replied(doneMessage(QStringLiteral("release"), QStringLiteral("released"),
                                     QStringLiteral("9f1c")))
                     .kind,
                 Kind::ProtocolError);
        // An error without the id (an old agent's "unknown request") is not believed either.
        QCOMPARE(replied(errorMessage(QStringLiteral("unknown request \"quarantine\""))).kind,
                 Kind::ProtocolError);
        // The id travels in the request.
        QCOMPARE(quarantine.toMessage().value(QStringLiteral("id")).toString(),
                 QStringLiteral("9f1c"));
        QCOMPARE(AgentCommand::fromMessage(quarantine.toMessage()).value().requestId,
                 QStringLiteral("9f1c"));
        QVERIFY(AgentCommand::newRequestId() != AgentCommand::newRequestId());
        QCOMPARE(AgentCommand::newRequestId().size(), 32);
    }

    // Issue 15: control characters in agent text never reach a terminal, log or audit entry.
    void agentTextLosesControlCharacters()
    {
        const QString hostile = QStringLiteral("ws\x1b[2J\x1b]0;pwned\x07\r\nroot\u202Etxt.exe");
        const QString clean = AgentText::printable(hostile);
        for (QChar c : clean)
            QVERIFY2(c.unicode() >= 0x20 && !(c.unicode() >= 0x7f && c.unicode() <= 0x9f)
                         && c.unicode() != 0x202e,
                     qPrintable(QString::number(c.unicode(), 16)));
        QVERIFY(clean.startsWith(QStringLiteral("ws")));
        QVERIFY(clean.contains(QStringLiteral("pwned")));
        QCOMPARE(AgentText::printable(clean), clean);

        AgentCommand release = AgentCommand::release();
        release.requestId = QStringLiteral("a");
        const CommandOutcome outcome = AgentCommandClient::outcomeOf(
            { AgentExchange::Ending::Replied,
              doneMessage(QStringLiteral("release"), hostile, QStringLiteral("a")),
              {} },
            release);
        QCOMPARE(outcome.detail, clean);
        AgentIdentity identity { hostile, QStringLiteral("osm\x1bhq"), hostile, hostile };
        const Result<AgentIdentity> read = identityFromMessage(identityMessage(identity));
        QCOMPARE(read->name, clean);
        QVERIFY(!read->server.contains(QChar(0x1b)));
        const Result<AgentReport> report
            = reportFromMessage(statusMessage(identity, AgentStatus::healthyDefault()));
        QCOMPARE(report->identity.domain, clean);
    }

    // Issue 13: the agent's clock travels in both status answers; agents older than it send
    // none, which still parses.
    void theAgentsClockIsOptionalInBothStatusAnswers()
    {
        const AgentIdentity identity { QStringLiteral("ws1"), QStringLiteral("osm-hq"),
                                       QStringLiteral("1.3.0"), QStringLiteral("Finance") };
        AgentStatus status = AgentStatus::healthyDefault();
        status.time = QDateTime(QDate(2026, 12, 3), QTime(9, 0, 1, 250), Qt::UTC);
        QCOMPARE(reportFromMessage(statusMessage(identity, status))->status.time, status.time);
        QJsonObject older = statusMessage(identity, AgentStatus::healthyDefault());
        QVERIFY(!older.value(QStringLiteral("status")).toObject().contains(QStringLiteral("time")));
        QVERIFY(!reportFromMessage(older)->status.time.isValid());
        QJsonObject fields = older.value(QStringLiteral("status")).toObject();
        fields.insert(QStringLiteral("time"), QStringLiteral("yesterday"));
        older.insert(QStringLiteral("status"), fields);
        QCOMPARE(reportFromMessage(older).error(),
                 QStringLiteral("status.time is missing or of the wrong type"));
        const QJsonObject reduced = reducedStatusMessage(identity, status.time);
        QCOMPARE(
            QDateTime::fromString(reduced.value(QStringLiteral("time")).toString(), Qt::ISODate),
            status.time.addMSecs(-250));
        QVERIFY(!reducedStatusMessage(identity).contains(QStringLiteral("time")));
    }

    // Issue 15, point 3: without the console's certificate an agent gives only its identity.
    void aReducedStatusIsNotAReport()
    {
        const AgentIdentity identity { QStringLiteral("ws1"), QStringLiteral("osm-hq"),
                                       QStringLiteral("1.3.0"), QStringLiteral("Finance") };
        const QJsonObject reduced = reducedStatusMessage(identity);
        QVERIFY(!reduced.contains(QStringLiteral("status")));
        QVERIFY(reportFromMessage(reduced).error().contains(QStringLiteral("only to a console")));
    }

    // Registration: the console issues the agent's certificate for the key the agent showed,
    // naming the address it reached; the agent's private key is never asked for.
    void agentCertificatesAreForThePresentedKeyAndAddress()
    {
        const CertificateAuthority hq
            = CertificateAuthority::create(QStringLiteral("osm-hq")).value();
        const Result<AgentTls::Credentials> agent = AgentTls::makeSelfSigned(QStringLiteral("ws1"));
        QVERIFY(agent.ok());
        AgentCommand registration = AgentCommand::registration(hq);
        QVERIFY(registration.certificatePem.isEmpty());
        const Result<AgentCommand> issued
            = registration.withAgentCertificate(agent->certificate, QStringLiteral("127.0.0.9"));
        QVERIFY2(issued.ok(), qPrintable(issued.error()));
        const QSslCertificate certificate(issued->certificatePem, QSsl::Pem);
        QVERIFY(!certificate.isNull());
        QVERIFY(verifyIssuedBy(certificate, hq.certificate(), CertificateUse::Server).ok());
        QVERIFY(!verifyIssuedBy(certificate, hq.certificate(), CertificateUse::Client).ok());
        QVERIFY(samePublicKey(certificate, agent->certificate));
        QVERIFY(certificateNamesAddress(certificate, QStringLiteral("127.0.0.9")));
        QVERIFY(!certificateNamesAddress(certificate, QStringLiteral("127.0.0.10")));
        const QJsonObject message = issued->toMessage();
        QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("register"));
        QCOMPARE(AgentCommand::fromMessage(message).value().certificatePem, issued->certificatePem);
        QVERIFY(!AgentCommand::fromMessage(
                     QJsonObject { { QStringLiteral("type"), QStringLiteral("register") } })
                     .ok());
    }

    void clientCertificatesAreCheckedAgainstThePinnedCaOnly()
    {
        const Result<CertificateAuthority> hq
            = CertificateAuthority::create(QStringLiteral("osm-hq"));
        const Result<CertificateAuthority> other
            = CertificateAuthority::create(QStringLiteral("osm-other"));
        QVERIFY(hq.ok() && other.ok());
        const auto issue = [](const CertificateAuthority &ca, CertificateUse use) {
            return ca.issue(QStringLiteral("console"), use, 30).value().certificate;
        };
        const QSslCertificate good = issue(*hq, CertificateUse::Client);
        QCOMPARE(AgentTls::verifyClientChain({ good }, hq->certificate()).value(),
                 QStringLiteral("console"));
        QCOMPARE(AgentTls::verifyClientChain({}, hq->certificate()).error(),
                 QStringLiteral("no client certificate"));
        const QSslCertificate foreign = issue(*other, CertificateUse::Client);
        QVERIFY(AgentTls::verifyClientChain({ foreign }, hq->certificate())
                    .error()
                    .startsWith(
                        QStringLiteral("certificate not issued by the registered server's CA")));
        // Sending the pinned CA along does not make a foreign leaf acceptable.
        QVERIFY(
            !AgentTls::verifyClientChain({ foreign, hq->certificate() }, hq->certificate()).ok());
        // Nor does sending the CA certificate itself, which any agent could pass around.
        QVERIFY(!AgentTls::verifyClientChain({ hq->certificate() }, hq->certificate()).ok());
        QVERIFY(
            AgentTls::verifyClientChain({ issue(*hq, CertificateUse::Server) }, hq->certificate())
                .error()
                .startsWith(QStringLiteral("certificate not made for a console")));
    }

    void onlyCaCertificatesCanBePinned()
    {
        const Result<CertificateAuthority> hq
            = CertificateAuthority::create(QStringLiteral("osm-hq"));
        QVERIFY(AgentTls::parseCaCertificate(hq->certificatePem()).ok());
        const Result<AgentTls::Credentials> leaf = AgentTls::makeSelfSigned(QStringLiteral("a"));
        QCOMPARE(AgentTls::parseCaCertificate(leaf->certificate.toPem()).error(),
                 QStringLiteral("the certificate is not a CA certificate"));
        QCOMPARE(AgentTls::parseCaCertificate("junk").error(),
                 QStringLiteral("expected one PEM certificate, found 0"));
    }
};

QTEST_GUILESS_MAIN(TestAgentCommand)
#include "tst_agentcommand.moc"
