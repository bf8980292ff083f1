#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace relais::channels {

// One parsed HTTP/1.x request. Header names are lower-cased; values are trimmed.
struct HttpRequest
{
    QByteArray method;    // as sent, e.g. "POST"
    QByteArray path;      // raw (still percent-encoded), without the query
    QByteArray query;     // raw, without the '?'
    int versionMinor = 1; // HTTP/1.<minor>
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = true;

    // The first value of a header (name in lower case), empty when absent.
    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return true;
        }
        return false;
    }
};

} // namespace relais::channels
