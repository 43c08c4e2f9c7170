// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tests' SPARQL endpoint (tools/sparqlfixtureserver.cpp), started on 127.0.0.1 for a test
// and stopped after it: roqet runs every query it receives over a Turtle fixture.

#include <QProcess>
#include <QStringList>
#include <QTest>
#include <QUrl>

namespace twinatlas::testing {

class FixtureServer
{
public:
    FixtureServer() = default;
    FixtureServer(const FixtureServer &) = delete;
    ~FixtureServer() { stop(); }

    /** Starts serving fixture (a file of tests/data/wikidata) with a fault mode; false if it cannot. */
    bool start(const QString &fixture, const QString &fault = QStringLiteral("none"), int delayMs = 0)
    {
        stop();
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(TWINATLAS_SPARQL_SERVER),
                        {QStringLiteral("--data"), QStringLiteral(TWINATLAS_TEST_DATA "/wikidata/") + fixture,
                         QStringLiteral("--fault"), fault, QStringLiteral("--delay-ms"), QString::number(delayMs),
                         QStringLiteral("--exit-with-stdin")});
        if (!m_process.waitForStarted(10000))
            return false;
        // The first line says where it listens.
        QByteArray line;
        while (!line.endsWith('\n')) {
            if (!m_process.waitForReadyRead(10000))
                return false;
            line += m_process.readLine();
        }
        if (!line.startsWith("port "))
            return false;
        m_port = line.mid(5).trimmed().toInt();
        m_log.clear();
        return m_port > 0;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl endpoint() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/sparql").arg(m_port)); }

    /** "query DE agent …" lines, one per query received so far. */
    QStringList log()
    {
        m_process.waitForReadyRead(50);
        while (m_process.canReadLine())
            m_log << QString::fromUtf8(m_process.readLine()).trimmed();
        return m_log;
    }
    /** The keys (countries, GeoNames IDs) of the queries received so far, in order. */
    QStringList keysAsked()
    {
        QStringList keys;
        for (const QString &line : log())
            if (line.startsWith(QLatin1String("query ")))
                keys << line.mid(6).section(QLatin1String(" agent "), 0, 0);
        return keys;
    }

private:
    QProcess m_process;
    int m_port = 0;
    QStringList m_log;
};

} // namespace twinatlas::testing
