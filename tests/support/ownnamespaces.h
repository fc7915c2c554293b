#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

// Puts the test in namespaces of its own (network safety, STYLE.md: traffic only where the test
// made the network itself): a user namespace, where the test is root (uid 0 mapped to its own
// user), plus `extra` (CLONE_NEWNET: only `lo`, no route out; CLONE_NEWNS: mounts seen by this
// test and its children only, made private so none reaches the host). Call it from main()
// before QCoreApplication, while the process has one thread: unshare(CLONE_NEWUSER) refuses a
// multi-threaded process. Empty on success, the reason otherwise.
inline QString enterOwnNamespaces(int extra)
{
    const uid_t uid = getuid();
    const gid_t gid = getgid();
    if (unshare(CLONE_NEWUSER | extra) != 0)
        return QStringLiteral("unshare: ") + QString::fromLocal8Bit(std::strerror(errno));
    const auto write = [](const char *path, const QByteArray &text) {
        QFile file(QString::fromLatin1(path));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    if (!write("/proc/self/setgroups", "deny")
        || !write("/proc/self/uid_map", "0 " + QByteArray::number(uid) + " 1")
        || !write("/proc/self/gid_map", "0 " + QByteArray::number(gid) + " 1"))
        return QStringLiteral("cannot map this user into the new user namespace");
    if ((extra & CLONE_NEWNS) && mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return QStringLiteral("cannot make the mounts private: ")
            + QString::fromLocal8Bit(std::strerror(errno));
    return {};
}

// Mounts `source` (a file or a folder) over `target` in this test's mount namespace.
inline QString bindMount(const QString &source, const QString &target)
{
    if (mount(qPrintable(source), qPrintable(target), nullptr, MS_BIND, nullptr) != 0)
        return QStringLiteral("mount --bind %1 %2: ").arg(source, target)
            + QString::fromLocal8Bit(std::strerror(errno));
    return {};
}
