#pragma once

#include <QString>
#include <QStringList>

// What the real agent tells about the Linux host it runs on.
namespace HostFacts {
QString hostName();
// PRETTY_NAME of os-release(5) ("Debian GNU/Linux 12 (bookworm)"), else NAME and VERSION,
// else the kernel's type and version.
QString operatingSystem(const QString &osRelease = QStringLiteral("/etc/os-release"));
// The host's addresses, loopback and link-local left out.
QStringList addresses();
} // namespace HostFacts
