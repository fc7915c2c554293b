#pragma once

#include "endpoint/endpoint.h"

// Endpoints of every status, for model and page tests.
namespace SampleEndpoints {
Endpoint make(const QString &address, SecurityStatus status, const QString &name = {},
              const QString &domain = {});
// `count` endpoints on 127.90.x.y, statuses cycling through all five.
QVector<Endpoint> mixed(int count);
} // namespace SampleEndpoints
