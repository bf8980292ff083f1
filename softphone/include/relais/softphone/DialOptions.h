#pragma once
#include <QMap>
#include <QString>

namespace relais::softphone {

struct DialOptions
{
    QString accountId; // empty: the first account, or none (direct call) when there is none
    // Extra headers for the INVITE ("X-Relais-Interaction" -> "42"). Names must be tokens and
    // values single-line; dial() refuses anything else.
    QMap<QString, QString> headers;
    // Ask the far end to answer on its own (Call-Info: <uri>;answer-after=0).
    bool requestAutoAnswer = false;
};

} // namespace relais::softphone
