#include "storepoll.h"

StorePoll::StorePoll(OpenStore openStore, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_openStore(std::move(openStore))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { readNow(); });
}

StorePoll::~StorePoll() = default;

void StorePoll::start()
{
    readNow();
    m_timer.start();
}
