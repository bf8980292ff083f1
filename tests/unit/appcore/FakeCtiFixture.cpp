#include "FakeCtiFixture.h"

#include <QTest>

bool FakeCtiFixture::listen()
{
    server.setHandler([this](const QJsonObject &req) -> std::optional<QJsonObject> {
        return handler ? handler(req) : QJsonObject{};
    });
    return server.listen();
}

std::unique_ptr<relais::app::CtiClient> FakeCtiFixture::client()
{
    using State = relais::app::CtiClient::ConnectionState;
    auto c = std::make_unique<relais::app::CtiClient>();
    c->setServers({server.url()});
    c->open();
    if (!QTest::qWaitFor([&] { return c->state() == State::Connected; }, 5000))
        return nullptr;
    server.clearRequests();
    return c;
}
