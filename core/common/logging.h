#pragma once

#include <QString>

#include <spdlog/spdlog.h>

#include <memory>
#include <string_view>

// spdlog with one logger per area (STYLE.md): "probe", "store", "agent", "ldap", "ui", "cli".
// Until init() names a folder, loggers write warnings to stderr only.
namespace Logging {
// Adds a rotating file (5 files of 5 MiB) in `directory`, shared by every logger.
void init(const QString &directory, const QString &fileName, bool alsoToStderr = false);
std::shared_ptr<spdlog::logger> get(const char *area);
QString currentFile();
} // namespace Logging

template<> struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template<typename Context> auto format(const QString &text, Context &context) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(
            std::string_view(utf8.constData(), size_t(utf8.size())), context);
    }
};
