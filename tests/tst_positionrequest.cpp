// SPDX-License-Identifier: GPL-3.0-or-later
// One "where am I?" question gets exactly one answer: a position, or a message that says what
// went wrong (no source, permission refused, a log without a fix), from every kind of source.
#include "location/positionrequest.h"
#include "location/positionsourcesetting.h"

#include <QGeoPositionInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace twinatlas;

namespace {

/** A position source that answers requestUpdate() at once, as the test tells it to. */
class FakeSource : public QGeoPositionInfoSource
{
public:
    explicit FakeSource(Error error) : QGeoPositionInfoSource(nullptr), m_error(error) {}
    explicit FakeSource(QGeoPositionInfo info)
        : QGeoPositionInfoSource(nullptr), m_info(std::move(info))
    {
    }

    QGeoPositionInfo lastKnownPosition(bool) const override { return {}; }
    PositioningMethods supportedPositioningMethods() const override { return AllPositioningMethods; }
    int minimumUpdateInterval() const override { return 0; }
    Error error() const override { return m_error; }
    void startUpdates() override {}
    void stopUpdates() override {}
    void requestUpdate(int timeout) override
    {
        requestedTimeout = timeout;
        if (m_error != NoError)
            emit errorOccurred(m_error);
        else
            emit positionUpdated(m_info);
    }

    int requestedTimeout = -1;

private:
    Error m_error = NoError;
    QGeoPositionInfo m_info;
};

QString logPath(const char *name)
{
    return QStringLiteral(TWINATLAS_TEST_DATA "/nmea/") + QLatin1String(name);
}

} // namespace

class tst_PositionRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aLivePositionIsLocated();
    void sourceErrorsAreSaid_data();
    void sourceErrorsAreSaid();
    void noSourceIsSaid();
    void systemWithoutGeoClueIsSaidAtOnce();
    void nmeaLogGivesItsLastFix();
    void nmeaLogProblemsAreSaid_data();
    void nmeaLogProblemsAreSaid();
    void kindOfSource_data();
    void kindOfSource();
    void settingRoundTrip();
};

void tst_PositionRequest::initTestCase()
{
    // No system bus, so no GeoClue, on every machine that runs this test.
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/twinatlas-test-bus");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_PositionRequest::aLivePositionIsLocated()
{
    QGeoPositionInfo info(QGeoCoordinate(51.2895, 6.7668),
                          QDateTime(QDate(2024, 5, 14), QTime(12, 5, 12), Qt::OffsetFromUTC, 7200));
    auto *source = new FakeSource(info);
    PositionRequest request;
    QSignalSpy located(&request, &PositionRequest::located);
    QSignalSpy failed(&request, &PositionRequest::failed);
    request.start(source);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(located.count(), 1);
    QCOMPARE(source->requestedTimeout, PositionRequest::timeoutMs);
    const auto fix = located.first().first().value<PositionFix>();
    QCOMPARE(fix.position.lon, 6.7668);
    QCOMPARE(fix.position.lat, 51.2895);
    QCOMPARE(fix.time, QTime(10, 5, 12)); // in UTC
    QCOMPARE(fix.date, QDate(2024, 5, 14));
    QVERIFY(!request.isRunning());
}

void tst_PositionRequest::sourceErrorsAreSaid_data()
{
    QTest::addColumn<QGeoPositionInfoSource::Error>("error");
    QTest::addColumn<QString>("says");

    QTest::newRow("permission refused") << QGeoPositionInfoSource::AccessError << "refused";
    QTest::newRow("closed") << QGeoPositionInfoSource::ClosedError << "closed";
    QTest::newRow("timeout") << QGeoPositionInfoSource::UpdateTimeoutError << "30 seconds";
    QTest::newRow("unknown") << QGeoPositionInfoSource::UnknownSourceError << "failed";
}

void tst_PositionRequest::sourceErrorsAreSaid()
{
    QFETCH(QGeoPositionInfoSource::Error, error);
    QFETCH(QString, says);
    PositionRequest request;
    QSignalSpy located(&request, &PositionRequest::located);
    QSignalSpy failed(&request, &PositionRequest::failed);
    request.start(new FakeSource(error));
    QCOMPARE(located.count(), 0);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY(!request.isRunning());
}

void tst_PositionRequest::noSourceIsSaid()
{
    PositionRequest request;
    QSignalSpy located(&request, &PositionRequest::located);
    QSignalSpy failed(&request, &PositionRequest::failed);
    request.start(static_cast<QGeoPositionInfoSource *>(nullptr));
    QCOMPARE(located.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), PositionRequest::noSourceMessage());
    QVERIFY(PositionRequest::noSourceMessage().contains(QLatin1String("GeoClue")));
}

