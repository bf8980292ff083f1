#pragma once

#include "InteractionPoster.h"
#include "LatencyRecorder.h"
#include "LoadOptions.h"
#include "LoadReport.h"
#include "ProcessProbe.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

class LoadAgent;
class LoadSupervisor;

// One bounded run: supervisors subscribe, agents log in (a window of logins in flight at a
// time), interactions are posted for the duration, the open work drains (bounded), the figures
// are printed, everything closes, finished() is emitted.
class LoadRun : public QObject
{
    Q_OBJECT
public:
    explicit LoadRun(LoadOptions options, QObject *parent = nullptr);

    void start();

signals:
    void finished(int exitCode);

private:
    struct Times
    {
        qint64 sentNs = -1;
        qint64 createdNs = -1;
        qint64 offeredNs = -1;
    };

    void startNextAgent();
    void onAgentSettled();
    void startPosting();
    void onPostingFinished();
    void checkDrained();
    void finish();
    void recordFailure(const QString &what);
    void recordLatency(const Times &t);
    void progress();
    void sendOnBreak();

    LoadOptions m_options;
    QElapsedTimer m_clock;
    ProcessProbe m_server;
    ProcessProbe m_self;
    LoadReport m_report;
    LatencyRecorder m_offerLatency;
    LatencyRecorder m_postToOffer;
    QList<LoadAgent *> m_agents;
    QList<LoadSupervisor *> m_supervisors;
    InteractionPoster *m_poster = nullptr;
    QHash<QString, Times> m_times;
    QTimer m_progress;
    QTimer m_deadline;
    QTimer m_breaks;
    double m_breaksOwed = 0;
    qint64 m_breaksTaken = 0;
    int m_nextAgent = 0;
    int m_settled = 0;
    qint64 m_loginStartNs = 0;
    qint64 m_postStartNs = 0;
    qint64 m_postEndNs = 0;
    double m_cpuStart = 0;
    double m_cpuPostStart = 0;
    bool m_posting = false;
    bool m_draining = false;
    bool m_done = false;
};
