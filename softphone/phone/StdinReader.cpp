#include "StdinReader.h"

#include <QSocketNotifier>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace relais::phone {

StdinReader::StdinReader(QObject *parent) : QObject(parent)
{
    const int flags = fcntl(STDIN_FILENO, F_GETFL);
    if (flags >= 0)
        fcntl(STDIN_FILENO, F_SETFL, flags | O_NONBLOCK);
    notifier_ = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(notifier_, &QSocketNotifier::activated, this, &StdinReader::readAvailable);
}

void StdinReader::readAvailable()
{
    char chunk[4096];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof(chunk));
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (n <= 0) {
        notifier_->setEnabled(false); // end of input (or an error): keep running on flags
        if (!buffer_.trimmed().isEmpty())
            emit lineRead(QString::fromUtf8(buffer_).trimmed());
        buffer_.clear();
        return;
    }
    buffer_.append(chunk, int(n));
    int newline;
    while ((newline = buffer_.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(buffer_.left(newline)).trimmed();
        buffer_.remove(0, newline + 1);
        if (!line.isEmpty())
            emit lineRead(line);
    }
}

} // namespace relais::phone
