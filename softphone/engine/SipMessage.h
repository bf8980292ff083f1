#pragma once
// Copies what the engine needs out of a libre sip_msg into Qt values. Libre thread only.
#include "SipHeaders.h"

#include <QByteArray>
#include <QString>

struct pl;
struct sip_msg;

namespace relais::softphone {

class SipMessage
{
public:
    static QString text(const struct pl &pl);
    static SipHeaders::List headers(const struct sip_msg *msg);
    static QString header(const struct sip_msg *msg, const char *name);
    // The first Contact's URI, empty when there is none.
    static QString contactUri(const struct sip_msg *msg);
    static QString contentType(const struct sip_msg *msg);
    static QByteArray body(const struct sip_msg *msg);
};

} // namespace relais::softphone
