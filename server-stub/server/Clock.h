#pragma once

#include <QDateTime>

namespace relais::server {

inline qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace relais::server
