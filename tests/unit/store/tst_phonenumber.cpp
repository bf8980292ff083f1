#include "store/PhoneNumber.h"

#include <QtTest>

using relais::store::normalisePhone;

class TstPhoneNumber : public QObject
{
    Q_OBJECT
private slots:
    void normalises_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("expected");
        QTest::newRow("e164") << "+22997000001"
                              << "229"
                              << "+22997000001";
        QTest::newRow("spaced") << "+229 97 00 00 01"
                                << "229"
                                << "+22997000001";
        QTest::newRow("punctuated") << "(+229) 97-00.00/01"
                                    << "229"
                                    << "+22997000001";
        QTest::newRow("00 prefix") << "0022997000001"
                                   << "229"
                                   << "+22997000001";
        QTest::newRow("cc without +") << "22997000001"
                                      << "229"
                                      << "+22997000001";
        QTest::newRow("national benin") << "97 00 00 01"
                                        << "229"
                                        << "+22997000001";
        QTest::newRow("new benin 10 digits") << "01 97 00 00 01"
                                             << "229"
                                             << "+2290197000001";
        QTest::newRow("french trunk 0") << "06 12 34 56 78"
                                        << "33"
                                        << "+33612345678";
        QTest::newRow("ivorian keeps 0") << "07 07 12 34 56"
                                         << "225"
                                         << "+2250707123456";
        QTest::newRow("tel uri") << "tel:+22997000001"
                                 << "229"
                                 << "+22997000001";
        QTest::newRow("sip uri") << "sip:+22997000001@trunk.example;user=phone"
                                 << "229"
                                 << "+22997000001";
        QTest::newRow("other country kept") << "+33 6 12 34 56 78"
                                            << "229"
                                            << "+33612345678";
        QTest::newRow("short code") << "1919"
                                    << "229"
                                    << "";
        QTest::newRow("letters") << "97abc001"
                                 << "229"
                                 << "";
        QTest::newRow("email") << "awa@example.bj"
                               << "229"
                               << "";
        QTest::newRow("empty") << ""
                               << "229"
                               << "";
        QTest::newRow("two plus") << "+229+97000001"
                                  << "229"
                                  << "";
        QTest::newRow("too long") << "+2299700000100000"
                                  << "229"
                                  << "";
        QTest::newRow("arabic-indic digits") << "٩٧٠٠٠٠٠١"
                                             << "229"
                                             << "";
    }
    void normalises()
    {
        QFETCH(QString, raw);
        QFETCH(QString, country);
        QFETCH(QString, expected);
        QCOMPARE(normalisePhone(raw, country), expected);
    }

    void defaultCountryIsBenin() { QCOMPARE(normalisePhone("97000001"), QString("+22997000001")); }
};

QTEST_APPLESS_MAIN(TstPhoneNumber)
#include "tst_phonenumber.moc"
