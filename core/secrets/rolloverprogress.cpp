#include "secrets/rolloverprogress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RolloverProgress", text);
}

} // namespace

QString RolloverProgress::fileIn(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("ca-rollover.json"));
}

QString RolloverProgress::key(Standing standing)
{
    return standing == Standing::NewCa ? QStringLiteral("new-ca") : QStringLiteral("old-ca");
}

Result<RolloverProgress> RolloverProgress::load(const QString &path, const QString &pending)
{
    using R = Result<RolloverProgress>;
    RolloverProgress progress;
    progress.m_path = path;
    progress.m_pending = pending;
    QFile file(path);
    if (!file.exists())
        return progress;
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return R::failure(tr("%1 is not valid JSON (%2): remove it, and run `ca status` to learn "
                             "again which agents are on which CA")
                              .arg(path, error.errorString()));
    if (root.value(QStringLiteral("pendingCa")).toString() != pending)
        return progress; // a rollover before this one
    for (const QJsonValue &value : root.value(QStringLiteral("agents")).toArray()) {
        const QJsonObject object = value.toObject();
        Agent agent;
        agent.target = object.value(QStringLiteral("target")).toString();
        agent.name = object.value(QStringLiteral("name")).toString();
        agent.standing = object.value(QStringLiteral("on")).toString() == key(Standing::NewCa)
            ? Standing::NewCa
            : Standing::OldCa;
        agent.seen = QDateTime::fromString(object.value(QStringLiteral("seen")).toString(),
                                           Qt::ISODateWithMs);
        agent.detail = object.value(QStringLiteral("detail")).toString();
        if (agent.target.isEmpty())
            return R::failure(tr("%1: an agent without its address").arg(path));
        progress.record(agent);
    }
    return progress;
}

Result<Done> RolloverProgress::save() const
{
    QJsonArray agents;
    for (const Agent &agent : m_agents)
        agents.append(QJsonObject {
            { QStringLiteral("target"), agent.target },
            { QStringLiteral("name"), agent.name },
            { QStringLiteral("on"), key(agent.standing) },
            { QStringLiteral("seen"), agent.seen.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("detail"), agent.detail } });
    const QJsonObject root { { QStringLiteral("pendingCa"), m_pending },
                             { QStringLiteral("agents"), agents } };
    const QByteArray content = QJsonDocument(root).toJson();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Result<Done>::failure(tr("cannot write %1: %2").arg(m_path, file.errorString()));
    return Done();
}

Result<Done> RolloverProgress::remove() const
{
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return Result<Done>::failure(tr("cannot remove %1").arg(m_path));
    return Done();
}