void tst_PositionRequest::systemWithoutGeoClueIsSaidAtOnce()
{
    // Qt's geoclue2 plugin would make a source that only times out after 30 seconds.
    PositionRequest request;
    QSignalSpy located(&request, &PositionRequest::located);
    QSignalSpy failed(&request, &PositionRequest::failed);
    request.start(QString());
    QCOMPARE(located.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), PositionRequest::noSourceMessage());
    QVERIFY(!request.isRunning());
}

void tst_PositionRequest::nmeaLogGivesItsLastFix()
{
    PositionRequest request;
    QSignalSpy located(&request, &PositionRequest::located);
    QSignalSpy failed(&request, &PositionRequest::failed);
    request.start(logPath("valid.nmea"));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(located.count(), 1);
    const auto fix = located.first().first().value<PositionFix>();
    QVERIFY(qAbs(fix.position.lon - 6.7668) < 1e-6);
    QVERIFY(qAbs(fix.position.lat - 51.2895) < 1e-6);
    QCOMPARE(fix.line, 14);
}

void tst_PositionRequest::nmeaLogProblemsAreSaid_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("says");

    QTest::newRow("no fix") << logPath("nofix.nmea") << "no valid position fix";
    QTest::newRow("missing") << logPath("missing.nmea") << "Cannot read";
}

void tst_PositionRequest::nmeaLogProblemsAreSaid()
{
    QFETCH(QString, source);
    QFETCH(QString, says);
    PositionRequest request;
    QSignalSpy located(&request, &PositionRequest::located);
    QSignalSpy failed(&request, &PositionRequest::failed);
    request.start(source);
    QCOMPARE(located.count(), 0);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.contains(source), qPrintable(message));
}

void tst_PositionRequest::kindOfSource_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("pluginSource");

    using Kind = PositionSourceSetting::Kind;
    QTest::newRow("empty") << "" << int(Kind::System) << "";
    QTest::newRow("blank") << "  " << int(Kind::System) << "";
    QTest::newRow("USB receiver") << "/dev/ttyACM0" << int(Kind::NmeaStream) << "serial:/dev/ttyACM0";
    QTest::newRow("character device") << "/dev/null" << int(Kind::NmeaStream) << "serial:/dev/null";
    QTest::newRow("serial scheme") << "serial:/dev/ttyUSB0" << int(Kind::NmeaStream)
                                   << "serial:/dev/ttyUSB0";
    QTest::newRow("gpsd-style TCP") << "socket://localhost:2947" << int(Kind::NmeaStream)
                                    << "socket://localhost:2947";
    QTest::newRow("log file") << logPath("valid.nmea") << int(Kind::NmeaLog) << "";
    QTest::newRow("missing log") << "/home/nobody/trip.nmea" << int(Kind::NmeaLog) << "";
}

void tst_PositionRequest::kindOfSource()
{
    QFETCH(QString, source);
    QFETCH(int, kind);
    QFETCH(QString, pluginSource);
    QCOMPARE(int(PositionSourceSetting::kindOf(source)), kind);
    if (!pluginSource.isEmpty())
        QCOMPARE(PositionSourceSetting::pluginSource(source), pluginSource);
}

void tst_PositionRequest::settingRoundTrip()
{
    QCOMPARE(PositionSourceSetting::nmeaSource(), QString());
    PositionSourceSetting::setNmeaSource(QStringLiteral(" /dev/ttyACM0 "));
    QCOMPARE(PositionSourceSetting::nmeaSource(), QStringLiteral("/dev/ttyACM0"));
    PositionSourceSetting::setNmeaSource(QString());
    QCOMPARE(PositionSourceSetting::nmeaSource(), QString());
    QVERIFY(QSettings().allKeys().isEmpty()); // the system's source is the absence of a choice
}

QTEST_GUILESS_MAIN(tst_PositionRequest)
#include "tst_positionrequest.moc"
