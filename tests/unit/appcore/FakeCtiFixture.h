#pragma once

#include "FakeCtiServer.h"

#include <relais/app/CtiClient.h>

#include <functional>
#include <memory>
#include <optional>

// A fake server whose replies the test sets per case (`handler`), and desk clients connected to
// it: what the controller and model tests share.
class FakeCtiFixture
{
public:
    using Handler = std::function<std::optional<QJsonObject>(const QJsonObject &)>;

    bool listen(); // once, in initTestCase
    // A connected client; the requests the connection made are cleared. nullptr after 5 s.
    std::unique_ptr<relais::app::CtiClient> client();

    FakeCtiServer server;
    Handler handler; // no handler: every request gets a bare ok
};
