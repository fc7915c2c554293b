#include "health/healthevaluation.h"
#include "testclock.h"

#include <QtTest>

// The truth table of issue 12 (docs/health.md, "Evaluation"): each indicator on and off, old
// and new, with its datum missing; Untracked through settings that are off; overlapping
// settings; the default fallback; ages moved by the Clock.
class TestHealthEvaluation : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<TestClock> m_clock;

    static AppliesToTarget computer(const char *address, const char *name = "")
    {
        return { QLatin1String(address), QLatin1String(name), {} };
    }
    static HealthSettings targeting(const char *name, const char *range, bool enabled = true)
    {
        HealthSettings settings;
        settings.name = QLatin1String(name);
        settings.enabled = enabled;
        settings.appliesTo.ipv4Ranges.append(Ipv4Range::parse(QLatin1String(range)).value());
        return settings;
    }
    HealthState one(HealthIndicator which, const HealthSettings &settings,
                    const AgentStatus &status) const
    {
        return HealthEvaluation::indicator(which, settings, status, Clock::instance().now());
    }

private slots:
    void init()
    {
        m_clock = std::make_shared<TestClock>(at("2026-12-03T12:00:00Z"));
        Clock::setInstance(m_clock);
    }
    void cleanup() { Clock::setInstance(nullptr); }

    void onOffIndicators_data()
    {
        QTest::addColumn<int>("indicator");
        QTest::addColumn<int>("reported"); // 1 on, 0 off, -1 not reported, 2 absent (firewall)
        QTest::addColumn<bool>("disabledIsHealthy");
        QTest::addColumn<int>("expected");
        const int antivirus = int(HealthIndicator::Antivirus);
        const int firewall = int(HealthIndicator::Firewall);
        const int healthy = int(HealthState::Healthy);
        const int attention = int(HealthState::NeedsAttention);
        const int noData = int(HealthState::NoData);
        for (const auto &[indicator, label] :
             { std::pair { antivirus, "antivirus" }, std::pair { firewall, "firewall" } }) {
            QTest::addRow("%s on", label) << indicator << 1 << false << healthy;
            QTest::addRow("%s on, disabled is healthy", label) << indicator << 1 << true << healthy;
            QTest::addRow("%s off", label) << indicator << 0 << false << attention;
            QTest::addRow("%s off, disabled is healthy", label)
                << indicator << 0 << true << healthy;
            QTest::addRow("%s not reported", label) << indicator << -1 << false << noData;
            QTest::addRow("%s not reported, disabled is healthy", label)
                << indicator << -1 << true << noData;
        }
        QTest::newRow("firewall absent") << firewall << 2 << false << noData;
        QTest::newRow("firewall absent, disabled is healthy") << firewall << 2 << true << noData;
    }
    void onOffIndicators()
    {
        QFETCH(int, indicator);
        QFETCH(int, reported);
        QFETCH(bool, disabledIsHealthy);
        QFETCH(int, expected);
        AgentStatus status = AgentStatus::healthyDefault();
        HealthSettings settings = HealthSettings::defaults();
        if (HealthIndicator(indicator) == HealthIndicator::Antivirus) {
            settings.antivirusDisabledIsHealthy = disabledIsHealthy;
            status.antivirusOn = reported < 0 ? std::nullopt : std::optional<bool>(reported == 1);
        } else {
            settings.firewallDisabledIsHealthy = disabledIsHealthy;
            status.firewall = reported < 0 ? std::nullopt
                : reported == 2            ? std::optional(FirewallState::Absent)
                : reported == 1            ? std::optional(FirewallState::On)
                                           : std::optional(FirewallState::Off);
        }
        QCOMPARE(int(one(HealthIndicator(indicator), settings, status)), expected);
    }

    void ageIndicators_data()
    {
        QTest::addColumn<int>("indicator");
        QTest::addColumn<QString>("when"); // a scan time, or a pattern date; empty: not reported
        QTest::addColumn<int>("withinDays");
        QTest::addColumn<int>("expected");
        const int scan = int(HealthIndicator::AntivirusScan);
        const int definitions = int(HealthIndicator::VirusDefinitions);
        const int healthy = int(HealthState::Healthy);
        const int attention = int(HealthState::NeedsAttention);
        const int noData = int(HealthState::NoData);
        QTest::newRow("scan new") << scan << "2026-11-30T03:00:00Z" << 7 << healthy;
        QTest::newRow("scan exactly 7 days") << scan << "2026-11-26T12:00:00Z" << 7 << healthy;
        QTest::newRow("scan a second over 7 days")
            << scan << "2026-11-26T11:59:59Z" << 7 << attention;
        QTest::newRow("scan old") << scan << "2026-11-01T03:00:00Z" << 7 << attention;
        QTest::newRow("scan old, within 60 days")
            << scan << "2026-11-01T03:00:00Z" << 60 << healthy;
        QTest::newRow("scan not reported") << scan << "" << 7 << noData;
        QTest::newRow("definitions new") << definitions << "20261201" << 7 << healthy;
        QTest::newRow("definitions old") << definitions << "20261120" << 7 << attention;
        QTest::newRow("definitions old, within 30 days")
            << definitions << "20261120" << 30 << healthy;
        QTest::newRow("definitions not reported") << definitions << "" << 7 << noData;
    }
    void ageIndicators()
    {
        QFETCH(int, indicator);
        QFETCH(QString, when);
        QFETCH(int, withinDays);
        QFETCH(int, expected);
        AgentStatus status = AgentStatus::healthyDefault();
        HealthSettings settings = HealthSettings::defaults();
        if (HealthIndicator(indicator) == HealthIndicator::AntivirusScan) {
            settings.antivirusScanWithinDays = withinDays;
            status.lastScan = when.isEmpty() ? QDateTime() : at(qPrintable(when));
        } else {
            settings.virusDefinitionsWithinDays = withinDays;
            status.patternDate = when;
        }
        QCOMPARE(int(one(HealthIndicator(indicator), settings, status)), expected);
    }

    void serviceIndicator()
    {
        HealthSettings settings = HealthSettings::defaults();
        AgentStatus status = AgentStatus::healthyDefault();
        QCOMPARE(one(HealthIndicator::Service, settings, status), HealthState::Healthy);
        status.services[1].running = false;
        QCOMPARE(one(HealthIndicator::Service, settings, status), HealthState::NeedsAttention);
        settings.serviceEnabled = false;
        QCOMPARE(one(HealthIndicator::Service, settings, status), HealthState::Untracked);
        settings.serviceEnabled = true;
        status.services.clear();
        QCOMPARE(one(HealthIndicator::Service, settings, status), HealthState::NoData);
    }

    // Ages come from the Clock: the same report turns old as the clock moves.
    void agesFollowTheClock()
    {
        const HealthEvaluation evaluation { HealthSettingsList() };
        AgentStatus status = AgentStatus::healthyDefault();
        status.lastScan = at("2026-12-01T00:00:00Z");
        status.patternDate = QStringLiteral("20261201");
        const AppliesToTarget target = computer("127.0.0.5");
        HealthVerdict verdict = evaluation.evaluate(target, status, Clock::instance().now());
        QCOMPARE(verdict.overall, HealthState::Healthy);
        m_clock->advance(8 * 24 * 3600);
        verdict = evaluation.evaluate(target, status, Clock::instance().now());
        QCOMPARE(verdict.state(HealthIndicator::AntivirusScan), HealthState::NeedsAttention);
        QCOMPARE(verdict.state(HealthIndicator::VirusDefinitions), HealthState::NeedsAttention);
        QCOMPARE(verdict.state(HealthIndicator::Antivirus), HealthState::Healthy);
        QCOMPARE(verdict.overall, HealthState::NeedsAttention);
    }

    void overallState()
    {
        using S = HealthState;
        QCOMPARE(HealthEvaluation::overall(
                     { S::Healthy, S::NoData, S::NeedsAttention, S::Healthy, S::Untracked }),
                 S::NeedsAttention);
        QCOMPARE(HealthEvaluation::overall(
                     { S::NoData, S::NoData, S::Healthy, S::NoData, S::Untracked }),
                 S::Healthy);
        QCOMPARE(
            HealthEvaluation::overall({ S::NoData, S::NoData, S::NoData, S::NoData, S::Untracked }),
            S::NoData);
    }

    void noReportIsNoDataEverywhere()
    {
        const HealthEvaluation evaluation { HealthSettingsList() };
        const HealthVerdict verdict
            = evaluation.evaluate(computer("127.0.0.5"), std::nullopt, Clock::instance().now());
        QCOMPARE(verdict.overall, HealthState::NoData);
        for (HealthState state : verdict.indicators)
            QCOMPARE(state, HealthState::NoData);
        QCOMPARE(verdict.settings, HealthSettings::defaultName());
    }

    void defaultsEvaluateWhatNoOtherSettingsTarget()
    {
        const HealthEvaluation evaluation { HealthSettingsList(
            { HealthSettings::defaults(), targeting("Lab servers", "127.79.0.64-127.79.0.79") }) };
        AgentStatus status = AgentStatus::healthyDefault();
        status.antivirusOn = false;
        const HealthVerdict outside
            = evaluation.evaluate(computer("127.79.0.5"), status, Clock::instance().now());
        QCOMPARE(outside.settings, HealthSettings::defaultName());
        QVERIFY(outside.conflicts.isEmpty());
        QCOMPARE(outside.overall, HealthState::NeedsAttention);
        const HealthVerdict inside
            = evaluation.evaluate(computer("127.79.0.70"), status, Clock::instance().now());
        QCOMPARE(inside.settings, QStringLiteral("Lab servers"));
        QVERIFY(inside.conflicts.isEmpty());
    }

    // Settings that are off make their targets Untracked: not evaluated, and not by the
    // defaults either. Defaults that are off leave every other computer Untracked.
    void settingsThatAreOffMakeTheirTargetsUntracked()
    {
        HealthSettings defaults = HealthSettings::defaults();
        const HealthEvaluation evaluation { HealthSettingsList(
            { defaults, targeting("Retired", "127.79.0.64-127.79.0.79", false) }) };
        AgentStatus status = AgentStatus::healthyDefault();
        status.antivirusOn = false;
        status.services[0].running = false;
        const HealthVerdict verdict
            = evaluation.evaluate(computer("127.79.0.70"), status, Clock::instance().now());
        QCOMPARE(verdict.overall, HealthState::Untracked);
        QCOMPARE(verdict.settings, QStringLiteral("Retired"));
        for (HealthState state : verdict.indicators)
            QCOMPARE(state, HealthState::Untracked);
        QCOMPARE(verdict.stoppedServices, QStringList { QStringLiteral("tmlisten") });

        defaults.enabled = false;
        const HealthEvaluation off { HealthSettingsList({ defaults }) };
        QCOMPARE(off.evaluate(computer("127.0.0.9"), status, Clock::instance().now()).overall,
                 HealthState::Untracked);
    }

    // Several settings target one computer: the oldest evaluates it, and the warning names all.
    void overlappingSettingsTheOldestDecides()
    {
        HealthSettings lenient = targeting("Lab servers", "127.79.0.64-127.79.0.79");
        lenient.antivirusDisabledIsHealthy = true;
        HealthSettings strict = targeting("Web", "127.79.0.70-127.79.0.90");
        HealthSettings named;
        named.name = QStringLiteral("ws-70");
        named.appliesTo.computers = { QStringLiteral("WS-70") };
        AgentStatus status = AgentStatus::healthyDefault();
        status.antivirusOn = false;
        for (const bool reversed : { false, true }) {
            const QVector<HealthSettings> list = reversed
                ? QVector<HealthSettings> { HealthSettings::defaults(), strict, named, lenient }
                : QVector<HealthSettings> { HealthSettings::defaults(), lenient, strict, named };
            const HealthEvaluation evaluation { HealthSettingsList(list) };
            const HealthVerdict verdict = evaluation.evaluate(computer("127.79.0.70", "ws-70"),
                                                              status, Clock::instance().now());
            const QString oldest = reversed ? strict.name : lenient.name;
            QCOMPARE(verdict.settings, oldest);
            QCOMPARE(verdict.conflicts.size(), 3);
            QCOMPARE(verdict.conflicts.first(), oldest);
            QCOMPARE(verdict.state(HealthIndicator::Antivirus),
                     reversed ? HealthState::NeedsAttention : HealthState::Healthy);
        }
    }

    void keys()
    {
        QCOMPARE(HealthKeys::of(HealthState::NeedsAttention), QStringLiteral("needs-attention"));
        QCOMPARE(HealthKeys::of(HealthIndicator::VirusDefinitions),
                 QStringLiteral("virusDefinitions"));
        QCOMPARE(HealthKeys::stateFromKey(QStringLiteral("no-data")),
                 std::optional(HealthState::NoData));
        QVERIFY(!HealthKeys::stateFromKey(QStringLiteral("fine")));
    }
};

QTEST_GUILESS_MAIN(TestHealthEvaluation)
#include "tst_healthevaluation.moc"
