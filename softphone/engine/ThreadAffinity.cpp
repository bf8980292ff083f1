#include "ThreadAffinity.h"

#include <QtGlobal>

namespace relais::softphone {

void ThreadAffinity::bindToCurrentThread()
{
    owner_.store(std::this_thread::get_id());
}

void ThreadAffinity::unbind()
{
    owner_.store(std::thread::id{});
}

bool ThreadAffinity::isBound() const
{
    return owner_.load() != std::thread::id{};
}

bool ThreadAffinity::isCurrent() const
{
    return owner_.load() == std::this_thread::get_id();
}

bool ThreadAffinity::check(const char *where) const
{
    if (isCurrent())
        return true;
    if (handler_) {
        handler_(where);
        return false;
    }
#ifdef QT_NO_DEBUG
    qCritical("relais.softphone: %s called on the wrong thread; call refused", where);
#else
    qFatal("relais.softphone: %s called on the wrong thread", where);
#endif
    return false;
}

void ThreadAffinity::setViolationHandler(ViolationHandler handler)
{
    handler_ = std::move(handler);
}

} // namespace relais::softphone
