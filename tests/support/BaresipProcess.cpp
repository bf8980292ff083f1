#include "BaresipProcess.h"

#include "WavFile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QUdpSocket>

namespace {

// A port free for UDP and TCP, with the next one free for TCP too (baresip opens TLS on +1).
quint16 freeSipPort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QUdpSocket udp;
        if (!udp.bind(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = udp.localPort();
        if (port >= 65535)
            continue;
        QTcpServer tcp;
        QTcpServer tls;
        if (tcp.listen(QHostAddress::LocalHost, port) &&
            tls.listen(QHostAddress::LocalHost, port + 1))
            return port;
    }
    return 0;
}

quint16 freeTcpPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace

BaresipProcess::~BaresipProcess()
{
    stop();
}

QString BaresipProcess::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("baresip"));
}

QString BaresipProcess::uri() const
{
    return QStringLiteral("sip:%1@127.0.0.1:%2").arg(m_user).arg(m_sipPort);
}

QString BaresipProcess::tlsUri() const
{
    return QStringLiteral("sip:%1@127.0.0.1:%2;transport=tls").arg(m_user).arg(m_sipPort + 1);
}

QString BaresipProcess::dumpDir() const
{
    return m_dir.filePath(QStringLiteral("dump"));
}

bool BaresipProcess::start(const Options &options, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString exe = executable();
    if (exe.isEmpty())
        return fail(QStringLiteral("baresip is not installed"));
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary directory"));
    m_user = options.user;
    QDir(m_dir.path()).mkpath(QStringLiteral("dump"));

    QString source = options.sourceWav;
    if (source.isEmpty()) {
        source = m_dir.filePath(QStringLiteral("source.wav"));
        const double amplitude = options.toneHz > 0 ? 0.3 : 0.0;
        const double hz = options.toneHz > 0 ? options.toneHz : 440.0;
        if (!WavFile::writeTone(source, 8000, hz, options.toneMs, amplitude, options.toneSilenceMs))
            return fail(QStringLiteral("cannot write %1").arg(source));
    }

    m_sipPort = freeSipPort();
    m_ctrlPort = freeTcpPort();
    if (m_sipPort == 0 || m_ctrlPort == 0)
        return fail(QStringLiteral("no free port"));

    QString config;
    config += QStringLiteral("poll_method epoll\n");
    config += QStringLiteral("sip_listen 127.0.0.1:%1\n").arg(m_sipPort);
    config += QStringLiteral("net_interface 127.0.0.1\n");
    if (!options.audioDriver.isEmpty()) {
        const QString device = options.audioDriver + QLatin1Char(',') + options.audioDevice;
        config += QStringLiteral("audio_source %1\naudio_player %1\naudio_alert %1\n").arg(device);
    } else {
        config += QStringLiteral("audio_source aufile,%1\n").arg(source);
        // aufile refuses a file whose rate is not the codec's: let baresip resample the 8 kHz
        // mono source (an Opus call runs at 48 kHz stereo).
        if (options.sourceWav.isEmpty())
            config += QStringLiteral("ausrc_srate 8000\nausrc_channels 1\n");
        // No player module is loaded: the sndfile filter still sees every decoded frame.
        config += QStringLiteral("audio_player aufile,/dev/null\n");
        config += QStringLiteral("audio_alert aufile,/dev/null\n");
    }
    config += QStringLiteral("module_path /usr/lib/baresip/modules\n");
    // Opus only when asked for (or when baresip keeps its own codec list).
    const bool opus = options.audioCodecs.isEmpty() ||
                      options.audioCodecs.contains(QLatin1String("opus"), Qt::CaseInsensitive);
    for (const char *module : {"g711.so", "opus.so", "aufile.so", "sndfile.so"}) {
        if (!opus && qstrcmp(module, "opus.so") == 0)
            continue;
        if (QFile::exists(QStringLiteral("/usr/lib/baresip/modules/") + QLatin1String(module)))
            config += QStringLiteral("module %1\n").arg(QLatin1String(module));
    }
    if (!options.audioDriver.isEmpty())
        config += QStringLiteral("module %1.so\n").arg(options.audioDriver);
    if (!options.tlsCertificate.isEmpty())
        config += QStringLiteral("sip_certificate %1\n").arg(options.tlsCertificate);
    if (options.mediaEncryption.startsWith(QLatin1String("srtp")))
        config += QStringLiteral("module srtp.so\n");
    config += QStringLiteral("module_app account.so\nmodule_app menu.so\nmodule_app ctrl_tcp.so\n");
    config += QStringLiteral("ctrl_tcp_listen 127.0.0.1:%1\n").arg(m_ctrlPort);
    config += QStringLiteral("snd_path %1\n").arg(dumpDir());

    QString account = QStringLiteral("<sip:%1@127.0.0.1>;regint=0").arg(m_user);
    if (options.autoAnswer)
        account += QStringLiteral(";answermode=auto");
    if (!options.mediaEncryption.isEmpty())
        account += QStringLiteral(";mediaenc=%1").arg(options.mediaEncryption);
    if (!options.audioCodecs.isEmpty()) {
        // baresip names Opus by its rtpmap: opus/48000/2.
        QStringList codecs = options.audioCodecs.split(QLatin1Char(','));
        for (QString &codec : codecs)
            if (codec.compare(QLatin1String("opus"), Qt::CaseInsensitive) == 0)
                codec = QStringLiteral("opus/48000/2");
        account += QStringLiteral(";audio_codecs=%1").arg(codecs.join(QLatin1Char(',')));
    }

    const auto write = [this](const QString &name, const QString &text) {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
    };
    if (!write(QStringLiteral("config"), config) ||
        !write(QStringLiteral("accounts"), account + '\n') ||
        !write(QStringLiteral("contacts"), QString()))
        return fail(QStringLiteral("cannot write the config in %1").arg(m_dir.path()));

    if (!options.environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &entry : options.environment)
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        m_process.setProcessEnvironment(env);
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.start(exe, {QStringLiteral("-f"), m_dir.path()});
    if (!m_process.waitForStarted(5000))
        return fail(QStringLiteral("baresip did not start: %1").arg(m_process.errorString()));

    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        m_ctrl.connectToHost(QHostAddress::LocalHost, m_ctrlPort);
        if (m_ctrl.waitForConnected(500))
            return waitUntilReady(deadline, error);
        m_ctrl.abort();
        if (m_process.state() != QProcess::Running)
            return fail(QStringLiteral("baresip exited:\n%1").arg(log()));
        QThread::msleep(100);
    }
    return fail(QStringLiteral("baresip's ctrl_tcp never answered:\n%1").arg(log()));
}

