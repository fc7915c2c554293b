#pragma once

#include "common/result.h"
#include "endpoint/appliesto.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

// One named group of health evaluation settings (reference 001, "Configure the evaluation of SEP
// agent health"; docs/health.md): what makes each indicator Needs attention, and which computers
// it applies to. *(Default Settings)* applies to every computer no other settings target.
struct HealthSettings
{
    QString name;
    bool enabled = true;
    AppliesTo appliesTo; // ignored for (Default Settings)
    bool antivirusDisabledIsHealthy = false; // real-time protection off counts as healthy
    int antivirusScanWithinDays = 7; // a last scan older than this: Needs attention
    bool firewallDisabledIsHealthy = false;
    int virusDefinitionsWithinDays = 7; // a pattern date older than this: Needs attention
    bool serviceEnabled = true; // a stopped product service: Needs attention; off: Untracked

    static QString defaultName(); // "(Default Settings)"
    // The defaults reference 001's Restore Defaults gives back.
    static HealthSettings defaults();
    bool isDefault() const { return name == defaultName(); }

    QJsonObject toJson() const;
    // Fails naming the key that is wrong ("healthSettings[1].antivirusScan.withinDays: ...").
    static Result<HealthSettings> fromJson(const QJsonValue &value, const QString &path);
    bool operator==(const HealthSettings &other) const;
};

// Every group of settings, oldest first: a computer that several target is evaluated by the
// oldest (the first here). (Default Settings) is always present.
class HealthSettingsList
{
public:
    HealthSettingsList(); // (Default Settings) alone
    // `settings` in age order; (Default Settings) is added, first, when it is missing.
    explicit HealthSettingsList(QVector<HealthSettings> settings);

    const QVector<HealthSettings> &all() const { return m_settings; }
    const HealthSettings &defaultSettings() const;

    // {"healthSettings": [...]} (docs/health.md, "Import and export").
    QJsonObject toJson() const;
    // The whole document or nothing: a wrong key, a duplicate or empty name fails naming it.
    static Result<HealthSettingsList> fromJson(const QJsonObject &document);

    bool operator==(const HealthSettingsList &other) const
    {
        return m_settings == other.m_settings;
    }

private:
    QVector<HealthSettings> m_settings;
};
