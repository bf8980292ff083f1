#include "config/ConfigLoader.h"
#include "voice/IvrSession.h"

#include <QtTest>

using namespace relais;
using namespace relais::voice;
using Kind = IvrSession::Action::Kind;

class TstIvrSession : public QObject
{
    Q_OBJECT
private slots:
    // The demo tree: language at the root, then the French menu's queues and self-care leaf.
    void demoTreeWalks()
    {
        const config::Config c = config::demoConfig();
        const config::IvrDef &ivr = *c.ivr("main");

        IvrSession s(ivr);
        IvrSession::Action a = s.start();
        QCOMPARE(a.kind, Kind::PlayAndWait);
        QCOMPARE(a.prompt, QString("language.wav"));
        QCOMPARE(a.timeoutMs, 6000);
        a = s.digit('2');
        QCOMPARE(s.language(), QString("en"));
        QCOMPARE(a.prompt, QString("en/menu.wav"));
        a = s.digit('1');
        QCOMPARE(a.kind, Kind::Queue);
        QCOMPARE(a.queue, QString("english"));

        IvrSession f(ivr);
        f.start();
        f.digit('1');
        QCOMPARE(f.language(), QString("fr"));
        a = f.digit('3');
        QCOMPARE(a.kind, Kind::PlayAndHangUp);
        QCOMPARE(a.prompt, QString("fr/selfcare.wav"));
    }

    // Silence and wrong keys take the default branch.
    void timeoutAndUnknownKeyTakeTheDefault()
    {
        const config::Config c = config::demoConfig();
        IvrSession s(*c.ivr("main"));
        s.start();
        IvrSession::Action a = s.timeout(); // default "1": French
        QCOMPARE(s.language(), QString("fr"));
        QCOMPARE(a.prompt, QString("fr/menu.wav"));
        a = s.digit('9'); // not a choice: default "1" → general
        QCOMPARE(a.kind, Kind::Queue);
        QCOMPARE(a.queue, QString("general"));
    }

    // Without a default: one replay, then hang up.
    void noDefaultReplaysOnceThenHangsUp()
    {
        QString error;
        const auto c = config::parseConfig(
            "skills = []\n[[queues]]\nname = \"general\"\n[[ivrs]]\nname = \"m\"\nroot = \"r\"\n"
            "[[ivrs.nodes]]\nid = \"r\"\nprompt = \"r.wav\"\ntimeout = 3\n"
            "choices = { \"5\" = { queue = \"general\" } }\n",
            "t.toml", &error);
        QVERIFY2(c, qPrintable(error));
        IvrSession s(*c->ivr("m"), "fr");
        QCOMPARE(s.start().timeoutMs, 3000);
        IvrSession::Action a = s.timeout();
        QCOMPARE(a.kind, Kind::PlayAndWait);
        QCOMPARE(a.prompt, QString("r.wav"));
        QCOMPARE(s.timeout().kind, Kind::HangUp);
        QCOMPARE(s.language(), QString("fr")); // kept from the last call

        IvrSession t(*c->ivr("m"));
        t.start();
        t.digit('1'); // wrong key: replay
        QCOMPARE(t.digit('5').queue, QString("general"));
    }

    // A caller whose language is known goes straight to that language's menu.
    void knownLanguageSkipsTheLanguageChoice()
    {
        const config::Config c = config::demoConfig();
        const config::IvrDef &ivr = *c.ivr("main");
        IvrSession en(ivr, "en");
        IvrSession::Action a = en.start();
        QCOMPARE(a.kind, Kind::PlayAndWait);
        QCOMPARE(a.prompt, QString("en/menu.wav"));
        QCOMPARE(en.node(), QString("menu-en"));
        QCOMPARE(en.digit('1').queue, QString("english"));
        IvrSession unknown(ivr, "de"); // not offered at the root: asked as usual
        QCOMPARE(unknown.start().prompt, QString("language.wav"));
    }
};

QTEST_APPLESS_MAIN(TstIvrSession)
#include "tst_ivrsession.moc"
