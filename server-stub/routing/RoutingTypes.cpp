#include "RoutingTypes.h"

namespace relais::routing {

Capacity defaultCapacity()
{
    Capacity c{};
    c[int(Channel::Voice)] = 1;
    c[int(Channel::Chat)] = 3;
    c[int(Channel::Email)] = 1;
    c[int(Channel::Sms)] = 3;
    c[int(Channel::Whatsapp)] = 3;
    c[int(Channel::Facebook)] = 3;
    c[int(Channel::Callback)] = 1;
    return c;
}

} // namespace relais::routing
