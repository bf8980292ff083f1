// A trunk caller's walk as they hear it, against a fake leg: IVR prompts with the timeout
// counted from the prompt's end, the queue's welcome, music and announcements, and the
// callback offer (1 → beep → recording → thanks → hang-up), including hang-ups mid-way.
#include "config/ConfigLoader.h"
#include "voice/CallerFlow.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace relais;
using namespace relais::voice;
using Phase = CallerFlow::Phase;

namespace {

struct FakeLeg
{
    explicit FakeLeg(PromptLibrary *p) : prompts(p) {}
    PromptLibrary *prompts;
    QStringList log; // "play fr/welcome.wav", "music music.wav", "capture …", "stop", "hangup"
    quint64 lastToken = 0;
    QStringList chosen;
    QStringList callbacks;

    QString nameOf(const Clip &c) const
    {
        if (!c)
            return QStringLiteral("null");
        if (c == prompts->beep())
            return QStringLiteral("beep");
        for (const char *p :
             {"language.wav", "fr/menu.wav", "en/menu.wav", "fr/welcome.wav", "en/welcome.wav",
              "music.wav", "fr/announcement.wav", "fr/callback-offer.wav", "fr/callback-thanks.wav",
              "en/callback-offer.wav", "en/callback-thanks.wav", "fr/selfcare.wav"}) {
            if (c == prompts->clip(QString::fromLatin1(p)))
                return QString::fromLatin1(p);
        }
        return QStringLiteral("other");
    }

    CallerFlow::Leg leg()
    {
        CallerFlow::Leg l;
        l.play = [this](std::vector<Clip> clips, quint64 token) {
            QStringList names;
            for (const Clip &c : clips)
                names << nameOf(c);
            log << QStringLiteral("play ") + names.join(QLatin1Char('+'));
            lastToken = token;
        };
        l.setMusic = [this](Clip music) { log << QStringLiteral("music ") + nameOf(music); };
        l.startCapture = [this](const QString &path, const CallerAudio::CaptureRules &rules) {
            log << QStringLiteral("capture %1 %2 %3")
                       .arg(QFileInfo(path).fileName())
                       .arg(rules.silenceMs)
                       .arg(rules.maxMs);
        };
        l.stopCapture = [this] { log << QStringLiteral("stop"); };
        l.hangUp = [this] { log << QStringLiteral("hangup"); };
        return l;
    }
    CallerFlow::Outcomes outcomes()
    {
        CallerFlow::Outcomes o;
        o.queueChosen = [this](const QString &q, const QString &lang) { chosen << q + "/" + lang; };
        o.callbackRecorded = [this](const QString &path) { callbacks << path; };
        return o;
    }
};

} // namespace

class TstCallerFlow : public QObject
{
    Q_OBJECT
private:
    PromptLibrary m_prompts{QStringLiteral(RELAIS_BUILD_PROMPTS_DIR)};

private slots:
    void ivrPlaysPromptsAndDigitsChooseTheQueue()
    {
        const config::Config c = config::demoConfig();
        FakeLeg fake(&m_prompts);
        CallerFlow flow(c, m_prompts, fake.leg(), fake.outcomes());
        flow.startIvr(*c.ivr("main"), {});
        QCOMPARE(fake.log, QStringList{"play language.wav"});
        flow.digit('2'); // barge-in: no need to wait for the prompt's end
        QCOMPARE(fake.log.last(), QString("play en/menu.wav"));
        flow.playFinished(fake.lastToken);
        flow.digit('1');
        QCOMPARE(fake.chosen, QStringList{"english/en"});
        QCOMPARE(flow.phase(), Phase::Queue);
        QCOMPARE(fake.log.mid(2), (QStringList{"music music.wav", "play en/welcome.wav"}));
    }

    // The timeout only runs once the prompt has been heard to its end.
    void ivrTimeoutStartsWhenThePromptEnds()
    {
        config::Config c = config::demoConfig();
        c.ivrs[0].nodes[0].timeoutMs = 200;
        FakeLeg fake(&m_prompts);
        CallerFlow flow(c, m_prompts, fake.leg(), fake.outcomes());
        flow.startIvr(*c.ivr("main"), {});
        QTest::qWait(500);
        QCOMPARE(fake.log.size(), 1);          // still waiting for the prompt's end
        flow.playFinished(fake.lastToken + 7); // a stale report changes nothing
        QTest::qWait(300);
        QCOMPARE(fake.log.size(), 1);
        flow.playFinished(fake.lastToken);
        QTRY_COMPARE_WITH_TIMEOUT(fake.log.size(), 2, 1000);
        QCOMPARE(fake.log.last(), QString("play fr/menu.wav")); // the default branch
        QCOMPARE(flow.language(), QString("fr"));
    }

    void selfCareLeafHangsUpAfterItsPrompt()
    {
        const config::Config c = config::demoConfig();
        FakeLeg fake(&m_prompts);
        CallerFlow flow(c, m_prompts, fake.leg(), fake.outcomes());
        flow.startIvr(*c.ivr("main"), {});
        flow.digit('1');
        flow.digit('3');
        QCOMPARE(fake.log.last(), QString("play fr/selfcare.wav"));
        flow.playFinished(fake.lastToken);
        QCOMPARE(fake.log.last(), QString("hangup"));
        QCOMPARE(flow.phase(), Phase::Done);
    }

