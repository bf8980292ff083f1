#pragma once
// One real baresip (Debian's baresip-core) for a test or a benchmark, headless on loopback:
// a config directory of its own (accounts, free SIP and ctrl_tcp ports), its `aufile` source
// playing a tone WAV written here, its `sndfile` filter dumping what it hears (*-dec.wav), and
// commands/events over ctrl_tcp (netstring-framed JSON). Killed when the object goes.
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QTemporaryDir>

class BaresipProcess
{
public:
    struct Options
    {
        QString user = QStringLiteral("baresip");
        double toneHz = 440.0; // 0: the source plays silence
        int toneMs = 30000;    // aufile stops at the end of the file
        int toneSilenceMs = 0; // silence before the tone starts (for onset measurements)
        QString audioCodecs;   // e.g. "PCMU" or "opus"; empty: baresip's own order
        bool autoAnswer = true;
        QString sourceWav; // play this file instead of a generated tone
        // Real sound I/O instead of the aufile source, e.g. driver "alsa", device "pulse":
        // used for both capture and playback (the tone options are then unused).
        QString audioDriver;
        QString audioDevice;
        QStringList environment; // "NAME=value" added to baresip's environment
        // PEM with certificate and key: baresip then also takes SIP over TLS (on sipPort()+1).
        QString tlsCertificate;
        // Media encryption of the account, e.g. "srtp-mand" (loads the srtp module).
        QString mediaEncryption;
    };

    BaresipProcess() = default;
    ~BaresipProcess();
    BaresipProcess(const BaresipProcess &) = delete;
    BaresipProcess &operator=(const BaresipProcess &) = delete;

    // Path of the baresip executable, or empty when it is not installed.
    static QString executable();

    bool start(const Options &options, QString *error = nullptr);
    void stop();

    [[nodiscard]] quint16 sipPort() const { return m_sipPort; }
    // sip:user@127.0.0.1:port, what another phone dials.
    [[nodiscard]] QString uri() const;
    // sip:user@127.0.0.1:port+1;transport=tls (with Options::tlsCertificate).
    [[nodiscard]] QString tlsUri() const;
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] QString dumpDir() const;

    // Sends a ctrl_tcp command and waits for its response; false when refused or timed out.
    bool command(const QString &name, const QString &params = {}, QJsonObject *response = nullptr,
                 int timeoutMs = 15000);
    // Waits for an event of this type (e.g. "CALL_ESTABLISHED") at or after index `from`;
    // returns its index or -1.
    int waitForEvent(const QString &type, int timeoutMs = 10000, int from = 0);
    [[nodiscard]] QList<QJsonObject> events() const { return m_events; }
    [[nodiscard]] bool hasEvent(const QString &type) const;

    // The newest *-dec.wav (what baresip received, decoded) or empty.
    [[nodiscard]] QString decodedWav() const;
    [[nodiscard]] QString log() const; // its console output, for failure messages

private:
    bool waitUntilReady(const QDeadlineTimer &deadline, QString *error);
    void pump(int waitMs);
    void parseFrames();

    QTemporaryDir m_dir;
    QProcess m_process;
    QTcpSocket m_ctrl;
    QByteArray m_buffer;
    QList<QJsonObject> m_events;
    QList<QJsonObject> m_responses;
    quint16 m_sipPort = 0;
    quint16 m_ctrlPort = 0;
    QString m_user;
    int m_token = 0;
};
