#include "commands/commandtarget.h"

#include "common/enumkeys.h"

#include <QCoreApplication>

namespace {
using Kind = TargetOutcome::Kind;
const EnumKeys<Kind, 6> outcomeKeys {
    "TargetOutcome",
    { { { Kind::Done, "done", QT_TRANSLATE_NOOP("TargetOutcome", "Done") },
        { Kind::Refused, "refused", QT_TRANSLATE_NOOP("TargetOutcome", "Refused") },
        { Kind::Failed, "failed", QT_TRANSLATE_NOOP("TargetOutcome", "Failed") },
        { Kind::Unreachable, "unreachable", QT_TRANSLATE_NOOP("TargetOutcome", "Unreachable") },
        { Kind::ProtocolError, "protocol-error",
          QT_TRANSLATE_NOOP("TargetOutcome", "Protocol error") },
        { Kind::Skipped, "skipped", QT_TRANSLATE_NOOP("TargetOutcome", "Not sent") } } }
};
} // namespace

QString TargetOutcome::key(Kind kind)
{
    return outcomeKeys.key(kind);
}

QString TargetOutcome::displayName(Kind kind)
{
    return outcomeKeys.words(kind);
}

QString TargetOutcome::displayNameOfKey(const QString &key)
{
    if (key == QLatin1String("pending"))
        return QCoreApplication::translate("TargetOutcome", "Pending");
    const std::optional<Kind> kind = outcomeKeys.fromKey(key);
    return kind ? displayName(*kind) : key;
}