    void queuePlaysWelcomeMusicAndAnnouncements()
    {
        config::Config c = config::demoConfig();
        c.queueVoice["general"].announcementIntervalMs = 150;
        FakeLeg fake(&m_prompts);
        CallerFlow flow(c, m_prompts, fake.leg(), fake.outcomes());
        flow.startQueue("general");
        QCOMPARE(fake.log, (QStringList{"music music.wav", "play fr/welcome.wav"}));
        QTRY_VERIFY_WITH_TIMEOUT(fake.log.size() >= 4, 2000);
        QCOMPARE(fake.log.mid(2, 2),
                 (QStringList{"play fr/announcement.wav", "play fr/announcement.wav"}));
        flow.digit('1'); // no offer yet: digits do nothing
        QVERIFY(!fake.log.contains("play beep"));
        // While the callback offer plays, announcements wait; afterwards they come back.
        flow.overflowDue();
        const qsizetype offeredAt = fake.log.size();
        QCOMPARE(fake.log.last(), QString("play fr/callback-offer.wav"));
        QTest::qWait(400);
        QCOMPARE(fake.log.size(), offeredAt);
        flow.playFinished(fake.lastToken);
        QTRY_VERIFY_WITH_TIMEOUT(fake.log.size() > offeredAt, 1000);
        QCOMPARE(fake.log.last(), QString("play fr/announcement.wav"));
    }

    void callbackOfferRecordsAndThanks()
    {
        const config::Config c = config::demoConfig();
        FakeLeg fake(&m_prompts);
        CallerFlow flow(c, m_prompts, fake.leg(), fake.outcomes());
        flow.setRecordingPath("/tmp/ix-1-request.wav");
        flow.startQueue("general");
        flow.overflowDue();
        QVERIFY(flow.callbackOffered());
        QCOMPARE(fake.log.last(), QString("play fr/callback-offer.wav"));
        flow.playFinished(fake.lastToken); // nothing pressed: music goes on, nothing else
        QCOMPARE(fake.log.last(), QString("play fr/callback-offer.wav"));
        flow.digit('1');
        QCOMPARE(fake.log.mid(fake.log.size() - 2), (QStringList{"music null", "play beep"}));
        QCOMPARE(flow.phase(), Phase::CallbackBeep);
        flow.playFinished(fake.lastToken);
        QCOMPARE(fake.log.last(), QString("capture ix-1-request.wav 3000 60000"));
        flow.digit('#');
        QCOMPARE(fake.log.last(), QString("stop"));
        CallerAudio::Capture capture;
        capture.path = "/tmp/ix-1-request.wav";
        capture.durationMs = 2000;
        capture.speechMs = 1500;
        flow.captureEnded(capture);
        QCOMPARE(fake.callbacks, QStringList{"/tmp/ix-1-request.wav"});
        QCOMPARE(fake.log.last(), QString("play fr/callback-thanks.wav"));
        flow.playFinished(fake.lastToken);
        QCOMPARE(fake.log.last(), QString("hangup"));
        QVERIFY(flow.callerLeft(std::nullopt)); // the callback stands
    }

    // English callers get the English offer; a queue that overflows elsewhere offers nothing.
    void offerFollowsLanguageAndQueue()
    {
        const config::Config c = config::demoConfig();
        FakeLeg fake(&m_prompts);
        CallerFlow flow(c, m_prompts, fake.leg(), fake.outcomes());
        flow.startIvr(*c.ivr("main"), {});
        flow.digit('2');
        flow.digit('2'); // technique: overflows to a queue, not to a callback
        flow.overflowDue();
        QVERIFY(!flow.callbackOffered());
        CallerFlow english(c, m_prompts, fake.leg(), fake.outcomes());
        english.startQueue("english");
        english.overflowDue();
        QVERIFY(!english.callbackOffered()); // english has no overflow
    }

    void hangUpWhileRecording()
    {
        const config::Config c = config::demoConfig();
        QTemporaryDir dir;
        for (const qint64 speechMs : {qint64(1200), qint64(0)}) {
            FakeLeg fake(&m_prompts);
            CallerFlow flow(c, m_prompts, fake.leg(), fake.outcomes());
            const QString path = dir.filePath(QStringLiteral("r%1.wav").arg(speechMs));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("RIFF");
            f.close();
            flow.setRecordingPath(path);
            flow.startQueue("general");
            flow.overflowDue();
            flow.digit('1');
            flow.playFinished(fake.lastToken);
            QCOMPARE(flow.phase(), Phase::CallbackRecording);
            CallerAudio::Capture partial;
            partial.path = path;
            partial.speechMs = speechMs;
            const bool kept = flow.callerLeft(partial);
            QCOMPARE(kept, speechMs > 0);
            QCOMPARE(fake.callbacks.size(), speechMs > 0 ? 1 : 0);
            QCOMPARE(QFile::exists(path), speechMs > 0);
            QVERIFY(!fake.log.contains("hangup"));
        }
    }
};

QTEST_GUILESS_MAIN(TstCallerFlow)
#include "tst_callerflow.moc"
