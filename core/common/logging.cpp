#include "common/logging.h"

#include <QDir>

#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <mutex>

namespace {
std::mutex s_mutex;
QString s_file;

std::shared_ptr<spdlog::sinks::dist_sink_mt> sharedSink()
{
    static const auto sink = [] {
        auto dist = std::make_shared<spdlog::sinks::dist_sink_mt>();
        auto stderrSink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        stderrSink->set_level(spdlog::level::warn);
        dist->add_sink(stderrSink);
        return dist;
    }();
    return sink;
}
} // namespace

namespace Logging {

void init(const QString &directory, const QString &fileName, bool alsoToStderr)
{
    std::lock_guard<std::mutex> lock(s_mutex);
    QDir().mkpath(directory);
    s_file = QDir(directory).filePath(fileName);
    auto dist = sharedSink();
    dist->set_sinks({});
    try {
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(s_file.toStdString(),
                                                                           5 * 1024 * 1024, 5);
        file->set_level(spdlog::level::info);
        dist->add_sink(file);
    } catch (const spdlog::spdlog_ex &error) {
        // A log folder we cannot write must not stop the program: say so on stderr.
        fprintf(stderr, "osmgmt: cannot open log file %s: %s\n", qPrintable(s_file), error.what());
        s_file.clear();
    }
    auto stderrSink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    stderrSink->set_level(alsoToStderr ? spdlog::level::info : spdlog::level::warn);
    dist->add_sink(stderrSink);
    // Warnings are flushed at once; the rest within a second, so that a log being watched
    // (by an administrator's tail -f, or a test) is never far behind.
    spdlog::flush_every(std::chrono::seconds(1));
}

std::shared_ptr<spdlog::logger> get(const char *area)
{
    std::lock_guard<std::mutex> lock(s_mutex);
    if (auto existing = spdlog::get(area))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(area, sharedSink());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

QString currentFile()
{
    std::lock_guard<std::mutex> lock(s_mutex);
    return s_file;
}

} // namespace Logging
