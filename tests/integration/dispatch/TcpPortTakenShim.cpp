// LD_PRELOAD shim for tst_dispatch_cli: makes the TCP bind on the port the system just gave a UDP
// socket fail with EADDRINUSE, as when another program holds that port for TCP. The first
// RELAIS_SHIM_REFUSALS such binds fail (1 by default); the ones after go through.
#include <cerrno>
#include <cstdlib>
#include <dlfcn.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace {

int lastUdpPort = 0;
int refused = 0;

int allowedRefusals()
{
    const char *text = std::getenv("RELAIS_SHIM_REFUSALS");
    return text ? std::atoi(text) : 1;
}

int socketType(int fd)
{
    int type = 0;
    socklen_t length = sizeof type;
    getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length);
    return type;
}

} // namespace

extern "C" int bind(int fd, const struct sockaddr *address, socklen_t length)
{
    using Bind = int (*)(int, const struct sockaddr *, socklen_t);
    static const Bind realBind = reinterpret_cast<Bind>(dlsym(RTLD_NEXT, "bind"));
    if (address->sa_family != AF_INET)
        return realBind(fd, address, length);
    const int type = socketType(fd);
    const int port = ntohs(reinterpret_cast<const sockaddr_in *>(address)->sin_port);
    if (type == SOCK_STREAM && port != 0 && port == lastUdpPort && refused < allowedRefusals()) {
        ++refused;
        errno = EADDRINUSE;
        return -1;
    }
    const int result = realBind(fd, address, length);
    if (result == 0 && type == SOCK_DGRAM) {
        sockaddr_in bound{};
        socklen_t boundLength = sizeof bound;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &boundLength) == 0)
            lastUdpPort = ntohs(bound.sin_port);
    }
    return result;
}
