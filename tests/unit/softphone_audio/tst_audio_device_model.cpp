// The device lists behind the desk's audio settings.
#include "AudioDeviceModel.h"

#include <QAbstractItemModelTester>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QtTest>

using namespace relais::softphone;
using Entry = AudioDeviceModel::Entry;

class TestAudioDeviceModel : public QObject
{
    Q_OBJECT
private slots:
    void listsTheMachinesDevices()
    {
        // Whatever this machine has (nothing, on a headless one): a default row, then each device.
        for (auto kind : {AudioDeviceModel::Kind::Inputs, AudioDeviceModel::Kind::Outputs}) {
            AudioDeviceModel model(kind);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            const auto devices = kind == AudioDeviceModel::Kind::Inputs
                                     ? QMediaDevices::audioInputs()
                                     : QMediaDevices::audioOutputs();
            QCOMPARE(model.rowCount(), int(devices.size()) + 1);
            QCOMPARE(model.data(model.index(0), Qt::DisplayRole).toString(),
                     QStringLiteral("System default"));
            QVERIFY(model.data(model.index(0), AudioDeviceModel::IdRole).toByteArray().isEmpty());
            QCOMPARE(model.data(model.index(0), AudioDeviceModel::IsPresentRole).toBool(),
                     !devices.isEmpty());
            for (int i = 0; i < devices.size(); ++i) {
                QCOMPARE(model.idAt(i + 1), devices.at(i).id());
                QCOMPARE(model.data(model.index(i + 1), Qt::DisplayRole).toString(),
                         devices.at(i).description());
            }
            QVERIFY(!model.data(model.index(model.rowCount()), Qt::DisplayRole).isValid());
        }
    }

    void followsPlugAndUnplugRowByRow()
    {
        AudioDeviceModel model(AudioDeviceModel::Kind::Outputs);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({});
        QCOMPARE(model.rowCount(), 1);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.setEntries({{"speaker", "Speakers", true}, {"usb", "USB headset", false}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowForId("usb"), 2);
        QCOMPARE(model.data(model.index(1), AudioDeviceModel::IsDefaultRole).toBool(), true);
        QCOMPARE(model.data(model.index(0), AudioDeviceModel::IsPresentRole).toBool(), true);

        // The headset becomes the default: one row changes, none moves.
        changed.clear();
        model.setEntries({{"speaker", "Speakers", false}, {"usb", "USB headset", true}});
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(std::any_of(changed.begin(), changed.end(), [](const QList<QVariant> &args) {
            return args.at(0).toModelIndex().row() == 1;
        }));
        QCOMPARE(model.data(model.index(2), AudioDeviceModel::IsDefaultRole).toBool(), true);

        // Unplugged: its row goes; the speakers keep their row.
        model.setEntries({{"speaker", "Speakers", true}});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 2);
        QCOMPARE(model.rowForId("usb"), 0); // gone: back to "System default"
        QCOMPARE(model.rowForId("speaker"), 1);

        // Plugged back and a second one: appended.
        inserted.clear();
        model.setEntries({{"bt", "Bluetooth", false},
                          {"speaker", "Speakers", true},
                          {"usb", "USB headset", false}});
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.idAt(1), QByteArray("speaker"));
        QCOMPARE(model.rowCount(), 4);

        model.setEntries({});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), AudioDeviceModel::IsPresentRole).toBool(), false);
        QCOMPARE(reset.size(), 0);
        QVERIFY(model.idAt(5).isEmpty());
        QVERIFY(model.roleNames().contains(AudioDeviceModel::IdRole));
    }
};

QTEST_GUILESS_MAIN(TestAudioDeviceModel)
#include "tst_audio_device_model.moc"