bool BaresipProcess::waitUntilReady(const QDeadlineTimer &deadline, QString *error)
{
    // The kernel accepts ctrl_tcp's connection as soon as it listens, while baresip is still
    // loading its modules; it reads commands only once it says it is ready (a slow start on a
    // loaded machine otherwise times the first command out).
    QDeadlineTimer ready(std::max<qint64>(deadline.remainingTime(), 10000));
    while (!m_process.peek(1 << 20).contains("baresip is ready")) {
        if (ready.hasExpired() || m_process.state() != QProcess::Running) {
            if (error)
                *error = QStringLiteral("baresip never said it was ready:\n%1").arg(log());
            return false;
        }
        m_process.waitForReadyRead(100);
    }
    return true;
}

void BaresipProcess::stop()
{
    m_ctrl.abort();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

bool BaresipProcess::command(const QString &name, const QString &params, QJsonObject *response,
                             int timeoutMs)
{
    if (m_ctrl.state() != QAbstractSocket::ConnectedState)
        return false;
    const QString token = QStringLiteral("t%1").arg(++m_token);
    const QByteArray body =
        QJsonDocument(QJsonObject{{"command", name}, {"params", params}, {"token", token}})
            .toJson(QJsonDocument::Compact);
    m_ctrl.write(QByteArray::number(body.size()) + ':' + body + ',');
    m_ctrl.flush();
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        for (qsizetype i = 0; i < m_responses.size(); ++i) {
            if (m_responses[i].value(QStringLiteral("token")).toString() == token) {
                const QJsonObject answer = m_responses.takeAt(i);
                if (response)
                    *response = answer;
                return answer.value(QStringLiteral("ok")).toBool();
            }
        }
        pump(50);
    }
    return false;
}

int BaresipProcess::waitForEvent(const QString &type, int timeoutMs, int from)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (qsizetype i = from; i < m_events.size(); ++i) {
            if (m_events[i].value(QStringLiteral("type")).toString() == type)
                return int(i);
        }
        if (deadline.hasExpired())
            return -1;
        pump(50);
    }
}

bool BaresipProcess::hasEvent(const QString &type) const
{
    for (const QJsonObject &event : m_events) {
        if (event.value(QStringLiteral("type")).toString() == type)
            return true;
    }
    return false;
}

void BaresipProcess::pump(int waitMs)
{
    QCoreApplication::processEvents(QEventLoop::AllEvents, waitMs);
    if (m_ctrl.bytesAvailable() == 0)
        m_ctrl.waitForReadyRead(waitMs);
    m_buffer += m_ctrl.readAll();
    parseFrames();
}

void BaresipProcess::parseFrames()
{
    for (;;) {
        const qsizetype colon = m_buffer.indexOf(':');
        if (colon <= 0)
            return;
        bool ok = false;
        const qsizetype length = m_buffer.left(colon).toLongLong(&ok);
        if (!ok) { // out of step: drop up to the next frame
            m_buffer.remove(0, colon + 1);
            continue;
        }
        if (m_buffer.size() < colon + 1 + length + 1)
            return;
        const QJsonObject object =
            QJsonDocument::fromJson(m_buffer.mid(colon + 1, length)).object();
        m_buffer.remove(0, colon + 1 + length + 1);
        if (object.value(QStringLiteral("event")).toBool())
            m_events.append(object);
        else if (object.value(QStringLiteral("response")).toBool())
            m_responses.append(object);
    }
}

QString BaresipProcess::decodedWav() const
{
    const QFileInfoList files =
        QDir(dumpDir()).entryInfoList({QStringLiteral("*-dec.wav")}, QDir::Files, QDir::Time);
    return files.isEmpty() ? QString() : files.first().absoluteFilePath();
}

QString BaresipProcess::log() const
{
    QByteArray output = const_cast<QProcess &>(m_process).peek(1 << 20);
    return QString::fromLocal8Bit(output.right(4000));
}
